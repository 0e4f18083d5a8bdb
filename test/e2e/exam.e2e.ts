import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';
import { countPicks } from './keyboard';

/** Presses Tab until the focused element matches, as a keyboard user would (at most 60 times). */
async function tabTo(page: Page, matches: (el: Element) => boolean): Promise<void> {
  const expression = `Boolean((${matches.toString()})(document.activeElement))`;
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(expression)) === true) return;
  }
  throw new Error('Tab never reached the element');
}

async function clockSeconds(page: Page): Promise<number> {
  const text = (await page.getByRole('timer').textContent()) ?? '';
  return text
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

/** Answers the question on screen with the number keys (as many as it asks for). */
async function answerWithKeys(page: Page): Promise<void> {
  const marker = page.locator('.question-pick');
  const pick = (await marker.count()) > 0 ? ((await marker.textContent()) ?? '') : '';
  const count = countPicks(pick);
  for (let key = 1; key <= count; key++) await page.keyboard.press(String(key));
}

/** No sideways page scroll; on failure, names the elements that stick out. */
async function expectNoSideScroll(page: Page): Promise<void> {
  const wide = await page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= limit) return [];
    return [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > limit + 1)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className}: ${(el.textContent ?? '').slice(0, 40)}`,
      );
  });
  expect(wide).toEqual([]);
}

/** A screenshot of what the phone shows, with `locator` scrolled to the top (full pages get long). */
async function saveView(page: Page, name: string, selector?: string): Promise<void> {
  // Instant, not smooth: the screenshot must not catch the page mid-scroll.
  const top = selector
    ? await page
        .locator(selector)
        .first()
        .evaluate((el) => el.getBoundingClientRect().top + window.scrollY - 70)
    : 0;
  await page.evaluate((y) => window.scrollTo({ top: y, behavior: 'instant' }), top);
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

async function checkPage(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  expect(await findAxeViolations(page)).toEqual([]);
  await expectNoSideScroll(page);
}

describe('a 10-question practice exam with the keyboard alone, at 360 × 780', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: 'light' });
  });
  afterAll(async () => {
    await session.close();
  });

  it('starts, answers, flags, resumes after a reload, submits and reviews', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/exam');
    await page.getByRole('heading', { level: 1, name: 'Practice exam' }).waitFor();
    await checkPage(page, 'exam-light-start');
    await page.getByText('A full-length exam uses exam-style questions only').waitFor();

    // Choose 10 questions: Tab into the length group, arrow to the next option, start.
    await tabTo(page, (el) => el instanceof HTMLInputElement && el.name === 'length');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: /^10 questions/ }).isChecked()).toBe(true);
    const kinds = page.getByRole('group', { name: 'Kind of question' });
    expect(await kinds.getByRole('radio', { name: /^Exam style/ }).isChecked()).toBe(true);
    await tabTo(page, (el) => el.textContent === 'Start the exam');
    await page.keyboard.press('Enter');
    await page.getByText('Question 1 of 10', { exact: true }).first().waitFor();
    expect(await page.getByRole('timer').textContent()).toMatch(/^(20:00|19:5\d)$/);
    await checkPage(page, 'exam-light-question');

    for (let q = 1; q <= 5; q++) {
      await answerWithKeys(page);
      if (q === 2) await page.keyboard.press('f');
      await page.keyboard.press('n');
    }
    await page.getByText('Question 6 of 10', { exact: true }).first().waitFor();
    await page.getByText('Saved on this device').waitFor();
    const examUrl = page.url();
    const before = await clockSeconds(page);

    await page.reload();
    await page.getByText('Question 6 of 10', { exact: true }).first().waitFor();
    expect(page.url()).toBe(examUrl);
    const after = await clockSeconds(page);
    expect(before - after).toBeGreaterThanOrEqual(0);
    expect(before - after).toBeLessThanOrEqual(3);
    // Open the navigator from the keyboard and read it.
    await tabTo(
      page,
      (el) => el.tagName === 'SUMMARY' && /^All questions/.test(el.textContent ?? ''),
    );
    await page.keyboard.press('Enter');
    const nav = page.getByRole('list', { name: 'Questions' });
    await nav.waitFor();
    expect(await nav.getByRole('button', { name: 'Question 2, answered, flagged' }).count()).toBe(
      1,
    );
    expect(await nav.getByRole('button', { name: /, answered/ }).count()).toBe(5);
    expect(await nav.getByRole('button', { name: /, unanswered/ }).count()).toBe(5);
    await checkPage(page, 'exam-light-navigator');

    // Answers 6–9, leaves 10 unanswered, then the submit review.
    for (let q = 6; q <= 9; q++) {
      await answerWithKeys(page);
      await page.keyboard.press('n');
    }
    await page.keyboard.press('s');
    const review = page.getByRole('region', { name: 'Submit your exam?' });
    await review.waitFor();
    expect(await review.textContent()).toContain('1 unanswered');
    expect(await review.textContent()).toContain('1 flagged');
    await checkPage(page, 'exam-light-confirm');
    await tabTo(page, (el) => el.textContent === 'Submit the exam');
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 1, name: 'Exam result' }).waitFor();
    expect(await page.getByText('This scaled score is an estimate.').count()).toBe(1);
    expect(await page.getByText('What this measures:').count()).toBe(1);
    expect(await page.getByRole('table', { name: 'By exam domain' }).count()).toBe(1);
    await checkPage(page, 'exam-light-result');
    await saveView(page, 'exam-light-result-top');
    await saveView(page, 'exam-light-result-tables', '.score-table');
    await saveView(page, 'exam-light-result-review', '#review-heading');

    await tabTo(page, (el) => el instanceof HTMLInputElement && el.name === 'review-filter');
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/\?show=wrong$/);
    expect(await page.getByText('You did not answer this question.').count()).toBe(1);
    await saveScreenshot(page, 'exam-light-result-wrong');

    await page.goto(baseUrl() + '/progress');
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    const history = page.getByRole('table', { name: 'Every attempt, newest first' });
    expect(await history.getByRole('row').count()).toBe(2);
    expect(await page.getByRole('img', { name: /DVA-C02: 1 exam/ }).count()).toBe(1);
    await checkPage(page, 'exam-light-progress');
    await saveView(page, 'exam-light-progress-top');
  }, 240_000);

  it('sent no request outside the app origin', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});

describe('time running out, in the dark theme', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ colorScheme: 'dark' });
  });
  afterAll(async () => {
    await session.close();
  });

  it('warns at 10 minutes and 1 minute, and submits by itself at zero', async () => {
    const { page } = session;
    await page.clock.install({ time: new Date('2025-03-03T09:00:00Z') });
    await page.goto(baseUrl() + '/exam');
    await page.getByRole('heading', { level: 1, name: 'Practice exam' }).waitFor();
    await checkPage(page, 'exam-dark-start');
    await page.getByRole('radio', { name: /^10 questions/ }).check();
    await page.getByRole('radio', { name: /^Recall/ }).check();
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.getByText('Question 1 of 10', { exact: true }).first().waitFor();
    await answerWithKeys(page);
    await checkPage(page, 'exam-dark-question');

    await page.clock.fastForward('10:01');
    await page.getByText('Under 10 minutes left').waitFor();
    expect(await page.locator('.exam-clock [role="status"]').textContent()).toBe(
      'Warning: 10 minutes or less left.',
    );
    await page.keyboard.press('s');
    await page.getByRole('region', { name: 'Submit your exam?' }).waitFor();
    await checkPage(page, 'exam-dark-confirm');
    await page.keyboard.press('Escape');

    await page.clock.fastForward('09:00');
    await page.getByText('Under 1 minute left').waitFor();
    expect(await page.getByRole('alert').first().textContent()).toContain('1 minute or less left');
    await saveScreenshot(page, 'exam-dark-one-minute');

    await page.clock.fastForward('01:00');
    await page.getByRole('heading', { level: 1, name: 'Exam result' }).waitFor();
    expect(await page.getByText(/submitted automatically/).count()).toBe(1);
    await checkPage(page, 'exam-dark-result');
    await saveView(page, 'exam-dark-result-top');
    await saveView(page, 'exam-dark-result-review', '.review-item');

    await page.goto(baseUrl() + '/progress');
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    expect(
      await page
        .getByRole('table', { name: 'Every attempt, newest first' })
        .getByRole('row')
        .count(),
    ).toBe(2);
    await checkPage(page, 'exam-dark-progress');
  }, 240_000);

  it('sent no request outside the app origin', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});

describe('both exams at full length, offline', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
    await session.page.goto(baseUrl() + '/');
    await session.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await session.context.setOffline(true);
  });
  afterAll(async () => {
    await session.context.setOffline(false);
    await session.close();
  });

  for (const [code, questions] of [
    ['DVA-C02', 65],
    ['SAP-C02', 75],
  ] as const) {
    it(`sits a whole ${code} exam (${questions} questions) with the network off`, async () => {
      const { page } = session;
      await page.goto(baseUrl() + '/exam');
      await page.getByRole('radio', { name: new RegExp(`^${code}`) }).check();
      await page.getByRole('radio', { name: /^Full length/ }).check();
      await page.getByRole('button', { name: 'Start the exam' }).click();
      await page.getByText(`Question 1 of ${questions}`, { exact: true }).first().waitFor();
      for (let q = 1; q <= questions; q++) {
        await page.getByText(`Question ${q} of ${questions}`, { exact: true }).first().waitFor();
        await answerWithKeys(page);
        if (q < questions) await page.keyboard.press('n');
      }
      await page.keyboard.press('s');
      const review = page.getByRole('region', { name: 'Submit your exam?' });
      await review.waitFor();
      expect(await review.textContent()).toContain(`${questions} of ${questions} answered`);
      await review.getByRole('button', { name: 'Submit the exam' }).click();
      await page.getByRole('heading', { level: 1, name: 'Exam result' }).waitFor();
      expect(await page.getByText(`${code} practice exam`).count()).toBeGreaterThan(0);
      expect(await page.locator('main').textContent()).toContain(` of ${questions})`);
      expect(await findAxeViolations(page)).toEqual([]);
    }, 300_000);
  }

  it('sent no request outside the app origin', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
