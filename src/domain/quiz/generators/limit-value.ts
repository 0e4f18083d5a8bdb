/**
 * A documented limit asked by its figure: the right value among wrong figures that learners
 * confuse with it, first the fact's own misconceptions, then other limits of the same dimension.
 */
import type { Fact, Quantity, Unit } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, pickDistinct, toDraftOptions, type Candidate } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { extractNumbers, formatQuantity } from '../text';
import { describeFactCard, describeFactEnding } from './fact-helpers';

const id = 'limit-value';
const wrongCount = 3;

type Limit = Extract<Fact, { kind: 'limit' }>;

/** Each unit's dimension and its size in the dimension's base unit (MB, seconds). */
const units: Readonly<Record<Unit, readonly [string, number]>> = {
  KB: ['size', 1 / 1024],
  MB: ['size', 1],
  GB: ['size', 1024],
  ms: ['time', 0.001],
  s: ['time', 1],
  min: ['time', 60],
  h: ['time', 3600],
  count: ['count', 1],
  'req/s': ['rate', 1],
  percent: ['percent', 1],
};

/** The quantity in base units, so that 10 GB and 10,240 MB compare equal. */
function toBase(q: Quantity): string {
  const [dimension, factor] = units[q.unit];
  const scale = (n: number) => Number((n * factor).toPrecision(9));
  return q.kind === 'exact'
    ? `${dimension}:${scale(q.n)}`
    : `${dimension}:${scale(q.min)}-${scale(q.max)}`;
}

/** Same dimension and same shape (exact or range): figures that read alike as options. */
function isComparable(a: Quantity, b: Quantity): boolean {
  return units[a.unit][0] === units[b.unit][0] && a.kind === b.kind;
}

/** Figures older material or exam notes give: offered only with their own explanation. */
function listNotedNumbers(fact: Limit): Set<number> {
  return new Set(extractNumbers(`${fact.notesSaid ?? ''} ${fact.examNote ?? ''}`));
}

function numbersOf(q: Quantity): number[] {
  return q.kind === 'exact' ? [q.n] : [q.min, q.max];
}

/** A limit with its figure already written out: every card reads every other limit. */
type ReadLimit = Readonly<{ fact: Limit; text: string; key: string }>;

function readLimits(index: ContentIndex): ReadLimit[] {
  return index.facts.flatMap((fact) =>
    fact.kind === 'limit'
      ? [{ fact, text: formatQuantity(fact.value), key: toBase(fact.value) }]
      : [],
  );
}

/** Other limits' figures, explained as the limit they really are. */
function listOtherLimits(
  fact: Limit,
  limits: readonly ReadLimit[],
  sameTopic: boolean,
): Candidate[] {
  const noted = listNotedNumbers(fact);
  return limits.flatMap(({ fact: f, text, key }) => {
    if (f.id === fact.id || (f.topic === fact.topic) !== sameTopic) return [];
    if (!isComparable(f.value, fact.value) || numbersOf(f.value).some((n) => noted.has(n)))
      return [];
    return [{ text, why: `${text} is a different limit: the ${f.subject}.`, key }];
  });
}

/** The fact's own wrong figures, each with the reason it states. */
function listOwnFigures(fact: Limit): Candidate[] {
  return fact.misconceptions.flatMap((m) =>
    m.figure === undefined || !isComparable(m.figure, fact.value)
      ? []
      : [{ text: formatQuantity(m.figure), why: m.why, key: toBase(m.figure) }],
  );
}

function planLimit(fact: Limit, limits: readonly ReadLimit[]): GeneratedCard | undefined {
  const answerKey = toBase(fact.value);
  const tiers = [
    listOwnFigures(fact),
    listOtherLimits(fact, limits, true),
    listOtherLimits(fact, limits, false),
  ];
  const keys = new Set(tiers.flat().map((c) => c.key));
  keys.delete(answerKey);
  if (keys.size < wrongCount) return undefined;
  const info = {
    cardId: toCardId(id, fact.id),
    generatorId: id,
    kind: 'numeric',
    ...describeFactCard(fact),
  } as const;
  const ending = describeFactEnding(fact);
  const answer = { text: formatQuantity(fact.value), why: fact.why };
  const stem = fact.ask;
  const build = (rng: Rng) => {
    const wrong = pickDistinct(rng, tiers, wrongCount, [answerKey]);
    return assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions([answer], wrong),
        ...ending,
        sources: info.subjects,
        difficulty: 1,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const limitValueGenerator: Generator = {
  id,
  kind: 'numeric',
  style: 'recall',
  planCards: (index) => {
    const limits = readLimits(index);
    return limits.flatMap(({ fact }) => planLimit(fact, limits) ?? []);
  },
};
