/** Definitions asked both ways: term → meaning and meaning → term. */
import type { Fact } from '../../../../content/schema';
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
import { normalizeText } from '../text';
import { describeFactCard } from './fact-helpers';

type Definition = Extract<Fact, { kind: 'definition' }>;

type Direction = Readonly<{
  id: string;
  answer: (d: Definition) => string;
  stem: (d: Definition) => string;
}>;

const directions = {
  meaning: {
    id: 'definition-meaning',
    answer: (d) => d.definition,
    stem: (d) => `Which description matches the term "${d.term}"?`,
  },
  term: {
    id: 'definition-term',
    answer: (d) => d.term,
    stem: (d) => `Which term matches this description: "${d.definition}"?`,
  },
} as const satisfies Record<string, Direction>;

function listDefinitions(index: ContentIndex): Definition[] {
  return index.facts.filter((f): f is Definition => f.kind === 'definition');
}

function planDefinition(
  direction: Direction,
  fact: Definition,
  all: readonly Definition[],
): CardPlan | undefined {
  const others = all.filter((d) => d.id !== fact.id);
  const tiers = [
    toCandidates(others.filter((d) => d.topic === fact.topic).map(direction.answer)),
    toCandidates(others.filter((d) => d.topic !== fact.topic).map(direction.answer)),
  ];
  const answer = direction.answer(fact);
  const answerKey = normalizeText(answer);
  if (!hasDistinct(tiers, new Set([answerKey]), 2)) return undefined;
  const info = {
    cardId: toCardId(direction.id, fact.id),
    generatorId: direction.id,
    kind: 'single-choice',
    ...describeFactCard(fact),
  } as const;
  const explanation = explainFact(fact);
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem: direction.stem(fact),
        options: toDraftOptions([answer], pickDistinct(rng, tiers, 3, [answerKey])),
        explanation,
        sources: info.subjects,
        difficulty: 1,
      },
      rng,
    );
  return { ...info, build };
}

function createGenerator(direction: Direction): Generator {
  return {
    id: direction.id,
    kind: 'single-choice',
    planCards: (index) => {
      const all = listDefinitions(index);
      return all.flatMap((fact) => planDefinition(direction, fact, all) ?? []);
    },
  };
}

export const definitionMeaningGenerator = createGenerator(directions.meaning);
export const definitionTermGenerator = createGenerator(directions.term);
