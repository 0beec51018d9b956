/** Parsed JSON, read defensively: a definition file may have any shape until it has been checked. */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
