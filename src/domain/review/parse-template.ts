/**
 * The reviewer's bounded front door: text in, a parsed template or a typed error out.
 * Never throws and never runs unbounded work: size, binary content and nesting are checked
 * in linear time first, JSON goes through JSON.parse, YAML through the `yaml` package with
 * CloudFormation tags, an alias budget and a depth limit. Safe to call from a view or a worker.
 */
import { checkSize, estimateYamlShape, looksBinary } from './input-guards';
import { PATH_SEPARATOR, scanJson } from './json-lines';
import {
  DEFAULT_PARSE_LIMITS,
  type JsonObject,
  type ParseLimits,
  type ParseOutcome,
  type TemplateError,
  type TemplatePath,
} from './review-types';
import { convertYamlTemplate, TemplateLimitError } from './yaml-template';

/** Flow-style documents that are not JSON are only handed to the YAML parser below this size: it is slow on them. */
const MAX_FLOW_YAML_BYTES = 100_000;
/** Flow collections (`[a, b]`, `{a: b}`) cost the YAML parser about twice as much per value as block style. */
const MAX_FLOW_ITEMS = 50_000;

type Conversion = Readonly<{
  format: 'yaml' | 'json';
  value: unknown;
  lines: ReadonlyMap<string, number>;
}>;

const fail = (error: TemplateError): ParseOutcome => ({ ok: false, error });

function parseJson(text: string, limits: ParseLimits): Conversion | TemplateError {
  const scan = scanJson(text, limits.maxDepth);
  if (!scan.ok)
    return {
      kind: 'too-deep',
      message: `The document nests deeper than ${limits.maxDepth} levels.`,
      line: scan.line,
    };
  try {
    return { format: 'json', value: JSON.parse(text) as unknown, lines: scan.lines };
  } catch (error) {
    return {
      kind: 'syntax',
      message: `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

function parseYaml(text: string, limits: ParseLimits): Conversion | TemplateError {
  // The estimates may overcount; twice the limits only stops absurd input before the (slow)
  // YAML parser sees it, and the converter enforces the exact limits.
  const shape = estimateYamlShape(text, limits.maxDepth * 2, limits.maxNodes * 2);
  if (shape.depth > limits.maxDepth * 2)
    return {
      kind: 'too-deep',
      message: `The document nests deeper than ${limits.maxDepth} levels.`,
    };
  if (shape.values > limits.maxNodes * 2 || shape.flowItems > MAX_FLOW_ITEMS) {
    const what =
      shape.flowItems > MAX_FLOW_ITEMS
        ? `${MAX_FLOW_ITEMS} items in flow collections ([…] and {…})`
        : `${limits.maxNodes} values`;
    return {
      kind: 'too-large',
      message: `The document holds more than ${what}; a CloudFormation template holds at most 500 resources.`,
    };
  }
  const { value, lines } = convertYamlTemplate(text, limits);
  return { format: 'yaml', value, lines };
}

function convert(text: string, limits: ParseLimits): Conversion | TemplateError {
  if (!text.trimStart().startsWith('{')) return parseYaml(text, limits);
  const json = parseJson(text, limits);
  if ('format' in json || json.kind !== 'syntax' || text.length > MAX_FLOW_YAML_BYTES) return json;
  // `{Resources: {...}}` is valid YAML flow style without being JSON; if YAML fails too, the JSON error is the useful one.
  try {
    return parseYaml(text, limits);
  } catch {
    return json;
  }
}

function describeShape(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a mapping' : `a single ${typeof value} value`;
}

function checkTemplateShape(value: unknown): TemplateError | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {
      kind: 'not-a-template',
      message: `The document is ${describeShape(value)}, not a template: a template is a mapping with a Resources section.`,
    };
  }
  const resources = (value as JsonObject)['Resources'];
  if (resources === null || typeof resources !== 'object' || Array.isArray(resources)) {
    return {
      kind: 'not-a-template',
      message: 'No Resources section: this does not look like a CloudFormation or SAM template.',
    };
  }
  return null;
}

function makeLineOf(
  lines: ReadonlyMap<string, number>,
): (path: TemplatePath) => number | undefined {
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const line = lines.get(path.slice(0, n).join(PATH_SEPARATOR));
      if (line !== undefined) return line;
    }
    return undefined;
  };
}

function runParse(text: string, limits: ParseLimits): ParseOutcome {
  const sizeError = checkSize(text, limits.maxBytes);
  if (sizeError !== null) return fail(sizeError);
  if (looksBinary(text))
    return fail({
      kind: 'binary',
      message: 'The file looks binary, not like a YAML or JSON template.',
    });
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return fail({ kind: 'not-a-template', message: 'The file is empty.' });
  const converted = convert(body, limits);
  if (!('format' in converted)) return fail(converted);
  const shapeError = checkTemplateShape(converted.value);
  if (shapeError !== null) return fail(shapeError);
  return {
    ok: true,
    template: {
      format: converted.format,
      root: converted.value as JsonObject,
      lineOf: makeLineOf(converted.lines),
    },
  };
}

/**
 * Parses a CloudFormation or SAM template (YAML or JSON) within hard bounds.
 * @param text the template's text (decoded; a leading BOM is ignored)
 * @param limits overrides of DEFAULT_PARSE_LIMITS (1 MB, depth 64, 100 aliases, 250,000 values)
 * @returns the template with a line lookup, or a typed error; never throws
 */
export function parseTemplate(text: string, limits: Partial<ParseLimits> = {}): ParseOutcome {
  const bounds: ParseLimits = { ...DEFAULT_PARSE_LIMITS, ...limits };
  try {
    return runParse(text, bounds);
  } catch (error) {
    if (error instanceof TemplateLimitError) return fail(error.detail);
    // A call stack overflow inside the YAML composer means the nesting estimate was beaten.
    if (error instanceof RangeError)
      return fail({ kind: 'too-deep', message: 'The document nests too deeply to read.' });
    return fail({
      kind: 'syntax',
      message: `Could not read the template: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}
