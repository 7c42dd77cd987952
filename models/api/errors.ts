/**
 * Typed errors crossing the API boundary (IPC and web harness). They travel as plain data
 * (`ApiErrorData`) and are rebuilt as `IlotApiError` on the renderer side, so the UI can show
 * a message per field for validation errors and a clear sentence for the others.
 */
export type ApiErrorCode = 'validation' | 'not-found' | 'conflict' | 'project-file' | 'cancelled' | 'internal';

export interface FieldIssue {
  /** Dotted path of the field, e.g. `sites.0.latDeg`; empty for the whole input. */
  readonly path: string;
  readonly message: string;
}

export interface ApiErrorData {
  readonly code: ApiErrorCode;
  readonly message: string;
  /** Machine-readable reason for project-file and conflict errors (e.g. `newer-version`, `not-ilot`). */
  readonly reason?: string;
  readonly issues?: readonly FieldIssue[];
}

export class IlotApiError extends Error {
  readonly code: ApiErrorCode;
  readonly reason?: string;
  readonly issues: readonly FieldIssue[];

  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'IlotApiError';
    this.code = data.code;
    this.reason = data.reason;
    this.issues = data.issues ?? [];
  }

  toData(): ApiErrorData {
    return { code: this.code, message: this.message, reason: this.reason, issues: this.issues };
  }
}

export const notFound = (message: string): IlotApiError => new IlotApiError({ code: 'not-found', message });
export const conflict = (message: string, reason?: string): IlotApiError =>
  new IlotApiError({ code: 'conflict', message, reason });
export const projectFileError = (message: string, reason: string): IlotApiError =>
  new IlotApiError({ code: 'project-file', message, reason });

/** Result envelope: errors are returned as data, never thrown across the boundary. */
export type ApiResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiErrorData };
