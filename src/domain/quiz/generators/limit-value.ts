/** "What is the correct value for <subject>?": a limit's number among plausible wrong figures. */
import type { Fact, Quantity } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, countDistinct, pickDistinct, toCandidates, toDraftOptions } from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { explainFact } from '../explain';
import { tidyNumber, variationFactors, varyNumber } from '../figures';
import { extractNumbers, formatQuantity, normalizeText } from '../text';
import { describeFactCard } from './fact-helpers';

const id = 'limit-value';

type Limit = Extract<Fact, { kind: 'limit' }>;

function varyQuantity(q: Quantity, banned: ReadonlySet<number>): Quantity[] {
  if (q.kind === 'exact') {
    return varyNumber(q.n).filter((n) => !banned.has(n)).map((n) => ({ ...q, n }));
  }
  const out: Quantity[] = [];
  for (const f of variationFactors) {
    const min = tidyNumber(q.min * f);
    const max = tidyNumber(q.max * f);
    if (min < max && !banned.has(min) && !banned.has(max)) out.push({ ...q, min, max });
  }
  return out;
}

/** Numbers the fact-check mentions: offering one could be right under current AWS docs. */
function listBannedNumbers(fact: Limit): Set<number> {
  const check = fact.factCheck;
  return new Set(check === undefined ? [] : extractNumbers(`${check.says} ${check.examNote ?? ''}`));
}

function planLimit(fact: Limit, index: ContentIndex): CardPlan | undefined {
  const banned = listBannedNumbers(fact);
  const sameUnit = index.facts.filter(
    (f): f is Limit => f.kind === 'limit' && f.id !== fact.id && f.value.unit === fact.value.unit && f.value.kind === fact.value.kind,
  );
  const answer = formatQuantity(fact.value);
  const fromOthers = sameUnit
    .map((f) => f.value)
    .filter((v) => (v.kind === 'exact' ? !banned.has(v.n) : !banned.has(v.min) && !banned.has(v.max)))
    .map(formatQuantity);
  const variants = toCandidates(varyQuantity(fact.value, banned).map(formatQuantity));
  const others = toCandidates(fromOthers);
  const answerKey = normalizeText(answer);
  if (countDistinct([...others, ...variants], new Set([answerKey])) < 3) return undefined;
  const info = { cardId: toCardId(id, fact.id), generatorId: id, kind: 'numeric', ...describeFactCard(fact) } as const;
  const subject = fact.subject.replace(/^the\s+/i, '');
  const build = (rng: Rng) => {
    // One figure from another limit at most, so the arithmetic variants keep the answer non-obvious.
    const fromOther = pickDistinct(rng, [others], 1, [answerKey]);
    const picked = [...fromOther, ...pickDistinct(rng, [variants], 3, [answerKey, ...fromOther.map(normalizeText)])];
    return assembleQuestion(
      {
        ...info,
        stem: `What is the correct value for the ${subject}?`,
        options: toDraftOptions([answer], picked.slice(0, 3)),
        explanation: explainFact(fact),
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
