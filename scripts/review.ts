/**
 * Command-line configuration reviewer.
 *
 *   npm run review -- path/to/template.yaml [--format text|json]
 *
 * Exit status: 1 when there is a critical finding, 0 otherwise, 2 when the file can't be
 * read as a template or the arguments are wrong.
 */
import { readFileSync, statSync } from 'node:fs';
import { reviewTemplate } from '../src/domain/review/review-template';
import {
  DEFAULT_PARSE_LIMITS,
  type CantTell,
  type Finding,
  type ReviewReport,
} from '../src/domain/review/review-types';

const USAGE = `Usage: npm run review -- <template.yaml|template.json> [--format text|json]

Reviews an AWS SAM or CloudFormation template against the Lambda checklist.
  --format text   readable report (default)
  --format json   JSON array of {severity, rule, resource, message, fix}

Exit status: 1 if any finding is critical, 0 otherwise, 2 if the file can't be read as a template.`;

type Format = 'text' | 'json';
type Args =
  | Readonly<{ kind: 'run'; file: string; format: Format }>
  | Readonly<{ kind: 'help' }>
  | Readonly<{ kind: 'error'; message: string }>;

export function parseArgs(argv: readonly string[]): Args {
  let file: string | null = null;
  let format: Format = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    const value =
      arg === '--format'
        ? argv[++i]
        : arg.startsWith('--format=')
          ? arg.slice('--format='.length)
          : null;
    if (value !== null) {
      if (value !== 'text' && value !== 'json')
        return { kind: 'error', message: `Unknown format "${value ?? ''}": use text or json.` };
      format = value;
    } else if (arg.startsWith('-')) return { kind: 'error', message: `Unknown option ${arg}.` };
    else if (file !== null) return { kind: 'error', message: 'Give one template file.' };
    else file = arg;
  }
  return file === null
    ? { kind: 'error', message: 'No template file given.' }
    : { kind: 'run', file, format };
}

/** Reads the file as UTF-8 text, refusing oversized files before reading them. */
function readTemplate(file: string): { text: string } | { error: string } {
  try {
    const size = statSync(file).size;
    if (size > DEFAULT_PARSE_LIMITS.maxBytes)
      return {
        error: `The template is ${size} bytes; the limit is ${DEFAULT_PARSE_LIMITS.maxBytes} bytes.`,
      };
    const bytes = readFileSync(file);
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError)
      return {
        error: 'The file is not UTF-8 text: it looks binary, not like a YAML or JSON template.',
      };
    return {
      error: `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

const indentBlock = (text: string, spaces: number): string =>
  text
    .split('\n')
    .map((l) => `${' '.repeat(spaces)}${l}`)
    .join('\n');

function formatFinding(f: Finding): string {
  const where = f.line === undefined ? '' : ` (line ${f.line})`;
  return [
    `${f.severity.toUpperCase()}  ${f.rule}  ${f.resource}${where}`,
    indentBlock(f.message, 2),
    '  Fix:',
    indentBlock(f.fix, 4),
    `  Facts: ${f.facts.join(', ')}`,
  ].join('\n');
}

const formatCantTell = (c: CantTell): string =>
  `  - ${c.resource}: can't tell ${c.subject}: ${c.reason}${c.line === undefined ? '' : ` (line ${c.line})`}`;

export function formatText(file: string, report: ReviewReport): string {
  const count = (severity: Finding['severity']): number =>
    report.findings.filter((f) => f.severity === severity).length;
  const summary = `${file}: ${report.functionCount} function(s); ${count('critical')} critical, ${count('warning')} warning(s), ${count('suggestion')} suggestion(s)`;
  const parts = [summary, ...report.findings.map(formatFinding)];
  if (report.cantTell.length > 0)
    parts.push(
      ["Not checked (can't tell from the template):", ...report.cantTell.map(formatCantTell)].join(
        '\n',
      ),
    );
  if (report.findings.length === 0) parts.push('No findings.');
  return `${parts.join('\n\n')}\n`;
}

export function formatJson(report: ReviewReport): string {
  const rows = report.findings.map(({ severity, rule, resource, message, fix }) => ({
    severity,
    rule,
    resource,
    message,
    fix,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

/** Runs the CLI; returns the exit status. */
export function runReview(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  const args = parseArgs(argv);
  if (args.kind === 'help') {
    out(`${USAGE}\n`);
    return 0;
  }
  if (args.kind === 'error') {
    err(`${args.message}\n\n${USAGE}\n`);
    return 2;
  }
  const read = readTemplate(args.file);
  if ('error' in read) {
    err(`${args.file}: ${read.error}\n`);
    return 2;
  }
  const outcome = reviewTemplate(read.text);
  if (!outcome.ok) {
    err(
      `${args.file}: ${outcome.error.message}${outcome.error.line === undefined ? '' : ` (line ${outcome.error.line})`}\n`,
    );
    return 2;
  }
  if (args.format === 'json') {
    out(formatJson(outcome.report));
    for (const c of outcome.report.cantTell) err(`note:${formatCantTell(c).slice(3)}\n`);
  } else out(formatText(args.file, outcome.report));
  return outcome.report.findings.some((f) => f.severity === 'critical') ? 1 : 0;
}

const invokedDirectly = process.argv[1] !== undefined && /review\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  process.exitCode = runReview(
    process.argv.slice(2),
    (s) => process.stdout.write(s),
    (s) => process.stderr.write(s),
  );
}
