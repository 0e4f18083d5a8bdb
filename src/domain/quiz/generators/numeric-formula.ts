/** Calculation questions: the formula applied to inputs that vary by seed. */
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import { mergeTags, type ContentIndex } from '../content-index';
import { describeFactNotes, listFactDocs } from '../explain';
import { formatNumber } from '../text';
import {
  numericProblems,
  type Mistake,
  type NumericProblem,
  type PosedProblem,
} from './numeric-problems';

const id = 'numeric';
const wrongCount = 3;
/** Draws allowed before a problem is declared unable to pose three distinct mistakes. */
const maxDraws = 20;

/** Up to three mistakes with distinct, positive, whole answers other than the right one. */
export function chooseWrongAnswers(
  rng: Rng,
  answer: number,
  mistakes: readonly Mistake[],
): Mistake[] {
  const seen = new Set<number>([answer]);
  const valid = rng.shuffle(mistakes).filter((m) => {
    const ok = Number.isInteger(m.answer) && m.answer > 0 && !seen.has(m.answer);
    if (ok) seen.add(m.answer);
    return ok;
  });
  return valid.slice(0, wrongCount);
}

/** Poses the problem until three distinct mistakes exist (a few draws at most in practice). */
function poseWithMistakes(problem: NumericProblem, rng: Rng): [PosedProblem, Mistake[]] {
  for (let draw = 1; ; draw++) {
    const posed = problem.pose(rng);
    const wrong = chooseWrongAnswers(rng, posed.answer, posed.mistakes);
    if (wrong.length === wrongCount || draw >= maxDraws) return [posed, wrong];
  }
}

function planProblem(problem: NumericProblem, index: ContentIndex): GeneratedCard | undefined {
  if (!index.topicById.has(problem.topic)) return undefined;
  const facts = problem.facts.flatMap((factId) => index.factById.get(factId) ?? []);
  const subjects = problem.facts.map((factId) => ({ kind: 'fact', id: factId }) as const);
  const info = {
    cardId: toCardId(id, problem.id),
    generatorId: id,
    kind: 'numeric',
    topic: problem.topic,
    ...mergeTags([problem, ...facts]),
    subjects,
  } as const;
  const format = (n: number) => `${formatNumber(n)}${problem.unit}`;
  const note = describeFactNotes(facts);
  const docs = [problem.docs, ...listFactDocs(facts)];
  const build = (rng: Rng) => {
    const [posed, wrong] = poseWithMistakes(problem, rng);
    return assembleQuestion(
      info,
      {
        stem: posed.stem,
        options: toDraftOptions(
          [{ text: format(posed.answer), why: posed.working }],
          wrong.map((m) => ({ text: format(m.answer), why: m.why })),
        ),
        takeaway: problem.takeaway,
        note,
        docs,
        sources: subjects,
        // Applying a formula combines it with the figures of the situation.
        difficulty: 2,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const numericFormulaGenerator: Generator = {
  id,
  kind: 'numeric',
  style: 'recall',
  planCards: (index) => numericProblems.flatMap((problem) => planProblem(problem, index) ?? []),
};
