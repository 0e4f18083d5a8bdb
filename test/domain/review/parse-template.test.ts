import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../src/domain/review/parse-template';
import { reviewTemplate } from '../../../src/domain/review/review-template';
import type { ParseOutcome, TemplateErrorKind } from '../../../src/domain/review/review-types';

const FIXTURES = join(__dirname, '../../fixtures/templates');
const fixtureTexts = readdirSync(FIXTURES).map((name) =>
  readFileSync(join(FIXTURES, name), 'utf8'),
);

const errorKind = (outcome: ParseOutcome): TemplateErrorKind | 'ok' =>
  outcome.ok ? 'ok' : outcome.error.kind;
const root = (text: string): Record<string, unknown> => {
  const outcome = parseTemplate(text);
  if (!outcome.ok) throw new Error(outcome.error.message);
  return outcome.template.root;
};
const resources = (text: string) =>
  root(text)['Resources'] as Record<string, Record<string, unknown>>;

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'Resources: { X: { Type: AWS::SQS::Queue, Properties: { Tags: *f } } }',
].join('\n');

describe('parseTemplate: hostile input', () => {
  it('refuses input over 1 MB before parsing it', () => {
    const outcome = parseTemplate(`Resources: {}\n#${'x'.repeat(1_000_000)}`);
    expect(outcome.ok ? null : outcome.error).toMatchObject({ kind: 'too-large' });
  });

  it('counts UTF-8 bytes, not characters, against the size limit', () => {
    expect(
      errorKind(parseTemplate(`Resources: {}\n#${'é'.repeat(600)}`, { maxBytes: 1_000 })),
    ).toBe('too-large');
  });

  it('refuses a YAML alias bomb', () => {
    expect(errorKind(parseTemplate(ALIAS_BOMB))).toBe('alias-limit');
  });

  it('expands a few aliases normally', () => {
    const text =
      'Defaults: &t { Timeout: 10 }\nResources:\n  F:\n    Type: AWS::Lambda::Function\n    Properties: *t\n';
    expect(resources(text)['F']?.['Properties']).toEqual({ Timeout: 10 });
  });

  it.each([
    ['flow brackets', '['.repeat(200_000)],
    ['block sequences', `${'- '.repeat(200_000)}x`],
    [
      'indented mappings',
      Array.from({ length: 200 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'),
    ],
    ['JSON objects', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
  ])('refuses deeply nested %s', (_name, text) => {
    expect(errorKind(parseTemplate(text))).toBe('too-deep');
  });

  it('refuses YAML with more values than the limit before the YAML parser runs', () => {
    const many = `Resources:\n  R:\n    Type: X\n    Properties:\n${'      - 1\n'.repeat(300)}`;
    expect(parseTemplate(many, { maxNodes: 100 })).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
    expect(parseTemplate(many, { maxNodes: 1_000 }).ok).toBe(true);
  });

  it('refuses YAML with a huge flow collection, which the YAML parser reads slowly', () => {
    const flow = `Resources: {R: {Type: X, Properties: {L: [${'1, '.repeat(60_000)}1]}}}\nOther: 1\n`;
    expect(parseTemplate(`A: 1\n${flow}`)).toMatchObject({
      ok: false,
      error: { kind: 'too-large' },
    });
  });

  it('refuses binary data', () => {
    expect(errorKind(parseTemplate('PK\u0003\u0004\u0000\u0000binary'))).toBe('binary');
  });

  it.each([
    ['a list', '- a\n- b\n'],
    ['a scalar', 'just text'],
    ['a mapping without Resources', 'apiVersion: v1\nkind: Pod\n'],
    ['an empty file', '  \n'],
    ['Resources that is a list', 'Resources:\n  - a\n'],
  ])('refuses YAML that is %s as not a template', (_name, text) => {
    expect(errorKind(parseTemplate(text))).toBe('not-a-template');
  });

  it('reports YAML syntax errors with their line', () => {
    const outcome = parseTemplate('Resources:\n  A:\n    Type: [unclosed\n');
    expect(outcome.ok ? null : outcome.error).toMatchObject({ kind: 'syntax' });
    expect(outcome.ok ? 0 : outcome.error.line).toBeGreaterThan(0);
  });

  it('refuses duplicate keys instead of silently keeping one', () => {
    const outcome = parseTemplate('Resources:\n  A: {Type: X}\n  A: {Type: Y}\n');
    expect(outcome.ok ? null : outcome.error).toMatchObject({ kind: 'syntax', line: 3 });
  });

  it('refuses several YAML documents in one file', () => {
    expect(errorKind(parseTemplate('Resources: {}\n---\nResources: {}\n'))).toBe('syntax');
  });

  it('reports invalid JSON as a JSON error', () => {
    const outcome = parseTemplate('{"Resources": {"A": }');
    expect(outcome.ok ? '' : outcome.error.message).toContain('JSON');
  });

  it('keeps a __proto__ key as an ordinary key', () => {
    const parsed = resources('{"Resources": {"__proto__": {"Type": "AWS::SQS::Queue"}}}');
    expect(Object.keys(parsed)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(root('Resources:\n  __proto__: {Type: X}\n')['Resources'])).toBe(
      Object.prototype,
    );
  });
});

describe('parseTemplate: formats and lines', () => {
  it('reads JSON, YAML flow style and a byte order mark', () => {
    expect(resources('{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}')['Q']).toEqual({
      Type: 'AWS::SQS::Queue',
    });
    expect(resources('{Resources: {Q: {Type: AWS::SQS::Queue}}}')['Q']).toEqual({
      Type: 'AWS::SQS::Queue',
    });
    expect(resources('\uFEFFResources:\n  Q:\n    Type: AWS::SQS::Queue\n')['Q']).toEqual({
      Type: 'AWS::SQS::Queue',
    });
  });

  it('finds the line of a property, or of its nearest ancestor', () => {
    const outcome = parseTemplate(
      'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 5\n',
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.template.lineOf(['Resources', 'Q', 'Properties', 'VisibilityTimeout'])).toBe(5);
    expect(outcome.template.lineOf(['Resources', 'Q', 'Properties', 'RedrivePolicy'])).toBe(4);
  });

  it('finds lines in JSON too', () => {
    const outcome = parseTemplate(
      '{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue"\n    }\n  }\n}',
    );
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.template.format).toBe('json');
    expect(outcome.template.lineOf(['Resources', 'Q', 'Type'])).toBe(4);
  });

  it('reads YAML written from any template-shaped value back to the same value', () => {
    const valueArb = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.jsonValue({ maxDepth: 4 }),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(valueArb, (props) => {
        const template = { Resources: { R: { Type: 'AWS::SQS::Queue', Properties: props } } };
        const outcome = parseTemplate(stringify(template));
        // Compared as JSON: YAML keeps -0 as -0 while JSON writes it as 0, and both mean zero.
        const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
        expect(asJson(outcome.ok ? outcome.template.root : outcome.error)).toEqual(
          asJson(template),
        );
      }),
      // A negative zero once failed the comparison; it stays as a fixed case.
      { numRuns: 200, examples: [[{ ' ': -0 }]] },
    );
  });
});

describe('parseTemplate and reviewTemplate: fuzzing', () => {
  const kinds = [
    'ok',
    'too-large',
    'binary',
    'too-deep',
    'alias-limit',
    'syntax',
    'not-a-template',
  ];

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        expect(kinds).toContain(errorKind(parseTemplate(text)));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on YAML-looking text', () => {
    const token = fc.constantFrom(
      'Resources:',
      '\n',
      '  ',
      '- ',
      ': ',
      '!Ref ',
      '!GetAtt ',
      '!If ',
      '&a ',
      '*a ',
      '[',
      ']',
      '{',
      '}',
      ',',
      '"',
      "'",
      '|',
      '>',
      '#',
      'Type: AWS::Serverless::Function',
      'Properties:',
      'Events:',
      'Timeout: 900',
      'x',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const outcome = reviewTemplate(tokens.join(''));
        expect(
          outcome.ok ? 'ok' : kinds.includes(outcome.error.kind) ? 'error' : 'unknown',
        ).not.toBe('unknown');
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on damaged fixture templates', () => {
    const damage = fc.record({
      fixture: fc.integer({ min: 0, max: fixtureTexts.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 40 }),
      insert: fc.string({ maxLength: 12 }),
    });
    fc.assert(
      fc.property(damage, ({ fixture, at, cut, insert }) => {
        const text = fixtureTexts[fixture] as string;
        const position = at % (text.length + 1);
        const outcome = reviewTemplate(
          text.slice(0, position) + insert + text.slice(position + cut),
        );
        expect(typeof outcome.ok).toBe('boolean');
      }),
      { numRuns: 400 },
    );
  });
});
