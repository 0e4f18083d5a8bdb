/** Fact-check notes shared by the event source mapping rules and the settings sets. */
import { cfnGuide, lambdaGuide, noteFactCheck } from './authoring';

export const sqsBatchSizeNote = noteFactCheck(
  'The 10,000 maximum applies to standard queues; FIFO queues allow at most 10. A batch size above 10 needs a batching window of at least 1 second.',
  `${lambdaGuide}services-sqs-parameters.html`,
  'Older questions that do not name the queue type expect 10,000 as the maximum.',
);

export const sqsBatchWindowNote = noteFactCheck(
  'Right for standard queues; FIFO queues do not support a batching window.',
  `${lambdaGuide}services-sqs-parameters.html`,
);

export const sqsVisibilityNote = noteFactCheck(
  'Six times is AWS’s recommendation ("at least six times" the function timeout, plus the batching window). What Lambda enforces is that the function timeout is not longer than the visibility timeout.',
  `${lambdaGuide}services-sqs-configure.html`,
  'Exam questions expect "at least 6 × the function timeout".',
);

export const sqsOnFailureNote = noteFactCheck(
  'For an SQS trigger, failed messages go to the queue’s own dead-letter queue (its redrive policy). On-failure destinations on an event source mapping exist for Kinesis, DynamoDB Streams and Kafka, not for SQS.',
  `${lambdaGuide}services-sqs-errorhandling.html`,
  'Older questions may accept a Lambda failure destination for SQS; the safe answer is the queue’s DLQ.',
);

export const shardInvocationNote = noteFactCheck(
  'By default Lambda processes one batch per shard at a time; ParallelizationFactor allows up to 10 concurrent batches per shard.',
  `${lambdaGuide}services-kinesis-parameters.html`,
);

export const streamOnFailureNote = noteFactCheck(
  'An on-failure destination for Kinesis or DynamoDB Streams can be an SQS queue, an SNS topic or an S3 bucket.',
  `${cfnGuide}aws-properties-lambda-eventsourcemapping-onfailure.html`,
  'Older questions list only SQS and SNS.',
);
