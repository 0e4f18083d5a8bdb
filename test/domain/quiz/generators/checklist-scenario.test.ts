import { describe, expect, it } from 'vitest';
import {
  checklistFixGenerator,
  checklistImpactGenerator,
} from '../../../../src/domain/quiz/generators/checklist-scenario';
import { fixtureChecklist, triggerFixtureFacts } from '../fixture-content';
import { buildVariants, expectInvariantsHold, splitAnswers } from '../generator-harness';

const visibility = fixtureChecklist[0];

describe('checklist scenario generators', () => {
  it('keep every question invariant for any seed', () => {
    expectInvariantsHold(checklistImpactGenerator);
    expectInvariantsHold(checklistFixGenerator);
  });

  it('set out the situation, then ask for the consequence among the item’s wrong consequences', () => {
    for (const q of buildVariants(
      checklistImpactGenerator,
      'checklist-why:fx.check-visibility',
      20,
    )) {
      expect(q.stem).toBe(`${visibility.situation} What is the most likely consequence?`);
      const { right, wrong } = splitAnswers(q);
      expect(right).toEqual([visibility.why]);
      expect(wrong.sort()).toEqual(visibility.wrongImpacts.map((w) => w.text).sort());
      expect(q.kind).toBe('scenario');
      expect(q.difficulty).toBe(3);
    }
  });

  it('explain the consequence by the fact the item rests on', () => {
    const [q] = buildVariants(checklistImpactGenerator, 'checklist-why:fx.check-visibility', 1);
    const key = q?.options.find((o) => q.correct.includes(o.id));
    expect(key?.why).toBe(triggerFixtureFacts[1].why);
  });

  it('ask for the fix among fixes that do not remove the cause, never for a severity label', () => {
    for (const q of buildVariants(checklistFixGenerator, 'checklist-fix:fx.check-package', 20)) {
      const { right, wrong } = splitAnswers(q);
      expect(right).toEqual([fixtureChecklist[2].fix]);
      expect(wrong.sort()).toEqual(fixtureChecklist[2].wrongFixes.map((w) => w.text).sort());
      expect(q.options.map((o) => o.text)).not.toContain('Critical');
    }
  });
});
