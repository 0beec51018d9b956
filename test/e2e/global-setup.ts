/**
 * Once per e2e run: build the forms (`caf build`) and the embeddable bundle, start one shared
 * Chromium and the strict-CSP example server. Test files connect to both through `inject`.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { EXAMPLE_ROOTS, startExampleServer } from '../../scripts/serve-examples.ts';
import { launchChromiumServer } from '../support/chromium.ts';
import { runCaf } from '../support/run-caf.ts';

const repository = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    exampleUrl: string;
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The forms as the definitions stand now, so that `vitest --project e2e` alone never tests an old
  // build (a few seconds; `npm test` has just run the same command).
  const built = await runCaf(['build'], repository);
  if (built.code !== 0) throw new Error(`caf build failed, so the e2e tests cannot run:\n${built.stderr || built.stdout}`);
  await build({ configFile: join(repository, 'packages/elements/vite.config.ts'), logLevel: 'error' });
  const browser = await launchChromiumServer();
  const server = await startExampleServer({
    roots: [{ prefix: '/test-pages/', dir: join(repository, 'test/e2e/pages') }, ...EXAMPLE_ROOTS],
  });
  project.provide('exampleUrl', server.url);
  project.provide('chromiumEndpoint', browser.wsEndpoint());
  return async () => {
    await server.close();
    await browser.close();
  };
}
