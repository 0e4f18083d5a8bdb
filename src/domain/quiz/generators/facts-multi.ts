/** "Which statements about <topic> are true? Select TWO/THREE.": statements vs misconceptions. */
import type { Fact, Topic } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, hasDistinct, pickDistinct, toDraftOptions } from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import { mergeTags, type ContentIndex } from '../content-index';
import { explainFacts } from '../explain';
import { normalizeText, spellCount } from '../text';

const id = 'facts-multi';
const optionCount = 5;

function listStatementFacts(topic: Topic): Fact[] {
  return [...new Map(topic.facts.map((f) => [normalizeText(f.statement), f])).values()];
}

function planTopic(topic: Topic, index: ContentIndex): CardPlan | undefined {
  const facts = listStatementFacts(topic);
  const tiers = [
    index.misconceptionsIn.get(topic.id) ?? [],
    index.misconceptionsOutside.get(topic.id) ?? [],
  ];
  // Three statements at least, so the correct pair varies between variants.
  if (facts.length < 3 || !hasDistinct(tiers, index.trueStatements, optionCount - 2))
    return undefined;
  const info = {
    cardId: toCardId(id, topic.id),
    generatorId: id,
    kind: 'multiple-response',
    topic: topic.id,
    ...mergeTags(facts),
    subjects: facts.map((f) => ({ kind: 'fact', id: f.id }) as const),
  } as const;
  const build = (rng: Rng) => {
    const kept = rng.pick([2, 3]);
    const chosen = rng.shuffle(facts).slice(0, kept);
    const distractors = pickDistinct(rng, tiers, optionCount - kept, [], index.trueStatements);
    return assembleQuestion(
      info,
      {
        stem: `Which statements about ${topic.title} are true? Select ${spellCount(kept)}.`,
        options: toDraftOptions(
          chosen.map((f) => f.statement),
          distractors,
        ),
        explanation: explainFacts(chosen),
        sources: chosen.map((f) => ({ kind: 'fact', id: f.id }) as const),
        difficulty: 3,
      },
      rng,
    );
  };
  return { ...info, build };
}

export const factsMultiGenerator: Generator = {
  id,
  kind: 'multiple-response',
  planCards: (index) => index.topics.flatMap((topic) => planTopic(topic, index) ?? []),
};
