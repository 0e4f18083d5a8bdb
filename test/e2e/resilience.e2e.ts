import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  createProfileDir,
  failWritesAsFullDisk,
  findAxeViolations,
  killBrowser,
  openSession,
  readStoredProgress,
  removeProfileDir,
  saveScreenshot,
} from './browser';
import { countPicks } from './keyboard';

/** Slow machines: every wait gets this long (ms). */
const PATIENCE = 60_000;

/** Mulberry32: the same seed gives the same kill points on every run. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A whole number from 1 to `max`. */
function pick(random: () => number, max: number): number {
  return 1 + Math.floor(random() * max);
}

async function openReview(page: Page): Promise<void> {
  await page.goto(baseUrl() + '/review');
  await page.getByRole('button', { name: 'Check answer' }).waitFor({ timeout: PATIENCE });
}

/** The "Cards left" line as numbers, e.g. "0 learning0 review20 new" → [0, 0, 20]. */
async function readCounts(page: Page): Promise<number[]> {
  const text = (await page.getByRole('list', { name: 'Cards left' }).textContent()) ?? '';
  return [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));
}

/**
 * Answers the review card on screen (first option, then the default grade) and resolves once
 * the page acknowledged it: the next card (or the done screen) shows only after the save.
 */
async function answerCard(page: Page): Promise<void> {
  const stem = await page.locator('.question-stem').textContent();
  const counts = await page.locator('.review-counts').textContent();
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  const verdict = page.getByRole('heading', { level: 2, name: /Correct|Not quite/ });
  await verdict.waitFor({ timeout: PATIENCE });
  await page.keyboard.press('Enter');
  await verdict.waitFor({ state: 'detached', timeout: PATIENCE });
  await page.waitForFunction(
    ([before, beforeCounts]) =>
      document.querySelector('.question-stem')?.textContent !== before ||
      document.querySelector('.review-counts')?.textContent !== beforeCounts ||
      document.getElementById('review-done-heading') !== null,
    [stem, counts] as const,
    { timeout: PATIENCE },
  );
}

type StoredLog = { recent: unknown[] };

async function storedAnswers(page: Page): Promise<number> {
  const state = await readStoredProgress(page);
  return state === null ? 0 : (state.reviewLog as StoredLog).recent.length;
}

async function storedCardIds(page: Page): Promise<string[]> {
  const state = await readStoredProgress(page);
  return state === null ? [] : Object.keys(state.cards as object).sort();
}

/** Answers the exam question on screen with number keys and waits until it is saved. */
async function answerQuestion(page: Page): Promise<void> {
  const marker = page.locator('.question-pick');
  const text = (await marker.count()) > 0 ? ((await marker.textContent()) ?? '') : '';
  const count = countPicks(text);
  for (let key = 1; key <= count; key++) await page.keyboard.press(String(key));
  await waitForExamSaved(page, count);
}

/** The question's choices are on screen and the page says they are saved. */
async function waitForExamSaved(page: Page, chosen: number): Promise<void> {
  await page.waitForFunction(
    (n) =>
      document.querySelectorAll('main input:checked').length >= n &&
      document.querySelector('.exam-save-state')?.textContent === 'Saved on this device',
    chosen,
    { timeout: PATIENCE },
  );
}

/** The number of answered questions, from the navigator's summary line. */
async function answeredInExam(page: Page): Promise<number> {
  const summary = page.locator('summary', { hasText: /^All questions/ });
  await summary.waitFor({ timeout: PATIENCE });
  const match = /(\d+) answered/.exec((await summary.textContent()) ?? '');
  return Number(match?.[1] ?? -1);
}

/** The question number on screen ("Question 3 of 10" → 3). */
async function currentQuestion(page: Page): Promise<number> {
  const label = page.getByText(/^Question \d+ of 10$/).first();
  await label.waitFor({ timeout: PATIENCE });
  return Number(/\d+/.exec((await label.textContent()) ?? '')?.[0]);
}

describe('killing the browser right after an answer', { timeout: 600_000 }, () => {
  const profileDir = createProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  it('keeps every acknowledged review answer (seeded kill points)', async () => {
    const random = seededRandom(20_260_301);
    let acknowledged = 0;
    for (let round = 0; round < 4; round++) {
      const session = await openSession({ profileDir });
      await openReview(session.page);
      expect(await storedAnswers(session.page).catch(() => 0)).toBe(acknowledged);
      const [, , newLeft] = await readCounts(session.page);
      expect(newLeft).toBe(20 - (await storedCardIds(session.page).catch(() => [])).length);
      const answers = pick(random, 3);
      for (let i = 0; i < answers; i++) {
        await answerCard(session.page);
        acknowledged++;
      }
      // Right after the acknowledgement: no waiting of any kind before the kill.
      await killBrowser(session);
    }
    const session = await openSession({ profileDir });
    try {
      await openReview(session.page);
      expect(await storedAnswers(session.page)).toBe(acknowledged);
      const cards = await storedCardIds(session.page);
      const [, , newLeft] = await readCounts(session.page);
      expect(newLeft).toBe(20 - cards.length);
      expect(newLeft).toBeLessThan(20);
    } finally {
      await session.close();
    }
  });

  it('keeps every acknowledged exam answer, and resumes with them', async () => {
    const random = seededRandom(7_919);
    const start = await openSession({ profileDir });
    await start.page.goto(baseUrl() + '/exam');
    await start.page.getByRole('radio', { name: /^10 questions/ }).check({ timeout: PATIENCE });
    await start.page.getByRole('button', { name: 'Start the exam' }).click();
    expect(await currentQuestion(start.page)).toBe(1);
    const examUrl = start.page.url();
    await start.close();

    let acknowledged = 0;
    for (let round = 0; round < 3; round++) {
      const session = await openSession({ profileDir });
      await session.page.goto(examUrl);
      expect(await answeredInExam(session.page)).toBe(acknowledged);
      // The question on screen was answered just before the last kill: move on first.
      if (acknowledged > 0) {
        const before = await currentQuestion(session.page);
        await session.page.keyboard.press('n');
        await session.page
          .getByText(`Question ${before + 1} of 10`)
          .first()
          .waitFor();
      }
      const answers = pick(random, 2);
      for (let i = 0; i < answers; i++) {
        if (i > 0) {
          const before = await currentQuestion(session.page);
          await session.page.keyboard.press('n');
          await session.page
            .getByText(`Question ${before + 1} of 10`)
            .first()
            .waitFor();
        }
        await answerQuestion(session.page);
        acknowledged++;
      }
      await killBrowser(session);
    }
    const session = await openSession({ profileDir });
    try {
      await session.page.goto(baseUrl() + '/exam');
      await session.page.getByRole('region', { name: /exam in progress/i }).waitFor({
        timeout: PATIENCE,
      });
      await session.page.goto(examUrl);
      expect(await answeredInExam(session.page)).toBe(acknowledged);
    } finally {
      await session.close();
    }
  });
});

describe('a full disk', { timeout: 300_000 }, () => {
  it('says that answers are not saved, with no axe violations', async () => {
    const session = await openSession();
    try {
      const { page, context } = session;
      await openReview(page);
      await answerCard(page);
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', {
        origin: new URL(baseUrl()).origin,
        quotaSize: 1,
      });
      await failWritesAsFullDisk(page);
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 2, name: /Correct|Not quite/ })
        .waitFor({ timeout: PATIENCE });
      await page.keyboard.press('Enter');
      const banner = page.getByRole('region', { name: 'Storage problem' });
      await banner.waitFor({ timeout: PATIENCE });
      expect(await banner.textContent()).toContain('out of space');
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, 'storage-quota-exceeded');
      // Only the answer given before the disk filled up is saved; the app keeps working.
      expect(await storedAnswers(page)).toBe(1);
      await page.getByRole('button', { name: 'Check answer' }).waitFor({ timeout: PATIENCE });
    } finally {
      await session.close();
    }
  });
});

describe('two tabs at once', { timeout: 300_000 }, () => {
  it('keeps what each tab saved: answers in one, a setting and answers in the other', async () => {
    const session = await openSession();
    try {
      const a = session.page;
      const b = await session.context.newPage();
      await openReview(a);
      await b.goto(baseUrl() + '/settings');
      await b.getByLabel('New cards a day').waitFor({ timeout: PATIENCE });
      await answerCard(a);
      await answerCard(a);
      await b.getByLabel('New cards a day').fill('15');
      await b.getByText('Saved.').waitFor({ timeout: PATIENCE });
      // Tab A has not reloaded: its next answers must not put the old setting back.
      await answerCard(a);
      await answerCard(a);
      await openReview(b);
      await answerCard(b);
      await answerCard(b);
      await answerCard(a);

      await Promise.all([a.reload(), b.reload()]);
      await a.getByRole('button', { name: 'Check answer' }).waitFor({ timeout: PATIENCE });
      await b.getByRole('button', { name: 'Check answer' }).waitFor({ timeout: PATIENCE });
      expect(await storedAnswers(a)).toBe(7);
      const cards = await storedCardIds(a);
      for (const page of [a, b]) {
        const [, , newLeft] = await readCounts(page);
        expect(newLeft).toBe(15 - cards.length);
      }
      await b.goto(baseUrl() + '/settings');
      expect(await b.getByLabel('New cards a day').inputValue()).toBe('15');
    } finally {
      await session.close();
    }
  });
});
