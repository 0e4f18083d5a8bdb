/**
 * Prints the whole question bank (one variant per card) to stdout, or lints it.
 * Usage: npm run bank -- --format json|anki [--seed N]
 *        npm run bank -- --lint [--topic ID] [--seed N]
 */
import { pathToFileURL } from 'node:url';
import { topics } from '../content/index';
import {
  bankFormats,
  formatBankAnki,
  formatBankJson,
  type BankFormat,
} from '../src/domain/quiz/export-bank';
import { generateBank } from '../src/domain/quiz/generate-questions';
import { isExamGrade, lintBank, measureKeyLongest } from '../src/domain/quiz/lint/lint-bank';
import { listContentTitles } from '../src/domain/quiz/lint/content-titles';

export const bankUsage = [
  'Usage: npm run bank -- --format json|anki [--seed N]',
  '       npm run bank -- --lint [--topic ID] [--seed N]',
  '  --format  json: an array of questions; anki: a tab-separated Anki import file',
  '  --lint    list every card that breaks a rule of the bank (exit 1 if any)',
  '  --topic   with --lint: only the cards of one topic',
  '  --seed    an integer (default 1); the same seed prints the same bank',
].join('\n');

export type BankArgs =
  | Readonly<{ mode: 'print'; format: BankFormat; seed: number }>
  | Readonly<{ mode: 'lint'; topic: string | undefined; seed: number }>;

function isBankFormat(value: string): value is BankFormat {
  return (bankFormats as readonly string[]).includes(value);
}

const valued = ['--format', '--seed', '--topic'];

function readValues(argv: readonly string[]): Map<string, string> | Readonly<{ error: string }> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.split('=', 2);
    if (name === '--lint' && inline === undefined) {
      values.set(name, 'yes');
      continue;
    }
    if (!valued.includes(name)) return { error: `Unknown argument: ${arg}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${name} needs a value` };
    values.set(name, value);
  }
  return values;
}

/** Reads the arguments; returns an error message for anything it does not understand. */
export function parseBankArgs(argv: readonly string[]): BankArgs | Readonly<{ error: string }> {
  const values = readValues(argv);
  if (!(values instanceof Map)) return values;
  const seedText = values.get('--seed') ?? '1';
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed))
    return { error: `--seed must be an integer, got ${seedText}` };
  if (values.has('--lint')) {
    if (values.has('--format')) return { error: '--lint prints findings, not a --format' };
    return { mode: 'lint', topic: values.get('--topic'), seed };
  }
  if (values.has('--topic')) return { error: '--topic goes with --lint' };
  const format = values.get('--format');
  if (format === undefined) return { error: '--format is required' };
  if (!isBankFormat(format)) return { error: `Unknown format: ${format}` };
  return { mode: 'print', format, seed };
}

/** Lints one variant of every card (of one topic): the findings, then a summary line. */
function lint(topic: string | undefined, seed: number, out: (text: string) => void): number {
  if (topic !== undefined && !topics.some((t) => t.id === topic)) {
    out(`No topic ${topic}. Topics: ${topics.map((t) => t.id).join(', ')}\n`);
    return 2;
  }
  // One topic is generated on its own, so that it can be checked while others are being edited.
  const content = { topics: topics.filter((t) => topic === undefined || t.id === topic) };
  const bank = generateBank(content, seed);
  const findings = lintBank(bank, listContentTitles(topics));
  for (const f of findings) out(`${f.cardId}  [${f.rule}]  ${f.message}\n`);
  const longestKeys = bank.filter((q) => measureKeyLongest([q]).longest === 1).map((q) => q.cardId);
  if (longestKeys.length > 0)
    out(`key strictly longest (make a wrong option longer): ${longestKeys.join(' ')}\n`);
  const { longest, cards } = measureKeyLongest(bank);
  const share = cards === 0 ? 0 : Math.round((100 * longest) / cards);
  const examGrade = bank.filter(isExamGrade);
  const forExam = (code: string) => examGrade.filter((q) => q.exams.some((e) => e === code)).length;
  out(
    `${bank.length} cards, ${findings.length} findings; key strictly longest in ${longest} of ${cards} single-answer cards (${share} %)\n`,
  );
  out(
    `exam-grade items: ${examGrade.length} (DVA-C02 ${forExam('DVA-C02')}, SAP-C02 ${forExam('SAP-C02')})\n`,
  );
  return findings.length === 0 ? 0 : 1;
}

/** Runs the command: writes the bank, its findings or a usage message; returns the exit code. */
export function runBank(
  argv: readonly string[],
  out: (text: string) => void,
  err: (text: string) => void,
): number {
  const args = parseBankArgs(argv);
  if ('error' in args) {
    err(`${args.error}\n${bankUsage}\n`);
    return 2;
  }
  if (args.mode === 'lint') return lint(args.topic, args.seed, out);
  const bank = generateBank({ topics }, args.seed);
  out(args.format === 'json' ? formatBankJson(bank) : formatBankAnki(bank));
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A closed pipe (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = runBank(
    process.argv.slice(2),
    (text) => process.stdout.write(text),
    (text) => process.stderr.write(text),
  );
}
