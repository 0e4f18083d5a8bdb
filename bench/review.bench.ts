/**
 * Reviewer benchmarks: a generated 200-resource template (YAML and JSON), and the hostile
 * inputs the parser must refuse quickly, next to the slowest input it still accepts.
 */
import { bench, describe } from 'vitest';
import { parseTemplate } from '../src/domain/review/parse-template';
import { reviewTemplate } from '../src/domain/review/review-template';

/** 40 functions, each with a queue, a dead-letter queue, a stream mapping target and an SNS topic: 200 resources. */
function generateTemplate(): string {
  const lines = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    'Transform: AWS::Serverless-2016-10-31',
    'Globals:',
    '  Function:',
    '    Runtime: python3.13',
    '    Timeout: 20',
    'Resources:',
  ];
  for (let i = 0; i < 40; i++) {
    lines.push(
      `  Queue${i}:`,
      '    Type: AWS::SQS::Queue',
      '    Properties:',
      `      VisibilityTimeout: ${i % 2 === 0 ? 60 : 120}`,
      '      RedrivePolicy:',
      `        deadLetterTargetArn: !GetAtt Dlq${i}.Arn`,
      '        maxReceiveCount: 5',
      `  Dlq${i}:`,
      '    Type: AWS::SQS::Queue',
      `  Stream${i}:`,
      '    Type: AWS::Kinesis::Stream',
      '    Properties:',
      '      ShardCount: 1',
      `  Topic${i}:`,
      '    Type: AWS::SNS::Topic',
      `  Worker${i}:`,
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Handler: app.handler',
      '      CodeUri: src/',
      '      Environment:',
      '        Variables:',
      `          QUEUE_URL: !Ref Queue${i}`,
      '      Events:',
      '        FromQueue:',
      '          Type: SQS',
      '          Properties:',
      `            Queue: !GetAtt Queue${i}.Arn`,
      '            FunctionResponseTypes: [ReportBatchItemFailures]',
      '        FromStream:',
      '          Type: Kinesis',
      '          Properties:',
      `            Stream: !GetAtt Stream${i}.Arn`,
      '            StartingPosition: LATEST',
      '        FromTopic:',
      '          Type: SNS',
      '          Properties:',
      `            Topic: !Ref Topic${i}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const yamlTemplate = generateTemplate();
const parsed = parseTemplate(yamlTemplate);
if (!parsed.ok) throw new Error(parsed.error.message);
const jsonTemplate = JSON.stringify(parsed.template.root, null, 2);

const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  ...'bcdefghi'
    .split('')
    .map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
  'Resources: { X: { Type: AWS::SQS::Queue, Properties: { Tags: *i } } }',
].join('\n');
const deepFlow = '['.repeat(999_000);
const deepBlock = `${'- '.repeat(499_000)}x`;
const tooLarge = `Resources: {}\n#${'x'.repeat(1_100_000)}`;
const binary = `\u0000${'\u0001\u0002'.repeat(400_000)}`;
const manyFlowItems = `Resources: {R: {Type: X, Properties: {L: [${'1, '.repeat(300_000)}1]}}}\n`;
let largestAccepted = 'Resources:\n';
for (let i = 0; largestAccepted.length < 990_000; i++) {
  largestAccepted += `  Fn${i}:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: java21\n      Timeout: 30\n      Events:\n        Q:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Q${i}.Arn\n  Q${i}:\n    Type: AWS::SQS::Queue\n`;
}

describe('review a generated 200-resource template', () => {
  bench('YAML', () => {
    reviewTemplate(yamlTemplate);
  });
  bench('JSON', () => {
    reviewTemplate(jsonTemplate);
  });
});

describe('hostile input is refused quickly', () => {
  bench('YAML alias bomb (9^9 values)', () => {
    reviewTemplate(aliasBomb);
  });
  bench('1 MB of nested flow brackets', () => {
    reviewTemplate(deepFlow);
  });
  bench('1 MB of nested block sequences', () => {
    reviewTemplate(deepBlock);
  });
  bench('1.1 MB template (over the limit)', () => {
    reviewTemplate(tooLarge);
  });
  bench('800 KB of binary data', () => {
    reviewTemplate(binary);
  });
  bench('900 KB flow collection (300,000 items)', () => {
    reviewTemplate(manyFlowItems);
  });
});

describe('worst case still accepted', () => {
  bench(
    '1 MB block YAML template (33,000 resources)',
    () => {
      reviewTemplate(largestAccepted);
    },
    { iterations: 3, time: 0 },
  );
});
