/** "<Subject> — which figure is right?": a limit's number among plausible wrong figures. */
import type { Fact, Quantity } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import {
  assembleQuestion,
  hasDistinct,
  pickDistinct,
  toCandidates,
  toDraftOptions,
} from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { explainFact } from '../explain';
import { tidyNumber, variationFactors, varyNumber } from '../figures';
import { extractNumbers, formatQuantity, normalizeText } from '../text';
import { describeFactCard } from './fact-helpers';

const id = 'limit-value';

type Limit = Extract<Fact, { kind: 'limit' }>;

/** Wrong ranges: the upper bound scaled alone, or both bounds scaled, never a banned figure. */
function varyRange(min: number, max: number, banned: ReadonlySet<number>): [number, number][] {
  const whole = Number.isInteger(min) && Number.isInteger(max);
  const ranges = variationFactors.flatMap((f): [number, number][] => [
    [min, tidyNumber(max * f)],
    [tidyNumber(min * f), tidyNumber(max * f)],
  ]);
  return ranges.filter(
    ([lo, hi]) =>
      lo < hi &&
      !banned.has(lo) &&
      !banned.has(hi) &&
      (!whole || (Number.isInteger(lo) && Number.isInteger(hi))),
  );
}

function varyQuantity(q: Quantity, banned: ReadonlySet<number>): Quantity[] {
  if (q.kind === 'exact')
    return varyNumber(q.n)
      .filter((n) => !banned.has(n))
      .map((n) => ({ ...q, n }));
  return varyRange(q.min, q.max, banned).map(([min, max]) => ({ ...q, min, max }));
}

/** Numbers the fact-check mentions: offering one could be right under current AWS docs. */
function listBannedNumbers(fact: Limit): Set<number> {
  const check = fact.factCheck;
  return new Set(
    check === undefined ? [] : extractNumbers(`${check.says} ${check.examNote ?? ''}`),
  );
}

function isBanned(q: Quantity, banned: ReadonlySet<number>): boolean {
  return q.kind === 'exact' ? banned.has(q.n) : banned.has(q.min) || banned.has(q.max);
}

/** "Layers per function — which figure is right?" reads well whatever the subject's wording. */
function writeStem(subject: string): string {
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} — which figure is right?`;
}

/** Figures of other limits in the same topic and unit: the ones a learner mixes up. */
function listNeighbourFigures(
  fact: Limit,
  index: ContentIndex,
  banned: ReadonlySet<number>,
): string[] {
  return index.facts
    .filter(
      (f): f is Limit =>
        f.kind === 'limit' &&
        f.id !== fact.id &&
        f.topic === fact.topic &&
        f.value.unit === fact.value.unit &&
        f.value.kind === fact.value.kind,
    )
    .map((f) => f.value)
    .filter((v) => !isBanned(v, banned))
    .map(formatQuantity);
}

function planLimit(fact: Limit, index: ContentIndex): CardPlan | undefined {
  const banned = listBannedNumbers(fact);
  const answer = formatQuantity(fact.value);
  const answerKey = normalizeText(answer);
  const others = toCandidates(listNeighbourFigures(fact, index, banned));
  const variants = toCandidates(varyQuantity(fact.value, banned).map(formatQuantity));
  if (!hasDistinct([others, variants], new Set([answerKey]), 3)) return undefined;
  const info = {
    cardId: toCardId(id, fact.id),
    generatorId: id,
    kind: 'numeric',
    ...describeFactCard(fact),
  } as const;
  const explanation = explainFact(fact);
  const build = (rng: Rng) => {
    // One neighbour's figure at most, so that arithmetic variants keep the answer non-obvious.
    const fromOther = pickDistinct(rng, [others], 1, [answerKey]);
    const fromVariants = pickDistinct(rng, [variants, others], 3 - fromOther.length, [
      answerKey,
      ...fromOther.map(normalizeText),
    ]);
    return assembleQuestion(
      info,
      {
        stem: writeStem(fact.subject),
        options: toDraftOptions([answer], [...fromOther, ...fromVariants]),
        explanation,
        sources: info.subjects,
        difficulty: 2,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const limitValueGenerator: Generator = {
  id,
  kind: 'numeric',
  planCards: (index) =>
    index.facts.flatMap((fact) => (fact.kind === 'limit' ? (planLimit(fact, index) ?? []) : [])),
};
