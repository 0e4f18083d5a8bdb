import { mkdirSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, createProfileDir, openSession, removeProfileDir } from '../e2e/browser';

/** DESIGN quality bars, Lighthouse mobile (its default: a mid-range phone on slow 4G). */
const BARS = { performance: 95, accessibility: 100, 'best-practices': 100 } as const;
type Category = keyof typeof BARS;
const CATEGORIES = Object.keys(BARS) as Category[];
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 9333);

const RUNS = 5;

type Scores = Readonly<Record<Category, number>> & { failing: string[] };
const results: Record<string, Scores & { runs: number[] }> = {};

function meetsBars(scores: Scores): boolean {
  return CATEGORIES.every((id) => scores[id] >= BARS[id]);
}

/** Each category's median over the runs; `failing` lists what fell short in any run. */
function medianScores(runs: readonly Scores[]): Scores {
  const median = (id: Category) => {
    const sorted = runs.map((r) => r[id]).sort((a, b) => a - b);
    const high = sorted[Math.floor(sorted.length / 2)] ?? 0;
    // An even count takes the mean of the middle two, rounded down.
    const low = sorted.length % 2 === 0 ? (sorted[sorted.length / 2 - 1] ?? 0) : high;
    return Math.floor((low + high) / 2);
  };
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    'best-practices': median('best-practices'),
    failing: [...new Set(runs.flatMap((r) => r.failing))],
  };
}

/** Audits `url` in the open browser (keeping its storage) and returns the scores as 0–100. */
async function audit(url: string): Promise<Scores> {
  const runner = await lighthouse(url, {
    port: PORT,
    logLevel: 'error',
    output: 'json',
    onlyCategories: CATEGORIES,
    // Keep what the test put in place (an exam in progress) and the installed service worker.
    disableStorageReset: true,
  });
  if (runner === undefined) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = runner.lhr;
  const score = (id: Category) => Math.round((categories[id]?.score ?? 0) * 100);
  const failing = CATEGORIES.flatMap((id) =>
    (categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${id}: ${ref.id} (${audits[ref.id]?.displayValue ?? audits[ref.id]?.score})`),
  );
  if (process.env.LIGHTHOUSE_DETAILS) {
    for (const id of ['bootup-time', 'long-tasks', 'mainthread-work-breakdown']) {
      const items = (audits[id]?.details as { items?: unknown[] } | undefined)?.items ?? [];
      console.log(id, JSON.stringify(items.slice(0, 8)));
    }
  }
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    failing,
  };
}

/** Starts a 10-question practice exam and answers the first question; returns its address. */
async function startExam(page: Page): Promise<string> {
  await page.goto(baseUrl() + '/exam');
  await page.getByRole('radio', { name: /^10 questions/ }).check();
  await page.getByRole('button', { name: 'Start the exam' }).click();
  await page.getByText('Question 1 of 10', { exact: true }).first().waitFor();
  await page.keyboard.press('1');
  await page.getByText('Saved on this device').waitFor();
  return page.url();
}

describe('Lighthouse, mobile', () => {
  // One profile for every run: it keeps the installed service worker and the exam in progress.
  const profileDir = createProfileDir();
  let examPath = '';

  beforeAll(async () => {
    const session = await openSession({ profileDir });
    await session.page.goto(baseUrl() + '/');
    await session.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    examPath = new URL(await startExam(session.page)).pathname;
    await session.close();
  }, 60_000);
  afterAll(() => {
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/lighthouse.json', JSON.stringify(results, null, 2));
    removeProfileDir(profileDir);
  });

  /** Each run in a freshly started browser, as the Lighthouse command line does. */
  async function auditInFreshBrowser(url: string): Promise<Scores> {
    const session = await openSession({ profileDir, debuggingPort: PORT });
    try {
      return await audit(url);
    } finally {
      await session.close();
    }
  }

  const pages: ReadonlyArray<readonly [name: string, path: () => string]> = [
    ['home', () => '/'],
    ['learn topic', () => '/learn/concurrency'],
    ['quiz', () => '/quiz'],
    ['exam in progress', () => examPath],
    ['cold-start lab', () => '/labs/cold-starts'],
  ];

  it.each(pages)(
    '%s meets the performance, accessibility and best-practice bars (median of 5 or 10 runs)',
    async (name, path) => {
      const url = baseUrl() + path();
      // Scores vary from run to run on a shared machine; Lighthouse's own advice is to
      // judge the median of several runs.
      const runs: Scores[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await auditInFreshBrowser(url));
      // A median just under a bar gets as many runs again, and the median of all decides:
      // more samples where one noisy run could tip the result either way.
      if (!meetsBars(medianScores(runs)))
        for (let i = 0; i < RUNS; i++) runs.push(await auditInFreshBrowser(url));
      const scores = medianScores(runs);
      results[name] = { ...scores, runs: runs.map((r) => r.performance) };
      console.log(
        `Lighthouse ${name}: performance ${scores.performance} (runs ${runs.map((r) => r.performance).join(', ')}), accessibility ${scores.accessibility}, best practices ${scores['best-practices']}`,
      );
      for (const line of new Set(runs.flatMap((r) => r.failing)))
        console.log(`  below full marks: ${line}`);
      expect(scores.performance).toBeGreaterThanOrEqual(BARS.performance);
      expect(scores.accessibility).toBeGreaterThanOrEqual(BARS.accessibility);
      expect(scores['best-practices']).toBeGreaterThanOrEqual(BARS['best-practices']);
    },
    600_000,
  );
});
