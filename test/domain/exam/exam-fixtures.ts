/** Small hand-made exams for scoring and session tests. */
import { examProfiles } from '../../../content/exams';
import type { DomainId, TopicId } from '../../../content/schema';
import type { AssembledExam, ExamItem } from '../../../src/domain/exam/exam-types';
import type { Question } from '../../../src/domain/quiz/question';

export const dva = examProfiles[0];
export const sap = examProfiles[1];

/** A single-choice question whose answer is 'b', or a multiple-response one with a + c. */
export function makeItem(
  n: number,
  options: Readonly<{ domain?: DomainId; topic?: TopicId; multiple?: boolean }> = {},
): ExamItem {
  const multiple = options.multiple ?? false;
  const question: Question = {
    cardId: `fx:q${n}`,
    kind: multiple ? 'multiple-response' : 'single-choice',
    stem: `Question ${n}?`,
    options: ['a', 'b', 'c', 'd', ...(multiple ? ['e'] : [])].map((id) => ({
      id,
      text: `Option ${id}`,
      why: `Option ${id} of question ${n}, explained.`,
    })),
    correct: multiple ? ['a', 'c'] : ['b'],
    pick: multiple ? 2 : 1,
    takeaway: `Because ${n}.`,
    docs: ['https://docs.aws.amazon.com/lambda/latest/dg/x.html'],
    sources: [{ kind: 'fact', id: `fx.fact-${n}` }],
    topic: options.topic ?? 'triggers',
    exams: ['DVA-C02'],
    domains: [options.domain ?? 'dva-1'],
    difficulty: 1,
  };
  return { question, domain: options.domain ?? 'dva-1' };
}

export function makeExam(items: readonly ExamItem[], durationMs = 20 * 60_000): AssembledExam {
  return {
    examCode: 'DVA-C02',
    length: 10,
    seed: 1,
    durationMs,
    items,
    mix: [],
    multipleResponse: { wanted: 0, got: 0 },
    notes: [],
  };
}
