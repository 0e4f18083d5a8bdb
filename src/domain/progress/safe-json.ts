/** Parsing of untrusted JSON (imported files, stored data) with limits checked before parsing. */

export type JsonLimits = Readonly<{
  /** Largest accepted text, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of arrays and objects. */
  maxDepth: number;
}>;

export type JsonError =
  | Readonly<{ kind: 'too-large'; maxBytes: number }>
  | Readonly<{ kind: 'too-deep'; maxDepth: number }>
  | Readonly<{ kind: 'not-json'; detail: string }>
  | Readonly<{ kind: 'forbidden-key'; key: string }>;

export type JsonResult =
  Readonly<{ ok: true; value: unknown }> | Readonly<{ ok: false; error: JsonError }>;

/** Keys that could reach an object's prototype when the parsed data is spread or merged. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(`forbidden key ${key}`);
  }
}

/**
 * Parses JSON that may be hostile: rejects text over `maxBytes` or nested deeper than
 * `maxDepth` before `JSON.parse` runs (so neither memory nor the stack can be exhausted),
 * and rejects any `__proto__`, `constructor` or `prototype` key while parsing. Never throws.
 */
export function parseJsonSafely(text: string, limits: JsonLimits): JsonResult {
  const scan = scanJson(text, limits);
  if (scan !== null) return { ok: false, error: scan };
  try {
    const value: unknown = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return value;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKeyError)
      return { ok: false, error: { kind: 'forbidden-key', key: error.key } };
    return {
      ok: false,
      error: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** One pass over the text: UTF-8 size and bracket depth outside strings. */
function scanJson(text: string, limits: JsonLimits): JsonError | null {
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so short texts skip the byte count.
  const countBytes = text.length * 3 > limits.maxBytes;
  if (text.length > limits.maxBytes) return { kind: 'too-large', maxBytes: limits.maxBytes };
  let bytes = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limits.maxDepth) return { kind: 'too-deep', maxDepth: limits.maxDepth };
    } else if (c === 0x5d || c === 0x7d) depth--;
    if (countBytes) {
      const pair = isHighSurrogate(c) && isLowSurrogate(text.charCodeAt(i + 1));
      // A surrogate pair is one 4-byte character; its low half is never a bracket or quote.
      if (pair) i++;
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
      if (bytes > limits.maxBytes) return { kind: 'too-large', maxBytes: limits.maxBytes };
    }
  }
  return null;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
