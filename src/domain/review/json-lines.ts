/**
 * One linear pass over a JSON text that measures its nesting depth and records the line
 * of every object key (JSON.parse gives values but no positions). Runs before JSON.parse,
 * so a deeply nested document is refused without recursion.
 */

/** Separator of path segments in line-map keys (cannot occur in template keys we look up). */
export const PATH_SEPARATOR = '\u001f';

/** Line maps only go this deep: findings never point further down. */
const MAX_RECORDED_DEPTH = 12;

type Frame =
  { kind: 'object'; key: string | null; expectKey: boolean } | { kind: 'array'; index: number };

export type JsonScan =
  | Readonly<{ ok: true; lines: ReadonlyMap<string, number> }>
  | Readonly<{ ok: false; depth: number; line: number }>;

function endOfString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i;
}

function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw.slice(1, -1);
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw.slice(1, -1);
  }
}

function pathOf(stack: readonly Frame[], key: string): string {
  const parts = stack
    .slice(0, -1)
    .map((f) => (f.kind === 'array' ? String(f.index) : (f.key ?? '')));
  return [...parts, key].join(PATH_SEPARATOR);
}

/**
 * @param text a JSON document
 * @param maxDepth deepest nesting of objects and arrays accepted
 */
export function scanJson(text: string, maxDepth: number): JsonScan {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const top = stack[stack.length - 1];
    if (ch === '\n') line++;
    else if (ch === '"') {
      const end = endOfString(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        top.key = decodeKey(text.slice(i, end + 1));
        if (stack.length <= MAX_RECORDED_DEPTH) lines.set(pathOf(stack, top.key), line);
      }
      i = end;
    } else if (ch === '{' || ch === '[') {
      stack.push(
        ch === '{' ? { kind: 'object', key: null, expectKey: true } : { kind: 'array', index: 0 },
      );
      if (stack.length > maxDepth) return { ok: false, depth: stack.length, line };
    } else if (ch === '}' || ch === ']') stack.pop();
    else if (ch === ':' && top?.kind === 'object') top.expectKey = false;
    else if (ch === ',' && top !== undefined) {
      if (top.kind === 'object') top.expectKey = true;
      else top.index++;
    }
  }
  return { ok: true, lines };
}
