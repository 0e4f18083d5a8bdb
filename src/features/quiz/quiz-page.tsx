import { useEffect, useMemo, useRef } from 'react';
import { PageHeading } from '../../components/ui/page-heading';
import { gradeAnswer } from '../../domain/quiz/grade-answer';
import { BankDownload } from './bank-download';
import { planQuiz, type QuizForm } from './quiz-form';
import { QuizPlay } from './quiz-play';
import {
  buildRunQuestions,
  chooseOptions,
  currentIndex,
  goOn,
  gradeRun,
  missedCardIds,
  startRun,
  submitAnswer,
  summarizeRun,
  type QuizRun,
} from './quiz-session';
import { QuizSetup } from './quiz-setup';
import { QuizSummary } from './quiz-summary';
import { SaveProblemNotice } from './save-problem-notice';
import { useAnswerSaving } from './use-answer-saving';
import { useQuizState } from './use-quiz-state';
import './quiz.css';

const noRun: Pick<QuizRun, 'seed' | 'cardIds'> = { seed: 0, cardIds: [] };

function SetupHeading({ takeFocus }: Readonly<{ takeFocus: boolean }>) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus]);
  return (
    <h2 ref={ref} tabIndex={-1}>
      New quiz
    </h2>
  );
}

/** `/quiz`: set up a practice quiz, answer it with instant feedback, see the results. */
export function QuizPage() {
  const { state, latest, update, moved } = useQuizState();
  const saving = useAnswerSaving();
  const { seed, cardIds } = state.kind === 'setup' ? noRun : state.run;
  // Rebuilding a variant is pure, so the questions follow from the run's seed and card ids.
  const questions = useMemo(() => buildRunQuestions({ seed, cardIds }), [seed, cardIds]);

  // A fresh seed for every quiz: the domain takes the time as an argument, the view reads it.
  const start = (form: QuizForm, cardIds?: readonly string[]) => {
    const now = Date.now();
    update(startRun(form, cardIds ?? planQuiz(form, now), now, now));
  };

  const submit = () => {
    const current = latest.current;
    if (current.kind !== 'answering') return;
    const question = questions[currentIndex(current)];
    if (!question) return;
    const correct = gradeAnswer(question, current.run.selected).correct;
    saving.saveAnswer({
      cardId: question.cardId,
      outcome: { kind: correct ? 'correct' : 'wrong' },
      source: 'quiz',
    });
    update(submitAnswer(current));
  };

  const next = async () => {
    const before = latest.current;
    if (before.kind !== 'feedback') return;
    // The next question waits until the answer is saved, so the cards never miss one.
    await saving.waitForAnswer();
    if (latest.current !== before) return;
    const now = Date.now();
    const after = goOn(before, now);
    update(after);
    if (after.kind === 'summary') {
      await saving.saveAttempt(summarizeRun(after.run, gradeRun(after.run, questions), now));
    }
  };

  return (
    <section className="page quiz">
      <PageHeading title="Quiz">Quiz</PageHeading>
      <SaveProblemNotice problem={saving.problem} />
      {state.kind === 'setup' ? (
        <>
          <p className="lead">
            Short practice sets generated from the content, with the answer and its explanation
            after each question. Every answer also counts towards your reviews.
          </p>
          <SetupHeading takeFocus={moved} />
          <QuizSetup
            form={state.form}
            unknownTopic={state.unknownTopic}
            onChange={(form) => update({ kind: 'setup', form, unknownTopic: state.unknownTopic })}
            onStart={() => start(state.form)}
          />
          <BankDownload />
        </>
      ) : state.kind === 'summary' ? (
        <QuizSummary
          results={gradeRun(state.run, questions)}
          saved={saving.problem === null}
          takeFocus={moved}
          onRetry={() => start(state.form, missedCardIds(gradeRun(state.run, questions)))}
          onNewQuiz={() => update({ kind: 'setup', form: state.form, unknownTopic: null })}
        />
      ) : (
        <QuizPlay
          state={state}
          questions={questions}
          takeFocus={moved}
          onChoose={(selected) => update(chooseOptions(state, selected))}
          onSubmit={submit}
          onNext={() => void next()}
          onQuit={() => update({ kind: 'setup', form: state.form, unknownTopic: null })}
        />
      )}
    </section>
  );
}
