/** Typed reads of template values on top of `evaluate`, and references between resources. */
import {
  evaluate,
  intrinsicName,
  isObject,
  NO_VALUE,
  type EvalContext,
  type Resolved,
} from './resolve-value';

/** Absent (missing or AWS::NoValue) reads as `undefined`. */
function read<T>(
  value: unknown,
  ctx: EvalContext,
  convert: (v: unknown) => T | null,
  expected: string,
): Resolved<T | undefined> {
  if (value === undefined || value === null) return { known: true, value: undefined, via: null };
  const result = evaluate(value, ctx);
  if (!result.known) return result;
  if (result.value === NO_VALUE || result.value === undefined || result.value === null)
    return { known: true, value: undefined, via: result.via };
  const converted = convert(result.value);
  return converted === null
    ? { known: false, reason: `${JSON.stringify(result.value)} is not ${expected}` }
    : { known: true, value: converted, via: result.via };
}

export function resolveNumber(value: unknown, ctx: EvalContext): Resolved<number | undefined> {
  return read(
    value,
    ctx,
    (v) => {
      const n =
        typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      return Number.isFinite(n) ? n : null;
    },
    'a number',
  );
}

export function resolveFlag(value: unknown, ctx: EvalContext): Resolved<boolean | undefined> {
  return read(
    value,
    ctx,
    (v) => (v === true || v === 'true' ? true : v === false || v === 'false' ? false : null),
    'true or false',
  );
}

export function resolveText(value: unknown, ctx: EvalContext): Resolved<string | undefined> {
  return read(
    value,
    ctx,
    (v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : null),
    'text',
  );
}

/** Whether a property is set: missing and AWS::NoValue are not; an undecidable Fn::If is unknown. */
export function resolvePresence(value: unknown, ctx: EvalContext): Resolved<boolean> {
  if (value === undefined || value === null) return { known: true, value: false, via: null };
  if (intrinsicName(value) !== 'Fn::If' && intrinsicName(value) !== 'Ref')
    return { known: true, value: true, via: null };
  const result = evaluate(value, ctx);
  if (!result.known) {
    return intrinsicName(value) === 'Ref' ? { known: true, value: true, via: null } : result;
  }
  return {
    known: true,
    value: result.value !== NO_VALUE && result.value !== undefined && result.value !== null,
    via: result.via,
  };
}

const SUB_REFERENCE = /\$\{([A-Za-z0-9]+)(?:\.[^}]*)?\}/g;

function collect(value: unknown, ctx: EvalContext, out: Set<string>, depth: number): void {
  if (depth > 24) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, ctx, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  const name = intrinsicName(value);
  const args = name === null ? undefined : value[name];
  // SAM accepts `!Ref Function.Alias` and `!Ref Function.Version` for the resources it generates.
  const refName =
    name === 'Ref' && typeof args === 'string' ? (args.split('.')[0] as string) : null;
  if (refName !== null) {
    if (refName in ctx.resources) out.add(refName);
  } else if (name === 'Fn::GetAtt') {
    const target = Array.isArray(args)
      ? args[0]
      : typeof args === 'string'
        ? args.split('.')[0]
        : undefined;
    if (typeof target === 'string' && target in ctx.resources) out.add(target);
  } else if (name === 'Fn::Sub') {
    const [text, vars] = Array.isArray(args) ? args : [args, undefined];
    if (typeof text === 'string') {
      for (const match of text.matchAll(SUB_REFERENCE))
        if ((match[1] as string) in ctx.resources) out.add(match[1] as string);
    }
    collect(vars, ctx, out, depth + 1);
  } else if (name === 'Fn::If' && Array.isArray(args)) {
    collect(args.slice(1), ctx, out, depth + 1);
  } else {
    for (const child of Object.values(value)) collect(child, ctx, out, depth + 1);
  }
}

/** Logical ids of the template resources a value refers to (Ref, GetAtt, Sub). */
export function referencedResources(value: unknown, ctx: EvalContext): string[] {
  const out = new Set<string>();
  collect(value, ctx, out, 0);
  return [...out];
}

/** The one template resource a value points at, or null (external ARN, parameter, or ambiguous). */
export function refTarget(value: unknown, ctx: EvalContext): string | null {
  const targets = referencedResources(value, ctx);
  return targets.length === 1 ? (targets[0] as string) : null;
}

/** Type of a template resource, or null. */
export function resourceType(id: string, ctx: EvalContext): string | null {
  const resource = ctx.resources[id];
  return isObject(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : null;
}
