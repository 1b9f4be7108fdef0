// Error typology: every error the product raises is a KgError with a stable `code`.

export type KgErrorCode =
  | 'INPUT_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'INPUT_INVALID'
  | 'NO_ARTICLES'
  | 'OUTPUT_FAILED'
  | 'NEO4J_UNREACHABLE'
  | 'NEO4J_AUTH'
  | 'NEO4J_FAILED'
  | 'GOLD_INVALID'
  | 'WORKER_FAILED'
  | 'USAGE';

/** Base error: a `code` tests can check, a message that names the input and says what to do. */
export class KgError extends Error {
  override name = 'KgError';
  readonly code: KgErrorCode;

  constructor(code: KgErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True when `err` is a KgError, optionally of the given code. */
export function isKgError(err: unknown, code?: KgErrorCode): err is KgError {
  return err instanceof KgError && (code === undefined || err.code === code);
}
