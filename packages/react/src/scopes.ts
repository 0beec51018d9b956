/** Which data a piece of UI schema is about: the pointers of every control inside it. */
import { toDataPath, type UISchemaElement } from '@jsonforms/core';
import { pathToPointer } from './ids.ts';

export function controlPointers(element: UISchemaElement, basePath = ''): string[] {
  const found: string[] = [];
  const visit = (node: UISchemaElement) => {
    const scope = (node as { scope?: unknown }).scope;
    if (typeof scope === 'string') {
      const path = toDataPath(scope);
      found.push(pathToPointer(basePath && path ? `${basePath}.${path}` : basePath || path));
    }
    const elements = (node as { elements?: unknown }).elements;
    if (Array.isArray(elements)) elements.forEach((child) => visit(child as UISchemaElement));
  };
  visit(element);
  return found;
}
