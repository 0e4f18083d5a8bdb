import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';
import { measureOverflow, tabTo } from './keyboard';

const LAB = '/labs/event-source-mapping';
const stepHeading = (session: Session) =>
  session.page.getByRole('heading', { level: 3, name: /^Step \d+ of \d+/ });

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`event source mapping lab, ${colorScheme} theme at 360 × 780`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({ colorScheme });
    });
    afterAll(async () => {
      await session.close();
    });

    it('loads with the default run and no axe violations', async () => {
      const { page } = session;
      await page.goto(baseUrl() + LAB);
      await page.getByRole('heading', { level: 1, name: 'Event source mapping lab' }).waitFor();
      expect(await stepHeading(session).textContent()).toMatch(/^Step 1 of 5: Function error/);
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await measureOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `labs-esm-${colorScheme}-start`);
    }, 120_000);

    it('chooses a preset and steps to the end with the keyboard alone', async () => {
      const { page } = session;
      await tabTo(page, '#esm-preset');
      await page.keyboard.press('ArrowDown');
      await page.getByText(/only message 2 reaches the dead-letter queue/).waitFor();
      await tabTo(page, 'Load this scenario');
      await page.keyboard.press('Enter');
      await page.waitForURL(/rbif=1/);
      await page.getByText(/ReportBatchItemFailures on$/).waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      await tabTo(page, 'Next step');
      await page.keyboard.press('Enter');
      expect(await stepHeading(session).textContent()).toMatch(/^Step 2 of 5/);
      await page.keyboard.press('ArrowRight');
      expect(await stepHeading(session).textContent()).toMatch(/^Step 3 of 5/);
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `labs-esm-${colorScheme}-step`);
      await page.keyboard.press('End');
      expect(await stepHeading(session).textContent()).toMatch(
        /^Step 5 of 5: Moved to the dead-letter queue/,
      );
      await page.getByRole('heading', { name: 'Totals at the end' }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Next step');
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await measureOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `labs-esm-${colorScheme}-end`);
    }, 180_000);

    it('opens the setup with the keyboard and shows only the settings of the chosen source', async () => {
      const { page } = session;
      await page.goto(baseUrl() + LAB);
      await page.getByRole('heading', { level: 1, name: 'Event source mapping lab' }).waitFor();
      await tabTo(page, /^Change the setup/);
      await page.keyboard.press('Enter');
      await tabTo(page, '#esm-source-sqs-standard');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      await page.getByRole('heading', { name: 'Not used with a Kinesis data stream' }).waitFor();
      expect(await page.getByLabel('Visibility timeout (s)').count()).toBe(0);
      expect(await page.getByLabel('MaximumRetryAttempts (retries)').isVisible()).toBe(true);
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await measureOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `labs-esm-${colorScheme}-setup`);
    }, 180_000);

    it('opens the table of every step without breaking the layout', async () => {
      const { page } = session;
      await page.getByText(/^All \d+ steps as a table$/).focus();
      await page.keyboard.press('Enter');
      await page.getByRole('table', { name: /Every step of the run/ }).waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await measureOverflow(page)).toBeLessThanOrEqual(0);
    });

    it('sent no request outside the app origin', () => {
      expect(session.foreignRequests).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    });
  });
}

describe('event source mapping lab on a wide screen', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('restores a shared Kinesis setup from its link and plays it until paused', async () => {
    const { page } = session;
    await page.goto(
      `${baseUrl()}${LAB}?source=kinesis&bisect=1&retries=2&destination=1&keys=1&retention=86400`,
    );
    await page.getByRole('heading', { level: 1, name: 'Event source mapping lab' }).waitFor();
    await page.getByText(/^Kinesis data stream · 10 records in batches of 5/).waitFor();
    await page
      .getByText('The run below uses the scenario “Kinesis with BisectBatchOnFunctionError”.')
      .waitFor();
    await page.getByText('Change the setup').click();
    expect(
      await page.getByRole('checkbox', { name: 'BisectBatchOnFunctionError' }).isChecked(),
    ).toBe(true);
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'labs-esm-wide-setup');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.getByRole('heading', { level: 3, name: /^Step 2 of/ }).waitFor({ timeout: 5_000 });
    await page.getByRole('button', { name: 'Pause' }).click();
    const paused = await stepHeading(session).textContent();
    await page.waitForTimeout(2_500);
    expect(await stepHeading(session).textContent()).toBe(paused);
    await page.getByRole('button', { name: 'Last step' }).click();
    await page.getByRole('table', { name: /Shards/ }).waitFor();
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'labs-esm-wide-kinesis');
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
