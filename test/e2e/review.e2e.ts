import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseUrl,
  createProfileDir,
  findAxeViolations,
  openSession,
  removeProfileDir,
  saveScreenshot,
  type Session,
} from './browser';

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** The "Cards left" line, e.g. "0 learning0 review20 new". */
async function readCounts(page: Page): Promise<string> {
  return (await page.getByRole('list', { name: 'Cards left' }).textContent()) ?? '';
}

async function openReview(page: Page): Promise<void> {
  await page.goto(baseUrl() + '/review');
  await page.getByRole('button', { name: 'Check answer' }).waitFor();
}

/**
 * Answers the card on screen with the keyboard alone: 1 chooses the first option, Enter checks,
 * Enter again grades (Good when right, Again when wrong). Resolves once the next screen is up,
 * which the page shows only after the answer is saved.
 * @returns whether the answer was right.
 */
async function answerWithKeys(page: Page, onFeedback?: () => Promise<void>): Promise<boolean> {
  const stem = await page.locator('.question-stem').textContent();
  const counts = await readCounts(page);
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  const verdict = page.getByRole('heading', { level: 2, name: /Correct|Not quite/ });
  await verdict.waitFor();
  const right = ((await verdict.textContent()) ?? '').includes('✓');
  await onFeedback?.();
  await page.keyboard.press('Enter');
  await verdict.waitFor({ state: 'detached' });
  await page.waitForFunction(
    ([before, beforeCounts]) =>
      document.querySelector('.question-stem')?.textContent !== before ||
      document.querySelector('.review-counts')?.textContent !== beforeCounts ||
      document.getElementById('review-done-heading') !== null,
    [stem, counts] as const,
  );
  return right;
}

// Ten answers with an axe run per state take minutes on a busy machine.
describe('reviewing with the keyboard at 360 × 780', { timeout: 300_000 }, () => {
  const profileDir = createProfileDir();
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ profileDir });
  });
  afterAll(async () => {
    await session.close();
    removeProfileDir(profileDir);
  });

  it('reviews 10 cards with keys alone, with no axe violations in any state', async () => {
    const { page } = session;
    await openReview(page);
    const initial = await readCounts(page);
    expect(initial).toBe('0 learning0 review20 new');
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-light-card');
    const seen = new Set<string>();
    for (let i = 0; i < 10; i++) {
      await answerWithKeys(page, async () => {
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        const verdict = (await page.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
        const kind = verdict.includes('✓') ? 'right' : 'wrong';
        if (seen.has(kind)) return;
        seen.add(kind);
        expect(await findAxeViolations(page)).toEqual([]);
        await saveScreenshot(page, `review-light-feedback-${kind}`);
      });
    }
    const after = await readCounts(page);
    expect(after).not.toBe(initial);
    expect(after).toMatch(/\D10 new$/);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  it('keeps the progress across a reload', async () => {
    const { page } = session;
    await openReview(page);
    const before = await readCounts(page);
    await page.reload();
    await page.getByRole('button', { name: 'Check answer' }).waitFor();
    expect(await readCounts(page)).toBe(before);
    expect(before).toMatch(/\D10 new$/);
    await page.goto(baseUrl() + '/');
    await page.getByText('10 new left today').waitFor();
    await page.getByText('1 day in a row, today included').waitFor();
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'home-light');
  });

  it('undoes the last grade with U, back to the same card', async () => {
    const { page } = session;
    await openReview(page);
    const stem = await page.locator('.question-stem').textContent();
    const counts = await readCounts(page);
    await answerWithKeys(page);
    await page.keyboard.press('u');
    await page.waitForFunction(
      (before) => document.querySelector('.question-stem')?.textContent === before,
      stem,
    );
    expect(await readCounts(page)).toBe(counts);
  });

  it('reviews offline once the service worker controls the page', async () => {
    const { page, context } = session;
    await page.goto(baseUrl() + '/review');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('button', { name: 'Check answer' }).waitFor();
      const before = await readCounts(page);
      await answerWithKeys(page);
      await page.reload();
      await page.getByRole('button', { name: 'Check answer' }).waitFor();
      expect(await readCounts(page)).not.toBe(before);
    } finally {
      await context.setOffline(false);
    }
  });

  it('keeps an answer when the browser closes right after it', async () => {
    await openReview(session.page);
    const before = await readCounts(session.page);
    await answerWithKeys(session.page);
    // No waiting of any kind: the page showed the next card only once the answer was saved.
    await session.close();
    session = await openSession({ profileDir });
    await openReview(session.page);
    const after = await readCounts(session.page);
    expect(after).not.toBe(before);
  });

  it('sent no request outside the app origin', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});

describe('review states in the dark theme', { timeout: 240_000 }, () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await session.close();
  });

  it('has no axe violations on the card, the feedback and the empty state', async () => {
    const { page } = session;
    await openReview(page);
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-dark-card');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /Correct|Not quite/ }).waitFor();
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-dark-feedback');
    await page.goto(baseUrl() + '/settings');
    await page.getByLabel('New cards a day').fill('0');
    await page.getByText('Saved.').waitFor();
    await page.goto(baseUrl() + '/review');
    await page.getByRole('heading', { name: /Nothing to review right now|Done for now/ }).waitFor();
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'review-dark-empty');
  });

  it('shows the Home dashboard and the first-run welcome without axe violations', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/');
    await page.getByRole('region', { name: 'Welcome' }).waitFor();
    await page
      .getByText(/ % \(\d+ of \d+\)/)
      .first()
      .waitFor();
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'home-dark-welcome');
    await page.getByRole('radio', { name: /DVA-C02/ }).check();
    await page.getByRole('button', { name: 'Start studying' }).click();
    await page.getByRole('region', { name: 'Welcome' }).waitFor({ state: 'detached' });
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'home-dark');
  });
});
