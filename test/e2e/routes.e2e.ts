import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { topics } from '../../content/index';
import { baseUrl, findAxeViolations, openSession, saveScreenshot, type Session } from './browser';

const pages: ReadonlyArray<readonly [path: string, heading: string]> = [
  ['/', 'Warmstart'],
  ['/learn', 'Learn'],
  ...topics.map((t) => [`/learn/${t.id}`, t.title] as const),
  ['/quiz', 'Quiz'],
  ['/review', 'Review'],
  ['/exam', 'Practice exam'],
  ['/labs', 'Labs'],
  ['/labs/concurrency', 'Concurrency calculator'],
  ['/labs/cold-starts', 'Cold-start timeline'],
  ['/labs/edge-chooser', 'Lambda@Edge or CloudFront Functions'],
  ['/labs/event-source-mapping', 'Event source mapping lab'],
  ['/labs/review', 'Configuration reviewer'],
  ['/progress', 'Progress'],
  ['/settings', 'Settings'],
  ['/learn/no-such-topic', 'Not found'],
  ['/no/such/page', 'Not found'],
];

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`every route in the ${colorScheme} theme at 360 × 780`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await openSession({ colorScheme });
    });
    afterAll(async () => {
      await session.close();
    });

    it.each(pages)('%s shows its heading and has no axe violations', async (path, heading) => {
      const { page } = session;
      await page.goto(baseUrl() + path);
      const h1 = page.getByRole('heading', { level: 1 });
      await h1.waitFor();
      expect(await h1.textContent()).toBe(heading);
      expect(await findAxeViolations(page)).toEqual([]);
      const name = path === '/' ? 'home' : path.slice(1).replaceAll('/', '-');
      await saveScreenshot(page, `${colorScheme}-${name}`);
    });

    it('sent no request outside the app origin and nothing was blocked by the policy', () => {
      expect(session.foreignRequests).toEqual([]);
      expect(session.cspViolations).toEqual([]);
    });
  });
}

describe('keyboard and wide screens', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession({ width: 1280, height: 800 });
  });
  afterAll(async () => {
    await session.close();
  });

  it('reaches a topic with the keyboard alone and focuses its heading', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const learn = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Learn' });
    await learn.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.getByRole('link', { name: /Lambda triggers/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('table', { name: 'Lambda triggers (event sources)' }).waitFor();
    expect(await findAxeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'wide-triggers');
  });

  it('keeps tables readable without sideways scrolling at 360 px', async () => {
    const phone = await openSession({ width: 360, height: 780 });
    try {
      await phone.page.goto(baseUrl() + '/learn/triggers');
      await phone.page.getByRole('table').first().waitFor();
      const overflow = await phone.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await phone.close();
    }
  });
});

describe('the contents of a long topic', () => {
  let session: Session;
  beforeAll(async () => {
    // Reduced motion: links jump to their target instead of scrolling smoothly.
    session = await openSession({ width: 360, height: 780, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await session.close();
  });

  /** Where the focused element's top edge is, below the sticky top bar and in the viewport. */
  async function focusedTop(): Promise<{ text: string; top: number; bar: number }> {
    return session.page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const bar = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
      return { text: el.textContent ?? '', top: el.getBoundingClientRect().top, bar };
    });
  }

  it('lists the sections, and a followed link moves focus and the view to its section', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/learn/integration');
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await contents.waitFor();
    expect(await contents.getByRole('link', { name: 'Key facts', exact: true }).count()).toBe(1);
    expect(await findAxeViolations(page)).toEqual([]);
    await contents.getByRole('link', { name: 'Streams', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'part-streams');
    expect(page.url()).toMatch(/\/learn\/integration#part-streams$/);
    const { text, top, bar } = await focusedTop();
    expect(text).toBe('Streams');
    expect(top).toBeGreaterThanOrEqual(bar);
    expect(top).toBeLessThan(780 / 2);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'contents-integration');
  });

  it('still opens a link to a fact on that fact, inside its part', async () => {
    const { page } = session;
    await page.goto(baseUrl() + '/learn/integration#fact-integration.kinesis-replay');
    await page.waitForFunction(
      () => document.activeElement?.id === 'fact-integration.kinesis-replay',
    );
    const { top, bar } = await focusedTop();
    expect(top).toBeGreaterThanOrEqual(bar);
    expect(top).toBeLessThan(780 / 2);
    const part = page.getByRole('list', { name: 'Streams', exact: true });
    expect(await part.locator('[id="fact-integration.kinesis-replay"]').count()).toBe(1);
  });
});

describe('Content-Security-Policy', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session.close();
  });

  it('is in force on the built page: no inline script, no eval, no other origin', async () => {
    const { page } = session;
    const response = await page.goto(baseUrl() + '/learn');
    await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    const meta = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    expect(meta).toContain("script-src 'self'");
    // No 'unsafe-inline' or 'unsafe-eval' anywhere. (Code run through the test driver is
    // exempt from the eval rule, so the rule itself is read from the policy.)
    expect(meta).not.toMatch(/unsafe-(inline|eval)/);
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.inline = "ran"';
      document.body.append(script);
      let fetchBlocked = false;
      try {
        await fetch('https://example.com/');
      } catch {
        fetchBlocked = true;
      }
      return { inlineRan: document.body.dataset.inline === 'ran', fetchBlocked };
    });
    expect(outcome).toEqual({ inlineRan: false, fetchBlocked: true });
    expect(session.cspViolations.length).toBeGreaterThanOrEqual(2);
  });
});
