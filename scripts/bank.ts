/**
 * Prints the whole question bank (one variant per card) to stdout.
 * Usage: npm run bank -- --format json|anki [--seed N]
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

export const bankUsage =
  'Usage: npm run bank -- --format json|anki [--seed N]\n  --format  json: an array of questions; anki: a tab-separated Anki import file\n  --seed    an integer (default 1); the same seed prints the same bank';

export type BankArgs = Readonly<{ format: BankFormat; seed: number }>;

function isBankFormat(value: string): value is BankFormat {
  return (bankFormats as readonly string[]).includes(value);
}

/** Reads `--format X` / `--format=X` and `--seed N`; returns an error message for anything else. */
export function parseBankArgs(argv: readonly string[]): BankArgs | Readonly<{ error: string }> {
  const values = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.split('=', 2);
    if (name !== '--format' && name !== '--seed') return { error: `Unknown argument: ${arg}` };
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return { error: `${name} needs a value` };
    values.set(name, value);
  }
  const format = values.get('--format');
  if (format === undefined) return { error: '--format is required' };
  if (!isBankFormat(format)) return { error: `Unknown format: ${format}` };
  const seedText = values.get('--seed') ?? '1';
  const seed = Number(seedText);
  if (!/^-?\d+$/.test(seedText) || !Number.isSafeInteger(seed))
    return { error: `--seed must be an integer, got ${seedText}` };
  return { format, seed };
}

/** Runs the command: writes the bank or a usage message; returns the exit code. */
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
