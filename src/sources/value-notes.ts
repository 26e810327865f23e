/** What the value reader says of a cell that holds no figure: one wording for every reader. */

/** "k.A.", "–", "x", "#NV": a missing value, never 0. */
export function noValueText(token: string): string {
  return `„${token}“ gilt als fehlender Wert (nicht als 0)`;
}

export function notANumberText(text: string): string {
  return `„${text}“ ist keine Zahl`;
}
