/** What every rule module shares: reporting findings and "can't tell" notes, reading numbers, fix snippets. */
import type { CantTell, Finding, RuleId, TemplatePath } from './review-types';
import { REVIEW_RULES } from './rule-catalog';
import type { FunctionModel, MappingModel, TemplateModel } from './template-model';
import { resolveNumber } from './template-values';

export type RuleContext = Readonly<{
  model: TemplateModel;
  findings: Finding[];
  cantTell: CantTell[];
}>;

const withLine = (line: number | undefined): { line?: number } =>
  line === undefined ? {} : { line };

export function report(
  rc: RuleContext,
  rule: RuleId,
  resource: string,
  path: TemplatePath,
  message: string,
  fix: string,
): void {
  const info = REVIEW_RULES[rule];
  rc.findings.push({
    severity: info.severity,
    rule,
    resource,
    message,
    fix,
    facts: info.facts,
    ...withLine(rc.model.template.lineOf(path)),
  });
}

export function noteCantTell(
  rc: RuleContext,
  resource: string,
  subject: string,
  reason: string,
  path: TemplatePath,
): void {
  rc.cantTell.push({ resource, subject, reason, ...withLine(rc.model.template.lineOf(path)) });
}

/** A number and how it was found, e.g. "30 s (default)" or "5 s (parameter Timeout default)". */
export type Measure = Readonly<{ value: number; label: string; isDefault: boolean }>;

export type MeasureSpec = Readonly<{
  fallback: number;
  unit: string;
  resource: string;
  subject: string;
  path: TemplatePath;
  /** Added to the label, e.g. " from Globals". */
  origin?: string;
}>;

/** Reads a number property; the fallback when absent; null (noted as "can't tell") when it can't be resolved. */
export function measure(rc: RuleContext, raw: unknown, spec: MeasureSpec): Measure | null {
  const result = resolveNumber(raw, rc.model.ctx);
  if (!result.known) {
    noteCantTell(rc, spec.resource, spec.subject, result.reason, spec.path);
    return null;
  }
  if (result.value === undefined)
    return {
      value: spec.fallback,
      label: `${spec.fallback}${spec.unit} (default)`,
      isDefault: true,
    };
  const via = result.via === null ? '' : ` (${result.via})`;
  return {
    value: result.value,
    label: `${result.value}${spec.unit}${via}${spec.origin ?? ''}`,
    isDefault: false,
  };
}

/** A function's Timeout: SAM and Lambda both default to 3 s. */
export function functionTimeout(rc: RuleContext, fn: FunctionModel): Measure | null {
  const path = fn.sourceOf('Timeout');
  const origin = path[0] === 'Globals' ? ' from Globals' : '';
  return measure(rc, fn.props['Timeout'], {
    fallback: 3,
    unit: ' s',
    resource: fn.id,
    subject: 'Timeout',
    path,
    origin,
  });
}

export function findFunction(rc: RuleContext, id: string): FunctionModel | undefined {
  return rc.model.functions.find((f) => f.id === id);
}

const indent = (lines: readonly string[], spaces: number): string =>
  lines.map((l) => `${' '.repeat(spaces)}${l}`).join('\n');

/** A resource with the given properties, as YAML. */
export function resourceSnippet(id: string, type: string, properties: readonly string[]): string {
  return `${id}:\n  Type: ${type}\n  Properties:\n${indent(properties, 4)}`;
}

export function functionSnippet(fn: FunctionModel, properties: readonly string[]): string {
  return resourceSnippet(
    fn.id,
    fn.sam ? 'AWS::Serverless::Function' : 'AWS::Lambda::Function',
    properties,
  );
}

/** Properties of an event source mapping: inside the SAM event, or on the mapping resource. */
export function mappingSnippet(mapping: MappingModel, properties: readonly string[]): string {
  if (!mapping.sam)
    return resourceSnippet(mapping.id, 'AWS::Lambda::EventSourceMapping', properties);
  const event = mapping.id.slice(mapping.functionId.length + 1);
  return `${mapping.functionId}:\n  Type: AWS::Serverless::Function\n  Properties:\n    Events:\n      ${event}:\n        Properties:\n${indent(properties, 10)}`;
}
