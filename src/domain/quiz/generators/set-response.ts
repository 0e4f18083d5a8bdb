/**
 * Sets asked two ways: "Select TWO/THREE" members among non-members (one card per set), and
 * one member among non-members (one card per member fact).
 */
import type { Fact, FactSet } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import {
  assembleQuestion,
  pickDistinct,
  toCandidates,
  toDraftOptions,
  type Candidate,
} from '../build-question';
import { toCardId, type CardPlan, type Generator } from '../card-plan';
import { mergeTags, type ContentIndex } from '../content-index';
import { joinSentences } from '../explain';
import { normalizeText, spellCount } from '../text';
import { describeFactCard } from './fact-helpers';

type Member = Extract<Fact, { kind: 'member' }>;

const multiId = 'set-multi';
const choiceId = 'set-choice';
const optionCount = 5;

/** Members and non-members with distinct labels; non-members never repeat a member's label. */
function splitSet(set: FactSet, index: ContentIndex) {
  const members = [
    ...new Map(
      (index.membersBySet.get(set.id) ?? []).map((m) => [normalizeText(m.label), m]),
    ).values(),
  ];
  const labels = new Set(members.map((m) => normalizeText(m.label)));
  const nonMembers = [...new Map(set.nonMembers.map((n) => [normalizeText(n), n])).entries()]
    .filter(([key]) => !labels.has(key))
    .map(([, text]) => text);
  return { members, nonMembers };
}

function explainSet(set: FactSet, members: readonly Member[]): string {
  return joinSentences([
    `${set.title}: ${members.map((m) => m.label).join(', ')}`,
    ...members.map((m) => m.statement),
  ]);
}

/** Pick counts (2 or 3 correct of 5) that the set can fill. */
function listPickCounts(members: number, nonMembers: number): number[] {
  return [2, 3].filter((k) => k <= members && optionCount - k <= nonMembers);
}

function planMulti(set: FactSet, index: ContentIndex): CardPlan | undefined {
  const { members, nonMembers } = splitSet(set, index);
  const counts = listPickCounts(members.length, nonMembers.length);
  if (counts.length === 0) return undefined;
  const info = {
    cardId: toCardId(multiId, set.id),
    generatorId: multiId,
    kind: 'multiple-response',
    topic: set.topic,
    ...mergeTags(members),
    subjects: [{ kind: 'set', id: set.id }],
  } as const;
  const explanation = explainSet(set, members);
  const build = (rng: Rng) => {
    const k = rng.pick(counts);
    const chosen = rng.shuffle(members).slice(0, k);
    return assembleQuestion(
      info,
      {
        stem: `${set.ask} Select ${spellCount(k)}.`,
        options: toDraftOptions(
          chosen.map((m) => m.label),
          rng.shuffle(nonMembers).slice(0, optionCount - k),
        ),
        explanation,
        sources: [...info.subjects, ...chosen.map((m) => ({ kind: 'fact', id: m.id }) as const)],
        difficulty: 3,
      },
      rng,
    );
  };
  return { ...info, build };
}

function planChoice(set: FactSet, member: Member, nonMembers: readonly Candidate[]): CardPlan {
  const info = {
    cardId: toCardId(choiceId, member.id),
    generatorId: choiceId,
    kind: 'single-choice',
    ...describeFactCard(member),
  } as const;
  const explanation = joinSentences([
    member.statement,
    `The other options do not belong to "${set.title}"`,
  ]);
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem: set.ask,
        options: toDraftOptions(
          [member.label],
          pickDistinct(rng, [nonMembers], 3, [normalizeText(member.label)]),
        ),
        explanation,
        sources: [...info.subjects, { kind: 'set', id: set.id }],
        difficulty: 1,
      },
      rng,
    );
  return { ...info, build };
}

export const setMultiGenerator: Generator = {
  id: multiId,
  kind: 'multiple-response',
  planCards: (index) => index.sets.flatMap((set) => planMulti(set, index) ?? []),
};

export const setChoiceGenerator: Generator = {
  id: choiceId,
  kind: 'single-choice',
  planCards: (index) =>
    index.sets.flatMap((set) => {
      const { members, nonMembers } = splitSet(set, index);
      const candidates = toCandidates(nonMembers);
      return nonMembers.length < 2 ? [] : members.map((m) => planChoice(set, m, candidates));
    }),
};
