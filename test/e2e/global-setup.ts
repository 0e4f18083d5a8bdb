import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

const PORT = Number(process.env.E2E_PORT ?? 4173);

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The preview server did not answer at ${url} within ${timeoutMs} ms.`);
}

/** Serves the production build (run `npm run build` first) for the end-to-end tests. */
export async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'No production build in dist/: run `npm run build` before the end-to-end tests.',
    );
  }
  const baseUrl = `http://localhost:${PORT}`;
  // Start vite itself (not through npx) so that killing this process stops the server.
  const server: ChildProcess = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  await waitForServer(baseUrl, 20_000);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
