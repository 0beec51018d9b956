import { describe, expect, it } from 'vitest';
import { comparePointers, formatPointer, getAt, matchPattern, parsePointer, resolveReference } from '@caf-forms/core';

describe('JSON Pointers', () => {
  it('round-trips escaped tokens', () => {
    expect(parsePointer('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(formatPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
  });

  it('rejects text that is not a pointer', () => {
    expect(() => parsePointer('name')).toThrow(/not a JSON Pointer/);
  });

  it('reads arrays by index only', () => {
    const data = { list: ['a', 'b'] };
    expect(getAt(data, ['list', '1'])).toBe('b');
    expect(getAt(data, ['list', 'length'])).toBeUndefined();
    expect(getAt(data, ['list', '01'])).toBeUndefined();
  });

  it('does not read inherited properties', () => {
    expect(getAt({}, ['constructor'])).toBeUndefined();
  });

  it('resolves relative pointers against a base', () => {
    expect(resolveReference('0/name', ['family', '2'])).toEqual(['family', '2', 'name']);
    expect(resolveReference('1/0/name', ['family', '2'])).toEqual(['family', '0', 'name']);
    expect(resolveReference('/today', ['family', '2'])).toEqual(['today']);
    expect(resolveReference('3', ['family', '2'])).toBeUndefined();
  });

  it('matches patterns with * over arrays and objects in document order', () => {
    const data = { children: [{ domains: { a: { rating: 'red' }, b: {} } }, { domains: { a: { rating: 'green' } } }] };
    expect(matchPattern(data, parsePointer('/children/*/domains/*/rating'))).toEqual([
      { tokens: ['children', '0', 'domains', 'a', 'rating'], value: 'red' },
      { tokens: ['children', '1', 'domains', 'a', 'rating'], value: 'green' },
    ]);
    expect(matchPattern({}, parsePointer('/children/*'))).toEqual([]);
  });

  it('orders pointers numerically', () => {
    expect(['/a/10', '/a/2', '/a'].sort(comparePointers)).toEqual(['/a', '/a/2', '/a/10']);
  });
});
