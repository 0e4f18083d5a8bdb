/**
 * Sets asked two ways: one member among items that do not belong (one card per member fact),
 * and "(Choose two.)" or "(Choose three.)" members among three that do not (one card per set).
 */
import type { FactSet } from '../../../../content/schema';
import type { Rng } from '../../lib/rng';
import { assembleQuestion, toCandidates, toDraftOptions, type Candidate } from '../build-question';
import { toCardId, type GeneratedCard, type Generator } from '../card-plan';
import { mergeTags, type ContentIndex, type Member } from '../content-index';
import { describeFactNotes, listFactDocs } from '../explain';
import { describePick, normalizeText } from '../text';
import { describeFactCard, describeFactEnding } from './fact-helpers';

const multiId = 'set-multi';
const choiceId = 'set-choice';
/** Wrong options of every card: three, as the exams set them beside one, two or three keys. */
const wrongCount = 3;

/** Members and non-members with distinct labels; non-members never repeat a member's label. */
function splitSet(set: FactSet, index: ContentIndex) {
  const members = [
    ...new Map(
      (index.membersBySet.get(set.id) ?? []).map((m) => [normalizeText(m.label), m]),
    ).values(),
  ];
  const labels = new Set(members.map((m) => normalizeText(m.label)));
  const nonMembers = toCandidates(set.nonMembers).filter((c) => !labels.has(c.key));
  return { members, nonMembers: [...new Map(nonMembers.map((c) => [c.key, c])).values()] };
}

const explainMember = (m: Member) => ({ text: m.label, why: m.why });

/** Pick counts (two of five, or three of six) that the set can fill. */
function listPickCounts(members: number, nonMembers: number): number[] {
  return nonMembers < wrongCount ? [] : [2, 3].filter((k) => k <= members);
}

function planMulti(set: FactSet, index: ContentIndex): GeneratedCard | undefined {
  const { members, nonMembers } = splitSet(set, index);
  const counts = listPickCounts(members.length, nonMembers.length);
  const ask = set.askMany;
  if (counts.length === 0 || ask === undefined) return undefined;
  const info = {
    cardId: toCardId(multiId, set.id),
    generatorId: multiId,
    kind: 'multiple-response',
    topic: set.topic,
    ...mergeTags(members),
    subjects: [{ kind: 'set', id: set.id }],
  } as const;
  const build = (rng: Rng) => {
    const k = rng.pick(counts);
    const chosen = rng.shuffle(members).slice(0, k);
    const note = describeFactNotes(chosen);
    return assembleQuestion(
      info,
      {
        stem: `${ask} ${describePick(k)}`,
        options: toDraftOptions(
          chosen.map(explainMember),
          rng.shuffle(nonMembers).slice(0, wrongCount),
        ),
        takeaway: chosen.map((m) => m.takeaway).join(' '),
        note,
        docs: [set.docs.url, ...listFactDocs(chosen)],
        sources: [...info.subjects, ...chosen.map((m) => ({ kind: 'fact', id: m.id }) as const)],
        difficulty: 2,
      },
      rng,
    );
  };
  return { ...info, build };
}

function planChoice(set: FactSet, member: Member, nonMembers: readonly Candidate[]): GeneratedCard {
  const info = {
    cardId: toCardId(choiceId, member.id),
    generatorId: choiceId,
    kind: 'single-choice',
    ...describeFactCard(member),
  } as const;
  const ending = describeFactEnding(member);
  const build = (rng: Rng) =>
    assembleQuestion(
      info,
      {
        stem: set.ask,
        options: toDraftOptions(
          [explainMember(member)],
          rng.shuffle(nonMembers).slice(0, wrongCount),
        ),
        ...ending,
        docs: [...ending.docs, set.docs.url],
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
  style: 'recall',
  planCards: (index) => index.sets.flatMap((set) => planMulti(set, index) ?? []),
};

export const setChoiceGenerator: Generator = {
  id: choiceId,
  kind: 'single-choice',
  style: 'recall',
  planCards: (index) =>
    index.sets.flatMap((set) => {
      const { members, nonMembers } = splitSet(set, index);
      return nonMembers.length < wrongCount
        ? []
        : members.map((m) => planChoice(set, m, nonMembers));
    }),
};
