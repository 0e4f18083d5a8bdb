import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonSafely } from '../../../src/domain/progress/safe-json';

const LIMITS = { maxBytes: 1000, maxDepth: 8 };

describe('parseJsonSafely', () => {
  it('parses ordinary JSON', () => {
    expect(parseJsonSafely('{"a":[1,{"b":"]}"}]}', LIMITS)).toEqual({
      ok: true,
      value: { a: [1, { b: ']}' }] },
    });
  });

  it('refuses __proto__, constructor and prototype keys at any depth', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const result = parseJsonSafely(`{"a":{"b":[{"${key}":{"polluted":true}}]}}`, LIMITS);
      expect(result).toEqual({ ok: false, error: { kind: 'forbidden-key', key } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts the forbidden words as values and inside longer keys', () => {
    expect(parseJsonSafely('{"constructors":"__proto__"}', LIMITS).ok).toBe(true);
  });

  it('refuses text over the byte limit, counting UTF-8 bytes', () => {
    expect(parseJsonSafely(`"${'a'.repeat(998)}"`, LIMITS).ok).toBe(true);
    expect(parseJsonSafely(`"${'a'.repeat(999)}"`, LIMITS)).toEqual({
      ok: false,
      error: { kind: 'too-large', maxBytes: 1000 },
    });
    // 333 × 3-byte "€" plus quotes = 1001 bytes although only 335 characters.
    expect(parseJsonSafely(`"${'€'.repeat(333)}"`, LIMITS).ok).toBe(false);
    // 249 × 4-byte emoji plus quotes = 998 bytes in 500 characters.
    expect(parseJsonSafely(`"${'😀'.repeat(249)}"`, LIMITS).ok).toBe(true);
  });

  it('refuses nesting deeper than the limit before parsing, ignoring brackets in strings', () => {
    expect(parseJsonSafely('['.repeat(8) + ']'.repeat(8), LIMITS).ok).toBe(true);
    expect(parseJsonSafely('['.repeat(9) + ']'.repeat(9), LIMITS)).toEqual({
      ok: false,
      error: { kind: 'too-deep', maxDepth: 8 },
    });
    expect(parseJsonSafely(`["${'['.repeat(50)}\\"["]`, LIMITS).ok).toBe(true);
    expect(parseJsonSafely('['.repeat(1_000_000), { maxBytes: 2_000_000, maxDepth: 64 }).ok).toBe(
      false,
    );
  });

  it('reports text that is not JSON', () => {
    expect(parseJsonSafely('{"a":', LIMITS)).toMatchObject({
      ok: false,
      error: { kind: 'not-json' },
    });
  });

  it('never throws and agrees with JSON.parse on what it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const result = parseJsonSafely(text, { maxBytes: 10_000, maxDepth: 64 });
        if (result.ok) expect(result.value).toEqual(JSON.parse(text));
      }),
    );
  });
});
