import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  containsNumber,
  describePick,
  extractNumbers,
  formatNumber,
  formatQuantity,
  normalizeText,
  spellCount,
} from '../../../src/domain/quiz/text';

describe('text helpers', () => {
  it('normalizes case, spacing and a trailing full stop', () => {
    expect(normalizeText('  Shared   pool. ')).toBe(normalizeText('shared pool'));
  });

  it('gives every text its own normal form, the same on every call', () => {
    const reference = (t: string) => t.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('A', 'b', ' ', '.', '\t', 'É') })),
        (texts) => {
          for (const text of [...texts, ...texts])
            expect(normalizeText(text)).toBe(reference(text));
        },
      ),
    );
  });

  it('formats numbers and quantities as the document writes them', () => {
    expect(formatNumber(1000)).toBe('1,000');
    expect(formatNumber(10240)).toBe('10,240');
    expect(formatNumber(0.2)).toBe('0.2');
    expect(formatQuantity({ kind: 'exact', n: 5, unit: 'count' })).toBe('5');
    expect(formatQuantity({ kind: 'exact', n: 250, unit: 'MB' })).toBe('250 MB');
    expect(formatQuantity({ kind: 'range', min: 50, max: 200, unit: 'ms' })).toBe('50–200 ms');
  });

  it('reads every number of a text', () => {
    expect(extractNumbers('FIFO queues allow at most 10; standard 10,000 and 0.5 s')).toEqual([
      10, 10000, 0.5,
    ]);
  });

  it('spells the pick count the way the exams do', () => {
    expect(spellCount(2)).toBe('two');
    expect(spellCount(3)).toBe('three');
    expect(describePick(2)).toBe('(Choose two.)');
  });

  it('tells a stated figure from a digit inside a name', () => {
    expect(containsNumber('A function can use 5 layers.')).toBe(true);
    expect(containsNumber('Java 11 and later')).toBe(true);
    expect(containsNumber('Deploy in us-east-1 and read from S3 or EC2.')).toBe(false);
  });
});
