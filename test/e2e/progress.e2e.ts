import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topics } from '../../content/index';
import {
  createEmptyProgress,
  DEFAULT_SETTINGS,
  type Progress,
} from '../../src/domain/progress/progress';
import { exportProgress } from '../../src/domain/progress/transfer';
import { listCards } from '../../src/domain/quiz/generate-questions';
import type { CardState } from '../../src/domain/srs/card-state';
import { DAY_MS, dayKey } from '../../src/domain/srs/day-key';
import type { DayActivity } from '../../src/domain/srs/review-log';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';

/** Half a year of study: answers on most days, cards in every state, a few forgotten often. */
function buildProgress(now: number): Progress {
  const offset = -new Date(now).getTimezoneOffset();
  const days: Record<string, DayActivity> = {};
  for (let back = 0; back < 190; back++) {
    if (back % 7 === 3 || back % 11 === 5) continue;
    const answers = 5 + ((back * 37) % 60);
    days[dayKey(now - back * DAY_MS, offset)] = {
      answers,
      again: Math.floor((answers * ((back * 13) % 30)) / 100),
      introduced: Math.min(answers, 10),
    };
  }
  const ids = listCards({ topics }).map((c) => c.cardId);
  const cards: Record<string, CardState> = {};
  ids.slice(0, 120).forEach((id, i) => {
    const lastReview = now - ((i % 20) + 1) * DAY_MS;
    cards[id] = {
      phase: i % 10 === 0 ? 'relearning' : i % 7 === 0 ? 'learning' : 'review',
      due: now + (i % 9) * DAY_MS,
      stability: 1 + (i % 30),
      difficulty: 3 + (i % 6),
      scheduledDays: i % 9,
      learningSteps: 0,
      reps: 3 + (i % 8),
      lapses: i % 10 === 0 ? 1 + (i % 7) : 0,
      lastReview,
      firstReview: lastReview - 30 * DAY_MS,
    };
  });
  const base = createEmptyProgress({ ...DEFAULT_SETTINGS, targetExam: 'DVA-C02' });
  return { ...base, cards, reviewLog: { ...base.reviewLog, days } };
}

async function importProgress(page: Page, progress: Progress): Promise<void> {
  await page.goto(baseUrl() + '/settings');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await page.getByLabel('Progress file to import (.json)').setInputFiles({
    name: 'progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(exportProgress(progress, Date.now())),
  });
  const preview = page.getByRole('region', { name: 'Check before importing' });
  await preview.getByRole('button', { name: 'Replace my progress' }).click();
  await page.getByText(/^Imported: your progress/).waitFor();
}

/** No sideways page scroll; on failure, names the elements that stick out. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= limit) return [];
    return [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
  });
  expect(wide).toEqual([]);
}

/** A screenshot of what the phone shows with `selector` near the top. */
async function saveView(page: Page, name: string, selector: string): Promise<void> {
  const top = await page
    .locator(selector)
    .first()
    .evaluate((el) => el.getBoundingClientRect().top + window.scrollY - 70);
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`the progress page in the ${colorScheme} theme at 360 px`, { timeout: 240_000 }, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({
        colorScheme,
        width: 360,
        height: 780,
        reducedMotion: colorScheme === 'dark' ? 'reduce' : 'no-preference',
      });
      await importProgress(session.page, buildProgress(Date.now()));
    });
    afterAll(async () => {
      await session.close();
    });

    it('shows cards by state, retention, activity and the weakest facts, accessibly', async () => {
      const { page } = session;
      await page.goto(baseUrl() + '/progress');
      await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
      await page.getByText('Cards by state as a table').waitFor();
      expect(await page.getByRole('img', { name: /not graded Again/ }).count()).toBe(1);
      const heatmap = page.getByRole('region', { name: /Activity heatmap/ });
      expect(await heatmap.getByRole('img', { name: /^Answers per day/ }).count()).toBe(1);
      const weakest = page.locator('ol.weakest').getByRole('link');
      expect(await weakest.count()).toBeGreaterThan(0);
      for (const summary of ['Cards by state', 'Retention', 'Activity'])
        await page.getByText(`${summary} as a table`).click();
      expect(await findAxeViolations(page)).toEqual([]);
      await expectNoSideScroll(page);
      await saveScreenshot(page, `progress-${colorScheme}`);
      for (const table of ['Retention', 'Activity'])
        await page.getByRole('region', { name: `${table} table, scrolls sideways` }).screenshot({
          path: `test-results/screenshots/progress-${colorScheme}-${table}-table.png`,
        });
      for (const summary of ['Cards by state', 'Retention', 'Activity'])
        await page.getByText(`${summary} as a table`).click();
      await saveView(page, `progress-${colorScheme}-states`, '#states-heading');
      await saveView(page, `progress-${colorScheme}-activity`, '#retention-heading');
      await saveView(page, `progress-${colorScheme}-weakest`, '#activity-heading');
    });

    it('links a weak fact to its place on the Learn page', async () => {
      const { page } = session;
      const link = page.locator('ol.weakest').getByRole('link').first();
      const href = (await link.getAttribute('href')) ?? '';
      await link.click();
      await page.waitForURL((url) => url.pathname + url.hash === href);
      const id = decodeURIComponent(href.split('#')[1] ?? '');
      // The topic page loads lazily: wait for the target to appear.
      await page.locator(`[id="${id}"]`).waitFor();
      expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    });

    it('shows readiness by exam domain and opens a quiz on the weakest domain', async () => {
      const { page } = session;
      await page.goto(baseUrl() + '/progress');
      const readiness = page.getByRole('region', { name: 'Readiness by DVA-C02 domain' });
      await readiness.waitFor();
      expect(await readiness.getByRole('listitem').count()).toBe(4);
      const practise = readiness.getByRole('link', { name: /^Practise my weakest domain: / });
      const domain = ((await practise.textContent()) ?? '').replace(/^.*: /, '');
      await practise.click();
      await page.getByRole('form', { name: 'Set up a quiz' }).waitFor();
      const domains = page.getByRole('group', { name: 'Exam domain' });
      expect(await domains.getByRole('radio', { name: domain, exact: true }).isChecked()).toBe(
        true,
      );
      const kinds = page.getByRole('group', { name: 'Kind of question' });
      expect(await kinds.getByRole('radio', { checked: true }).getAttribute('value')).toBe('exam');
      expect(await findAxeViolations(page)).toEqual([]);
      await expectNoSideScroll(page);
      await saveScreenshot(page, `progress-${colorScheme}-weakest-domain-quiz`);
    });

    it('sent no request outside the app origin', () => {
      expect(session.foreignRequests).toEqual([]);
    });
  });
}
