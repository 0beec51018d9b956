/**
 * Once per e2e run: build the embeddable bundle, start one shared Chromium and the strict-CSP
 * example server. Test files connect to both through `inject`.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { EXAMPLE_ROOTS, startExampleServer } from '../../scripts/serve-examples.ts';
import { launchChromiumServer } from '../support/chromium.ts';

const repository = fileURLToPath(new URL('../..', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    exampleUrl: string;
    chromiumEndpoint: string;
  }
}

function builtForms(): string[] {
  const dir = join(repository, 'build');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((id) => existsSync(join(dir, id, `${id}.form.js`)));
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (builtForms().length === 0) {
    throw new Error('No built forms in build/: run `npx caf build` before the e2e tests (`npm test` does).');
  }
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
