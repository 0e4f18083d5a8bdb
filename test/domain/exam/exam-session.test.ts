import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { assembleExam } from '../../../src/domain/exam/assemble-exam';
import {
  answerQuestion,
  countStatuses,
  goToQuestion,
  questionStatus,
  ranOutOfTime,
  startSession,
  submitSession,
  toggleFlag,
  type ExamSession,
} from '../../../src/domain/exam/exam-session';
import { parseExamSession } from '../../../src/domain/exam/exam-session-schema';
import { dva, makeExam, makeItem } from './exam-fixtures';

const T0 = Date.UTC(2025, 2, 3, 9);
const fresh = () =>
  startSession(makeExam([makeItem(1), makeItem(2, { multiple: true }), makeItem(3)]), 'exam-1', T0);

describe('exam session', () => {
  it('starts unanswered and unflagged on the first question, with the deadline fixed', () => {
    const s = fresh();
    expect(s).toMatchObject({
      current: 0,
      status: 'running',
      finishedAt: null,
      deadline: T0 + 20 * 60_000,
    });
    expect(countStatuses(s)).toEqual({ answered: 0, unanswered: 3, flagged: 0 });
  });

  it('records answers and flags and counts them for the navigator', () => {
    let s = fresh();
    s = answerQuestion(s, 1, ['a', 'c', 'a']);
    s = toggleFlag(s, 2);
    expect(s.answers[1]).toEqual(['a', 'c']);
    expect(questionStatus(s, 1)).toEqual({ answered: true, flagged: false });
    expect(questionStatus(s, 2)).toEqual({ answered: false, flagged: true });
    expect(countStatuses(s)).toEqual({ answered: 1, unanswered: 2, flagged: 1 });
    expect(questionStatus(toggleFlag(s, 2), 2).flagged).toBe(false);
    expect(countStatuses(answerQuestion(s, 1, []))).toMatchObject({ answered: 0 });
  });

  it('moves to any question, clamped to the exam', () => {
    const s = fresh();
    expect(goToQuestion(s, 2).current).toBe(2);
    expect(goToQuestion(s, 9).current).toBe(2);
    expect(goToQuestion(s, -1).current).toBe(0);
  });

  it('freezes answers on submit and dates a late submission at the deadline', () => {
    const s = submitSession(answerQuestion(fresh(), 0, ['b']), T0 + 60 * 60_000);
    expect(s).toMatchObject({ status: 'submitted', finishedAt: T0 + 20 * 60_000 });
    expect(answerQuestion(s, 0, ['a']).answers[0]).toEqual(['b']);
    expect(toggleFlag(s, 0)).toBe(s);
    expect(submitSession(fresh(), T0 + 1000).finishedAt).toBe(T0 + 1000);
  });

  it('tells a session that ran out of time from one the learner submitted', () => {
    expect(ranOutOfTime(fresh())).toBe(false);
    expect(ranOutOfTime(submitSession(fresh(), T0 + 1000))).toBe(false);
    expect(ranOutOfTime(submitSession(fresh(), T0 + 20 * 60_000))).toBe(true);
    expect(ranOutOfTime(submitSession(fresh(), T0 + 60 * 60_000))).toBe(true);
  });
});

describe('parseExamSession', () => {
  it('reads back a real exam saved as JSON, unchanged', () => {
    fc.assert(
      fc.property(fc.integer(), fc.constantFrom(10 as const, 20 as const), (seed, length) => {
        const exam = assembleExam({ profile: dva, length, content: { topics }, seed });
        let s = startSession(exam, `exam-${seed}`, T0);
        s = toggleFlag(answerQuestion(s, 0, [exam.items[0]?.question.options[0]?.id ?? 'a']), 1);
        expect(parseExamSession(JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses a session that does not hold together or is of another format', () => {
    const s = fresh();
    const broken: unknown[] = [
      null,
      'exam',
      { ...s, format: 2 },
      { ...s, answers: s.answers.slice(1) },
      { ...s, current: 3 },
      { ...s, deadline: s.startedAt - 1 },
      { ...s, status: 'submitted' },
      { ...s, items: [{ ...s.items[0], question: { ...s.items[0]?.question, correct: ['z'] } }] },
      { ...s, items: [{ ...s.items[0], question: { ...s.items[0]?.question, topic: 'nope' } }] },
    ];
    for (const value of broken) expect(parseExamSession(value)).toBeNull();
  });

  it('never throws on arbitrary JSON and drops answers that name no option', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => parseExamSession(value)).not.toThrow();
      }),
    );
    const odd: ExamSession = { ...fresh(), answers: [['b', 'x'], [], []] };
    expect(parseExamSession(odd)?.answers[0]).toEqual(['b']);
  });

  it('resumes an exam saved before options had reasons, reading it into today’s shape', () => {
    const s = fresh();
    const [first, ...rest] = s.items;
    const legacyQuestion = {
      ...first?.question,
      kind: 'fill-blank',
      options: first?.question.options.map(({ id, text }) => ({ id, text })),
      explanation: 'Because the earlier version said so.',
      takeaway: undefined,
      docs: undefined,
    };
    const legacy = JSON.parse(
      JSON.stringify({ ...s, items: [{ ...first, question: legacyQuestion }, ...rest] }),
    ) as unknown;
    const read = parseExamSession(legacy);
    expect(read).not.toBeNull();
    const question = read?.items[0]?.question;
    expect(question?.kind).toBe('single-choice');
    expect(question?.takeaway).toBe('Because the earlier version said so.');
    expect(question?.docs).toEqual([]);
    expect(question?.options.every((o) => o.why === '')).toBe(true);
    expect(question).not.toHaveProperty('explanation');
    expect(read?.items.slice(1)).toEqual(s.items.slice(1));
  });
});
