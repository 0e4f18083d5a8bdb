import { describe, expect, it } from 'vitest';
import {
  checklistFixGenerator,
  checklistSeverityGenerator,
  checklistWhyGenerator,
} from '../../../../src/domain/quiz/generators/checklist-scenario';
import { buildVariants, expectInvariantsHold, planWith, splitAnswers } from '../generator-harness';

describe('checklist scenario generators', () => {
  it('keep every question invariant for any seed', () => {
    expectInvariantsHold(checklistSeverityGenerator);
    expectInvariantsHold(checklistFixGenerator);
    expectInvariantsHold(checklistWhyGenerator);
  });

  it('ask the severity of a finding with the three severities in checklist order', () => {
    const [q] = buildVariants(
      checklistSeverityGenerator,
      'checklist-severity:fx.check-async-dlq',
      1,
    );
    expect(q?.kind).toBe('scenario');
    expect(q?.stem).toContain('"No DLQ or destination for async failures"');
    expect(q?.options.map((o) => o.text)).toEqual(['Critical', 'Warning', 'Suggestion']);
    expect(q && splitAnswers(q).right).toEqual(['Warning']);
  });

  it('never offers the fix of an item that rests on the same facts', () => {
    for (const q of buildVariants(
      checklistFixGenerator,
      'checklist-fix:fx.check-async-errors',
      60,
    )) {
      expect(splitAnswers(q).right).toEqual(['Add an on-failure destination']);
      expect(splitAnswers(q).wrong).not.toContain('Add an on-failure destination or a DLQ');
    }
  });

  it('asks why a finding matters, among the reasons of unrelated items', () => {
    for (const q of buildVariants(checklistWhyGenerator, 'checklist-why:fx.check-package', 30)) {
      expect(splitAnswers(q).right).toEqual(['Cold starts get slower']);
      expect(q.sources).toEqual([{ kind: 'checklist', id: 'fx.check-package' }]);
    }
  });

  it('plans one card of each aspect per checklist item', () => {
    for (const generator of [
      checklistSeverityGenerator,
      checklistFixGenerator,
      checklistWhyGenerator,
    ]) {
      expect(planWith(generator)).toHaveLength(5);
    }
  });
});
