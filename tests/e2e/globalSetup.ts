import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serveStatic } from '../lib/server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site (npm test builds it first) for all browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npx vite build` before the browser tests (npm test does).');
  const s = await serveStatic('dist');
  project.provide('baseUrl', s.url);
  return () => s.close();
}
