import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, type Session } from './browser';
import { countPicks } from './keyboard';

const SW_PATH = 'dist/sw.js';

/** Answers the question on screen with the number keys (as many as it asks for). */
async function answerWithKeys(page: Page): Promise<void> {
  const marker = page.locator('.question-pick');
  const pick = (await marker.count()) > 0 ? ((await marker.textContent()) ?? '') : '';
  const count = countPicks(pick);
  for (let key = 1; key <= count; key++) await page.keyboard.press(String(key));
}

/** Asks the browser to look for a new service worker and waits until one is installed and waiting. */
async function waitForWaitingWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (registration === undefined) throw new Error('no service worker registration');
    await registration.update();
    for (let i = 0; i < 300 && registration.waiting === null; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (registration.waiting === null) throw new Error('the new version never finished installing');
  });
}

describe('a new version deployed during an exam', () => {
  let session: Session;
  const originalWorker = readFileSync(SW_PATH, 'utf8');
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    writeFileSync(SW_PATH, originalWorker);
    await session.close();
  });

  it('waits until the learner leaves the exam, reloads on consent, and the exam resumes', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/exam');
    await page.getByRole('heading', { level: 1, name: 'Practice exam' }).waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await page.getByRole('radio', { name: /^10 questions/ }).check();
    await page.getByRole('button', { name: 'Start the exam' }).click();
    await page.getByText('Question 1 of 10', { exact: true }).first().waitFor();
    for (let q = 1; q <= 2; q++) {
      await answerWithKeys(page);
      await page.keyboard.press('n');
    }
    await page.getByText('Question 3 of 10', { exact: true }).first().waitFor();
    await page.getByText('Saved on this device').waitFor();
    const examUrl = page.url();

    // Deploy: any change to the service worker file is a new version to the browser.
    writeFileSync(SW_PATH, `${originalWorker}\n// deployed ${Date.now()}\n`);
    await waitForWaitingWorker(page);
    // Give the app time to hear of it; the exam screen must stay as it is.
    await page.waitForTimeout(1500);
    expect(await page.getByText('A new version of Warmstart is ready.').count()).toBe(0);
    expect(page.url()).toBe(examUrl);
    await page.getByText('Question 3 of 10', { exact: true }).first().waitFor();

    // Leaving the exam screen (in the app, no reload) brings the prompt.
    await page.getByRole('link', { name: 'Progress' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    const reload = page.getByRole('button', { name: 'Reload' });
    await reload.waitFor();
    expect(await findAxeViolations(page)).toEqual([]);
    // A first visit: the page was not controlled when it registered the worker.
    await Promise.all([page.waitForEvent('load'), reload.click()]);
    await page.getByRole('heading', { level: 1, name: 'Progress' }).waitFor();
    await page.waitForFunction(() => document.readyState === 'complete');
    const stillWaiting = await page.evaluate(
      async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
    );
    expect(stillWaiting).toBe(false);

    await page.goto(examUrl);
    await page.getByText('Question 3 of 10', { exact: true }).first().waitFor();
    await page.getByText(/^All questions/).click();
    const nav = page.getByRole('list', { name: 'Questions' });
    expect(await nav.getByRole('button', { name: /, answered/ }).count()).toBe(2);
  }, 180_000);

  it('sent no request outside the app origin and nothing was blocked by the policy', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
