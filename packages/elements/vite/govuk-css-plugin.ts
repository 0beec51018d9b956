/**
 * A Vite plugin for the embeddable `<caf-form>` build: GOV.UK Frontend's stylesheet, which
 * @caf-forms/react's `styles.ts` imports whole, cut down to the rules for the `govuk-` classes the
 * renderers and the element use. (Storybook and the React tests keep the whole stylesheet.)
 *
 * The whole stylesheet is 136 KB; the forms use about a fifth of it. Every page parses it when the
 * first form appears (about 10 ms of the first render in `scripts/profile/first-render-trace.ts`)
 * and it is 15 KB of the gzipped bundle. Classes are found by reading the sources for `govuk-…`
 * words; a word ending in `-` (`govuk-input--width-${width}`) keeps every class it starts. The e2e
 * accessibility test checks that every `govuk-` class on every shipped form, in every state, still
 * has its rules.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import type { Plugin } from 'vite';

const STYLESHEET = 'govuk-frontend/dist/govuk/govuk-frontend.min.css';

/** Where the classes are named: the renderers' sources and the element's. */
export const CLASS_SOURCES = [fileURLToPath(new URL('../../react/src', import.meta.url)), fileURLToPath(new URL('../src', import.meta.url))];

/** GOV.UK Frontend's whole stylesheet. */
export const govukStylesheet = (): string => readFileSync(createRequire(import.meta.url).resolve(STYLESHEET), 'utf8');
const VIRTUAL = '\0caf-govuk-css';

export interface UsedClasses {
  exact: ReadonlySet<string>;
  prefixes: readonly string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(tsx?|css)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The `govuk-` classes named in the sources under `dirs`. */
export function usedGovukClasses(dirs: readonly string[]): UsedClasses {
  const words = new Set<string>();
  for (const file of dirs.flatMap(sourceFiles)) for (const [word] of readFileSync(file, 'utf8').matchAll(/govuk-[\w!-]+/g)) words.add(word);
  return { exact: new Set([...words].filter((word) => !word.endsWith('-'))), prefixes: [...words].filter((word) => word.endsWith('-')) };
}

export const isUsedClass = (used: UsedClasses, name: string): boolean => used.exact.has(name) || used.prefixes.some((prefix) => name.startsWith(prefix));

/** The stylesheet with every selector that needs an unused `govuk-` class removed, and rules left with none. */
export function pruneGovukCss(css: string, used: UsedClasses): string {
  const isUsed = (name: string) => isUsedClass(used, name);
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    // `\!` escapes GOV.UK's override classes (`govuk-\!-margin-bottom-0`).
    const selectors = rule.selectors.filter((selector) => [...selector.matchAll(/\.(govuk-[\w\\!-]+)/g)].every(([, name]) => isUsed(name!.replace(/\\/g, ''))));
    if (selectors.length === 0) rule.remove();
    else rule.selectors = selectors;
  });
  root.walkAtRules((atRule) => {
    if (atRule.nodes?.length === 0) atRule.remove();
  });
  return root.toString();
}

/** Serves `govuk-frontend.min.css?inline` (as `styles.ts` imports it) pruned to the classes used in `CLASS_SOURCES`. */
export function govukCssPlugin(): Plugin {
  return {
    name: 'caf-govuk-css',
    enforce: 'pre',
    resolveId(source) {
      return source === `${STYLESHEET}?inline` ? VIRTUAL : undefined;
    },
    load(id) {
      if (id !== VIRTUAL) return undefined;
      return `export default ${JSON.stringify(pruneGovukCss(govukStylesheet(), usedGovukClasses(CLASS_SOURCES)))};`;
    },
  };
}
