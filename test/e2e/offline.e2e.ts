import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, findAxeViolations, openSession, type Session } from './browser';

describe('installable, offline-first app', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openSession();
  });
  afterAll(async () => {
    await session.close();
  });

  it('is installable: Chromium reports no installability errors', async () => {
    const { page, context } = session;
    await page.goto(baseUrl() + '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: unknown[];
    };
    expect(installabilityErrors).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
    expect(manifest.errors).toEqual([]);
    expect(manifest.url).toMatch(/manifest\.webmanifest$/);
  });

  it('works offline once the service worker controls the page', async () => {
    const { page, context } = session;
    await page.goto(baseUrl() + '/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 30_000,
    });
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Warmstart' }).waitFor();
      await page.goto(baseUrl() + '/learn/triggers');
      await page.getByRole('table', { name: 'Lambda triggers (event sources)' }).waitFor();
      expect(await findAxeViolations(page)).toEqual([]);
      await page.goto(baseUrl() + '/learn/edge');
      await page.getByRole('table', { name: 'Lambda@Edge vs CloudFront Functions' }).waitFor();
      await page.goto(baseUrl() + '/learn');
      await page.getByRole('heading', { level: 1, name: 'Learn' }).waitFor();
    } finally {
      await context.setOffline(false);
    }
  });

  it('sent no request outside the app origin', () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.cspViolations).toEqual([]);
  });
});
