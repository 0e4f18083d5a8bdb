import { describe, expect, it } from 'vitest';
import { createEvalContext, evaluate, NO_VALUE } from '../../../src/domain/review/resolve-value';
import {
  refTarget,
  resolveNumber,
  resolvePresence,
} from '../../../src/domain/review/template-values';

const ctx = createEvalContext({
  Parameters: {
    Stage: { Type: 'String', Default: 'dev' },
    Secret: { Type: 'String' },
    Size: { Type: 'Number', Default: '40' },
  },
  Mappings: { ByStage: { dev: { Timeout: 30 }, prod: { Timeout: 120 } } },
  Conditions: {
    IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] },
    IsDev: { 'Fn::Not': [{ Condition: 'IsProd' }] },
    HasSecret: { 'Fn::Equals': [{ Ref: 'Secret' }, 'x'] },
    DevOrSecret: { 'Fn::Or': [{ Condition: 'IsDev' }, { Condition: 'HasSecret' }] },
    ProdAndSecret: { 'Fn::And': [{ Condition: 'IsProd' }, { Condition: 'HasSecret' }] },
    Loop: { Condition: 'Loop' },
  },
  Resources: { Queue: { Type: 'AWS::SQS::Queue' }, Fn: { Type: 'AWS::Serverless::Function' } },
});

const valueOf = (v: unknown): unknown => {
  const r = evaluate(v, ctx);
  return r.known ? r.value : `unknown: ${r.reason}`;
};

describe('evaluate', () => {
  it('uses parameter defaults and says so', () => {
    expect(evaluate({ Ref: 'Stage' }, ctx)).toEqual({
      known: true,
      value: 'dev',
      via: 'parameter Stage default',
    });
  });

  it.each([
    [{ Ref: 'Secret' }, 'parameter Secret has no default'],
    [{ Ref: 'AWS::Region' }, 'pseudo parameter AWS::Region'],
    [{ Ref: 'Queue' }, 'known only after deployment'],
    [{ 'Fn::GetAtt': ['Queue', 'Arn'] }, 'resource attribute'],
    [{ 'Fn::ImportValue': 'x' }, 'imported from another stack'],
    [{ 'Fn::If': ['HasSecret', 1, 2] }, "condition HasSecret can't be decided"],
    [{ 'Fn::Sub': 'q-${AWS::AccountId}' }, 'AWS::AccountId'],
  ])('leaves %j unknown with a reason', (input, reason) => {
    expect(String(valueOf(input))).toContain(reason);
  });

  it('decides conditions, including three-valued And and Or', () => {
    expect(valueOf({ 'Fn::If': ['IsProd', 900, 20] })).toBe(20);
    expect(valueOf({ 'Fn::If': ['DevOrSecret', 'a', 'b'] })).toBe('a');
    expect(valueOf({ 'Fn::If': ['ProdAndSecret', 'a', 'b'] })).toBe('b');
    expect(String(valueOf({ 'Fn::If': ['Loop', 'a', 'b'] }))).toContain('unknown');
  });

  it('reads mappings, Sub, Join, Select and Split', () => {
    expect(valueOf({ 'Fn::FindInMap': ['ByStage', { Ref: 'Stage' }, 'Timeout'] })).toBe(30);
    expect(valueOf({ 'Fn::Sub': ['${Stage}-${X}-${!Literal}', { X: 'y' }] })).toBe(
      'dev-y-${Literal}',
    );
    expect(valueOf({ 'Fn::Join': ['-', ['a', { Ref: 'Stage' }]] })).toBe('a-dev');
    expect(valueOf({ 'Fn::Select': [1, ['a', 'b']] })).toBe('b');
    expect(valueOf({ 'Fn::Split': [',', 'a,b'] })).toEqual(['a', 'b']);
  });

  it('turns AWS::NoValue into an absent property', () => {
    expect(valueOf({ Ref: 'AWS::NoValue' })).toBe(NO_VALUE);
    expect(
      resolvePresence({ 'Fn::If': ['IsDev', { Ref: 'AWS::NoValue' }, { a: 1 }] }, ctx),
    ).toMatchObject({ known: true, value: false });
    expect(
      resolvePresence({ 'Fn::If': ['HasSecret', { Ref: 'AWS::NoValue' }, { a: 1 }] }, ctx).known,
    ).toBe(false);
  });

  it('reads numbers written as text', () => {
    expect(resolveNumber({ Ref: 'Size' }, ctx)).toEqual({
      known: true,
      value: 40,
      via: 'parameter Size default',
    });
    expect(resolveNumber(undefined, ctx)).toEqual({ known: true, value: undefined, via: null });
    expect(resolveNumber('soon', ctx).known).toBe(false);
  });

  it('finds the one resource a value points at', () => {
    expect(refTarget({ 'Fn::GetAtt': 'Queue.Arn' }, ctx)).toBe('Queue');
    expect(refTarget({ 'Fn::Sub': 'arn:${AWS::Partition}:x/${Fn.Arn}/invocations' }, ctx)).toBe(
      'Fn',
    );
    expect(refTarget({ Ref: 'Fn.Alias' }, ctx)).toBe('Fn');
    expect(refTarget({ 'Fn::If': ['HasSecret', { Ref: 'Queue' }, { Ref: 'Fn' }] }, ctx)).toBeNull();
    expect(refTarget('arn:aws:sqs:eu-west-1:1:q', ctx)).toBeNull();
  });
});
