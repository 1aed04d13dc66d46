/** Why a file could not be read: the reason in words a reader acts on (the file's name is added by the caller). */
export class FormatError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "FormatError";
  }
}
