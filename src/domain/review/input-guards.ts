/**
 * Cheap checks run before any parsing, so that hostile input (huge, binary, absurdly
 * nested) is refused in linear time instead of reaching the YAML composer.
 */
import type { TemplateError } from './review-types';

/** UTF-8 length of a string, counting a surrogate pair as one 4-byte character. */
export function measureUtf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export function checkSize(text: string, maxBytes: number): TemplateError | null {
  // UTF-8 never takes fewer bytes than UTF-16 code units, so a long string is refused unmeasured.
  const bytes = text.length > maxBytes ? text.length : measureUtf8Bytes(text);
  if (bytes <= maxBytes) return null;
  const measured =
    text.length > maxBytes ? `more than ${formatBytes(maxBytes)}` : formatBytes(bytes);
  return {
    kind: 'too-large',
    message: `The template is ${measured}; the limit is ${formatBytes(maxBytes)}.`,
  };
}

function formatBytes(bytes: number): string {
  return `${bytes.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;
}

/** NUL bytes, or more than 1% control or replacement characters in the first 8 KB. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.01;
}

const BLOCK_SCALAR_END = /(?:^|[\s:-])[|>][+\-0-9]*\s*(?:#.*)?$/;

/** Skips a quoted scalar starting at `i` (at the quote); returns the index after it. */
function skipQuoted(line: string, i: number): number {
  const quote = line[i];
  let j = i + 1;
  while (j < line.length) {
    if (quote === '"' && line[j] === '\\') j += 2;
    else if (line[j] === quote) {
      if (quote === "'" && line[j + 1] === "'") j += 2;
      else return j + 1;
    } else j++;
  }
  return j;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/**
 * Tracks flow brackets on one line; returns the deepest flow level reached (stopping once it
 * passes `stopAt`), the level at the end of the line, and how many flow items it opened or separated.
 */
function scanFlow(
  content: string,
  start: number,
  flow: number,
  stopAt: number,
): { max: number; flow: number; items: number } {
  let max = flow;
  let items = 0;
  let prev = ' ';
  for (let i = start; i < content.length && max <= stopAt;) {
    const ch = content[i] as string;
    if (ch === '#' && (i === 0 || isSpace(content[i - 1]))) break;
    if (ch === '"' || ch === "'") {
      i = skipQuoted(content, i);
      prev = 'x';
      continue;
    }
    // Outside flow context a bracket only opens a collection where a value starts.
    const opens = (ch === '[' || ch === '{') && (flow > 0 || ' :,-?[{'.includes(prev));
    if (opens) {
      max = Math.max(max, ++flow);
      items++;
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
    else if (ch === ',' && flow > 0) items++;
    if (!isSpace(ch)) prev = ch;
    i++;
  }
  return { max, flow, items };
}

export type YamlShape = Readonly<{ depth: number; values: number; flowItems: number }>;

/**
 * Upper-bound estimates of a YAML document's nesting depth (from indentation, inline `- `
 * indicators and flow brackets) and number of values (lines and flow items), skipping block
 * scalars and comments. Stops early once either passes its limit.
 */
export function estimateYamlShape(text: string, depthLimit: number, valueLimit: number): YamlShape {
  const indents: number[] = [];
  let flow = 0;
  let blockParent: number | null = null;
  let depth = 0;
  let values = 0;
  let flowItems = 0;
  for (const raw of text.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const content = line.trimStart();
    const indent = line.length - content.length;
    if (blockParent !== null && (content === '' || indent > blockParent)) continue;
    blockParent = null;
    if (content === '' || content.startsWith('#')) continue;
    if (flow === 0) {
      while (indents.length > 0 && (indents[indents.length - 1] as number) >= indent) indents.pop();
      indents.push(indent);
    }
    let i = 0;
    let inline = 0;
    while (
      flow === 0 &&
      (content[i] === '-' || content[i] === '?') &&
      (i + 1 === content.length || content[i + 1] === ' ')
    ) {
      inline++;
      i += 2;
      while (content[i] === ' ') i++;
    }
    const scanned = scanFlow(content, i, flow, depthLimit - indents.length - inline);
    flow = scanned.flow;
    depth = Math.max(depth, indents.length + inline + scanned.max);
    values += 1 + inline + scanned.items;
    flowItems += scanned.items;
    if (depth > depthLimit || values > valueLimit) break;
    if (flow === 0 && BLOCK_SCALAR_END.test(content)) blockParent = indent;
  }
  return { depth, values, flowItems };
}
