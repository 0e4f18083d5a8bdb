import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { memoizeByText } from '../../../src/domain/lib/memoize';

describe('memoizeByText', () => {
  it('calls the function once per distinct text and returns its result every time', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 })), (texts) => {
        const calls: string[] = [];
        const length = memoizeByText((text) => {
          calls.push(text);
          return { length: text.length };
        });
        for (const text of [...texts, ...texts])
          expect(length(text)).toEqual({ length: text.length });
        expect(calls).toEqual([...new Set(texts)]);
        for (const text of texts) expect(length(text)).toBe(length(text));
      }),
    );
  });

  it('keeps an undefined result instead of calling again', () => {
    let calls = 0;
    const nothing = memoizeByText(() => {
      calls += 1;
      return undefined;
    });
    nothing('a');
    nothing('a');
    expect(calls).toBe(1);
  });
});
