/**
 * The configuration reviewer: applies the document's 🔴/🟡/🟢 checklist and event source
 * mapping advice to a SAM or CloudFormation template.
 */
import { parseTemplate } from './parse-template';
import type {
  CantTell,
  Finding,
  ParseLimits,
  ParsedTemplate,
  ReviewOutcome,
  ReviewReport,
  Severity,
} from './review-types';
import { noteCantTell, type RuleContext } from './rule-context';
import { checkAsyncRules } from './rules-async';
import { checkConcurrencyRules } from './rules-concurrency';
import { checkFunctionRules } from './rules-functions';
import { checkSqsRules } from './rules-sqs';
import { checkStreamRules } from './rules-streams';
import { buildTemplateModel } from './template-model';

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = {
  critical: 0,
  warning: 1,
  suggestion: 2,
};

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
    (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER) ||
    compareText(a.resource, b.resource) ||
    compareText(a.rule, b.rule)
  );
}

function dedupeCantTell(notes: readonly CantTell[]): CantTell[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.resource}\u0000${n.subject}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reviews an already parsed template.
 * @returns findings sorted by severity then line, and what could not be checked
 */
export function reviewParsedTemplate(template: ParsedTemplate): ReviewReport {
  const model = buildTemplateModel(template);
  const rc: RuleContext = { model, findings: [], cantTell: [] };
  for (const note of model.unlinked)
    noteCantTell(rc, note.resource, note.subject, note.reason, note.path);
  checkSqsRules(rc);
  checkStreamRules(rc);
  checkAsyncRules(rc);
  checkFunctionRules(rc);
  checkConcurrencyRules(rc);
  return {
    findings: [...rc.findings].sort(compareFindings),
    cantTell: dedupeCantTell(rc.cantTell),
    functionCount: model.functions.length,
  };
}

/**
 * Parses (within hard bounds) and reviews a template. Never throws.
 * @param text YAML or JSON template text
 * @param limits optional tighter or looser parse limits (default 1 MB, depth 64, 100 aliases)
 */
export function reviewTemplate(text: string, limits: Partial<ParseLimits> = {}): ReviewOutcome {
  const parsed = parseTemplate(text, limits);
  if (!parsed.ok) return parsed;
  return { ok: true, report: reviewParsedTemplate(parsed.template) };
}
