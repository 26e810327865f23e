/** A message for the user, always in German, always naming where the problem is when it comes from a cell. */
export type MessageLevel = "error" | "warning" | "info";

export interface Message {
  level: MessageLevel;
  /** Sheet name, when the message is about the user's data. */
  sheet?: string;
  /** A1 address on that sheet, when one cell is meant. */
  cell?: string;
  text: string;
}

export function message(level: MessageLevel, text: string, sheet?: string, cell?: string): Message {
  return { level, text, ...(sheet !== undefined ? { sheet } : {}), ...(cell !== undefined ? { cell } : {}) };
}
