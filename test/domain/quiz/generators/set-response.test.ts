import { describe, expect, it } from 'vitest';
import type { FactSet, Topic } from '../../../../content/schema';
import {
  setChoiceGenerator,
  setMultiGenerator,
} from '../../../../src/domain/quiz/generators/set-response';
import { fixtureTopics, pushersSet, triggerFixtureFacts } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

const withSet = (set: FactSet): { topics: Topic[] } => ({
  topics: [{ ...fixtureTopics[0], sets: [set] }],
});
const labels = triggerFixtureFacts.flatMap((f) => (f.kind === 'member' ? [f.label] : []));

describe('set generators', () => {
  it('keep every question invariant for any seed', () => {
    expectInvariantsHold(setChoiceGenerator);
    expectInvariantsHold(setMultiGenerator);
  });

  it('offers one member among three non-members, never a non-member that repeats a member', () => {
    for (const q of buildVariants(setChoiceGenerator, 'set-choice:fx.member-bucket', 40)) {
      expect(q.stem).toBe(pushersSet.ask);
      const { right, wrong } = splitAnswers(q);
      expect(right).toEqual(['A storage bucket']);
      expect(wrong).toHaveLength(3);
      expect(wrong).not.toContain('An API front door');
      for (const o of q.options) expect(o.why.length).toBeGreaterThan(10);
    }
  });

  it('asks for two or three members with the plural question, says how many to choose, and sets three non-members beside them', () => {
    const picks = new Set<number>();
    for (const q of buildVariants(setMultiGenerator, 'set-multi:fx.pushers', 40)) {
      picks.add(q.pick);
      expect(q.stem).toBe(`${pushersSet.askMany} (Choose ${q.pick === 2 ? 'two' : 'three'}.)`);
      expect(splitAnswers(q).right.every((r) => labels.includes(r))).toBe(true);
      expect(q.options).toHaveLength(q.pick + 3);
    }
    expect(picks).toEqual(new Set([2, 3]));
  });

  it('asks no multiple response without a plural question, and no single choice with too few non-members', () => {
    const singular = Object.fromEntries(
      Object.entries(pushersSet).filter(([k]) => k !== 'askMany'),
    ) as unknown as FactSet;
    expect(planWith(setMultiGenerator, withSet(singular))).toEqual([]);
    const few = { ...pushersSet, nonMembers: pushersSet.nonMembers.slice(0, 2) };
    expect(planWith(setChoiceGenerator, withSet(few))).toEqual([]);
  });
});
