import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useNavigate } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { topics } from '../../../content/index';
import { AppRoutes } from '../../../src/app/router';
import { generateQuestion } from '../../../src/domain/quiz/generate-questions';
import { installMemoryStore } from '../../helpers/memory-store';
import { renderRoute } from '../../helpers/render-route';
import { failingAdapter, gatedAdapter, hydrated } from '../../store/helpers';
import {
  answerWithKeys,
  content,
  findSeed,
  keysFor,
  plannedQuestions,
  startFiveQuestionQuiz,
  startQuizAt,
} from './quiz-helpers';

// A quiz with both kinds of answer: radio buttons and check boxes.
const mixedSeed = findSeed((qs) => qs.some((q) => q.pick > 1) && qs.some((q) => q.pick === 1));
const mixed = plannedQuestions(mixedSeed);
const firstMulti = mixed.findIndex((q) => q.pick > 1);
const question = (i: number) => {
  const q = mixed[i];
  if (!q) throw new Error(`no question ${i}`);
  return q;
};

const currentGroup = (n: number) =>
  screen.findByRole('group', { name: new RegExp(`^Question ${n} of 5`) });

describe('quiz play', { timeout: 30_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses radio buttons for one answer and check boxes with "(Choose N.)" for several', async () => {
    installMemoryStore();
    startQuizAt(mixedSeed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    for (const [i, question] of mixed.entries()) {
      const group = await currentGroup(i + 1);
      const role = question.pick > 1 ? 'checkbox' : 'radio';
      expect(within(group).getAllByRole(role)).toHaveLength(question.options.length);
      if (question.pick > 1)
        expect(group).toHaveAccessibleName(expect.stringMatching(/\(Choose (two|three)\.\)$/));
      await answerWithKeys(user, question, true);
      await user.keyboard('{Enter}');
    }
    await screen.findByRole('heading', { level: 2, name: 'Results' });
  });

  it('keeps Submit disabled, saying why, until the stated number of answers is chosen', async () => {
    installMemoryStore();
    startQuizAt(mixedSeed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    for (const question of mixed.slice(0, firstMulti)) {
      await answerWithKeys(user, question, true);
      await user.keyboard('{Enter}');
    }
    const multi = mixed[firstMulti];
    if (!multi) throw new Error('no multiple-response question');
    await currentGroup(firstMulti + 1);
    const submit = screen.getByRole('button', { name: 'Submit answer' });
    const words = ['', 'one', 'two', 'three'];
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(
      `Choose ${words[multi.pick]} answers to submit (0 chosen).`,
    );
    await user.keyboard('{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('(0 chosen)');
    const keys = keysFor(multi, true);
    await user.keyboard(keys.slice(0, 1));
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(
      `Choose ${words[multi.pick]} answers to submit (1 chosen).`,
    );
    await user.keyboard(keys.slice(1));
    expect(submit).toBeEnabled();
    expect(submit).toHaveAccessibleDescription('Ready to submit.');
  });

  it('answers with keys 1–5 and Enter, gives the verdict and explanation, and moves focus along', async () => {
    installMemoryStore();
    startQuizAt(mixedSeed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    const [first, second] = mixed;
    if (!first || !second) throw new Error('quiz too short');
    expect(
      within(await currentGroup(1)).getAllByRole(first.pick > 1 ? 'checkbox' : 'radio')[0],
    ).toHaveFocus();
    await user.keyboard(keysFor(first, false));
    await user.keyboard('{Enter}');
    const verdict = await screen.findByRole('heading', { level: 2, name: '✗ Not quite' });
    expect(verdict).toHaveFocus();
    expect(screen.getByText(first.takeaway)).toBeInTheDocument();
    expect(screen.getByText(first.options[0]?.why ?? '')).toBeInTheDocument();
    // the subject's place on the page of the topic that lists it, which a decision question
    // can take from another topic than its own
    const subject = first.sources[0];
    const listing = topics.find((t) =>
      [...t.facts, ...t.checklist, ...t.tips, ...t.sets].some((item) => item.id === subject?.id),
    );
    expect(screen.getByRole('link', { name: 'Learn more about this' })).toHaveAttribute(
      'href',
      expect.stringMatching(new RegExp(`^/learn/${listing?.id ?? first.topic}#`)),
    );
    expect(screen.getAllByText(/Correct answer/).length).toBeGreaterThan(0);
    await user.keyboard('{Enter}');
    const group = await currentGroup(2);
    expect(within(group).getAllByRole(second.pick > 1 ? 'checkbox' : 'radio')[0]).toHaveFocus();
  });

  it('records every answer on the spaced-repetition cards and files the quiz', async () => {
    const store = installMemoryStore();
    startQuizAt(mixedSeed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    for (const [i, question] of mixed.entries()) {
      await answerWithKeys(user, question, i % 2 === 1);
      await user.keyboard('{Enter}');
    }
    await screen.findByRole('heading', { level: 2, name: 'Results' });
    await vi.waitFor(() => expect(store.getState().attempts).toHaveLength(1));
    const { cards, reviewLog, attempts } = store.getState();
    expect(Object.keys(cards).sort()).toEqual(mixed.map((q) => q.cardId).sort());
    const quizEntries = reviewLog.recent.filter((e) => e.source === 'quiz');
    expect(quizEntries).toHaveLength(5);
    expect(attempts[0]).toMatchObject({ kind: 'quiz', total: 5, correct: 2, examCode: null });
  });

  it('sums up the quiz and retries only the missed cards, as fresh variants', async () => {
    installMemoryStore();
    startQuizAt(mixedSeed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    const missedAt = new Set([0, 3]);
    for (const [i, question] of mixed.entries()) {
      await answerWithKeys(user, question, !missedAt.has(i));
      await user.keyboard('{Enter}');
    }
    const results = await screen.findByRole('heading', { level: 2, name: 'Results' });
    expect(results).toHaveFocus();
    expect(screen.getByText(/right \(60%\)/)).toHaveTextContent('3 of 5 right (60%).');
    const items = within(screen.getByRole('list', { name: 'Your answers' })).getAllByRole(
      'listitem',
    );
    expect(items.map((li) => li.querySelector('.quiz-result-verdict')?.textContent)).toEqual(
      mixed.map((_, i) => (missedAt.has(i) ? '✗ Missed' : '✓ Right')),
    );
    const retrySeed = mixedSeed + 99;
    startQuizAt(retrySeed);
    await user.click(screen.getByRole('button', { name: 'Retry the ones I missed (2)' }));
    const missed = [...missedAt].map((i) => mixed[i]?.cardId ?? '');
    for (const [i, cardId] of missed.entries()) {
      const variant = generateQuestion(cardId, content, retrySeed);
      if (!variant) throw new Error(`unknown card ${cardId}`);
      const group = await screen.findByRole('group', {
        name: new RegExp(`^Question ${i + 1} of 2`),
      });
      expect(
        within(group).getByText(variant.stem.replace(/ \(Choose \w+\.\)$/, '')),
      ).toBeInTheDocument();
      await answerWithKeys(user, variant, true);
      await user.keyboard('{Enter}');
    }
    expect(await screen.findByText(/right \(100%\)/)).toHaveTextContent('2 of 2 right (100%).');
    expect(screen.queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'New quiz' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'New quiz' })).toHaveFocus();
  });

  it('waits for the answer to be saved before showing the next question', async () => {
    const gate = gatedAdapter();
    const store = installMemoryStore(gate.adapter);
    await hydrated(store);
    startQuizAt(mixedSeed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    await answerWithKeys(user, question(0), true);
    await user.keyboard('{Enter}');
    await vi.waitFor(() => expect(gate.pending()).toBe(1));
    expect(screen.queryByRole('group', { name: /^Question 2 of 5/ })).not.toBeInTheDocument();
    gate.releaseAll();
    expect(await currentGroup(2)).toBeInTheDocument();
  });

  it('says, without stopping the quiz, that progress could not be saved', async () => {
    installMemoryStore(failingAdapter('QuotaExceededError').adapter);
    startQuizAt(mixedSeed);
    renderRoute('/quiz');
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    await answerWithKeys(user, question(0), true);
    expect((await screen.findByText('Progress not saved.')).closest('p')).toHaveTextContent(
      /Progress not saved\. This device’s storage is full.*You can keep practising\./,
    );
    await user.keyboard('{Enter}');
    expect(await currentGroup(2)).toBeInTheDocument();
  });

  it('resumes the quiz after following the Learn link and going back', async () => {
    installMemoryStore();
    startQuizAt(mixedSeed);
    function BackButton() {
      const navigate = useNavigate();
      return <button onClick={() => void navigate(-1)}>Browser back</button>;
    }
    render(
      <MemoryRouter initialEntries={['/quiz']}>
        <AppRoutes />
        <BackButton />
      </MemoryRouter>,
    );
    const user = userEvent.setup();
    await startFiveQuestionQuiz(user);
    await answerWithKeys(user, question(0), false);
    await user.click(screen.getByRole('link', { name: 'Learn more about this' }));
    await screen.findByRole(
      'heading',
      { level: 1, name: (name) => name !== 'Quiz' },
      { timeout: 15_000 },
    );
    await user.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: '✗ Not quite' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /^Question 1 of 5/ })).toBeInTheDocument();
  });
});
