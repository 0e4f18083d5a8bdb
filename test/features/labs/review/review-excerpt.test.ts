import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  excerptAround,
  splitTemplateLines,
} from '../../../../src/features/labs/review/review-excerpt';

describe('template excerpts', () => {
  it('counts lines the way the reviewer does, tolerating Windows line ends', () => {
    expect(splitTemplateLines('a\r\nb\nc')).toEqual(['a', 'b', 'c']);
  });

  it('shows two lines either side of the line concerned and marks it', () => {
    const lines = splitTemplateLines('1\n2\n3\n4\n5\n6\n7');
    expect(excerptAround(lines, 4)).toEqual([
      { number: 2, text: '2', target: false },
      { number: 3, text: '3', target: false },
      { number: 4, text: '4', target: true },
      { number: 5, text: '5', target: false },
      { number: 6, text: '6', target: false },
    ]);
    expect(excerptAround(lines, 1).map((l) => l.number)).toEqual([1, 2, 3]);
    expect(excerptAround(lines, 7).map((l) => l.number)).toEqual([5, 6, 7]);
  });

  it('cuts a megabyte-long line down to a readable length', () => {
    const [line] = excerptAround([`{"Resources":${'x'.repeat(1_000_000)}}`], 1);
    expect(line?.text.length).toBeLessThanOrEqual(161);
    expect(line?.text.endsWith('…')).toBe(true);
  });

  it('returns nothing for a line outside the text, and always includes an existing line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -5, max: 40 }),
        (lines, line) => {
          const excerpt = excerptAround(lines, line);
          if (line < 1 || line > lines.length) expect(excerpt).toEqual([]);
          else expect(excerpt.filter((l) => l.target).map((l) => l.number)).toEqual([line]);
        },
      ),
    );
  });
});
