/**
 * JSON Forms addresses data with dotted paths (`familyMembers.0.name`); validation errors and rule
 * outcomes use JSON Pointers (`/familyMembers/0/name`). Element ids derive from the path so they are
 * stable across renders and predictable for links from the error summary and the outcomes panel.
 */
import { formatPointer, parsePointer } from '@caf-forms/core';

export function pointerToPath(pointer: string): string {
  if (pointer === '' || pointer === '/') return '';
  return parsePointer(pointer).join('.');
}

export function pathToPointer(path: string): string {
  if (path === '') return '';
  return formatPointer(path.split('.'));
}

/** The id of the first focusable input of the control bound to `path` (GOV.UK: error links go there). */
export function controlId(path: string): string {
  return path === '' ? 'caf-root' : `caf-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** The pointer and its ancestors, nearest first: where to look when a pointer has no control of its own. */
export function pointerAncestors(pointer: string): string[] {
  const found: string[] = [];
  let current = pointer;
  while (current !== '') {
    found.push(current);
    current = current.slice(0, current.lastIndexOf('/'));
  }
  return found;
}

/** True when `pointer` is `base` or lies inside it. */
export function isWithin(pointer: string, base: string): boolean {
  return pointer === base || pointer.startsWith(base + '/') || base === '';
}
