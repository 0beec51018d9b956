#!/usr/bin/env node
// The CLI is written in TypeScript and run from source: tsx registers the loader, so a fresh clone
// needs no build step before `npx caf` works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
