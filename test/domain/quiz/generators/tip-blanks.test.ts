import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gap, parseTipBlanks, readFigure } from '../../../../src/domain/quiz/generators/tip-blanks';

describe('parseTipBlanks', () => {
  it('reads the answers in order and the plain text', () => {
    const tip = parseTipBlanks('Up to [[5]] layers; use [[Secrets Manager]] for secrets.');
    expect(tip.answers).toEqual(['5', 'Secrets Manager']);
    expect(tip.plain).toBe('Up to 5 layers; use Secrets Manager for secrets.');
    expect(tip.withGap(1)).toBe(`Up to 5 layers; use ${gap} for secrets.`);
  });

  it('puts exactly one gap where the chosen blank was', () => {
    const word = fc.stringMatching(/^[a-z ]{1,12}$/);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (parts, pick) => {
          const text = parts.map(([plain, blank]) => `${plain}[[x${blank}]]`).join('');
          const tip = parseTipBlanks(text);
          const i = pick % parts.length;
          expect(tip.answers).toHaveLength(parts.length);
          expect(tip.withGap(i).split(gap)).toHaveLength(2);
          expect(tip.withGap(i).replace(gap, tip.answers[i] ?? '')).toBe(tip.plain);
        },
      ),
    );
  });
});

describe('readFigure', () => {
  it('reads a number with an optional unit, and nothing else', () => {
    expect(readFigure('10,000')).toEqual({ n: 10000, space: '', unit: '' });
    expect(readFigure('15 minutes')).toEqual({ n: 15, space: ' ', unit: 'minutes' });
    expect(readFigure('250MB')).toEqual({ n: 250, space: '', unit: 'MB' });
    expect(readFigure('us-east-1')).toBeUndefined();
    expect(readFigure('half')).toBeUndefined();
  });
});
