/**
 * Why a print did not go through. The core stores one of these with a failed try (`last_error_code`)
 * beside an English detail for the logs; the console shows only the code's sentence from the `print`
 * catalogue (`print.errors.<code>`), which has one for every code in both languages.
 */
export const PRINT_ERROR_CODES = [
  'CONNECT_REFUSED',
  'CONNECT_TIMEOUT',
  'HOST_NOT_FOUND',
  'UNREACHABLE',
  'WRITE_TIMEOUT',
  'CONNECTION_CLOSED',
  'NETWORK_ERROR',
  'PRINTER_REMOVED',
  'NO_SYSTEM_PRINTING',
  'SYSTEM_PRINT_FAILED',
  'PDF_FAILED',
  'UNSUPPORTED',
  'INTERRUPTED',
  'PREPARE_FAILED',
] as const;

export type PrintErrorCode = (typeof PRINT_ERROR_CODES)[number];

export function isPrintErrorCode(value: string): value is PrintErrorCode {
  return (PRINT_ERROR_CODES as readonly string[]).includes(value);
}
