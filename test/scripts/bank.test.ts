import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { topics } from '../../content/index';
import { bankUsage, parseBankArgs, runBank } from '../../scripts/bank';
import { listCards } from '../../src/domain/quiz/generate-questions';

/** Runs the command in-process and collects what it writes. */
function run(argv: readonly string[]) {
  let out = '';
  let err = '';
  const code = runBank(
    argv,
    (t) => (out += t),
    (t) => (err += t),
  );
  return { code, out, err };
}

describe('bank command', () => {
  it('reads the format and an optional seed', () => {
    expect(parseBankArgs(['--format', 'json'])).toEqual({ mode: 'print', format: 'json', seed: 1 });
    expect(parseBankArgs(['--format=anki', '--seed', '42'])).toEqual({
      mode: 'print',
      format: 'anki',
      seed: 42,
    });
    expect(parseBankArgs(['--seed=-3', '--format', 'json'])).toEqual({
      mode: 'print',
      format: 'json',
      seed: -3,
    });
  });

  it('reads --lint with an optional topic', () => {
    expect(parseBankArgs(['--lint'])).toEqual({ mode: 'lint', topic: undefined, seed: 1 });
    expect(parseBankArgs(['--lint', '--topic', 'layers', '--seed=5'])).toEqual({
      mode: 'lint',
      topic: 'layers',
      seed: 5,
    });
  });

  it('lints one topic, naming the topics when the id is unknown', () => {
    const layers = run(['--lint', '--topic', 'layers']);
    expect(layers.out).toMatch(/\d+ cards, \d+ findings; key strictly longest in \d+ of \d+/);
    const unknown = run(['--lint', '--topic', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.out).toContain('No topic nope. Topics: triggers');
  });

  it.each([
    [[], /--format is required/],
    [['--format', 'xml'], /Unknown format: xml/],
    [['--format', 'json', '--seed', '1.5'], /--seed must be an integer/],
    [['--format', 'json', '--seed'], /--seed needs a value/],
    [['--format', 'json', '--verbose'], /Unknown argument: --verbose/],
    [['--lint', '--format', 'json'], /--lint prints findings, not a --format/],
    [['--format', 'json', '--topic', 'layers'], /--topic goes with --lint/],
  ])('rejects %j with a usage message and exit code 2', (argv, message) => {
    const { code, out, err } = run(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).toContain(bankUsage);
  });

  it('prints the whole bank as JSON, one question per card, the same for the same seed', () => {
    const first = run(['--format', 'json', '--seed', '9']);
    expect(first.code).toBe(0);
    const questions = JSON.parse(first.out) as { cardId: string }[];
    expect(questions.map((q) => q.cardId)).toEqual(listCards({ topics }).map((c) => c.cardId));
    expect(run(['--format', 'json', '--seed', '9']).out).toBe(first.out);
  });

  it('prints an Anki file', () => {
    const { code, out } = run(['--format', 'anki']);
    expect(code).toBe(0);
    expect(out.startsWith('#separator:tab\n')).toBe(true);
  });

  it('exits with code 2 from the command line on bad arguments', async () => {
    const exec = promisify(execFile);
    const failure = await exec(process.execPath, [
      '--import',
      'tsx',
      'scripts/bank.ts',
      '--format',
      'xml',
    ]).catch((e: { code: number; stderr: string }) => e);
    expect('code' in failure ? failure.code : 0).toBe(2);
    expect('stderr' in failure ? failure.stderr : '').toContain('Usage: npm run bank');
  }, 30_000);
});
