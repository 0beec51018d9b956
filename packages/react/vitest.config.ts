import { defineConfig } from 'vitest/config';
import { reactBrowserProject, reactOnPreactBrowserProject } from './vitest.project.ts';

export default defineConfig({ test: { projects: [reactBrowserProject, reactOnPreactBrowserProject] } });
