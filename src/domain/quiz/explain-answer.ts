/**
 * What feedback says about an answer: the verdict, a summary of a partly right answer, and every
 * option's own reason, the learner's choices first.
 */
import { gradeAnswer } from './grade-answer';
import type { Question } from './question';

export type ReasonStatus = 'chosen-right' | 'chosen-wrong' | 'missed' | 'not-chosen';

export type OptionReason = Readonly<{
  id: string;
  /** 1-based position, as the option is shown. */
  number: number;
  text: string;
  why: string;
  status: ReasonStatus;
}>;

export type AnswerExplanation = Readonly<{
  correct: boolean;
  /** Which answers were right, missing or wrong; undefined when the answer is fully right. */
  summary: string | undefined;
  reasons: readonly OptionReason[];
}>;

const statusOrder: Readonly<Record<ReasonStatus, number>> = {
  'chosen-right': 0,
  'chosen-wrong': 0,
  missed: 1,
  'not-chosen': 2,
};

function describeNumbers(numbers: readonly number[]): string {
  const words = numbers.map(String);
  if (words.length <= 1) return `option ${words[0] ?? ''}`;
  return `options ${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

function summarize(question: Question, reasons: readonly OptionReason[], correct: boolean) {
  if (correct) return undefined;
  const numbersOf = (status: ReasonStatus) =>
    reasons.filter((r) => r.status === status).map((r) => r.number);
  const right = numbersOf('chosen-right');
  const missed = numbersOf('missed');
  const wrong = numbersOf('chosen-wrong');
  if (question.pick === 1) {
    const answer = reasons.find((r) => r.status === 'missed' || r.status === 'chosen-right');
    return `The right answer is option ${answer?.number ?? ''}.`;
  }
  const parts = [
    `You chose ${right.length} of the ${question.pick} right answers.`,
    missed.length > 0 ? `Missing: ${describeNumbers(missed)}.` : '',
    wrong.length > 0 ? `Wrong: ${describeNumbers(wrong)}.` : '',
  ];
  return parts.filter((p) => p !== '').join(' ');
}

/**
 * Explains an answer option by option.
 * @param selected option ids the learner chose (empty when unanswered)
 */
export function explainAnswer(question: Question, selected: readonly string[]): AnswerExplanation {
  const { correct } = gradeAnswer(question, selected);
  const reasons = question.options.map((o, i): OptionReason => {
    const isRight = question.correct.includes(o.id);
    const chosen = selected.includes(o.id);
    const status: ReasonStatus = chosen
      ? isRight
        ? 'chosen-right'
        : 'chosen-wrong'
      : isRight
        ? 'missed'
        : 'not-chosen';
    return { id: o.id, number: i + 1, text: o.text, why: o.why, status };
  });
  // Stable sort: within a status, options keep the order they were shown in.
  const ordered = [...reasons].sort((a, b) => statusOrder[a.status] - statusOrder[b.status]);
  return { correct, summary: summarize(question, reasons, correct), reasons: ordered };
}
