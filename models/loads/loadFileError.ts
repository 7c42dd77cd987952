/** An import error that names where the problem is: 1-based line and column, and the column's header. */
export class LoadFileError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number,
    readonly field?: string,
  ) {
    super(
      line === undefined
        ? message
        : `line ${line}${column !== undefined ? `, column ${column}${field ? ` (${field})` : ''}` : ''}: ${message}`,
    );
    this.name = 'LoadFileError';
  }
}
