import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { assembleExam, findExamProfile } from '../../../src/domain/exam/assemble-exam';
import { answerQuestion, startSession, toggleFlag } from '../../../src/domain/exam/exam-session';
import { setAppStore, type AppStore } from '../../../src/store/app-store';
import { submitExam } from '../../../src/features/exam/exam-session-store';
import { renderRoute } from '../../helpers/render-route';
import { installMemoryStore, saveFourQuestionExam } from './exam-test-kit';

let store: AppStore;
beforeEach(async () => {
  store = await installMemoryStore();
});
afterEach(() => setAppStore(undefined));

/** Answers: 1 right, 2 wrong (one option short), 3 unanswered and flagged, 4 right. */
async function submitSample() {
  let s = await saveFourQuestionExam(store, Date.now() - 5 * 60_000);
  s = answerQuestion(s, 0, ['b']);
  s = answerQuestion(s, 1, ['a']);
  s = toggleFlag(s, 2);
  s = answerQuestion(s, 3, ['b']);
  return submitExam(s, Date.now());
}

describe('exam result page', { timeout: 20_000 }, () => {
  it('shows pass or fail, percent by domain and topic, and a scaled score labelled as an estimate of what it covers', async () => {
    const s = await submitSample();
    renderRoute(`/exam/${s.id}/result`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Exam result' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Not a pass yet: 50% correct \(2 of 4\)/)).toBeInTheDocument();
    expect(screen.getByText('Estimated scaled score')).toBeInTheDocument();
    expect(screen.getByText(/This scaled score is an estimate\./)).toBeInTheDocument();
    expect(screen.getByText(/does not publish how answers convert to it/)).toBeInTheDocument();
    expect(
      screen.getByText(/an estimate on Lambda and the services around it only/),
    ).toBeInTheDocument();
    expect(screen.getByText(/not every topic of the DVA-C02 exam/)).toBeInTheDocument();
    const domains = screen.getByRole('table', { name: 'By exam domain' });
    const security = within(domains).getByRole('row', { name: /Domain 2: Security/ });
    expect(security).toHaveTextContent('0 of 2');
    expect(security).toHaveTextContent('0%');
    expect(within(domains).getByRole('row', { name: /Domain 3: Deployment/ })).toHaveTextContent(
      'no questions',
    );
    const topicsTable = screen.getByRole('table', { name: 'By topic' });
    expect(within(topicsTable).getByRole('row', { name: /Lambda triggers/ })).toHaveTextContent(
      '1 of 1',
    );
    expect(store.getState().attempts.map((a) => a.id)).toEqual([s.id]);
  });

  it('reviews every answer with the correct one and the explanation, filtered to wrong or flagged', async () => {
    const s = await submitSample();
    renderRoute(`/exam/${s.id}/result`);
    await screen.findByRole('heading', { level: 1, name: 'Exam result' });
    const review = screen.getByRole('region', { name: 'Review your answers' });
    expect(within(review).getAllByRole('group', { name: /^Question \d of 4/ })).toHaveLength(4);
    expect(within(review).getByText('Because 2.')).toBeInTheDocument();
    expect(within(review).getAllByText(/Your answer: wrong|Correct answer/).length).toBeGreaterThan(
      0,
    );
    const u = userEvent.setup();
    await u.click(within(review).getByRole('radio', { name: 'Wrong or unanswered (2)' }));
    expect(
      within(review)
        .getAllByRole('group', { name: /^Question \d of 4/ })
        .map((g) => g.querySelector('.question-label')?.textContent),
    ).toEqual(['Question 2 of 4', 'Question 3 of 4 · unanswered, flagged']);
    expect(screen.getByText('You did not answer this question.')).toBeInTheDocument();
    await u.click(within(review).getByRole('radio', { name: 'Flagged (1)' }));
    expect(within(review).getAllByRole('group', { name: /^Question \d of 4/ })).toHaveLength(1);
    expect(within(review).getByRole('status')).toHaveTextContent('Showing 1 of 4 questions.');
  });

  it('retries the missed questions as fresh variants, one at a time, as practice only', async () => {
    const profile = findExamProfile('DVA-C02');
    const exam = assembleExam({ profile, length: 10, content: { topics }, seed: 5 });
    let s = startSession(exam, 'dva-c02-real', Date.now());
    // Right on the first question only.
    s = answerQuestion(s, 0, [...(exam.items[0]?.question.correct ?? [])]);
    await store.getState().setActiveExam(s);
    s = await submitExam(s, Date.now());
    renderRoute(`/exam/${s.id}/result`);
    await screen.findByRole('heading', { level: 1, name: 'Exam result' });
    const u = userEvent.setup();
    await u.click(screen.getByRole('button', { name: 'Retry the ones I missed (9)' }));
    const retry = screen.getByRole('region', { name: 'Retry the ones you missed' });
    expect(within(retry).getByText(/Practice only/)).toBeInTheDocument();
    const first = within(retry).getByRole('group', { name: /^Retry 1 of 9/ });
    expect(within(retry).getByRole('button', { name: 'Check my answer' })).toBeDisabled();
    const [option] = within(first)
      .queryAllByRole('radio')
      .concat(within(first).queryAllByRole('checkbox'));
    await u.click(option as HTMLElement);
    await u.click(within(retry).getByRole('button', { name: 'Check my answer' }));
    expect(within(retry).getByRole('heading', { name: /Correct|Not quite/ })).toBeInTheDocument();
    await u.click(within(retry).getByRole('button', { name: 'Next question' }));
    expect(within(retry).getByRole('group', { name: /^Retry 2 of 9/ })).toBeInTheDocument();
    // The retry records nothing: the exam already sent its answers to the cards.
    expect(store.getState().attempts).toHaveLength(1);
  });

  it('shows the summary of an older exam whose questions are no longer kept', async () => {
    const s = await submitSample();
    await store.getState().setActiveExam(null);
    renderRoute(`/exam/${s.id}/result`);
    expect(await screen.findByText(/review is kept for your latest exam only/)).toBeInTheDocument();
    expect(screen.getByText(/50% correct \(2 of 4\)/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'By exam domain' })).toBeInTheDocument();
  });
});
