import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import type { CardState } from '../../../src/domain/srs/card-state';
import { getProgressCatalog } from '../../../src/features/progress/progress-catalog';
import { createMemoryAdapter } from '../../../src/store/storage-adapter';
import {
  freezeDate,
  installStore,
  NOW,
  progressWith,
  storedEntry,
  uninstallStore,
} from '../../helpers/memory-app-store';
import { loadTopics } from '../../helpers/load-topics';
import { renderRoute } from '../../helpers/render-route';
import '../../../src/features/progress/progress-page';
import '../../../src/features/learn/topic-page';

const DAY = 86_400_000;

const forgotten: CardState = {
  phase: 'relearning',
  due: NOW + DAY,
  stability: 2,
  difficulty: 7,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 8,
  lapses: 4,
  lastReview: NOW - DAY,
  firstReview: NOW - 40 * DAY,
};

// The Learn pages these links open show their topics at once.
beforeAll(() => loadTopics());
afterEach(uninstallStore);

/** Every Learn link of the catalog's subjects, by the page it opens: path → anchors. */
function linksByPage(): Map<string, Set<string>> {
  const catalog = getProgressCatalog();
  const pages = new Map<string, Set<string>>();
  for (const card of catalog.cards) {
    const [path = '', anchor] = catalog.linkSubject(card.topic, card.subject).split('#');
    if (anchor === undefined) continue;
    pages.set(path, (pages.get(path) ?? new Set()).add(decodeURIComponent(anchor)));
  }
  return pages;
}

describe('weakest facts: links to Learn', () => {
  it('opens, for the subject of every card of every topic, a page that shows it', async () => {
    const pages = linksByPage();
    const cardTopics = new Set(getProgressCatalog().cards.map((c) => c.topic));
    expect([...cardTopics].sort()).toEqual(
      topics
        .filter((t) => t.facts.length + t.tables.length + t.checklist.length > 0)
        .map((t) => t.id)
        .sort(),
    );
    for (const [path, anchors] of pages) {
      const { unmount } = renderRoute(path);
      await screen.findByRole('link', { name: 'Practise this topic' });
      const missing = [...anchors].filter((id) => document.getElementById(id) === null);
      expect(missing, path).toEqual([]);
      unmount();
    }
  }, 120_000);

  it('links a subject of another topic to that topic’s page', () => {
    const catalog = getProgressCatalog();
    const borrowed = catalog.cards.filter(
      (c) =>
        c.subject?.kind === 'fact' &&
        !topics.find((t) => t.id === c.topic)?.facts.some((f) => f.id === c.subject?.id),
    );
    expect(borrowed.length).toBeGreaterThan(0);
    for (const card of borrowed) {
      const owner = topics.find((t) => t.facts.some((f) => f.id === card.subject?.id));
      expect(catalog.linkSubject(card.topic, card.subject)).toBe(
        `/learn/${owner?.id}#fact-${card.subject?.id}`,
      );
    }
  });

  it('takes a learner from a weak decision question to the fact it rests on', async () => {
    const catalog = getProgressCatalog();
    const card = catalog.cards.find(
      (c) => c.topic === 'architecture' && c.subject?.id === 'permissions.organization',
    );
    expect(card).toBeDefined();
    freezeDate(NOW);
    const progress = progressWith({ cards: { [card?.cardId ?? '']: forgotten } });
    await installStore(createMemoryAdapter([storedEntry(progress)]));
    renderRoute('/progress');
    const heading = await screen.findByRole('heading', { name: 'Weakest facts' });
    const section = heading.closest('section') as HTMLElement;
    const link = await within(section).findByRole('link');
    expect(link).toHaveAttribute('href', '/learn/permissions#fact-permissions.organization');
    await userEvent.setup().click(link);
    await screen.findByRole('heading', { level: 1, name: 'Permissions' });
    expect(document.getElementById('fact-permissions.organization')).toHaveFocus();
  });
});
