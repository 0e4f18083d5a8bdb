import { describe, expect, it } from 'vitest';
import { findNote } from './content-ids';

/** Every row of "Where the document is wrong, outdated or too coarse", and where it is attached. */
const factCheckRows = [
  {
    row: '/tmp not shared',
    at: 'key-concepts.tmp-storage',
    page: 'lambda/latest/dg/configuration-ephemeral-storage.html',
  },
  {
    row: 'SnapStart Java 11+',
    at: 'key-concepts.snapstart',
    page: 'lambda/latest/dg/snapstart.html',
  },
  {
    row: 'SnapStart sub-100 ms',
    at: 'cold-starts.mitigation-snapstart',
    page: 'lambda/latest/dg/snapstart.html',
  },
  {
    row: 'SQS batch size',
    at: 'esm.sqs-batch-size',
    page: 'lambda/latest/dg/services-sqs-parameters.html',
  },
  {
    row: 'SQS batch window',
    at: 'esm.sqs-batch-window',
    page: 'lambda/latest/dg/services-sqs-parameters.html',
  },
  {
    row: 'SQS ordering',
    at: 'triggers.sources#sqs.ordering',
    page: 'AWSSimpleQueueService/latest/SQSDeveloperGuide/using-messagegroupid-property.html',
  },
  {
    row: 'visibility timeout × 6',
    at: 'esm.sqs-visibility-timeout',
    page: 'lambda/latest/dg/services-sqs-configure.html',
  },
  {
    row: 'SQS failures',
    at: 'esm.sqs-on-failure',
    page: 'lambda/latest/dg/services-sqs-errorhandling.html',
  },
  {
    row: 'one invocation per shard',
    at: 'esm.stream-shard-invocation',
    page: 'lambda/latest/dg/services-kinesis-parameters.html',
  },
  {
    row: 'stream on-failure destination',
    at: 'esm.stream-on-failure-destination',
    page: 'AWSCloudFormation/latest/UserGuide/aws-properties-lambda-eventsourcemapping-onfailure.html',
  },
  {
    row: 'destination targets',
    at: 'destinations.targets',
    page: 'lambda/latest/dg/invocation-async-retain-records.html',
  },
  {
    row: 'CloudFront Functions runtime',
    at: 'edge.comparison#cloudfront-functions.runtime',
    page: 'AmazonCloudFront/latest/DeveloperGuide/functions-javascript-runtime-features.html',
  },
  {
    row: 'CloudFront Functions 1 ms',
    at: 'edge.comparison#cloudfront-functions.maxExecution',
    page: 'AmazonCloudFront/latest/DeveloperGuide/cloudfront-function-restrictions.html',
  },
  {
    row: 'Lambda@Edge memory',
    at: 'edge.comparison#lambda-at-edge.maxMemory',
    page: 'AmazonCloudFront/latest/DeveloperGuide/edge-functions-choosing.html',
  },
  {
    row: '400+ edge locations',
    at: 'edge.comparison#lambda-at-edge.location',
    page: 'AmazonCloudFront/latest/DeveloperGuide/edge-functions.html',
  },
  {
    row: 'viewer request/response only',
    at: 'edge.comparison#cloudfront-functions.triggerPoints',
    page: 'AmazonCloudFront/latest/DeveloperGuide/cloudfront-functions.html',
  },
  {
    row: 'account limit',
    at: 'concurrency.account-limit',
    page: 'lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    row: 'cold start ranges',
    at: 'cold-starts.runtime-jvm',
    page: 'lambda/latest/dg/lambda-runtime-environment.html',
  },
  {
    row: 'max timeout',
    at: 'key-concepts.max-timeout',
    page: 'lambda/latest/dg/gettingstarted-limits.html',
  },
  {
    row: 'Lambda@Edge us-east-1',
    at: 'edge.comparison#lambda-at-edge.deploymentRegion',
    page: 'AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  },
];

describe('fact-check notes', () => {
  it('attaches every row of the fact-check table to the fact or cell it concerns', () => {
    for (const { row, at, page } of factCheckRows) {
      expect(findNote(at)?.source.url, row).toBe(`https://docs.aws.amazon.com/${page}`);
    }
  });

  it('says plainly when AWS docs do not state a figure', () => {
    for (const at of [
      'edge.comparison#lambda-at-edge.location',
      'edge.edge-location-count',
      'cold-starts.runtime-light',
    ]) {
      expect(findNote(at)?.says, at).toMatch(/not stated by AWS docs; treat as approximate/i);
    }
  });
});
