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

/** A candidate option with its comparison key, computed once when a card is planned. */
export type Candidate = Readonly<{ text: string; key: string }>;

/** Candidates for texts, keyed by their normalized form. */
export function toCandidates(texts: readonly string[]): Candidate[] {
  return texts.map((text) => ({ text, key: normalizeText(text) }));
}

/**
 * Picks up to `count` texts from tiers of candidates (earlier tiers first, random within a
 * tier), never one whose key is in `used` or `excluded`, nor the same key twice.
 */
export function pickDistinct(
  rng: Rng,
  tiers: readonly (readonly Candidate[])[],
  count: number,
  used: readonly string[],
  excluded: ReadonlySet<string> = new Set(),
): string[] {
  const taken = new Set(used);
  const picked: string[] = [];
  for (const tier of tiers) {
    // A lazy Fisher–Yates: only as many swaps as picks are needed.
    const pool = [...tier];
    for (let i = 0; i < pool.length && picked.length < count; i++) {
      const j = rng.int(i, pool.length - 1);
      const c = pool[j] as Candidate;
      pool[j] = pool[i] as Candidate;
      if (taken.has(c.key) || excluded.has(c.key)) continue;
      taken.add(c.key);
      picked.push(c.text);
    }
  }
  return picked;
}

/** The number of distinct keys among candidates, not counting the excluded ones. */
export function countDistinct(candidates: readonly Candidate[], excluded: ReadonlySet<string>): number {
  return new Set(candidates.map((c) => c.key).filter((key) => !excluded.has(key))).size;
}

/** Options for a draft: the correct texts, then the distractors. */
export function toDraftOptions(correct: readonly string[], distractors: readonly string[]): DraftOption[] {
  return [
    ...correct.map((text) => ({ text, correct: true })),
    ...distractors.map((text) => ({ text, correct: false })),
  ];
}
