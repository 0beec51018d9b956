/**
 * custom-elements.json is generated from the element's JSDoc (never written by hand): generate it
 * here and check that it documents the element's public surface.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

interface Named {
  name: string;
  description?: string;
}

interface ElementDeclaration extends Named {
  tagName?: string;
  customElement?: boolean;
  attributes?: (Named & { fieldName?: string })[];
  events?: (Named & { type?: { text: string } })[];
  members?: (Named & { kind: string })[];
  cssParts?: Named[];
  cssProperties?: (Named & { default?: string })[];
}

let element: ElementDeclaration;

beforeAll(() => {
  const cli = join(dirname(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json')), 'cem.js');
  // A stale manifest must not pass for a fresh one.
  rmSync(`${packageDir}/custom-elements.json`, { force: true });
  execFileSync(process.execPath, [cli, 'analyze', '--litelement', '--quiet', '--config', 'custom-elements-manifest.config.mjs'], {
    cwd: packageDir,
    stdio: 'pipe',
  });
  const manifest = JSON.parse(readFileSync(`${packageDir}/custom-elements.json`, 'utf8')) as {
    modules: { declarations?: ElementDeclaration[] }[];
  };
  element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'caf-form')!;
}, 60_000);

const names = (list: readonly Named[] | undefined) => (list ?? []).map((entry) => entry.name).sort();

describe('custom-elements.json', () => {
  it('declares <caf-form> as a custom element', () => {
    expect(element).toBeDefined();
    expect(element.name).toBe('CafFormElement');
    expect(element.customElement).toBe(true);
  });

  it('lists every attribute, each documented, and no internal state', () => {
    expect(names(element.attributes)).toEqual(['data', 'form', 'form-id', 'name', 'readonly', 'src', 'today']);
    for (const attribute of element.attributes!) expect(attribute.description, attribute.name).toBeTruthy();
  });

  it('lists the events with their detail types', () => {
    expect(names(element.events)).toEqual(['caf-change', 'caf-invalid', 'caf-load', 'caf-load-error', 'caf-submit']);
    const submit = element.events!.find((e) => e.name === 'caf-submit')!;
    expect(submit.type?.text).toContain('CafSubmitDetail');
  });

  it('lists the public methods, parts and CSS custom properties', () => {
    const methods = (element.members ?? []).filter((m) => m.kind === 'method').map((m) => m.name);
    expect(methods).toEqual(expect.arrayContaining(['validate', 'submit', 'reset']));
    expect(methods.every((name) => !name.startsWith('_') && !name.startsWith('#'))).toBe(true);
    expect(names(element.cssParts)).toEqual(['error-summary', 'form', 'load-error', 'outcomes', 'submit']);
    expect(names(element.cssProperties)).toEqual(
      expect.arrayContaining(['--caf-form-font-family', '--caf-form-focus-colour', '--caf-form-brand-colour']),
    );
  });
});
