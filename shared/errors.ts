export const ERROR_CODES = [
  'BAD_JSON',
  'VALIDATION',
  'UNKNOWN_OPERATION',
  'METHOD_NOT_ALLOWED',
  'UNAUTHENTICATED',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'LOCKED',
  'WRONG_PIN',
  'APPROVAL_REQUIRED',
  'SETUP_REQUIRED',
  'ALREADY_SET_UP',
  'NOT_DEMO',
  'PAYLOAD_TOO_LARGE',
  'STORE_FULL',
  'STORE_BUSY',
  'BAD_BACKUP',
  'QUEUE_CLOSED',
  'QUEUE_FULL',
  'QUEUE_BUSY',
  'INVALID_STATE',
  'FULLY_BOOKED',
  'ALREADY_QUEUED',
  'ALREADY_BOOKED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  fields: Record<string, string>;
  /** Values the console puts into its translated message (attempts left, a locked-until time). */
  params?: Record<string, string | number>;
}

/** An error every transport can carry as `{ error: { code, message, fields } }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: Record<string, string>;
  readonly params: Record<string, string | number> | undefined;

  constructor(code: ErrorCode, message: string, fields: Record<string, string> = {}, params?: Record<string, string | number>) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
    this.params = params;
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message, fields: this.fields, ...(this.params ? { params: this.params } : {}) };
  }
}

export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_JSON: 400,
  VALIDATION: 400,
  UNKNOWN_OPERATION: 404,
  METHOD_NOT_ALLOWED: 405,
  UNAUTHENTICATED: 401,
  SESSION_LOCKED: 423,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  WRONG_PIN: 401,
  APPROVAL_REQUIRED: 403,
  SETUP_REQUIRED: 409,
  ALREADY_SET_UP: 409,
  NOT_DEMO: 409,
  PAYLOAD_TOO_LARGE: 413,
  STORE_FULL: 507,
  STORE_BUSY: 503,
  BAD_BACKUP: 422,
  QUEUE_CLOSED: 409,
  QUEUE_FULL: 409,
  QUEUE_BUSY: 409,
  INVALID_STATE: 409,
  FULLY_BOOKED: 409,
  ALREADY_QUEUED: 409,
  ALREADY_BOOKED: 409,
  INTERNAL: 500,
};

export function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.code === 'string' && typeof v.message === 'string';
}
