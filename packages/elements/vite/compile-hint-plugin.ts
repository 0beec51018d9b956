/**
 * A Vite plugin for the embeddable build: marks every module it writes (`caf-form.js` and each
 * form's) with V8's explicit compile hint, `//# allFunctionsCalledOnLoad` (Chromium 136 and
 * later; other engines read a comment). Their functions are then compiled as the script loads,
 * rather than one by one on the main thread when the first form renders. Decision 010 has the
 * measurements.
 *
 * Added after minification, which strips comments (the form modules `caf build` writes carry it
 * too, but lose it here), and as the file's first line, where V8 looks.
 */
import type { Plugin } from 'vite';

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHintPlugin(): Plugin {
  return {
    name: 'caf-compile-hint',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') output.code = `${COMPILE_HINT}\n${output.code}`;
      }
    },
  };
}
