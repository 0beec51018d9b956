/**
 * The workbench's Vite plugin and indexer over a copy of the project: every scenario and form state
 * becomes a story, a broken definition shows its located `caf check` message instead of the story,
 * and editing a definition while the server runs reaches the open story.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { formatProblem, checkProject, loadProject } from '@caf-forms/toolchain';
import { workbenchIndexer } from '../../../stories/workbench/node/indexer.ts';
import { ENTRY_FILES, workbenchModule, workbenchPlugin } from '../../../stories/workbench/node/vite-plugin.ts';
import { readWorkbench } from '../../../stories/workbench/node/workbench-model.ts';

const repo = new URL('../../../', import.meta.url).pathname;
const FORM = 'disagreement-escalation';
let root: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'caf-workbench-'));
  // The committed definitions, so that a half-written file in the work tree does not fail this test.
  execFileSync('sh', ['-c', `git -C "${repo}" archive HEAD forms rules docs/guidance | tar -x -C "${root}"`]);
  cpSync(join(repo, 'stories'), join(root, 'stories'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const scenarioFiles = () => loadProject(root).ruleSets.find((set) => set.id === FORM)!.scenarios.map((file) => file.path);

/** Breaks the schema the way an analyst might: a misspelt keyword value, valid JSON. */
function breakSchema(): void {
  const path = join(root, `forms/${FORM}/schema.json`);
  writeFileSync(path, readFileSync(path, 'utf8').replace('"type": "object"', '"type": "objekt"'));
}

describe('workbench stories', () => {
  it('lists one story per scenario file and five per form, with stable ids', async () => {
    const indexer = workbenchIndexer(root);
    const all = await indexer.createIndex(join(root, ENTRY_FILES.scenarios), { makeTitle: (t) => t ?? '' });
    const scenarios = all.filter((entry) => entry.title === `Scenarios/${FORM}`);
    expect(all).toHaveLength(loadProject(root).ruleSets.reduce((sum, set) => sum + set.scenarios.length, 0));
    expect(scenarios).toHaveLength(scenarioFiles().length);
    expect(scenarios.map((entry) => entry.__id)).toContain(`scenarios-${FORM}--stage-one-overdue`);
    const forms = await indexer.createIndex(join(root, ENTRY_FILES.forms), { makeTitle: (t) => t ?? '' });
    expect(forms.filter((entry) => entry.title === 'Forms/Disagreement and escalation record').map((entry) => entry.name)).toEqual(['Empty', 'Partly filled', 'Complete', 'With errors', 'Read-only summary']);
  });

  it('writes a module whose exports are exactly the indexed stories, each loading its form', async () => {
    const workbench = readWorkbench(root);
    expect(workbench.problems).toEqual([]);
    const code = workbenchModule(root, join(root, ENTRY_FILES.scenarios), workbench)!;
    const exported = [...code.matchAll(/^export const (\w+) =/gm)].map((match) => match[1]);
    const indexed = await workbenchIndexer(root).createIndex(join(root, ENTRY_FILES.scenarios), { makeTitle: (t) => t ?? '' });
    expect(exported).toEqual(indexed.map((entry) => entry.exportName));
    expect(code).toContain(`import("virtual:caf-workbench/form/${FORM}")`);
  });

  it('shows the located caf check message in place of every story when a definition is broken', () => {
    breakSchema();
    const expected = checkProject(loadProject(root)).map(formatProblem);
    expect(expected.some((message) => message.startsWith(`forms/${FORM}/schema.json:`))).toBe(true);
    const workbench = readWorkbench(root);
    expect(workbench.problems).toEqual(expect.arrayContaining(expected));
    const code = workbenchModule(root, join(root, ENTRY_FILES.forms), workbench)!;
    expect(code).toContain(JSON.stringify(expected[0]).slice(1, -1));
    // No form module is loaded while the definitions are broken: each story renders the problems.
    expect(code).not.toContain('virtual:caf-workbench/form/');
  });

  it('reports malformed JSON at its line and column', () => {
    const path = join(root, `forms/${FORM}/uischema.json`);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n}\s*$/, ',\n}\n'));
    const { problems } = readWorkbench(root);
    expect(problems.find((p) => p.startsWith(`forms/${FORM}/uischema.json:`))).toMatch(/^forms\/disagreement-escalation\/uischema\.json:\d+:\d+: this is not valid JSON/);
  });
});

describe('workbench plugin in a running dev server', () => {
  let server: ViteDevServer | undefined;
  afterEach(async () => server?.close());

  it('reloads the stories when a definition file changes', async () => {
    server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      appType: 'custom',
      server: { middlewareMode: true, ws: false },
      plugins: [workbenchPlugin(root)],
    });
    const entry = `/${ENTRY_FILES.forms}`;
    const before = await server.transformRequest(entry);
    expect(before?.code).not.toContain('schema.json:');
    const touched = statSync(join(root, ENTRY_FILES.forms)).mtimeMs;
    breakSchema();
    await expect.poll(() => statSync(join(root, ENTRY_FILES.forms)).mtimeMs, { timeout: 10_000 }).toBeGreaterThan(touched);
    const after = await server.transformRequest(entry);
    expect(after?.code).toContain(`forms/${FORM}/schema.json:`);
  });
});
