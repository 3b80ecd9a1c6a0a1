import { expect } from 'vitest';

/**
 * Vitest types its asymmetric matchers `any`, which makes every object literal they sit in untyped.
 * These are the same matchers typed `unknown`: they only ever go into toEqual and toMatchObject.
 */
export const anyString = (): unknown => expect.any(String);
export const anyNumber = (): unknown => expect.any(Number);
export const stringContaining = (text: string): unknown => expect.stringContaining(text);
export const objectContaining = (fields: Record<string, unknown>): unknown => expect.objectContaining(fields);
export const arrayContaining = (items: unknown[]): unknown => expect.arrayContaining(items);
export const stringMatching = (pattern: RegExp): unknown => expect.stringMatching(pattern);
