import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';
import { countPicks } from './keyboard';

type StoredProgress = {
  cards: Record<string, unknown>;
  attempts: { kind: string; total: number; correct: number }[];
  reviewLog: { recent: { cardId: string; source: string }[] };
};

/** The progress the app saved in IndexedDB (database `warmstart`, store `kv`), parsed. */
async function readStoredProgress(page: Page): Promise<StoredProgress | null> {
  const raw = await page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('warmstart');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('kv')) return resolve(null);
          const request = db.transaction('kv').objectStore('kv').get('warmstart.progress');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            db.close();
            resolve(request.result ?? null);
          };
        };
      }),
  );
  return typeof raw === 'string' ? (JSON.parse(raw) as { state: StoredProgress }).state : null;
}

/** Presses Tab until `target` has focus: the keyboard is the only way in. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('could not reach the element with Tab');
}

const focusedText = (page: Page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    type: document.activeElement?.getAttribute('type'),
    text: document.activeElement?.textContent,
  }));

async function expectNoSideScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Checks axe and saves a screenshot of the current screen. */
async function inspect(page: Page, name: string): Promise<void> {
  expect(await findAxeViolations(page)).toEqual([]);
  await expectNoSideScroll(page);
  await saveScreenshot(page, name);
}

/** Answers the question on screen with keys alone and returns the verdict. */
async function answerWithKeys(page: Page, n: number, screenshots: string | null): Promise<string> {
  const group = page.getByRole('group', { name: new RegExp(`^Question ${n} of 5`) });
  await group.waitFor();
  const focused = await focusedText(page);
  expect(['radio', 'checkbox']).toContain(focused.type);
  const legend = (await group.locator('legend').textContent()) ?? '';
  const pick = countPicks(legend);
  for (let key = 1; key <= pick; key++) await page.keyboard.press(String(key));
  if (screenshots) await inspect(page, `${screenshots}-question${pick > 1 ? '-multi' : ''}`);
  await page.keyboard.press('Enter');
  const verdict = page.getByRole('heading', { level: 2, name: /Correct|Not quite/ });
  await verdict.waitFor();
  expect((await focusedText(page)).tag).toBe('H2');
  if (screenshots) await inspect(page, `${screenshots}-feedback`);
  return (await verdict.textContent()) ?? '';
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`quiz in the ${colorScheme} theme at 360 × 780`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({ colorScheme, width: 360, height: 780 });
    });
    afterAll(async () => {
      await session.close();
    });

    it('completes a 5-question quiz with the keyboard alone; axe finds nothing on any screen', async () => {
      const { page } = session;
      const shot = `quiz-${colorScheme}`;
      await page.goto(`${baseUrl()}/quiz`);
      await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
      await inspect(page, `${shot}-setup`);

      await tabTo(page, page.getByRole('radio', { name: '10 questions' }));
      await page.keyboard.press('ArrowUp');
      expect(await page.getByRole('radio', { name: '5 questions' }).isChecked()).toBe(true);
      await tabTo(page, page.getByRole('button', { name: 'Start quiz' }));
      await page.keyboard.press('Enter');

      const verdicts: string[] = [];
      for (let n = 1; n <= 5; n++) {
        verdicts.push(await answerWithKeys(page, n, n === 1 ? shot : null));
        await page.keyboard.press('Enter');
      }
      const results = page.getByRole('heading', { level: 2, name: 'Results' });
      await results.waitFor();
      expect((await focusedText(page)).text).toBe('Results');
      const right = verdicts.filter((v) => v.includes('Correct')).length;
      expect(await page.locator('.quiz-score').textContent()).toContain(`${right} of 5`);
      await inspect(page, `${shot}-summary`);

      await expect
        .poll(async () => (await readStoredProgress(page))?.attempts.length, { timeout: 5_000 })
        .toBe(1);
      const saved = await readStoredProgress(page);
      expect(Object.keys(saved?.cards ?? {})).toHaveLength(5);
      expect(saved?.reviewLog.recent.filter((e) => e.source === 'quiz')).toHaveLength(5);
      expect(saved?.attempts[0]).toMatchObject({ kind: 'quiz', total: 5, correct: right });

      await page.reload();
      await results.waitFor();
      expect(await readStoredProgress(page)).toEqual(saved);
    });

    it('sent no request outside the app origin', () => {
      expect(session.foreignRequests).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    });
  });
}

describe('question bank download', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session.close();
  });

  it('downloads the bank as JSON and as an Anki file from the setup screen', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/quiz`);
    const json = page.getByRole('button', { name: 'Download question bank (JSON)' });
    const [jsonFile] = await Promise.all([page.waitForEvent('download'), json.click()]);
    expect(jsonFile.suggestedFilename()).toBe('warmstart-question-bank.json');
    const bank = JSON.parse(readFileSync(await jsonFile.path(), 'utf8')) as unknown[];
    expect(bank.length).toBeGreaterThanOrEqual(300);
    const anki = page.getByRole('button', { name: 'Download question bank (Anki)' });
    const [ankiFile] = await Promise.all([page.waitForEvent('download'), anki.click()]);
    expect(ankiFile.suggestedFilename()).toBe('warmstart-question-bank-anki.txt');
    const lines = readFileSync(await ankiFile.path(), 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:true', '#tags column:3']);
    expect(lines.length - 3).toBe(bank.length);
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});

describe('practising a topic from Learn', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ width: 360, height: 780 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('starts a quiz from the exam tips on the topics those tips restate', async () => {
    const { page } = session;
    await page.goto(`${baseUrl()}/learn/exam-tips`);
    await page.getByRole('link', { name: 'Practise this topic' }).click();
    await page.getByRole('heading', { level: 1, name: 'Quiz' }).waitFor();
    expect(await page.getByRole('checkbox', { name: /^Exam tips/ }).count()).toBe(0);
    expect(await page.getByRole('checkbox', { name: /^Concurrency/ }).isChecked()).toBe(true);
    await inspect(page, 'quiz-from-exam-tips');
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await page.getByRole('group', { name: /^Question 1 of 10/ }).waitFor();
    expect(session.foreignRequests).toEqual([]);
  });
});
