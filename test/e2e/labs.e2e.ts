import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';

/** Time limit of one step; axe runs take seconds each when the machine is busy. */
const STEP_MS = 120_000;

/** Replaces a field's text the way a keyboard user would: select all, then type. */
async function retype(page: Page, label: string, text: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function waitForRegionText(page: Page, region: string, text: string | RegExp) {
  await page.getByRole('region', { name: region }).filter({ hasText: text }).waitFor();
}

/** The visible headline (the live region repeats it, hidden). */
async function waitForHeadline(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('p.lab-headline').filter({ hasText: text }).waitFor();
}

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

async function openLab(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(baseUrl() + path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`labs in the ${colorScheme} theme at 360 × 780`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({ colorScheme });
    });
    afterAll(async () => {
      await session.close();
    });

    it(
      'lists the labs with an illustration each',
      async () => {
        const { page } = session;
        await openLab(page, '/labs', 'Labs');
        await page.getByRole('link', { name: 'Concurrency calculator' }).waitFor();
        await page.getByRole('link', { name: 'Configuration reviewer' }).waitFor();
        expect(await findAxeViolations(page)).toEqual([]);
        await expectNoSidewaysScroll(page);
        await saveScreenshot(page, `labs-${colorScheme}-index`);
      },
      STEP_MS,
    );

    // Each lab is one flow split into steps that share the page, so that a slow, busy
    // machine stays within each step's time limit.
    it(
      'concurrency: opens with no axe violations',
      async () => {
        await openLab(session.page, '/labs/concurrency', 'Concurrency calculator');
        expect(await findAxeViolations(session.page)).toEqual([]);
      },
      STEP_MS,
    );

    it(
      'concurrency: a preset draws the burst; back and forward reload the form',
      async () => {
        const { page } = session;
        await page.getByRole('button', { name: 'A sudden burst to 3,000' }).click();
        await page.waitForURL(/burst=3000/);
        await page.getByRole('img', { name: /fully served after 20 s/ }).waitFor();
        expect(await findAxeViolations(page)).toEqual([]);
        await saveScreenshot(page, `labs-${colorScheme}-concurrency-burst`);
        // A preset is a new history entry: back and forward reload the form.
        const burst = page.getByLabel('Burst size (concurrent requests)');
        await page.goBack();
        await expect.poll(() => burst.inputValue()).toBe('0');
        await page.goForward();
        await expect.poll(() => burst.inputValue()).toBe('3000');
      },
      STEP_MS,
    );

    it(
      'concurrency: a keyboard edit recalculates; an out-of-range value is explained',
      async () => {
        const { page } = session;
        await retype(page, 'Requests per second (req/s)', '800');
        await waitForRegionText(page, 'Concurrency needed', '800 × 0.2 s = 160');
        await page.waitForURL(/rps=800/);
        await retype(page, 'Average duration (ms)', '1000000');
        await page.getByRole('alert').filter({ hasText: 'at most 900,000 ms' }).waitFor();
        expect(await findAxeViolations(page)).toEqual([]);
        await saveScreenshot(page, `labs-${colorScheme}-concurrency-error`);
      },
      STEP_MS,
    );

    it(
      'concurrency: a reload keeps the setup',
      async () => {
        const { page } = session;
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Concurrency calculator' }).waitFor();
        // 100000 was the last value in range while typing 1000000.
        expect(await page.getByLabel('Requests per second (req/s)').inputValue()).toBe('800');
        expect(await page.getByLabel('Average duration (ms)').inputValue()).toBe('100000');
        expect(await page.getByLabel('Burst size (concurrent requests)').inputValue()).toBe('3000');
        await waitForRegionText(page, 'Concurrency needed', '800 × 100 s = 80,000');
        expect(await findAxeViolations(page)).toEqual([]);
        await expectNoSidewaysScroll(page);
        await saveScreenshot(page, `labs-${colorScheme}-concurrency-reloaded`);
      },
      STEP_MS,
    );

    it(
      'cold starts: opens, and a preset loads a Java API',
      async () => {
        const { page } = session;
        await openLab(page, '/labs/cold-starts', 'Cold-start timeline');
        expect(await findAxeViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'A Java API, no mitigation' }).click();
        await page.waitForURL(/runtime=java/);
        await page.getByRole('checkbox', { name: /SnapStart/ }).waitFor();
        expect(await findAxeViolations(page)).toEqual([]);
        await saveScreenshot(page, `labs-${colorScheme}-cold-starts-java`);
      },
      STEP_MS,
    );

    it(
      'cold starts: keyboard edits, zoom and the table alternative',
      async () => {
        const { page } = session;
        await retype(page, 'Idle time before recycling (min)', '2');
        await page.waitForURL(/idleMin=2/);
        await page.getByRole('checkbox', { name: /SnapStart/ }).focus();
        await page.keyboard.press('Space');
        await page.waitForURL(/snapStart=1/);
        await page.getByRole('button', { name: 'Zoom in' }).focus();
        await page.keyboard.press('Enter');
        await page.getByText('Zoom 2×').waitFor();
        await page.getByText('The timeline as a table').click();
        await page.getByRole('table', { name: 'Execution environments of the run' }).waitFor();
        expect(await findAxeViolations(page)).toEqual([]);
        await expectNoSidewaysScroll(page);
        await saveScreenshot(page, `labs-${colorScheme}-cold-starts-snapstart`);
      },
      STEP_MS,
    );

    it(
      'cold starts: a reload keeps the setup',
      async () => {
        const { page } = session;
        await page.reload();
        await page.getByRole('heading', { level: 1, name: 'Cold-start timeline' }).waitFor();
        expect(await page.getByLabel('Runtime').inputValue()).toBe('java');
        expect(await page.getByLabel('Idle time before recycling (min)').inputValue()).toBe('2');
        expect(await page.getByRole('checkbox', { name: /SnapStart/ }).isChecked()).toBe(true);
        expect(await findAxeViolations(page)).toEqual([]);
      },
      STEP_MS,
    );

    it(
      'edge chooser: opens, and a preset recommends Lambda@Edge',
      async () => {
        const { page } = session;
        await openLab(page, '/labs/edge-chooser', 'Lambda@Edge or CloudFront Functions');
        expect(await findAxeViolations(page)).toEqual([]);
        await page.getByRole('button', { name: 'Token auth with a lookup' }).click();
        await page.waitForURL(/network=1/);
        await waitForHeadline(page, 'Recommendation: Lambda@Edge.');
        expect(await findAxeViolations(page)).toEqual([]);
        await saveScreenshot(page, `labs-${colorScheme}-edge-token-auth`);
      },
      STEP_MS,
    );

    it(
      'edge chooser: a keyboard edit changes the answer and a reload keeps it',
      async () => {
        const { page } = session;
        // 2 GB is beyond Lambda@Edge on a viewer trigger: a regional function remains.
        await retype(page, 'Memory (MB)', '2048');
        await waitForHeadline(page, /^Recommendation: Neither/);
        await page.waitForURL(/memoryMb=2048/);
        await page.reload();
        await page
          .getByRole('heading', { level: 1, name: 'Lambda@Edge or CloudFront Functions' })
          .waitFor();
        expect(await page.getByLabel('Memory (MB)').inputValue()).toBe('2048');
        expect(
          await page
            .getByRole('checkbox', { name: 'Calls other services over the network' })
            .isChecked(),
        ).toBe(true);
        await waitForHeadline(page, /^Recommendation: Neither/);
        expect(await findAxeViolations(page)).toEqual([]);
        await expectNoSidewaysScroll(page);
        await saveScreenshot(page, `labs-${colorScheme}-edge-regional`);
      },
      STEP_MS,
    );

    it('sent no request outside the app origin', () => {
      expect(session.foreignRequests).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    });
  });
}

describe('labs offline', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session.close();
  });

  it(
    'opens a lab deep link offline once the service worker controls the page',
    async () => {
      const { page, context } = session;
      await openLab(page, '/labs', 'Labs');
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
        timeout: 30_000,
      });
      await context.setOffline(true);
      try {
        await openLab(page, '/labs/cold-starts?runtime=java&snapStart=1', 'Cold-start timeline');
        await page
          .getByRole('region', { name: 'Timeline', exact: true })
          .getByRole('img')
          .waitFor();
        expect(await page.getByRole('checkbox', { name: /SnapStart/ }).isChecked()).toBe(true);
        expect(await findAxeViolations(page)).toEqual([]);
        await openLab(page, '/labs/edge-chooser?network=1', 'Lambda@Edge or CloudFront Functions');
        await waitForHeadline(page, 'Recommendation: Lambda@Edge.');
        await openLab(page, '/labs/concurrency?rps=800', 'Concurrency calculator');
        await waitForRegionText(page, 'Concurrency needed', '800 × 0.2 s = 160');
      } finally {
        await context.setOffline(false);
      }
    },
    STEP_MS,
  );

  it('sent no request outside the app origin', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
