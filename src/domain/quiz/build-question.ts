/** Turns a generator's draft into a Question: option ids, shuffling, uniqueness checks. */
import type { Rng } from '../lib/rng';
import type { CardInfo, Question } from './question';
import { normalizeText } from './text';

/** An option before shuffling: its text, whether it is right, and its own explanation. */
export type DraftOption = Readonly<{ text: string; correct: boolean; why: string }>;

/** What a generator decides for one variant; the card supplies the rest. */
export type QuestionParts = Readonly<{
  stem: string;
  options: readonly DraftOption[];
  takeaway: string;
  note?: string | undefined;
  docs: readonly string[];
  sources: Question['sources'];
  difficulty: Question['difficulty'];
  /** Keep the given order (True before False) instead of shuffling. */
  keepOrder?: boolean;
}>;

const optionIds = 'abcdefghij';

/**
 * Shuffles the options (unless the order is fixed), labels them 'a', 'b'… and records the
 * correct ids. Throws on duplicate texts or a draft without a correct option: both are
 * generator bugs, never content to show.
 */
export function assembleQuestion(
  card: Omit<CardInfo, 'style'>,
  draft: QuestionParts,
  rng: Rng,
): Question {
  const ordered = draft.keepOrder === true ? draft.options : rng.shuffle(draft.options);
  const options: { id: string; text: string; why: string }[] = [];
  const correct: string[] = [];
  // Generators compare normalized keys when they pick; this only guards against a plain repeat.
  const seen = new Set<string>();
  ordered.forEach((o, i) => {
    if (seen.has(o.text)) throw new Error(`${card.cardId}: duplicate option "${o.text}"`);
    seen.add(o.text);
    const id = optionIds.charAt(i);
    options.push({ id, text: o.text, why: o.why });
    if (o.correct) correct.push(id);
  });
  if (correct.length === 0) throw new Error(`${card.cardId}: no correct option`);
  // Field by field, not spread: card metadata must not leak in, and spreading into a literal
  // with extra properties is a slow path in V8 that dominated bank generation.
  const question: Question = {
    cardId: card.cardId,
    kind: card.kind,
    stem: draft.stem,
    options,
    correct,
    pick: correct.length,
    takeaway: draft.takeaway,
    docs: [...new Set(draft.docs)],
    sources: draft.sources,
    topic: card.topic,
    exams: card.exams,
    domains: card.domains,
    difficulty: draft.difficulty,
  };
  return draft.note === undefined ? question : { ...question, note: draft.note };
}

/**
 * A candidate wrong option with its reason and its comparison key, computed once when a card is
 * planned.
 */
export type Candidate = Readonly<{ text: string; why: string; key: string }>;

/** Candidates for misconception-like items, keyed by their normalized text. */
export function toCandidates(
  items: readonly Readonly<{ text: string; why: string }>[],
): Candidate[] {
  return items.map(({ text, why }) => ({ text, why, key: normalizeText(text) }));
}

/**
 * Picks up to `count` candidates from tiers of candidates (earlier tiers first, random within a
 * tier), never one whose key is in `used` or `excluded`, nor the same key twice.
 */
export function pickDistinct(
  rng: Rng,
  tiers: readonly (readonly Candidate[])[],
  count: number,
  used: readonly string[],
  excluded: ReadonlySet<string> = new Set(),
): Candidate[] {
  const taken = new Set(used);
  const picked: Candidate[] = [];
  const take = (c: Candidate) => {
    if (taken.has(c.key) || excluded.has(c.key)) return;
    taken.add(c.key);
    picked.push(c);
  };
  for (const tier of tiers) {
    // Random draws first (cheap on long tiers), then one sweep from a random start so that a
    // tier with few usable candidates still yields all of them.
    for (let tries = 0; tries < 2 * count && picked.length < count && tier.length > 0; tries++) {
      take(tier[rng.int(0, tier.length - 1)] as Candidate);
    }
    const start = tier.length > 0 ? rng.int(0, tier.length - 1) : 0;
    for (let i = 0; i < tier.length && picked.length < count; i++)
      take(tier[(start + i) % tier.length] as Candidate);
  }
  return picked;
}

/** An explained text: an option before it is marked right or wrong. */
export type Explained = Readonly<{ text: string; why: string }>;

/** Options for a draft: the correct ones, then the distractors, each with its reason. */
export function toDraftOptions(
  correct: readonly Explained[],
  distractors: readonly Explained[],
): DraftOption[] {
  return [
    ...correct.map(({ text, why }) => ({ text, why, correct: true })),
    ...distractors.map(({ text, why }) => ({ text, why, correct: false })),
  ];
}
