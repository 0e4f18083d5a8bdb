import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttemptSummary } from '../../../src/domain/progress/progress';
import { setAppStore, type AppStore } from '../../../src/store/app-store';
import { renderRoute } from '../../helpers/render-route';
import { installMemoryStore } from '../exam/exam-test-kit';
import '../../../src/features/progress/progress-page';
// Loaded by the page after its first render; loaded here so that no import outlives a test.
import '../../../src/features/progress/progress-catalog';

const T0 = Date.UTC(2025, 2, 3, 9);
const DAY = 86_400_000;

const attempt = (over: Partial<AttemptSummary>): AttemptSummary => ({
  id: 'a',
  kind: 'exam',
  examCode: 'DVA-C02',
  startedAt: T0,
  finishedAt: T0 + 18 * 60_000 + 20_000,
  total: 10,
  correct: 6,
  byTopic: {},
  byDomain: {},
  scaledScore: 617,
  ...over,
});

let store: AppStore;
beforeEach(async () => {
  store = await installMemoryStore();
});
afterEach(() => setAppStore(undefined));

describe('progress page: attempt history', { timeout: 20_000 }, () => {
  it('invites a first exam when there is no history', async () => {
    renderRoute('/progress');
    expect(await screen.findByText(/No practice exam yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Take one' })).toHaveAttribute('href', '/exam');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('lists every attempt newest first with date, exam, length, score, time used and result', async () => {
    await store.getState().recordAttempt(attempt({ id: 'e1' }), []);
    await store.getState().recordAttempt(
      attempt({
        id: 'e2',
        startedAt: T0 + DAY,
        finishedAt: T0 + DAY + 125 * 60_000,
        total: 65,
        correct: 50,
        scaledScore: 788,
      }),
      [],
    );
    await store.getState().recordAttempt(
      attempt({
        id: 'q1',
        kind: 'quiz',
        examCode: null,
        scaledScore: null,
        startedAt: T0 + 2 * DAY,
        finishedAt: T0 + 2 * DAY + 40_000,
      }),
      [],
    );
    renderRoute('/progress');
    const table = await screen.findByRole('table', { name: 'Every attempt, newest first' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Quiz',
      'DVA-C02 exam',
      'DVA-C02 exam',
    ]);
    expect(rows[1]).toHaveTextContent('Full (65)');
    expect(rows[1]).toHaveTextContent('77% (50 of 65), estimated 788');
    expect(rows[1]).toHaveTextContent('2 h 5 min');
    expect(rows[1]).toHaveTextContent('Pass');
    expect(rows[2]).toHaveTextContent('10 questions');
    expect(rows[2]).toHaveTextContent('18 min 20 s');
    expect(rows[2]).toHaveTextContent('Not yet');
    expect(within(rows[1] as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      '/exam/e2/result',
    );
  });

  it('charts exam scores as an image with a summary, and offers the same figures as a table', async () => {
    await store.getState().recordAttempt(attempt({ id: 'e1', correct: 5 }), []);
    await store
      .getState()
      .recordAttempt(attempt({ id: 'e2', finishedAt: T0 + DAY, correct: 8 }), []);
    await store
      .getState()
      .recordAttempt(
        attempt({ id: 's1', examCode: 'SAP-C02', finishedAt: T0 + 2 * DAY, correct: 7 }),
        [],
      );
    renderRoute('/progress');
    const chart = await screen.findByRole('img', { name: /Practice exam scores/ });
    expect(chart).toHaveAccessibleName(
      'Practice exam scores, oldest to newest. DVA-C02: 2 exams, from 50% to 80% correct (best 80%). SAP-C02: 1 exam, 70% correct.',
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(2);
    expect(chart.querySelectorAll('rect')).toHaveLength(1);
    await userEvent.setup().click(screen.getByText('The chart as a table'));
    const table = screen.getByRole('table', { name: 'Practice exam scores, oldest first' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });
});
