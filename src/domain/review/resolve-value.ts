/**
 * Evaluates CloudFormation intrinsic functions as far as the template alone allows:
 * parameter defaults, mappings, conditions, Sub/Join/Select/Split. Anything that depends on
 * the deployment (pseudo parameters, attributes, imports, undecidable conditions) comes back
 * as unknown with a reason, never as a guess.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
import type { JsonObject } from './review-types';

export type Resolved<T = unknown> =
  | Readonly<{ known: true; value: T; via: string | null }>
  | Readonly<{ known: false; reason: string }>;

/** The value of `!Ref AWS::NoValue`: the property is treated as absent. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export type EvalContext = Readonly<{
  parameters: JsonObject;
  conditions: JsonObject;
  mappings: JsonObject;
  resources: JsonObject;
}>;

const MAX_EVAL_DEPTH = 24;

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const section = (root: JsonObject, name: string): JsonObject => {
  const value = root[name];
  return isObject(value) ? value : {};
};

export function createEvalContext(root: JsonObject): EvalContext {
  return {
    parameters: section(root, 'Parameters'),
    conditions: section(root, 'Conditions'),
    mappings: section(root, 'Mappings'),
    resources: section(root, 'Resources'),
  };
}

const known = <T>(value: T, via: string | null = null): Resolved<T> => ({
  known: true,
  value,
  via,
});
const unknown = (reason: string): Resolved<never> => ({ known: false, reason });

/** The intrinsic function a value calls (`Ref`, `Condition`, `Fn::…`), if it is one. */
export function intrinsicName(value: unknown): string | null {
  if (!isObject(value)) return null;
  const keys = Object.keys(value);
  const key = keys[0];
  if (keys.length !== 1 || key === undefined) return null;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : null;
}

function evaluateRef(name: unknown, ctx: EvalContext): Resolved {
  if (typeof name !== 'string') return unknown('a Ref without a name');
  if (name === 'AWS::NoValue') return known(NO_VALUE);
  if (name.startsWith('AWS::')) return unknown(`it depends on the pseudo parameter ${name}`);
  const parameter = ctx.parameters[name];
  if (isObject(parameter)) {
    return 'Default' in parameter
      ? known(parameter['Default'], `parameter ${name} default`)
      : unknown(`parameter ${name} has no default`);
  }
  if (name in ctx.resources)
    return unknown(`it is the name or id of ${name}, known only after deployment`);
  return unknown(`${name} is not defined in the template`);
}

function evaluateCondition(value: unknown, ctx: EvalContext, depth: number): Resolved<boolean> {
  const result = evaluate(value, ctx, depth);
  if (!result.known) return result;
  return typeof result.value === 'boolean'
    ? known(result.value, result.via)
    : unknown('a condition that is not true or false');
}

function evaluateLogic(
  name: string,
  args: unknown,
  ctx: EvalContext,
  depth: number,
): Resolved<boolean> {
  const list = Array.isArray(args) ? args : [args];
  if (name === 'Fn::Equals') {
    const [a, b] = list.map((x) => evaluate(x, ctx, depth));
    if (a === undefined || b === undefined || !a.known || !b.known)
      return unknown('a condition compares values known only at deployment');
    return known(JSON.stringify(a.value) === JSON.stringify(b.value));
  }
  const parts = list.map((x) => evaluateCondition(x, ctx, depth));
  const values = parts.map((p) => (p.known ? p.value : null));
  if (name === 'Fn::Not')
    return values[0] === null || values[0] === undefined
      ? unknown('a condition known only at deployment')
      : known(!values[0]);
  const decided =
    name === 'Fn::And'
      ? values.includes(false) || values.every((v) => v === true)
      : values.includes(true) || values.every((v) => v === false);
  if (!decided) return unknown('a condition known only at deployment');
  return known(name === 'Fn::And' ? !values.includes(false) : values.includes(true));
}

function evaluateNamedCondition(name: unknown, ctx: EvalContext, depth: number): Resolved<boolean> {
  if (typeof name !== 'string' || !(name in ctx.conditions))
    return unknown(`condition ${String(name)} is not defined`);
  const result = evaluateCondition(ctx.conditions[name], ctx, depth);
  return result.known
    ? result
    : unknown(`condition ${name} can't be decided from the template (${result.reason})`);
}

function evaluateIf(args: unknown, ctx: EvalContext, depth: number): Resolved {
  if (!Array.isArray(args) || args.length !== 3) return unknown('a malformed Fn::If');
  const condition = evaluateNamedCondition(args[0], ctx, depth);
  if (!condition.known) return condition;
  return evaluate(condition.value ? args[1] : args[2], ctx, depth);
}

function evaluateFindInMap(args: unknown, ctx: EvalContext, depth: number): Resolved {
  if (!Array.isArray(args) || args.length < 3) return unknown('a malformed Fn::FindInMap');
  const keys = args.slice(0, 3).map((k) => evaluate(k, ctx, depth));
  if (keys.some((k) => !k.known))
    return unknown('a mapping lookup with keys known only at deployment');
  const [name, top, second] = keys.map((k) => (k.known ? String(k.value) : ''));
  const map = ctx.mappings[name ?? ''];
  const row = isObject(map) ? map[top ?? ''] : undefined;
  const value = isObject(row) ? row[second ?? ''] : undefined;
  return value === undefined
    ? unknown(`mapping ${name}.${top}.${second} is not in the template`)
    : evaluate(value, ctx, depth);
}

function evaluateSub(args: unknown, ctx: EvalContext, depth: number): Resolved {
  const [text, vars] = Array.isArray(args) ? args : [args, {}];
  if (typeof text !== 'string') return unknown('a malformed Fn::Sub');
  const variables = isObject(vars) ? vars : {};
  let failure: string | null = null;
  const out = text.replace(/\$\{([^}]+)\}/g, (match, name: string) => {
    if (name.startsWith('!')) return `\${${name.slice(1)}}`;
    const result =
      name in variables
        ? evaluate(variables[name], ctx, depth)
        : name.includes('.')
          ? unknown(`it uses ${name}, known only after deployment`)
          : evaluateRef(name, ctx);
    if (result.known && ['string', 'number', 'boolean'].includes(typeof result.value))
      return String(result.value);
    failure ??= result.known ? `\${${name}} is not a plain value` : result.reason;
    return match;
  });
  return failure === null ? known(out) : unknown(failure);
}

function evaluateList(name: string, args: unknown, ctx: EvalContext, depth: number): Resolved {
  if (!Array.isArray(args)) return unknown(`a malformed ${name}`);
  const parts = args.map((a) => evaluate(a, ctx, depth));
  if (parts.some((p) => !p.known)) return unknown(`${name} over values known only at deployment`);
  const [first, second] = parts.map((p) => (p.known ? p.value : undefined));
  if (name === 'Fn::Join' && typeof first === 'string' && Array.isArray(second)) {
    const items = second.map((x) => evaluate(x, ctx, depth));
    return items.every((i) => i.known)
      ? known(items.map((i) => (i.known ? String(i.value) : '')).join(first))
      : unknown('Fn::Join over values known only at deployment');
  }
  if (name === 'Fn::Select' && Array.isArray(second))
    return second[Number(first)] === undefined
      ? unknown('Fn::Select out of range')
      : evaluate(second[Number(first)], ctx, depth);
  if (name === 'Fn::Split' && typeof first === 'string' && typeof second === 'string')
    return known(second.split(first));
  return unknown(`a malformed ${name}`);
}

/**
 * Evaluates a template value.
 * @param value a property value in long form (`{ Ref: … }`, `{ 'Fn::If': … }`, or a literal)
 * @returns the literal it evaluates to (NO_VALUE for `AWS::NoValue`), or why it can't be known
 */
export function evaluate(value: unknown, ctx: EvalContext, depth = 0): Resolved {
  if (depth > MAX_EVAL_DEPTH) return unknown('intrinsic functions nest too deeply');
  const name = intrinsicName(value);
  if (name === null) return known(value);
  const args = (value as JsonObject)[name];
  switch (name) {
    case 'Ref':
      return evaluateRef(args, ctx);
    case 'Condition':
      return evaluateNamedCondition(args, ctx, depth + 1);
    case 'Fn::If':
      return evaluateIf(args, ctx, depth + 1);
    case 'Fn::Equals':
    case 'Fn::Not':
    case 'Fn::And':
    case 'Fn::Or':
      return evaluateLogic(name, args, ctx, depth + 1);
    case 'Fn::FindInMap':
      return evaluateFindInMap(args, ctx, depth + 1);
    case 'Fn::Sub':
      return evaluateSub(args, ctx, depth + 1);
    case 'Fn::Join':
    case 'Fn::Select':
    case 'Fn::Split':
      return evaluateList(name, args, ctx, depth + 1);
    case 'Fn::ImportValue':
      return unknown('it is imported from another stack (Fn::ImportValue)');
    case 'Fn::GetAtt':
      return unknown('it is a resource attribute, known only after deployment');
    default:
      return unknown(`${name} is not evaluated by the reviewer`);
  }
}
