/** Turns a generator's draft into a Question: option ids, shuffling, uniqueness checks. */
import type { Rng } from '../lib/rng';
import type { Question } from './question';
import { normalizeText } from './text';

export type DraftOption = Readonly<{ text: string; correct: boolean }>;

export type QuestionDraft = Omit<Question, 'options' | 'correct' | 'pick'> &
  Readonly<{
    options: readonly DraftOption[];
    /** Keep the given order (True before False) instead of shuffling. */
    keepOrder?: boolean;
  }>;

const optionIds = 'abcdefghij';

/**
 * Shuffles the options (unless the order is fixed), labels them 'a', 'b'… and records the
 * correct ids. Throws on duplicate texts or a draft without a correct option: both are
 * generator bugs, never content to show.
 */
export function assembleQuestion(draft: QuestionDraft, rng: Rng): Question {
  const seen = new Set<string>();
  for (const o of draft.options) {
    const key = normalizeText(o.text);
    if (seen.has(key)) throw new Error(`${draft.cardId}: duplicate option "${o.text}"`);
    seen.add(key);
  }
  const ordered = draft.keepOrder === true ? [...draft.options] : rng.shuffle(draft.options);
  const options = ordered.map((o, i) => ({ id: optionIds.charAt(i), text: o.text }));
  const correct = options.filter((_, i) => ordered[i]?.correct === true).map((o) => o.id);
  if (correct.length === 0) throw new Error(`${draft.cardId}: no correct option`);
  // Listed field by field so that card metadata spread into a draft never leaks into the question.
  return {
    cardId: draft.cardId,
    kind: draft.kind,
    stem: draft.stem,
    options,
    correct,
    pick: correct.length,
    explanation: draft.explanation,
    sources: draft.sources,
    topic: draft.topic,
    exams: draft.exams,
    domains: draft.domains,
    difficulty: draft.difficulty,
  };
}

/**
 * Picks up to `count` texts from tiers of candidates (earlier tiers first, each shuffled),
 * skipping texts already taken (compared normalized). Adds the picks to `taken`.
 */
export function pickDistinct(
  rng: Rng,
  tiers: readonly (readonly string[])[],
  count: number,
  taken: Set<string>,
): string[] {
  const picked: string[] = [];
  for (const tier of tiers) {
    for (const text of rng.shuffle(tier)) {
      if (picked.length >= count) return picked;
      const key = normalizeText(text);
      if (taken.has(key)) continue;
      taken.add(key);
      picked.push(text);
    }
  }
  return picked;
}

/** The number of distinct texts among candidates, not counting the excluded ones. */
export function countDistinct(candidates: readonly string[], excluded: ReadonlySet<string>): number {
  const keys = new Set(candidates.map(normalizeText));
  for (const key of excluded) keys.delete(key);
  return keys.size;
}

/** Options for a draft: the correct texts, then the distractors. */
export function toDraftOptions(correct: readonly string[], distractors: readonly string[]): DraftOption[] {
  return [
    ...correct.map((text) => ({ text, correct: true })),
    ...distractors.map((text) => ({ text, correct: false })),
  ];
}
