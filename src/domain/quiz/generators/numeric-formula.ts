/** Calculation questions: the formula applied to inputs that vary by seed. */
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions } from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import { mergeTags, type ContentIndex } from '../content-index';
import { explainFacts, joinSentences } from '../explain';
import { formatNumber } from '../text';
import { numericProblems, type NumericProblem } from './numeric-problems';

const id = 'numeric';

/** Three distinct wrong answers: the mistakes first, then nearby figures if they ran out. */
export function chooseWrongAnswers(
  rng: Rng,
  answer: number,
  mistakes: readonly number[],
): number[] {
  const valid = (n: number) => Number.isInteger(n) && n > 0 && n !== answer;
  const picked = [...new Set(rng.shuffle(mistakes.filter(valid)))].slice(0, 3);
  for (let step = 1; picked.length < 3; step++) {
    for (const n of [answer + step * 10, answer - step * 10]) {
      if (picked.length < 3 && valid(n) && !picked.includes(n)) picked.push(n);
    }
  }
  return picked;
}

function planProblem(problem: NumericProblem, index: ContentIndex): CardPlan | undefined {
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
  const factsExplained = explainFacts(facts);
  const build = (rng: Rng) => {
    const posed = problem.pose(rng);
    const wrong = chooseWrongAnswers(rng, posed.answer, posed.mistakes);
    return assembleQuestion(
      info,
      {
        stem: posed.stem,
        options: toDraftOptions([format(posed.answer)], wrong.map(format)),
        explanation: joinSentences([posed.working, factsExplained]),
        sources: subjects,
        difficulty: problem.difficulty,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const numericFormulaGenerator: Generator = {
  id,
  kind: 'numeric',
  planCards: (index) => numericProblems.flatMap((problem) => planProblem(problem, index) ?? []),
};
