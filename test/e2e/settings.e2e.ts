import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';

async function readCounts(page: Page): Promise<string> {
  await page.goto(baseUrl() + '/review');
  const counts = page.getByRole('list', { name: 'Cards left' });
  await counts.waitFor();
  return (await counts.textContent()) ?? '';
}

/** Answers the card on screen (first option, then Good or Continue) with the keyboard. */
async function answerOne(page: Page): Promise<void> {
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  const verdict = page.getByRole('heading', { level: 2, name: /Correct|Not quite/ });
  await verdict.waitFor();
  await page.keyboard.press('Enter');
  await verdict.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Check answer' }).waitFor();
}

async function openSettings(page: Page): Promise<void> {
  await page.goto(baseUrl() + '/settings');
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

/** Writes text that is not progress where the app keeps its progress, as damage would. */
async function damageStoredProgress(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('warmstart');
        open.onerror = () => reject(new Error('cannot open the database'));
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put('{"state": {"cards": ', 'warmstart.progress');
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(new Error('cannot write'));
        };
      }),
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`export, import and damage in the ${colorScheme} theme`, { timeout: 240_000 }, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({ colorScheme });
    });
    afterAll(async () => {
      await session.close();
    });

    it('exports a file and imports it back after showing what would change', async () => {
      const { page } = session;
      await readCounts(page);
      await answerOne(page);
      await answerOne(page);
      const counts = await readCounts(page);
      await openSettings(page);
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `settings-${colorScheme}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Export progress' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^warmstart-progress-\d{4}-\d{2}-\d{2}\.json$/);
      const path = await download.path();
      const file = JSON.parse(readFileSync(path, 'utf8')) as {
        app: string;
        data: { cards: object };
      };
      expect(file.app).toBe('warmstart');
      expect(Object.keys(file.data.cards).length).toBeGreaterThanOrEqual(2);

      await page.getByLabel('Progress file to import (.json)').setInputFiles(path);
      const preview = page.getByRole('region', { name: 'Check before importing' });
      await preview.waitFor();
      expect(await preview.textContent()).toContain('nothing would change');
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `settings-${colorScheme}-import-preview`);
      await preview.getByRole('button', { name: 'Replace my progress' }).click();
      await page.getByText(/^Imported: your progress/).waitFor();
      expect(await readCounts(page)).toBe(counts);
    });

    it('rejects a file that is not a progress file, with a message, and changes nothing', async () => {
      const { page } = session;
      const counts = await readCounts(page);
      await openSettings(page);
      await page.getByLabel('Progress file to import (.json)').setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"notes": ["not progress"]}'),
      });
      const alert = page.getByText(/^Not imported:/);
      await alert.waitFor();
      expect(await alert.textContent()).toContain('not a Warmstart progress file');
      expect(await page.getByRole('button', { name: 'Replace my progress' }).count()).toBe(0);
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `settings-${colorScheme}-import-rejected`);
      expect(await readCounts(page)).toBe(counts);
    });

    it('asks before resetting, with no axe violations', async () => {
      const { page } = session;
      await openSettings(page);
      await page.getByRole('button', { name: 'Reset progress…' }).click();
      await page.getByRole('button', { name: 'Yes, delete my progress' }).waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `settings-${colorScheme}-reset-confirm`);
      await page.getByRole('button', { name: 'Cancel' }).click();
    });

    it('tells the learner when stored progress is unreadable, and starts fresh on consent', async () => {
      const { page } = session;
      await damageStoredProgress(page);
      await page.goto(baseUrl() + '/');
      const banner = page.getByRole('region', { name: 'Storage problem' });
      await banner.waitFor();
      expect(await banner.textContent()).toContain('Your saved progress could not be read.');
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `storage-banner-${colorScheme}`);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        banner.getByRole('button', { name: 'Download the unreadable copy' }).click(),
      ]);
      expect(readFileSync(await download.path(), 'utf8')).toBe('{"state": {"cards": ');
      await banner.getByRole('button', { name: 'Start fresh…' }).click();
      await banner.getByRole('button', { name: 'Yes, start fresh' }).click();
      await banner.waitFor({ state: 'detached' });
      await page.reload();
      await page.getByRole('heading', { name: 'Today' }).waitFor();
      expect(await page.getByRole('region', { name: 'Storage problem' }).count()).toBe(0);
    });

    it('sent no request outside the app origin', () => {
      expect(session.foreignRequests).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    });
  });
}
