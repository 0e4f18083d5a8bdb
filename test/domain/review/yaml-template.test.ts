import { describe, expect, it } from 'vitest';
import { DEFAULT_PARSE_LIMITS } from '../../../src/domain/review/review-types';
import { convertYamlTemplate, TemplateLimitError } from '../../../src/domain/review/yaml-template';

const convert = (yaml: string): unknown => convertYamlTemplate(yaml, DEFAULT_PARSE_LIMITS).value;
const value = (yaml: string): unknown => (convert(`v: ${yaml}`) as { v: unknown }).v;

describe('convertYamlTemplate: CloudFormation short-form tags', () => {
  it.each([
    ['!Ref Queue', { Ref: 'Queue' }],
    ['!Condition IsProd', { Condition: 'IsProd' }],
    ['!GetAtt Queue.Arn', { 'Fn::GetAtt': ['Queue', 'Arn'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [Queue, Arn]', { 'Fn::GetAtt': ['Queue', 'Arn'] }],
    ['!Sub "${AWS::StackName}-q"', { 'Fn::Sub': '${AWS::StackName}-q' }],
    ['!Sub ["${A}-x", {A: !Ref P}]', { 'Fn::Sub': ['${A}-x', { A: { Ref: 'P' } }] }],
    ['!If [C, 1, 2]', { 'Fn::If': ['C', 1, 2] }],
    ['!Join ["-", [a, b]]', { 'Fn::Join': ['-', ['a', 'b']] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!FindInMap [M, k1, k2]', { 'Fn::FindInMap': ['M', 'k1', 'k2'] }],
    ['!ImportValue shared-arn', { 'Fn::ImportValue': 'shared-arn' }],
    ['!Equals [a, b]', { 'Fn::Equals': ['a', 'b'] }],
    ['!Not [!Condition C]', { 'Fn::Not': [{ Condition: 'C' }] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Condition B]', { 'Fn::Or': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Base64 text', { 'Fn::Base64': 'text' }],
    ['!Cidr [10.0.0.0/16, 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
  ])('reads %s in long form', (yaml, expected) => {
    expect(value(yaml)).toEqual(expected);
  });

  it('reads a tagged block mapping and sequence', () => {
    expect(convert('v: !If\n  - C\n  - a: 1\n  - !Ref AWS::NoValue\n')).toEqual({
      v: { 'Fn::If': ['C', { a: 1 }, { Ref: 'AWS::NoValue' }] },
    });
    expect(convert('v: !Base64\n  Fn::Sub: x\n')).toEqual({
      v: { 'Fn::Base64': { 'Fn::Sub': 'x' } },
    });
  });

  it('keeps long forms and unknown tags as written', () => {
    expect(value('{ "Fn::GetAtt": [Q, Arn] }')).toEqual({ 'Fn::GetAtt': ['Q', 'Arn'] });
    expect(value('!Custom thing')).toBe('thing');
  });

  it('keeps dates and versions as text, as CloudFormation does', () => {
    expect(convert('AWSTemplateFormatVersion: 2010-09-09\nVersion: 2012-10-17\n')).toEqual({
      AWSTemplateFormatVersion: '2010-09-09',
      Version: '2012-10-17',
    });
  });

  it('records the line of every key', () => {
    const { lines } = convertYamlTemplate('a:\n  b:\n    - c: 1\n', DEFAULT_PARSE_LIMITS);
    expect([...lines.values()]).toEqual([1, 2, 3, 3]);
  });

  it('throws a typed error past the depth limit', () => {
    expect(() =>
      convertYamlTemplate('a: {b: {c: {d: 1}}}', { ...DEFAULT_PARSE_LIMITS, maxDepth: 3 }),
    ).toThrow(TemplateLimitError);
  });
});
