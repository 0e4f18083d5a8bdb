import type { Page } from 'playwright-core';

/**
 * Presses Tab until the focused element's text or id matches, like a keyboard user would.
 * @returns the number of presses it took
 */
export async function tabTo(
  page: Page,
  target: string | RegExp,
  maxPresses = 150,
): Promise<number> {
  for (let i = 1; i <= maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? { id: el.id, text: (el.textContent ?? '').trim() } : { id: '', text: '' };
    });
    const hit = (s: string) => (typeof target === 'string' ? s === target : target.test(s));
    if (hit(focused.text) || (focused.id !== '' && hit(`#${focused.id}`))) return i;
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** How far the page scrolls sideways (0 when everything fits the viewport). */
export function measureOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

/** How many options a question asks for: its "(Choose two.)" marker, or one. */
export function countPicks(text: string): number {
  const word = /\(Choose (\w+)\.\)/i.exec(text)?.[1]?.toLowerCase();
  return word === 'two' ? 2 : word === 'three' ? 3 : 1;
}
