/** A V8 CPU profile of whatever `work` does in the page, printed as self time per file and function. */
import type { Page } from 'playwright-core';

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export async function printCpuProfile(page: Page, work: () => Promise<void>, options: { per?: number; functions?: string[] } = {}): Promise<void> {
  const per = options.per ?? 1;
  const client = await page.context().newCDPSession(page);
  await client.send('Profiler.enable');
  await client.send('Profiler.setSamplingInterval', { interval: 100 });
  await client.send('Profiler.start');
  await work();
  const { profile } = (await client.send('Profiler.stop')) as unknown as { profile: Profile };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const node of profile.nodes) {
    const ms = self.get(node.id) ?? 0;
    const file = node.callFrame.url.split('/').pop() || node.callFrame.functionName;
    const key = `${node.callFrame.functionName || '(anonymous)'} ${file}:${node.callFrame.lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  }
  const print = (map: Map<string, number>, count: number) => {
    for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${(ms / per).toFixed(2).padStart(8)}  ${key}`);
  };
  console.log(`self time, ms${per > 1 ? ` per action (${per} actions)` : ''}:`);
  print(byFile, 10);
  console.log('---');
  print(byFunction, Number(process.env.PROFILE_TOP ?? 40));
  // PROFILE_TREE=<ms>: the call tree, every call that took at least that long (inclusive).
  if (process.env.PROFILE_TREE) {
    const minimum = Number(process.env.PROFILE_TREE) * per;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const inclusive = new Map<number, number>();
    const total = (id: number): number => {
      if (!inclusive.has(id)) inclusive.set(id, (self.get(id) ?? 0) + (byId.get(id)!.children ?? []).reduce((sum, child) => sum + total(child), 0));
      return inclusive.get(id)!;
    };
    const print = (id: number, depth: number) => {
      const node = byId.get(id)!;
      if (total(id) < minimum || depth > 40) return;
      const frame = node.callFrame;
      if (frame.functionName !== '(root)') console.log(`${'  '.repeat(depth)}${(total(id) / per).toFixed(1)} ${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`);
      for (const child of node.children ?? []) print(child, frame.functionName === '(root)' ? depth : depth + 1);
    };
    print(profile.nodes[0]!.id, 0);
  }
  // Inclusive time of the named functions (outermost call only).
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const name of options.functions ?? []) {
    let ms = 0;
    for (const node of profile.nodes) {
      const own = self.get(node.id) ?? 0;
      if (!own) continue;
      for (let id: number | undefined = node.id; id !== undefined; id = parent.get(id)) {
        if (nodeById.get(id)!.callFrame.functionName === name) {
          ms += own;
          break;
        }
      }
    }
    console.log(`inclusive ${name}: ${(ms / per).toFixed(2)} ms`);
  }
}
