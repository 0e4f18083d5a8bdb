import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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

/**
 * Ends the browser of `session` the hard way, as a crash or a killed app would: SIGKILL to
 * its main process (found by its profile directory), no chance to flush anything. Resolves
 * once the context noticed. The profile directory is kept, to be reopened.
 */
export async function killBrowser(session: Session): Promise<void> {
  const closed = new Promise<void>((resolve) => session.context.once('close', () => resolve()));
  const pids = browserProcessIds(session.profile);
  if (pids.length === 0) throw new Error(`No browser process found for ${session.profile}`);
  for (const pid of pids) process.kill(pid, 'SIGKILL');
  await closed;
}

/** Main browser processes (not renderers or helpers) started with `--user-data-dir=<profile>`. */
function browserProcessIds(profile: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // ended meanwhile
    }
    const ownsProfile = args.some((arg) => arg === `--user-data-dir=${profile}`);
    if (ownsProfile && !args.some((arg) => arg.startsWith('--type='))) pids.push(Number(entry));
  }
  return pids;
}

/** The progress the app saved in this page's IndexedDB, parsed; null when nothing is saved. */
export async function readStoredProgress(page: Page): Promise<Record<string, unknown> | null> {
  const text = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('warmstart');
        open.onerror = () => reject(new Error('cannot open the database'));
        open.onsuccess = () => {
          const request = open.result
            .transaction('kv', 'readonly')
            .objectStore('kv')
            .get('warmstart.progress');
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(new Error('cannot read'));
        };
      }),
  );
  if (typeof text !== 'string') return null;
  return (JSON.parse(text) as { state: Record<string, unknown> }).state;
}

/**
 * Makes this page's IndexedDB writes fail as they do on a full disk, with a
 * `QuotaExceededError` DOMException, until it reloads. (Chromium's CDP
 * `Storage.overrideQuotaForOrigin` lowers the reported quota but does not make IndexedDB
 * writes fail, so the failure is raised where the browser would raise it.)
 */
export async function failWritesAsFullDisk(page: Page): Promise<void> {
  await page.evaluate(() => {
    const fail = (): never => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = fail;
    IDBObjectStore.prototype.add = fail;
  });
}
