import { isErrorBody, type ErrorBody, type ErrorCode } from '../../../shared/errors.ts';

/** Every code a call can end with: the contract's codes, plus NETWORK when the station cannot be reached. */
export type ApiErrorCode = ErrorCode | 'NETWORK';

/** A failed call, carrying the contract's error body so screens can translate it and mark fields. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly fields: Record<string, string>;
  readonly params: Record<string, string | number>;

  constructor(body: { code: ApiErrorCode; message: string; fields?: Record<string, string>; params?: Record<string, string | number> }) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.fields = body.fields ?? {};
    this.params = body.params ?? {};
  }

  static fromBody(body: ErrorBody): ApiError {
    return new ApiError(body);
  }
}

export function networkError(detail: string): ApiError {
  return new ApiError({ code: 'NETWORK', message: `The station cannot be reached (${detail})` });
}

/** Turns whatever a transport answered as an error into an ApiError. */
export function toApiError(value: unknown, status?: number): ApiError {
  if (value instanceof ApiError) return value;
  if (isErrorBody(value)) return ApiError.fromBody(value);
  return new ApiError({
    code: status && status >= 500 ? 'INTERNAL' : 'BAD_JSON',
    message: `The station answered something unexpected${status ? ` (HTTP ${status})` : ''}`,
  });
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}
