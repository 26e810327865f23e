/** A1 addresses for messages: users find a cell by "Grunddaten!F14", never by indices. */
export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** 0-based row/col → "F14" */
export function a1(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}
