import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PATH_SEPARATOR, scanJson } from '../../../src/domain/review/json-lines';

function depthOf(value: unknown): number {
  if (Array.isArray(value)) return 1 + Math.max(0, ...value.map(depthOf));
  if (typeof value === 'object' && value !== null)
    return 1 + Math.max(0, ...Object.values(value).map(depthOf));
  return 0;
}

describe('scanJson', () => {
  it('records the line of each key in pretty-printed JSON', () => {
    const scan = scanJson(
      '{\n  "Resources": {\n    "Q": {\n      "Type": "x"\n    }\n  },\n  "List": [{"k": 1}]\n}',
      10,
    );
    expect(scan.ok && scan.lines.get(['Resources', 'Q', 'Type'].join(PATH_SEPARATOR))).toBe(4);
    expect(scan.ok && scan.lines.get(['List', '0', 'k'].join(PATH_SEPARATOR))).toBe(7);
  });

  it('decodes escaped keys and skips brackets inside strings', () => {
    const scan = scanJson('{"a\\u0062": "[[[{{{", "c": 1}', 2);
    expect(scan.ok && [...scan.lines.keys()]).toEqual(['ab', 'c']);
  });

  it('measures the nesting depth of any JSON value exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        const scan = scanJson(JSON.stringify(value), limit);
        expect(scan.ok).toBe(depthOf(value) <= limit);
      }),
      { numRuns: 300 },
    );
  });
});
