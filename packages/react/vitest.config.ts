import { defineConfig } from 'vitest/config';
import { reactBrowserProject } from './vitest.project.ts';

export default defineConfig({ test: { projects: [reactBrowserProject] } });
