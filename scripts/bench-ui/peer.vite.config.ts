/** Builds the benchmark's peer page script (scripts/bench-ui/peer.ts) into scripts/bench-ui/dist/peer/. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: ['module', 'browser', 'production'] },
  build: {
    outDir: here('dist/peer'),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    modulePreload: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 2000,
    rollupOptions: { input: here('peer.ts'), output: { entryFileNames: 'peer.js' } },
  },
});
