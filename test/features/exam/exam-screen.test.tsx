import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseExamSession } from '../../../src/domain/exam/exam-session-schema';
import { setAppStore, type AppStore } from '../../../src/store/app-store';
import { renderRoute } from '../../helpers/render-route';
import { installMemoryStore, navigatorButton, saveFourQuestionExam } from './exam-test-kit';

const T0 = Date.UTC(2025, 2, 3, 9);
const MIN = 60_000;

let store: AppStore;

beforeEach(async () => {
  vi.useFakeTimers({ shouldAdvanceTime: true, now: T0 });
  store = await installMemoryStore();
});

afterEach(() => {
  vi.useRealTimers();
  setAppStore(undefined);
});

const saved = () => parseExamSession(store.getState().activeExam);
const user = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

async function openExam(minutes = 20) {
  const session = await saveFourQuestionExam(store, Date.now(), minutes);
  const view = renderRoute(`/exam/${session.id}`);
  await screen.findByRole('heading', { level: 1, name: 'DVA-C02 practice exam' });
  return { session, view };
}

// Several user steps each; generous for busy machines.
describe('exam screen', { timeout: 20_000 }, () => {
  it('shows one question at a time with its number and the time left, and no correctness', async () => {
    await openExam();
    expect(screen.getByText('Question 1 of 4', { selector: '.exam-progress' })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('20:00');
    expect(screen.getAllByRole('group', { name: /Question \d\?/ })).toHaveLength(1);
    await user().click(screen.getByRole('radio', { name: /Option a/ }));
    expect(screen.getByRole('radio', { name: /Option a/ })).toBeChecked();
    expect(screen.queryByText(/correct/i)).not.toBeInTheDocument();
    expect(screen.queryByText(/Because 1/)).not.toBeInTheDocument();
  });

  it('flags, moves and jumps: the navigator says answered, flagged and unanswered in words', async () => {
    await openExam();
    const u = user();
    await u.click(screen.getByRole('radio', { name: /Option b/ }));
    await u.click(screen.getByRole('button', { name: /Flag for review/ }));
    expect(screen.getByRole('button', { name: /Flagged/ })).toHaveAttribute('aria-pressed', 'true');
    await u.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('group', { name: /Question 2 of 4/ })).toBeInTheDocument();
    await u.click(screen.getByText(/^All questions:/));
    expect(navigatorButton(1)).toHaveAccessibleName('Question 1, answered, flagged');
    expect(navigatorButton(2)).toHaveAccessibleName('Question 2, unanswered');
    expect(navigatorButton(2)).toHaveAttribute('aria-current', 'step');
    await u.click(navigatorButton(4));
    expect(screen.getByRole('group', { name: /Question 4 of 4/ })).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Previous' }));
    expect(screen.getByRole('group', { name: /Question 3 of 4/ })).toBeInTheDocument();
  });

  it('works from the keyboard: number keys choose, N and P move, F flags, S opens the submit review', async () => {
    await openExam();
    const u = user();
    await u.keyboard('2');
    expect(screen.getByRole('radio', { name: /Option b/ })).toBeChecked();
    await u.keyboard('n');
    expect(
      screen.getByRole('group', { name: /Question 2 of 4.*\(Choose two\.\)/ }),
    ).toBeInTheDocument();
    await u.keyboard('13');
    expect(screen.getByRole('checkbox', { name: /Option a/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Option c/ })).toBeChecked();
    await u.keyboard('f');
    expect(screen.getByRole('group', { name: /flagged for review/ })).toBeInTheDocument();
    await u.keyboard('p');
    expect(screen.getByRole('radio', { name: /Option b/ })).toBeChecked();
    await u.keyboard('s');
    expect(screen.getByRole('heading', { name: 'Submit your exam?' })).toHaveFocus();
    await u.keyboard('{Escape}');
    expect(screen.getByRole('group', { name: /Question 1 of 4/ })).toBeInTheDocument();
  });

  it('saves every change, and a reopened screen resumes the same question, answers, flags and time', async () => {
    const { session, view } = await openExam();
    const u = user();
    await u.keyboard('2n13fn');
    await vi.waitFor(() => expect(saved()?.current).toBe(2));
    expect(saved()).toMatchObject({
      answers: [['b'], ['a', 'c'], [], []],
      flags: [false, true, false, false],
    });
    expect(saved()?.deadline).toBe(session.deadline);

    view.unmount();
    act(() => vi.advanceTimersByTime(3 * MIN));
    renderRoute(`/exam/${session.id}`);
    expect(await screen.findByRole('group', { name: /Question 3 of 4/ })).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('17:00');
    await user().click(screen.getByText(/^All questions:/));
    expect(navigatorButton(2)).toHaveAccessibleName('Question 2, answered, flagged');
  });

  it('warns at 10 minutes (politely) and at 1 minute (assertively), then submits itself at zero', async () => {
    await openExam(12);
    const alert = screen.getByRole('alert');
    const polite = screen.getByText('', { selector: '.exam-clock [role="status"]' });
    act(() => vi.advanceTimersByTime(MIN));
    expect(polite).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(MIN + 1000));
    expect(polite).toHaveTextContent('Warning: 10 minutes or less left.');
    expect(alert).toBeEmptyDOMElement();
    expect(screen.getByText('Under 10 minutes left')).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(9 * MIN));
    expect(alert).toHaveTextContent('Warning: 1 minute or less left.');
    expect(polite).toBeEmptyDOMElement();
    act(() => vi.advanceTimersByTime(MIN));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exam result' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/submitted automatically/)).toBeInTheDocument();
    // Filing the attempt is a save of its own, which may finish after the page shows.
    await waitFor(() => expect(store.getState().attempts).toHaveLength(1));
    expect(saved()?.status).toBe('submitted');
  });

  it('lists unanswered and flagged questions before submitting, then files the attempt and the wrong answers', async () => {
    await openExam();
    const u = user();
    await u.keyboard('2n4');
    await u.click(screen.getByRole('button', { name: /Flag for review/ }));
    await u.click(screen.getByRole('button', { name: 'Review and submit' }));
    const review = screen.getByRole('region', { name: 'Submit your exam?' });
    expect(review).toHaveTextContent(
      '2 of 4 answered. 2 unanswered (they count as wrong) and 1 flagged',
    );
    expect(
      within(review)
        .getAllByRole('button', { name: /^Question/ })
        .map((b) => b.textContent),
    ).toEqual(['Question 3', 'Question 4', 'Question 2']);
    await u.click(within(review).getByRole('button', { name: 'Submit the exam' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exam result' }),
    ).toBeInTheDocument();
    await waitFor(() => expect(store.getState().attempts).toHaveLength(1));
    const [attempt] = store.getState().attempts;
    expect(attempt).toMatchObject({ kind: 'exam', examCode: 'DVA-C02', total: 4, correct: 1 });
    // The wrong answer (question 2) reaches its review card; the unanswered ones do not.
    expect(Object.keys(store.getState().cards)).toEqual(['fx:q2']);
  });

  it('submits at once on return when the time ran out while the app was closed', async () => {
    const session = await saveFourQuestionExam(store, Date.now() - 30 * MIN);
    renderRoute(`/exam/${session.id}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exam result' }),
    ).toBeInTheDocument();
    expect(store.getState().attempts[0]?.finishedAt).toBe(session.deadline);
  });

  it('says so when the exam at the address is not in progress', async () => {
    renderRoute('/exam/no-such-exam');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exam not found' }),
    ).toBeInTheDocument();
  });
});
