import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../../src/domain/progress/progress';
import type { CardState } from '../../../src/domain/srs/card-state';
import type { DayActivity } from '../../../src/domain/srs/review-log';
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
import { renderRoute } from '../../helpers/render-route';
import '../../../src/features/progress/progress-page';

const DAY = 86_400_000;

const state = (over: Partial<CardState>): CardState => ({
  phase: 'review',
  due: NOW + DAY,
  stability: 20,
  difficulty: 5,
  scheduledDays: 20,
  learningSteps: 0,
  reps: 6,
  lapses: 0,
  lastReview: NOW - DAY,
  firstReview: NOW - 40 * DAY,
  ...over,
});

const activity = (answers: number, again: number): DayActivity => ({
  answers,
  again,
  introduced: 0,
});

/** Four answered cards about four different facts, and answers on three local days. */
function sampleProgress(): { progress: Progress; ids: string[] } {
  const bySubject = new Map<string, string>();
  for (const card of getProgressCatalog().cards)
    if (card.subject?.kind === 'fact' && !bySubject.has(card.subject.id))
      bySubject.set(card.subject.id, card.cardId);
  const ids = [...bySubject.values()].slice(0, 4);
  const [forgotten, relearning, learning, strong] = ids as [string, string, string, string];
  const base = progressWith({
    cards: {
      [forgotten]: state({ lapses: 5 }),
      [relearning]: state({ phase: 'relearning', lapses: 2 }),
      [learning]: state({ phase: 'learning', stability: 0.5, lastReview: NOW - 3 * DAY }),
      [strong]: state({}),
    },
  });
  const progress: Progress = {
    ...base,
    reviewLog: {
      ...base.reviewLog,
      days: {
        '2025-03-03': activity(10, 2),
        '2025-03-01': activity(4, 1),
        '2024-12-25': activity(7, 0),
      },
    },
  };
  return { progress, ids };
}

async function renderWith(progress: Progress) {
  freezeDate(NOW);
  await installStore(createMemoryAdapter([storedEntry(progress)]));
  renderRoute('/progress');
}

afterEach(uninstallStore);

describe('progress page: cards, retention, activity and weakest facts', () => {
  it('counts every card of the catalog by state, with the figures as a table', async () => {
    const { progress } = sampleProgress();
    await renderWith(progress);
    const total = getProgressCatalog().cards.length;
    const section = await screen.findByRole('region', { name: 'Cards by state' });
    await userEvent.setup().click(await within(section).findByText('Cards by state as a table'));
    const table = screen.getByRole('table', { name: `Cards by state, ${total} in all` });
    const cells = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('New')[0]).toBe(String(total - 4));
    expect(cells('Learning')[0]).toBe('1');
    expect(cells('Review')[0]).toBe('2');
    expect(cells('Relearning')[0]).toBe('1');
  });

  it('charts the share of answers not graded Again per day, and lists those days in a table', async () => {
    await renderWith(sampleProgress().progress);
    const chart = await screen.findByRole('img', { name: /not graded Again/ });
    expect(chart).toHaveAccessibleName(
      'Share of answers not graded Again, per day, last 30 days: 79 % of 14 answers on 2 days.',
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(2);
    const table = screen.getByRole('table', {
      name: 'Answers not graded Again, per day with answers, oldest first',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => [...r.children].slice(1).map((c) => c.textContent))).toEqual([
      ['4', '3', '75 %'],
      ['10', '8', '80 %'],
    ]);
  });

  it('shows 26 weeks of activity in a labelled scrolling region, with a legend and a table', async () => {
    await renderWith(sampleProgress().progress);
    const region = await screen.findByRole('region', { name: /Activity heatmap/ });
    expect(region).toHaveAttribute('tabindex', '0');
    const image = within(region).getByRole('img', {
      name: /^Answers per day: 21 answers on 3 days/,
    });
    // 25 full weeks and today, a Monday.
    expect(image.querySelectorAll('rect.heat')).toHaveLength(25 * 7 + 1);
    expect(image.querySelectorAll('rect.heat-0')).toHaveLength(25 * 7 + 1 - 3);
    expect(screen.getByText('Answers a day:').closest('figcaption')).toHaveTextContent(
      /0.*1–2.*3–5.*6–7.*8–10/,
    );
    const table = screen.getByRole('table', {
      name: 'Answers per day, one row per week, oldest first',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(27);
    expect([...(rows[26]?.children ?? [])].slice(1).map((c) => c.textContent)).toEqual([
      '10',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
    ]);
  });

  it('lists the weakest facts, most lapses first, each linked to its place on the Learn page', async () => {
    const { progress, ids } = sampleProgress();
    await renderWith(progress);
    const heading = await screen.findByRole('heading', { name: 'Weakest facts' });
    const section = heading.closest('section') as HTMLElement;
    const list = await within(section).findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('forgotten 5 times');
    expect(items[1]).toHaveTextContent('forgotten 2 times');
    expect(items[2]).toHaveTextContent('not forgotten yet, recall now');
    const catalog = getProgressCatalog();
    const first = catalog.cards.find((c) => c.cardId === ids[0]);
    const link = within(items[0] as HTMLElement).getByRole('link');
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/learn\/[^#]+#fact-/));
    expect(link).toHaveAttribute(
      'href',
      catalog.linkSubject(first?.topic ?? 'triggers', first?.subject ?? null),
    );
  });

  it('invites a first review when nothing has been answered, and counts every card as new', async () => {
    await renderWith(progressWith());
    expect(await screen.findAllByText(/No answers yet/)).toHaveLength(2);
    expect(screen.getAllByRole('link', { name: 'Review a few cards' })[0]).toHaveAttribute(
      'href',
      '/review',
    );
    expect(await screen.findByText(/Nothing weak so far/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
