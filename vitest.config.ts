import { defineConfig } from 'vitest/config';

// One config, several projects: `node` for everything that runs in Node (core, toolchain, CLI end
// to end), `browser` for tests that drive headless Chromium. Each project adds its own include list.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['packages/{core,toolchain,cli}/test/**/*.test.ts', 'test/node/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
