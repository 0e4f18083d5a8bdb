import { describe, expect, it } from 'vitest';
import type { ChecklistItem, Topic } from '../../../../content/schema';
import {
  checklistFixGenerator,
  checklistImpactGenerator,
} from '../../../../src/domain/quiz/generators/checklist-scenario';
import { fixtureChecklist, fixtureContent, triggerFixtureFacts } from '../fixture-content';
import { buildVariants, expectInvariantsHold, splitAnswers } from '../generator-harness';

const visibility = fixtureChecklist[0];
const packageItem = fixtureChecklist[2];
const packageFixWhy =
  'A smaller package has less to download and unpack for each new execution environment, so every cold start is shorter.';

/** The fixture with the large-package item explaining how its fix works. */
const withFixWhy = {
  topics: fixtureContent.topics.map((t): Topic => ({
    ...t,
    checklist: t.checklist.map((item): ChecklistItem =>
      item.id === packageItem.id ? { ...item, fixWhy: packageFixWhy } : item,
    ),
  })),
};

describe('checklist scenario generators', () => {
  it('keep every question invariant for any seed', () => {
    expectInvariantsHold(checklistImpactGenerator);
    expectInvariantsHold(checklistFixGenerator);
    expectInvariantsHold(checklistFixGenerator, withFixWhy);
  });

  it('ask for the consequence as recall, and for the fix as an exam question', () => {
    expect(checklistImpactGenerator.style).toBe('recall');
    expect(checklistFixGenerator.style).toBe('exam');
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
      expect(right).toEqual([packageItem.fix]);
      expect(wrong.sort()).toEqual(packageItem.wrongFixes.map((w) => w.text).sort());
      expect(q.options.map((o) => o.text)).not.toContain('Critical');
    }
  });

  it('explain the fix by how it works, when the item says so', () => {
    for (const q of buildVariants(
      checklistFixGenerator,
      'checklist-fix:fx.check-package',
      5,
      withFixWhy,
    )) {
      const key = q.options.find((o) => q.correct.includes(o.id));
      expect(key?.why).toBe(packageFixWhy);
    }
  });

  it('fall back to the problem the fix removes for an item that does not say how it works', () => {
    const [q] = buildVariants(checklistFixGenerator, 'checklist-fix:fx.check-package', 1);
    const key = q?.options.find((o) => q.correct.includes(o.id));
    expect(key?.why).toBe(`It removes the cause of the problem. ${packageItem.why}`);
  });

  it('end on the half of the item the question did not ask, never on the key’s own words', () => {
    for (const q of buildVariants(checklistFixGenerator, 'checklist-fix:fx.check-package', 5)) {
      expect(q.takeaway).toBe(packageItem.why);
      expect(q.takeaway).not.toContain(packageItem.fix);
    }
    for (const q of buildVariants(
      checklistImpactGenerator,
      'checklist-why:fx.check-package',
      5,
      withFixWhy,
    ))
      expect(q.takeaway).toBe(packageFixWhy);
    const [q] = buildVariants(checklistImpactGenerator, 'checklist-why:fx.check-visibility', 1);
    expect(q?.takeaway).toBe(
      `${visibility.condition}: ${visibility.fix.charAt(0).toLowerCase()}${visibility.fix.slice(1)}`,
    );
    expect(q?.takeaway).not.toBe(visibility.why);
  });
});
