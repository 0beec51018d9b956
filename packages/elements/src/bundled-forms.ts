/**
 * The forms `caf build` wrote to `build/`, one lazily loaded chunk each, keyed by form id: a page
 * downloads only the form it shows. Vite expands the glob at build time.
 */
/// <reference types="vite/client" />
import type { FormLoader } from './caf-form/load.ts';

const modules = import.meta.glob('../../../build/*/*.form.js');

function formId(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.form\.js$/, '');
}

export const bundledForms: Record<string, FormLoader> = Object.fromEntries(
  Object.entries(modules).map(([path, load]) => [formId(path), load]),
);
