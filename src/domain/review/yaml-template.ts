/**
 * YAML → plain JSON-like values, with CloudFormation's short-form tags turned into their
 * long form (`!Ref X` → `{ Ref: X }`, `!GetAtt A.B` → `{ 'Fn::GetAtt': ['A', 'B'] }`), so
 * YAML and JSON templates look the same to the reviewer. Aliases are expanded under a
 * budget and nesting is bounded, so an alias bomb or a deep document fails fast.
 * Short forms: https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type CollectionTag,
  type Document,
  type ScalarTag,
} from 'yaml';
import { PATH_SEPARATOR } from './json-lines';
import type { JsonObject, ParseLimits, TemplateError } from './review-types';

const INTRINSICS = [
  'Ref',
  'Condition',
  'GetAtt',
  'Sub',
  'If',
  'Join',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'Equals',
  'Not',
  'And',
  'Or',
  'Base64',
  'GetAZs',
  'Cidr',
  'Transform',
  'ToJsonString',
  'Length',
] as const;

/** One scalar, one sequence and one mapping form of every short-form tag, each kept as written. */
export const CFN_YAML_TAGS: readonly (ScalarTag | CollectionTag)[] = INTRINSICS.flatMap((name) => [
  { tag: `!${name}`, resolve: (value: string) => value } satisfies ScalarTag,
  { tag: `!${name}`, collection: 'seq', resolve: (value) => value } satisfies CollectionTag,
  { tag: `!${name}`, collection: 'map', resolve: (value) => value } satisfies CollectionTag,
]);

const LONG_NAMES: ReadonlyMap<string, string> = new Map(
  INTRINSICS.map((name) => [
    `!${name}`,
    name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`,
  ]),
);

/** Depth below which key lines are recorded; findings never point deeper. */
const MAX_RECORDED_DEPTH = 12;

export class TemplateLimitError extends Error {
  constructor(readonly detail: TemplateError) {
    super(detail.message);
  }
}

type ConvertState = {
  doc: Document;
  counter: LineCounter;
  limits: ParseLimits;
  nodes: number;
  aliases: number;
  lines: Map<string, number>;
};

function toLongForm(tag: string | undefined, value: unknown): unknown {
  const name = tag === undefined ? undefined : LONG_NAMES.get(tag);
  if (name === undefined) return value;
  if (name === 'Fn::GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return { [name]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
  }
  return { [name]: value ?? '' };
}

function keyOf(key: unknown): string {
  if (isScalar(key)) return String(key.value ?? '');
  return key === null || key === undefined ? '' : JSON.stringify(key);
}

function lineAt(state: ConvertState, node: unknown): number | undefined {
  const range = (node as { range?: readonly number[] } | null)?.range;
  return range?.[0] === undefined ? undefined : state.counter.linePos(range[0]).line;
}

function convertMap(
  node: { items: readonly { key: unknown; value: unknown }[] },
  path: string,
  depth: number,
  record: boolean,
  state: ConvertState,
): JsonObject {
  const out: JsonObject = {};
  for (const pair of node.items) {
    const key = keyOf(pair.key);
    if (Object.hasOwn(out, key)) {
      throw new TemplateLimitError({
        kind: 'syntax',
        message: `Duplicate key "${key}".`,
        ...lineField(lineAt(state, pair.key)),
      });
    }
    const childPath = path === '' ? key : `${path}${PATH_SEPARATOR}${key}`;
    const line = lineAt(state, pair.key);
    if (record && line !== undefined) state.lines.set(childPath, line);
    // defineProperty, not assignment, so a "__proto__" key stays an ordinary key.
    Object.defineProperty(out, key, {
      value: convertNode(pair.value, childPath, depth + 1, record, state),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

const lineField = (line: number | undefined): { line?: number } =>
  line === undefined ? {} : { line };

function convertNode(
  node: unknown,
  path: string,
  depth: number,
  record: boolean,
  state: ConvertState,
): unknown {
  state.nodes += 1;
  if (state.nodes > state.limits.maxNodes) {
    const kind = state.aliases > 0 ? 'alias-limit' : 'too-large';
    throw new TemplateLimitError({
      kind,
      message: `The document holds more than ${state.limits.maxNodes} values${state.aliases > 0 ? ' once its aliases are expanded' : ''}.`,
    });
  }
  if (depth > state.limits.maxDepth) {
    throw new TemplateLimitError({
      kind: 'too-deep',
      message: `The document nests deeper than ${state.limits.maxDepth} levels.`,
      ...lineField(lineAt(state, node)),
    });
  }
  if (isAlias(node)) {
    state.aliases += 1;
    if (state.aliases > state.limits.maxAliases) {
      throw new TemplateLimitError({
        kind: 'alias-limit',
        message: `The document expands more than ${state.limits.maxAliases} aliases: refused as a possible alias bomb.`,
        ...lineField(lineAt(state, node)),
      });
    }
    return convertNode(node.resolve(state.doc), path, depth, false, state);
  }
  const keep = record && depth < MAX_RECORDED_DEPTH;
  if (isScalar(node)) return toLongForm(node.tag, node.value);
  if (isMap(node)) return toLongForm(node.tag, convertMap(node, path, depth, keep, state));
  if (isSeq(node)) {
    const items = node.items.map((item, i) => {
      const childPath = `${path}${PATH_SEPARATOR}${i}`;
      const line = lineAt(state, item);
      if (keep && line !== undefined) state.lines.set(childPath, line);
      return convertNode(item, childPath, depth + 1, keep, state);
    });
    return toLongForm(node.tag, items);
  }
  return null;
}

export type YamlConversion = Readonly<{ value: unknown; lines: ReadonlyMap<string, number> }>;

/**
 * Parses one YAML document. Returns the converted value and the line of every key, or
 * throws TemplateLimitError (syntax error, alias budget, depth) for the caller to return.
 */
export function convertYamlTemplate(text: string, limits: ParseLimits): YamlConversion {
  const counter = new LineCounter();
  // uniqueKeys is checked while converting (in linear time) rather than by the library.
  const doc = parseDocument(text, {
    lineCounter: counter,
    customTags: [...CFN_YAML_TAGS],
    uniqueKeys: false,
    prettyErrors: false,
  });
  const error = doc.errors[0];
  if (error !== undefined) {
    const line = counter.linePos(error.pos[0]).line;
    const message =
      error.code === 'MULTIPLE_DOCS'
        ? 'The file holds several YAML documents (separated by ---); a template is a single document.'
        : `Not valid YAML: ${error.message.split('\n')[0] ?? ''}`;
    throw new TemplateLimitError({ kind: 'syntax', message, line });
  }
  const state: ConvertState = { doc, counter, limits, nodes: 0, aliases: 0, lines: new Map() };
  return { value: convertNode(doc.contents, '', 0, true, state), lines: state.lines };
}
