/** A file that cannot be opened, with the reason in words a controller understands. Never a stack trace. */
export class WorkbookOpenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookOpenError";
  }
}
