/**
 * The embeddable build: `dist/caf-form.js` (an ES module defining `<caf-form>`) plus one lazily
 * loaded chunk per bundled form. No CSS file: styles are adopted into the element's shadow root.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { compileHintPlugin } from './vite/compile-hint-plugin.ts';
import { govukCssPlugin } from './vite/govuk-css-plugin.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  // Only the GOV.UK rules the renderers and the element use; every module compiled as it loads
  // (decision 010). See each plugin.
  plugins: [govukCssPlugin(), compileHintPlugin()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  // Production JSX whatever NODE_ENV the caller runs with: Vite derives the JSX mode from NODE_ENV,
  // and under vitest ('test') it would ship jsxDEV calls carrying this machine's file paths.
  oxc: { jsx: { development: false } },
  resolve: {
    // Production builds of lit and Preact, whatever NODE_ENV the caller runs with (vitest sets 'test').
    conditions: ['module', 'browser', 'production'],
    // Modules whose browser code compiles code at run time (`new Function`), which a strict CSP
    // forbids and the element never needs: see docs/decisions/ (strict CSP in the browser build).
    alias: [
      { find: /^jsonpath-plus$/, replacement: here('src/shims/jsonpath-plus.ts') },
      { find: /^ajv$/, replacement: here('src/shims/ajv.ts') },
      { find: /^ajv-formats$/, replacement: here('src/shims/ajv-formats.ts') },
      // Preact's React-compatible layer instead of react-dom: about 55 KB gzipped less, which is
      // what keeps the whole embeddable form within its 150 KB budget. The renderers are written
      // against React's API and the e2e tests run them on this build.
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react\/jsx-(dev-)?runtime$/, replacement: 'preact/jsx-runtime' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    // Minifies the renderers' own CSS (caf.css, choices.css: their comments are for the sources).
    // GOV.UK's arrives minified as a module of its own (govuk-css-plugin.ts), which this never sees:
    // lightningcss would reject its old IE `\0` hacks.
    cssMinify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // An app build (not library mode) so the output is fully minified; the entry is a script.
    modulePreload: false,
    rollupOptions: {
      input: here('src/embed.ts'),
      output: {
        entryFileNames: 'caf-form.js',
        // Each bundled form at a stable URL (`forms/<id>.form.js`), so a page can preload the form it
        // shows beside the element: `<link rel="modulepreload" href="/forms/<id>.form.js">`.
        chunkFileNames: (chunk) => (chunk.name.endsWith('.form') ? 'forms/[name].js' : 'chunks/[name]-[hash].js'),
      },
    },
  },
});
