/**
 * A Vite plugin for the embeddable build: marks `caf-form.js` with V8's explicit compile hint
 * (`//# allFunctionsCalledOnLoad`, Chromium 136 and later; other engines read a comment), so that
 * its functions are compiled as the script loads rather than one by one on the main thread when
 * the first form renders. Decision 010 has the measurements; the form modules are not marked.
 *
 * Added after minification, which would strip it, and as the file's first line, where V8 looks.
 */
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHintPlugin(): Plugin {
  return {
    name: 'caf-compile-hint',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk' && output.isEntry) output.code = `${COMPILE_HINT}\n${output.code}`;
      }
    },
  };
}
