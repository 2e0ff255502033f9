/** A source that does not have the shape a step expects. Names the file and the field; the build stops. */
export class SourceShapeError extends Error {
  constructor(
    readonly file: string,
    readonly field: string,
    detail: string,
  ) {
    super(`${file}: ${field}: ${detail}`);
    this.name = 'SourceShapeError';
  }
}
