import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';
import { measureOverflow, tabTo } from './keyboard';

const LAB = '/labs/review';

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
  'Resources: { X: { Type: AWS::SQS::Queue, Properties: { Tags: *g } } }',
].join('\n');

type Loaded = { scripts: string[]; workers: string[] };

/**
 * Scripts the page itself fetched (the service worker's precaching is left out) and the
 * dedicated workers it started, to tell the review worker from the main-thread fallback.
 */
function trackScripts(session: Session): Loaded {
  const loaded: Loaded = { scripts: [], workers: [] };
  session.context.on('request', (request) => {
    if (request.serviceWorker() !== null || !request.url().endsWith('.js')) return;
    loaded.scripts.push(new URL(request.url()).pathname);
  });
  session.page.on('worker', (worker) => loaded.workers.push(new URL(worker.url()).pathname));
  return loaded;
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`configuration reviewer, ${colorScheme} theme at 360 × 780`, () => {
    let session: Session;
    let loaded: Loaded;
    beforeAll(async () => {
      session = await openSession({ colorScheme });
      loaded = trackScripts(session);
    });
    afterAll(async () => {
      await session.close();
    });

    it('loads with no axe violations and nothing sideways', async () => {
      const { page } = session;
      await page.goto(baseUrl() + LAB);
      await page.getByRole('heading', { level: 1, name: 'Configuration reviewer' }).waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await measureOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `labs-review-${colorScheme}-start`);
    }, 120_000);

    it('loads a sample, reviews it and reads a finding with the keyboard alone', async () => {
      const { page } = session;
      await tabTo(page, '#review-sample');
      await page.getByText(/A 120 s function reading a queue/).waitFor();
      await tabTo(page, 'Load sample');
      await page.keyboard.press('Enter');
      expect(await page.getByLabel('Template text (YAML or JSON)').inputValue()).toContain(
        'OrderQueue',
      );
      await tabTo(page, 'Review template');
      await page.keyboard.press('Enter');
      await page
        .getByRole('heading', { level: 3, name: /Critical \(1\)/ })
        .waitFor({ timeout: 10_000 });
      const finding = page.getByRole('listitem').filter({
        has: page.getByRole('heading', {
          level: 5,
          name: 'SQS visibility timeout below the function timeout',
        }),
      });
      expect(await finding.textContent()).toContain('VisibilityTimeout 60 s');
      expect(await finding.getByText('Template, around line 16').isVisible()).toBe(true);
      await tabTo(page, 'Why: the facts behind this rule');
      await page.keyboard.press('Enter');
      await finding.getByRole('link', { name: /^Checklist:/ }).waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      expect(await measureOverflow(page)).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `labs-review-${colorScheme}-findings`);
    }, 180_000);

    it('reviews in a web worker, not on the page’s main thread', () => {
      expect(loaded.workers.some((path) => /\/assets\/review-worker-[\w-]+\.js$/.test(path))).toBe(
        true,
      );
      expect(
        loaded.scripts.some((path) => /\/assets\/review-template-[\w-]+\.js$/.test(path)),
      ).toBe(false);
    });

    it('answers a pasted alias bomb with a clear error while the page stays responsive', async () => {
      const { page } = session;
      const box = page.getByLabel('Template text (YAML or JSON)');
      await box.fill(ALIAS_BOMB);
      await page.getByRole('button', { name: 'Review template' }).click();
      // The main thread answers at once while the worker reads the template.
      const started = Date.now();
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      expect(Date.now() - started).toBeLessThan(1_000);
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.textContent()).toContain('alias bomb');
      expect(await box.inputValue()).toBe(ALIAS_BOMB);
      expect(await findAxeViolations(page)).toEqual([]);
      await saveScreenshot(page, `labs-review-${colorScheme}-hostile`);
    }, 120_000);

    it('keeps the page responsive while the worker reads a huge template, then answers or stops it', async () => {
      const { page } = session;
      const lines = [
        'Resources:',
        '  Q:',
        '    Type: AWS::SQS::Queue',
        '    Properties:',
        '      Tags:',
      ];
      for (let i = 0; lines.length < 40_000; i++)
        lines.push(`        - Key: k${i}`, `          Value: v${i}`);
      // Typing 40,000 lines through the browser's editing commands takes minutes: set the value as a paste would end up.
      await page.evaluate((value) => {
        const box = document.getElementById('review-text') as HTMLTextAreaElement;
        Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(
          box,
          value,
        );
        box.dispatchEvent(new Event('input', { bubbles: true }));
      }, lines.join('\n'));
      await page.getByRole('button', { name: 'Review template' }).click();
      const longestFrameGapMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let last = performance.now();
            let worst = 0;
            const tick = () => {
              const now = performance.now();
              worst = Math.max(worst, now - last);
              last = now;
              const busy = [...document.querySelectorAll('button')].some(
                (b) => b.textContent === 'Reviewing…',
              );
              if (busy) requestAnimationFrame(tick);
              else resolve(worst);
            };
            requestAnimationFrame(tick);
          }),
      );
      expect(longestFrameGapMs).toBeLessThan(1_000);
      // A fast machine finishes (the queue has no consumer: no findings); a slow one stops the worker at 5 s.
      await page
        .getByText(/^No findings|took longer than 5 seconds and was stopped/)
        .waitFor({ timeout: 10_000 });
      expect(await findAxeViolations(page)).toEqual([]);
    }, 120_000);

    it('refuses more than 1 MB of pasted text', async () => {
      const { page } = session;
      await page
        .getByLabel('Template text (YAML or JSON)')
        .fill(`Resources: {}\n#${'x'.repeat(1_100_000)}`);
      await page.getByRole('button', { name: 'Review template' }).click();
      await page
        .getByRole('alert')
        .filter({ hasText: 'the limit is 1,000,000 bytes' })
        .waitFor({ timeout: 10_000 });
    }, 120_000);

    it('sent no request outside the app origin', () => {
      expect(session.foreignRequests).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    });
  });
}

describe('configuration reviewer on a wide screen', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('opens a template file, reviews it and keeps the draft across a reload', async () => {
    const { page } = session;
    await page.goto(baseUrl() + LAB);
    await page.getByRole('heading', { level: 1, name: 'Configuration reviewer' }).waitFor();
    const text = [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Worker:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Runtime: java21',
      '      Handler: app.Handler',
      '      CodeUri: build/',
      '      Timeout: 1200',
      '',
    ].join('\n');
    await page
      .getByLabel('Open a template file')
      .setInputFiles({ name: 'worker.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
    await page
      .getByRole('heading', { level: 5, name: 'Timeout above 900 seconds' })
      .waitFor({ timeout: 10_000 });
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'labs-review-wide-file');
    await page.waitForTimeout(600);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Configuration reviewer' }).waitFor();
    expect(await page.getByLabel('Template text (YAML or JSON)').inputValue()).toBe(text);
    await page.getByLabel('Open a template file').setInputFiles({
      name: 'photo.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]),
    });
    await page.getByRole('alert').filter({ hasText: 'photo.yaml is not UTF-8 text' }).waitFor();
    expect(await page.getByLabel('Template text (YAML or JSON)').inputValue()).toBe(text);
    expect(await findAxeViolations(page)).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  }, 180_000);
});
