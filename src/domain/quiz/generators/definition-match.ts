/** A description, and the term it defines among other terms of the same topic. */
import type { Fact } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toDraftOptions, type Explained } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import type { ContentIndex } from '../content-index';
import { normalizeText } from '../text';
import { describeFactCard, describeFactEnding } from './fact-helpers';

type Definition = Extract<Fact, { kind: 'definition' }>;

const id = 'definition-term';
const wrongCount = 3;

/** Another term as a wrong answer, explained by what it does mean. */
function explainOtherTerm(other: Definition): Explained {
  return { text: other.term, why: `${other.term} means something else: ${other.definition}` };
}

function planDefinition(fact: Definition, index: ContentIndex): GeneratedCard | undefined {
  const own = normalizeText(fact.term);
  // Terms of the same topic are the ones a learner confuses; other topics' would be giveaways.
  const others = index.facts.filter(
    (f): f is Definition =>
      f.kind === 'definition' &&
      f.topic === fact.topic &&
      f.id !== fact.id &&
      normalizeText(f.term) !== own,
  );
  if (others.length < wrongCount) return undefined;
  const info = {
    cardId: toCardId(id, fact.id),
    generatorId: id,
    kind: 'single-choice',
    ...describeFactCard(fact),
  } as const;
  const ending = describeFactEnding(fact);
  const stem = `Which term matches this description: “${fact.definition.replace(/\.$/, '')}”?`;
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions(
          [{ text: fact.term, why: fact.why }],
          rng.shuffle(others).slice(0, wrongCount).map(explainOtherTerm),
        ),
        ...ending,
        sources: info.subjects,
        difficulty: 1,
      },
      rng,
    );
  return { ...info, build };
}

export const definitionTermGenerator: Generator = {
  id,
  kind: 'single-choice',
  style: 'recall',
  planCards: (index) =>
    index.facts.flatMap((f) => (f.kind === 'definition' ? (planDefinition(f, index) ?? []) : [])),
};
