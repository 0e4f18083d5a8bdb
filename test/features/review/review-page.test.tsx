import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY_MS } from '../../../src/domain/srs/day-key';
import { formatInterval } from '../../../src/domain/srs/format-interval';
import { previewIntervals } from '../../../src/domain/srs/scheduler';
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
import { gatedAdapter, storedProgress } from '../../store/helpers';
import { reviewCard } from './review-fixtures';

vi.mock('../../../src/features/review/review-catalog', async () => {
  const fixtures = await import('./review-fixtures');
  return {
    getReviewCatalog: () => fixtures.CATALOG,
    findCardInfo: (id: string) => fixtures.CATALOG.find((c) => c.cardId === id),
    createVariant: fixtures.makeQuestion,
  };
});

afterEach(uninstallStore);

async function openReview(settings: { newCardsPerDay: number }, cards = {}) {
  freezeDate();
  const adapter = createMemoryAdapter([storedEntry(progressWith({ settings, cards }))]);
  const store = await installStore(adapter);
  renderRoute('/review');
  await screen.findByRole('heading', { level: 1, name: 'Review' }, { timeout: 10_000 });
  return { store, adapter, user: userEvent.setup() };
}

function countsText(): string {
  return screen.getByRole('list', { name: 'Cards left' }).textContent ?? '';
}

async function currentStem(): Promise<string> {
  const group = await screen.findByRole('group', { name: /What is true of/ });
  return within(group).getByText(/What is true of/).textContent ?? '';
}

describe('/review', { timeout: 20_000 }, () => {
  it('answers with keys alone and saves a Good grade before the next card shows', async () => {
    const { store, adapter, user } = await openReview({ newCardsPerDay: 3 });
    const first = await currentStem();
    expect(countsText()).toBe('0 learning0 review3 new');
    await user.keyboard('2');
    expect(screen.getByRole('radio', { name: /Right answer/ })).toBeChecked();
    await user.keyboard(' ');
    expect(await screen.findByRole('heading', { name: '✓ Correct' })).toHaveFocus();
    const cardId = first.match(/of (\S+)\?/)?.[1] ?? '';
    const preview = previewIntervals(cardId, undefined, NOW, { desiredRetention: 0.9 });
    expect(
      screen.getByRole('button', { name: `Good · ${formatInterval(preview.good.intervalMs)}` }),
    ).toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(async () => expect(await currentStem()).not.toBe(first));
    expect(countsText()).toBe('1 learning0 review2 new');
    expect(store.getState().cards[cardId]?.reps).toBe(1);
    expect(store.getState().reviewLog.recent.at(-1)).toMatchObject({ cardId, rating: 'good' });
    expect(Object.keys((storedProgress(adapter).state.cards ?? {}) as object)).toEqual([cardId]);
  });

  it('grades a wrong answer Again and offers only Continue', async () => {
    const { store, user } = await openReview({ newCardsPerDay: 1 });
    await user.click(await screen.findByRole('radio', { name: /Another wrong answer/ }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    await screen.findByRole('heading', { name: '✗ Not quite' });
    expect(screen.queryByRole('button', { name: /^Good/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Hard/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Graded/)).toHaveTextContent(/Again · you will see it again in 1 min/);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(store.getState().reviewLog.recent.at(-1)?.rating).toBe('again'));
  });

  it('offers Hard and Easy on a correct answer and records the one chosen', async () => {
    const { store, user } = await openReview({ newCardsPerDay: 1 });
    await user.click(await screen.findByRole('radio', { name: /Right answer/ }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /^Hard · / })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Easy · / }));
    await waitFor(() => expect(store.getState().reviewLog.recent.at(-1)?.rating).toBe('easy'));
  });

  it('asks for a choice before checking', async () => {
    const { user } = await openReview({ newCardsPerDay: 1 });
    await screen.findByRole('radio', { name: /Right answer/ });
    await user.keyboard('{Enter}');
    expect(screen.getByText('Choose an answer first.')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { name: /Correct|Not quite/ })).not.toBeInTheDocument();
  });

  it('undoes the last grade exactly with U and goes back to that card', async () => {
    const due = reviewCard(NOW, NOW - 60_000);
    const { store, adapter, user } = await openReview({ newCardsPerDay: 1 }, { 'conc:one': due });
    const first = await currentStem();
    expect(first).toContain('conc:one');
    const before = store.getState().cards;
    await user.keyboard('2{Enter}{Enter}');
    await waitFor(async () => expect(await currentStem()).not.toBe(first));
    expect(store.getState().cards['conc:one']).not.toEqual(due);
    await user.keyboard('u');
    await waitFor(async () => expect(await currentStem()).toBe(first));
    expect(store.getState().cards).toEqual(before);
    expect(store.getState().reviewLog.recent).toEqual([]);
    expect(storedProgress(adapter).state.cards).toEqual(before);
    expect(countsText()).toBe('0 learning1 review1 new');
  });

  it('waits for the answer to be written before showing the next card', async () => {
    freezeDate();
    const gate = gatedAdapter();
    gate.data.set(...storedEntry(progressWith({ settings: { newCardsPerDay: 2 } })));
    await installStore(gate.adapter);
    renderRoute('/review');
    const user = userEvent.setup();
    const first = await currentStem();
    await user.keyboard('2{Enter}{Enter}');
    await waitFor(() => expect(gate.pending()).toBe(1));
    expect(await currentStem()).toBe(first);
    expect(screen.getByRole('button', { name: /^Good · / })).toBeDisabled();
    gate.releaseAll();
    await waitFor(async () => expect(await currentStem()).not.toBe(first));
  });

  it('shows the done screen with tomorrow forecast after the last card', async () => {
    const tomorrow = NOW + DAY_MS;
    const { store, user } = await openReview(
      { newCardsPerDay: 0 },
      {
        'trig:one': reviewCard(NOW, NOW - 1000),
        'trig:two': reviewCard(NOW, tomorrow),
        'conc:one': reviewCard(NOW, tomorrow + 3600_000),
      },
    );
    await currentStem();
    await user.keyboard('2{Enter}{Enter}');
    const done = await screen.findByRole('heading', { name: 'Done for now' });
    expect(done).toHaveFocus();
    const dueTomorrow = Object.values(store.getState().cards).filter(
      (c) => c.due >= Date.UTC(2025, 2, 4) && c.due < Date.UTC(2025, 2, 5),
    ).length;
    expect(screen.getByText(/^Tomorrow: /)).toHaveTextContent(
      `Tomorrow: ${dueTomorrow} card${dueTomorrow === 1 ? '' : 's'} due.`,
    );
    expect(screen.getByText(/You graded 1 card in this session/)).toBeInTheDocument();
    expect(
      screen.getByRole('list', { name: 'Cards due in the next 7 days' }).children,
    ).toHaveLength(7);
  });

  it('says so when nothing is due and no new cards are left', async () => {
    await openReview({ newCardsPerDay: 0 });
    expect(
      await screen.findByRole('heading', { name: 'Nothing to review right now' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/New cards a day is set to 0 in Settings/)).toBeInTheDocument();
    expect(screen.getByText(/^Tomorrow: /)).toHaveTextContent('Tomorrow: 0 cards due.');
  });

  it('counts only cards of the bank, not states kept for cards it no longer has', async () => {
    const learning = { ...reviewCard(NOW, NOW + 3 * 3600_000), phase: 'learning' as const };
    await openReview(
      { newCardsPerDay: 0 },
      {
        'trig:two': reviewCard(NOW, NOW + DAY_MS),
        'gone:one': reviewCard(NOW, NOW + DAY_MS),
        'gone:two': reviewCard(NOW, NOW + 2 * DAY_MS),
        'gone:three': learning,
      },
    );
    await screen.findByRole('heading', { name: 'Nothing to review right now' });
    expect(screen.getByText(/^Tomorrow: /)).toHaveTextContent('Tomorrow: 1 card due.');
    expect(screen.getByText(/Next 7 days/)).toHaveTextContent('Next 7 days: 1 card.');
    expect(screen.queryByText(/come back later today/)).not.toBeInTheDocument();
  });

  it('flags a leech with a link to its Learn section', async () => {
    const leech = reviewCard(NOW, NOW - 1000, { lapses: 8 });
    const { user } = await openReview({ newCardsPerDay: 0 }, { 'trig:two': leech });
    await currentStem();
    await user.keyboard('1{Enter}');
    await screen.findByRole('heading', { name: '✗ Not quite' });
    expect(screen.getByText(/forgotten this card 8 times/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Re-read it in Learn' })).toHaveAttribute(
      'href',
      '/learn/triggers#fact-trig-two',
    );
  });
});
