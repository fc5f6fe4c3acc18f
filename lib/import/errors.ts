/** An import problem tied to a place in a source file, so the message says which file, sheet and row. */
export class SourceError extends Error {
  constructor(
    message: string,
    readonly where: { file: string; sheet?: string; row?: number },
  ) {
    const parts = [where.file, where.sheet && `sheet "${where.sheet}"`, where.row !== undefined && `row ${where.row}`];
    super(`${parts.filter(Boolean).join(", ")}: ${message}`);
    this.name = "SourceError";
  }
}
