/** Shared types of the configuration reviewer (template text → findings). */

export type Severity = 'critical' | 'warning' | 'suggestion';

export type RuleId =
  | 'VIS_TIMEOUT_LT_TIMEOUT'
  | 'VIS_TIMEOUT_LT_6X'
  | 'NO_DLQ_SQS'
  | 'NO_PARTIAL_BATCH'
  | 'SQS_BATCH_SETTINGS_INVALID'
  | 'SQS_ONFAILURE_UNSUPPORTED'
  | 'NO_ONFAILURE_STREAM'
  | 'NO_BISECT'
  | 'NO_MAX_RETRY'
  | 'NO_MAX_RECORD_AGE'
  | 'NO_DLQ_ASYNC'
  | 'ASYNC_FAILURES_DROPPED'
  | 'JAVA_NO_SNAPSTART'
  | 'API_NO_PROVISIONED'
  | 'SNAPSTART_WITH_PROVISIONED'
  | 'FUNCTION_URL_FOR_SIMPLE_API'
  | 'RESERVED_ZERO'
  | 'RESERVED_STARVES_POOL'
  | 'TOO_MANY_LAYERS'
  | 'TIMEOUT_OVER_MAX'
  | 'SECRET_IN_ENVIRONMENT';

export type Finding = Readonly<{
  severity: Severity;
  rule: RuleId;
  /** Logical id of the resource concerned; `Function.Event` for a SAM event. */
  resource: string;
  /** What is wrong, with the actual values. */
  message: string;
  /** A short YAML snippet that fixes it. */
  fix: string;
  /** Content fact and checklist ids the finding rests on. */
  facts: readonly string[];
  /** 1-based line in the template, when known. */
  line?: number;
}>;

/** A value the reviewer could not resolve, so a rule could not be applied ("can't tell"). */
export type CantTell = Readonly<{
  resource: string;
  /** What could not be checked, e.g. "VisibilityTimeout". */
  subject: string;
  reason: string;
  line?: number;
}>;

export type TemplateErrorKind =
  'too-large' | 'binary' | 'too-deep' | 'alias-limit' | 'syntax' | 'not-a-template';

/** Why a text could not be read as a template. Always returned, never thrown. */
export type TemplateError = Readonly<{ kind: TemplateErrorKind; message: string; line?: number }>;

export type ParseLimits = Readonly<{
  /** Largest accepted input, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of mappings and sequences. */
  maxDepth: number;
  /** Most YAML aliases (`*name`) that may be expanded. */
  maxAliases: number;
  /** Most values (mapping entries, list items, scalars) the document may hold, aliases expanded. */
  maxNodes: number;
}>;

export const DEFAULT_PARSE_LIMITS: ParseLimits = {
  maxBytes: 1_000_000,
  maxDepth: 64,
  maxAliases: 100,
  maxNodes: 250_000,
};

/** Path of a value inside the template, e.g. ['Resources', 'Queue', 'Properties', 'VisibilityTimeout']. */
export type TemplatePath = readonly (string | number)[];

export type JsonObject = { [key: string]: unknown };

export type ParsedTemplate = Readonly<{
  format: 'yaml' | 'json';
  root: JsonObject;
  /** Line of the value at `path`, or of its nearest ancestor with a known line. */
  lineOf: (path: TemplatePath) => number | undefined;
}>;

export type ParseOutcome =
  Readonly<{ ok: true; template: ParsedTemplate }> | Readonly<{ ok: false; error: TemplateError }>;

export type ReviewReport = Readonly<{
  findings: readonly Finding[];
  cantTell: readonly CantTell[];
  /** Functions reviewed (SAM and plain CloudFormation). */
  functionCount: number;
}>;

export type ReviewOutcome =
  Readonly<{ ok: true; report: ReviewReport }> | Readonly<{ ok: false; error: TemplateError }>;
