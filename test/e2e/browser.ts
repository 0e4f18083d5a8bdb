import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseUrl = (): string => inject('baseUrl');

const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export type Session = Readonly<{
  context: BrowserContext;
  page: Page;
  /** Every request whose URL is not on the app's origin. */
  foreignRequests: string[];
  /** Console reports of anything the Content-Security-Policy blocked. */
  cspViolations: string[];
  /** The browser profile directory (kept on close when it was passed in). */
  profile: string;
  close: () => Promise<void>;
}>;

type Options = Readonly<{
  width?: number;
  height?: number;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /**
   * Reopens this profile (from `createProfileDir`) instead of a fresh one, to see what a
   * closed browser kept; the caller removes it with `removeProfileDir`.
   */
  profileDir?: string;
  /** Opens a DevTools port, for tools that attach to the browser (Lighthouse). */
  debuggingPort?: number;
}>;

/** A new, empty browser profile directory that outlives its sessions. */
export function createProfileDir(): string {
  return mkdtempSync(join(tmpdir(), 'warmstart-e2e-'));
}

export function removeProfileDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Launches Debian's Chromium (or CHROME_PATH) with a fresh profile (or `profileDir`) at phone size by default. */
export async function openSession(options: Options = {}): Promise<Session> {
  const profile = options.profileDir ?? createProfileDir();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args:
      options.debuggingPort === undefined
        ? flags
        : [...flags, `--remote-debugging-port=${options.debuggingPort}`],
    viewport: { width: options.width ?? 360, height: options.height ?? 780 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const origin = new URL(baseUrl()).origin;
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) foreignRequests.push(url);
  });
  const cspViolations: string[] = [];
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    foreignRequests,
    cspViolations,
    profile,
    close: async () => {
      await context.close();
      if (options.profileDir === undefined) removeProfileDir(profile);
    },
  };
}

/** Runs axe-core on the page as it is and returns its violations (id, impact, targets). */
export async function findAxeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map(
    (v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** Saves a screenshot under test-results/screenshots for a person to look at. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}
