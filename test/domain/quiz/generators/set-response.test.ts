import { describe, expect, it } from 'vitest';
import {
  setChoiceGenerator,
  setMultiGenerator,
} from '../../../../src/domain/quiz/generators/set-response';
import { fixtureTopics, pushersSet } from '../fixture-content';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

const members = ['API', 'Bucket', 'Topic'];

describe('set generators', () => {
  it('keep every question invariant for any seed', () => {
    expectInvariantsHold(setMultiGenerator);
    expectInvariantsHold(setChoiceGenerator);
  });

  it('ask "Select TWO" or "Select THREE" members out of five options', () => {
    const variants = buildVariants(setMultiGenerator, 'set-multi:fx.pushers', 60);
    expect(new Set(variants.map((q) => q.pick))).toEqual(new Set([2, 3]));
    for (const q of variants) {
      expect(q.kind).toBe('multiple-response');
      expect(q.options).toHaveLength(5);
      expect(q.stem).toMatch(
        /^Which of these sources pushes events to Lambda\? Select (TWO|THREE)\.$/,
      );
      for (const r of splitAnswers(q).right) expect(members).toContain(r);
    }
  });

  it('never offers a non-member that repeats a member label', () => {
    for (const q of buildVariants(setMultiGenerator, 'set-multi:fx.pushers', 60)) {
      expect(splitAnswers(q).wrong).not.toContain('API');
    }
  });

  it('asks one member among non-members, one card per member fact', () => {
    expect(
      planWith(setChoiceGenerator)
        .map((p) => p.cardId)
        .sort(),
    ).toEqual([
      'set-choice:fx.member-api',
      'set-choice:fx.member-bucket',
      'set-choice:fx.member-topic',
    ]);
    for (const q of buildVariants(setChoiceGenerator, 'set-choice:fx.member-bucket', 20)) {
      expect(splitAnswers(q).right).toEqual(['Bucket']);
      for (const w of splitAnswers(q).wrong)
        expect(['Queue', 'Stream', 'Table stream']).toContain(w);
    }
  });

  it('skips a set without enough non-members to fill five options', () => {
    const set = { ...pushersSet, nonMembers: ['Queue'] };
    const content = { topics: [{ ...fixtureTopics[0], sets: [set] }] };
    expect(planWith(setMultiGenerator, content)).toEqual([]);
    expect(planWith(setChoiceGenerator, content)).toEqual([]);
  });
});
