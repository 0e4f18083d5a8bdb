import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Progress } from '../../../src/domain/progress/progress';
import { DAY_MS } from '../../../src/domain/srs/day-key';
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
import { storedProgress } from '../../store/helpers';
import { reviewCard } from '../review/review-fixtures';

afterEach(uninstallStore);

async function openHome(progress: Progress) {
  freezeDate();
  const adapter = createMemoryAdapter([storedEntry(progress)]);
  const store = await installStore(adapter);
  renderRoute('/');
  await screen.findByRole('heading', { level: 1, name: 'Warmstart' }, { timeout: 10_000 });
  return { store, adapter, user: userEvent.setup() };
}

function stat(label: RegExp): string {
  const list = screen.getByRole('heading', { name: 'Today' }).parentElement;
  const item = within(list ?? document.body)
    .getAllByRole('listitem')
    .find((li) => label.test(li.textContent ?? ''));
  return item?.textContent ?? '';
}

describe('Home', { timeout: 20_000 }, () => {
  it('counts the cards due now and the new cards left today, and continues to the review', async () => {
    const cards = {
      'trig:one': reviewCard(NOW, NOW - 1000),
      'conc:one': reviewCard(NOW, NOW + 2 * 3600_000),
      'trig:two': reviewCard(NOW, NOW + 3 * DAY_MS),
    };
    await openHome(progressWith({ settings: { newCardsPerDay: 1 }, cards }));
    await screen.findByText('2', { selector: 'strong' });
    // Review cards are due by day: the one due later today counts now.
    expect(stat(/due now/)).toBe('2 due now');
    expect(stat(/new left today/)).toBe('1 new left today');
    expect(screen.getByRole('link', { name: 'Continue: review 3 cards' })).toHaveAttribute(
      'href',
      '/review',
    );
  });

  it('shows the streak of days with answers', async () => {
    const progress = progressWith();
    const days = {
      '2025-03-01': { answers: 3, again: 0, introduced: 1 },
      '2025-03-02': { answers: 1, again: 1, introduced: 0 },
    };
    await openHome({ ...progress, reviewLog: { ...progress.reviewLog, days } });
    expect(await screen.findByText(/in a row/)).toHaveTextContent(
      '2 days in a row: review today to keep it',
    );
  });

  it('shows readiness per topic as text and links each topic', async () => {
    const recalled = reviewCard(NOW, NOW + 30 * DAY_MS, {
      stability: 60,
      lastReview: NOW - DAY_MS,
    });
    // Seen 10 days ago with a 4-day stability: recall has fallen well below 90 %.
    const fading = reviewCard(NOW, NOW, { lastReview: NOW - 10 * DAY_MS });
    await openHome(progressWith({ cards: { 'trig:one': recalled, 'conc:one': fading } }));
    const triggers = (await screen.findByRole('link', { name: 'Lambda triggers' })).closest('li');
    expect(triggers).toHaveTextContent('33 % (1 of 3)');
    const concurrency = screen.getByRole('link', { name: 'Concurrency' }).closest('li');
    expect(concurrency).toHaveTextContent('0 % (0 of 2)');
    expect(screen.getByRole('link', { name: 'Concurrency' })).toHaveAttribute(
      'href',
      '/learn/concurrency',
    );
  });

  it('continues with a quiz when nothing is due and no new cards are left', async () => {
    await openHome(progressWith({ settings: { newCardsPerDay: 0 } }));
    expect(await screen.findByRole('link', { name: 'Continue with a quiz' })).toHaveAttribute(
      'href',
      '/quiz',
    );
    await waitFor(() => expect(stat(/due now/)).toBe('0 due now'));
  });

  it('shows readiness by domain of the target exam, with a link to practise the weakest domain', async () => {
    await openHome(progressWith({ settings: { targetExam: 'DVA-C02' } }));
    const section = await screen.findByRole('region', { name: 'Readiness by DVA-C02 domain' });
    const rows = within(section).getAllByRole('listitem');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent(/Development with AWS Services \(32 % of the exam\)/);
    expect(
      within(section).getByRole('link', { name: /^Practise my weakest domain: / }),
    ).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/quiz\?exam=DVA-C02&domain=dva-\d&style=exam$/),
    );
  });

  it('welcomes a first-time learner and saves the exam they choose', async () => {
    const { store, adapter, user } = await openHome(
      progressWith({ settings: { targetExam: null } }),
    );
    const welcome = await screen.findByRole('region', { name: 'Welcome' });
    await user.click(within(welcome).getByRole('button', { name: 'Start studying' }));
    expect(within(welcome).getByRole('alert')).toHaveTextContent('Choose an exam first.');
    await user.click(within(welcome).getByRole('radio', { name: /SAP-C02/ }));
    await user.click(within(welcome).getByRole('button', { name: 'Start studying' }));
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Welcome' })).not.toBeInTheDocument();
    expect(store.getState().settings.targetExam).toBe('SAP-C02');
    expect(storedProgress(adapter).state.settings).toMatchObject({ targetExam: 'SAP-C02' });
  });

  it('does not show the welcome once an exam is chosen', async () => {
    await openHome(progressWith({ settings: { targetExam: 'DVA-C02' } }));
    await screen.findByRole('heading', { name: 'Today' });
    expect(screen.queryByRole('region', { name: 'Welcome' })).not.toBeInTheDocument();
  });
});
