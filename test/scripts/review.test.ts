import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const FIXTURES = join(ROOT, 'test/fixtures/templates');
const scratch = mkdtempSync(join(tmpdir(), 'review-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runCli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/review.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run review', { timeout: 60_000 }, () => {
  it('exits 0 and prints a text report when nothing is critical', () => {
    const run = runCli(join(FIXTURES, 'sam-sqs-defaults.yaml'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('0 critical, 2 warning(s)');
    expect(run.stdout).toContain('WARNING  NO_DLQ_SQS  InvoiceQueue (line 5)');
    expect(run.stdout).toContain('Fix:');
  });

  it('exits 1 and prints a JSON array of findings when one is critical', () => {
    const run = runCli(join(FIXTURES, 'sam-sqs-visibility.yaml'), '--format', 'json');
    expect(run.status).toBe(1);
    const findings = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(findings.map((f) => Object.keys(f))).toEqual(
      findings.map(() => ['severity', 'rule', 'resource', 'message', 'fix']),
    );
    expect(findings[0]).toMatchObject({
      severity: 'critical',
      rule: 'VIS_TIMEOUT_LT_TIMEOUT',
      resource: 'TooShortQueue',
    });
  });

  it("prints can't-tell notes to stderr in JSON mode and keeps stdout parseable", () => {
    const run = runCli(join(FIXTURES, 'cant-tell.yaml'), '--format=json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([]);
    expect(run.stderr).toContain("can't tell Timeout: parameter WorkerTimeout has no default");
  });

  it('exits 2 when the file is not a template', () => {
    const run = runCli(join(FIXTURES, 'not-a-template.yaml'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('No Resources section');
  });

  it('exits 2 for binary, oversized and missing files', () => {
    const binary = join(scratch, 'image.png');
    writeFileSync(
      binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe]),
    );
    const huge = join(scratch, 'huge.yaml');
    writeFileSync(huge, `Resources: {}\n#${'x'.repeat(1_000_001)}`);
    for (const [file, message] of [
      [binary, 'binary'],
      [huge, 'the limit is 1000000 bytes'],
      [join(scratch, 'missing.yaml'), 'Cannot read'],
    ] as const) {
      const run = runCli(file);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(message);
    }
  });

  it('exits 2 with the usage for bad arguments, and 0 for --help', () => {
    const bad = runCli(join(FIXTURES, 'sam-api.yaml'), '--format', 'xml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run review');
    expect(runCli().status).toBe(2);
    const help = runCli('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Exit status');
  });
});
