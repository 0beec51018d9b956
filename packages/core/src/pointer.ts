/**
 * JSON Pointers (RFC 6901), Relative JSON Pointers (draft-bhutton-relative-json-pointer) and
 * pointer patterns with `*` segments. Every location in caf-forms (rule paths, validation errors,
 * outcome targets) is one of these, so that the checker, the runtime and the renderers agree.
 */

export type Tokens = readonly string[];

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new Error(`"${pointer}" is not a JSON Pointer: it must be empty or start with "/"`);
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

export function formatPointer(tokens: Tokens): string {
  return tokens.map((token) => '/' + token.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function getAt(root: unknown, tokens: Tokens): unknown {
  let value: unknown = root;
  for (const token of tokens) {
    if (Array.isArray(value)) {
      if (!/^(0|[1-9][0-9]*)$/.test(token)) return undefined;
      value = value[Number(token)];
    } else if (value !== null && typeof value === 'object') {
      value = Object.prototype.hasOwnProperty.call(value, token) ? (value as Record<string, unknown>)[token] : undefined;
    } else {
      return undefined;
    }
  }
  return value;
}

export interface RelativePointer {
  /** How many levels to go up from the current location. */
  up: number;
  /** The JSON Pointer tokens to follow from there. */
  tokens: string[];
}

/** `0/name` is the current item's name; `1/0/name` the first sibling's; `/name` is absolute. */
export function parseRelativePointer(text: string): RelativePointer | undefined {
  const match = /^(0|[1-9][0-9]*)(\/.*)?$/.exec(text);
  if (!match) return undefined;
  return { up: Number(match[1]), tokens: parsePointer(match[2] ?? '') };
}

/**
 * Resolves an absolute pointer (`/a/b`) or a relative one (`0/b`) against a base location,
 * returning the absolute tokens, or undefined when the relative pointer climbs above the root.
 */
export function resolveReference(reference: string, base: Tokens): string[] | undefined {
  if (reference === '' || reference.startsWith('/')) return parsePointer(reference);
  const relative = parseRelativePointer(reference);
  if (!relative) throw new Error(`"${reference}" is neither a JSON Pointer ("/a/b") nor a relative JSON Pointer ("0/b")`);
  if (relative.up > base.length) return undefined;
  return [...base.slice(0, base.length - relative.up), ...relative.tokens];
}

export interface PointerMatch {
  tokens: string[];
  value: unknown;
}

/**
 * Every location matching a pattern whose `*` segments stand for any array index or object key,
 * in document order. Missing branches simply match nothing.
 */
export function matchPattern(root: unknown, pattern: Tokens): PointerMatch[] {
  const matches: PointerMatch[] = [];
  const walk = (value: unknown, depth: number, at: string[]): void => {
    if (depth === pattern.length) {
      if (value !== undefined) matches.push({ tokens: at, value });
      return;
    }
    const token = pattern[depth]!;
    if (token === '*') {
      if (Array.isArray(value)) value.forEach((item, index) => walk(item, depth + 1, [...at, String(index)]));
      else if (value !== null && typeof value === 'object')
        for (const [key, item] of Object.entries(value)) walk(item, depth + 1, [...at, key]);
      return;
    }
    const next = getAt(value, [token]);
    if (next !== undefined) walk(next, depth + 1, [...at, token]);
  };
  walk(root, 0, []);
  return matches;
}

/** Orders pointers as they appear in a document: numeric tokens compare as numbers. */
export function comparePointers(a: string, b: string): number {
  const left = parsePointer(a);
  const right = parsePointer(b);
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    return numeric ? Number(x) - Number(y) : x < y ? -1 : 1;
  }
  return left.length - right.length;
}
