/**
 * Scenarios from the review checklist: a concrete situation, then its consequence (a recall
 * question) or its fix (an exam question, the fix explained by how it works), among plausible
 * consequences and fixes that are wrong for a stated reason.
 */
import type { ChecklistItem, Misconception, Topic } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toCandidates, toDraftOptions, type Explained } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import type { QuestionStyle } from '../question';
import type { ContentIndex, Located } from '../content-index';
import { describeFactNotes, listFactDocs } from '../explain';

const wrongCount = 3;

/** "Replace the API…" reads "replace the API…" after a colon. */
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

type Aspect = Readonly<{
  id: string;
  /**
   * `exam` for a question an exam would ask (which change fixes this, for what the team wants);
   * `recall` for one that only checks the finding is known (its consequence, nothing changed).
   */
  style: QuestionStyle;
  question: string;
  /** The right answer and its reason. */
  answer: (item: ChecklistItem, mechanism: string) => Explained;
  wrong: (item: ChecklistItem) => readonly Misconception[];
  /**
   * What to carry away: the half of the item the question did not ask, never the key's text.
   * A consequence question ends on how the fix works; a fix question on what goes wrong.
   */
  lesson: (item: ChecklistItem) => string;
}>;

const aspects = [
  {
    id: 'checklist-why',
    style: 'recall',
    question: 'What is the most likely consequence?',
    answer: (item, mechanism) => ({ text: item.why, why: mechanism }),
    wrong: (item) => item.wrongImpacts,
    lesson: (item) => item.fixWhy ?? `${item.condition}: ${lowerFirst(item.fix)}`,
  },
  {
    id: 'checklist-fix',
    style: 'exam',
    question: 'Which change should the team make?',
    // how the fix works; an item without one falls back to the problem it removes
    answer: (item) => ({
      text: item.fix,
      why: item.fixWhy ?? `It removes the cause of the problem. ${item.why}`,
    }),
    wrong: (item) => item.wrongFixes,
    lesson: (item) => item.why,
  },
] as const satisfies readonly Aspect[];

function describeItemCard(aspect: Aspect, item: ChecklistItem, topic: Topic) {
  return {
    cardId: toCardId(aspect.id, item.id),
    generatorId: aspect.id,
    kind: 'scenario',
    topic: topic.id,
    exams: item.exams,
    domains: item.domains,
    subjects: [{ kind: 'checklist', id: item.id }],
  } as const;
}

function planItem(
  aspect: Aspect,
  { item, topic }: Located<ChecklistItem>,
  index: ContentIndex,
): GeneratedCard | undefined {
  const wrong = toCandidates(aspect.wrong(item));
  if (wrong.length < wrongCount) return undefined;
  const facts = item.facts.flatMap((f) => index.factById.get(f) ?? []);
  // The facts the item rests on explain why the consequence follows.
  const mechanism = facts[0]?.why ?? item.fix;
  const info = describeItemCard(aspect, item, topic);
  const sources = [...info.subjects, ...facts.map((f) => ({ kind: 'fact', id: f.id }) as const)];
  const stem = `${item.situation} ${aspect.question}`;
  const answer = aspect.answer(item, mechanism);
  const ending = {
    takeaway: aspect.lesson(item),
    note: describeFactNotes(facts),
    docs: [item.docs.url, ...listFactDocs(facts)],
  };
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem,
        options: toDraftOptions([answer], rng.shuffle(wrong).slice(0, wrongCount)),
        ...ending,
        sources,
        difficulty: 3,
      },
      rng,
    );
  return { ...info, build };
}

function createGenerator(aspect: Aspect): Generator {
  return {
    id: aspect.id,
    kind: 'scenario',
    style: aspect.style,
    planCards: (index) =>
      index.checklist.flatMap((located) => planItem(aspect, located, index) ?? []),
  };
}

export const checklistImpactGenerator = createGenerator(aspects[0]);
export const checklistFixGenerator = createGenerator(aspects[1]);
