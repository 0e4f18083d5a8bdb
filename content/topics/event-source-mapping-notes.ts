/**
 * The study document section and the AWS pages shared by the event source mapping rules
 * (event-source-mappings.ts) and the settings sets (event-source-mapping-settings.ts), so that
 * each page is cited the same way in both files.
 */
import { cfnTemplateReference, cite, lambdaApi, lambdaGuide } from './authoring';

export const seed = '4. Event Source Mapping Configuration' as const;

/** SQS parameters: batch size per queue type, batching window not for FIFO, no DestinationConfig. */
export const sqsParameters = cite(`${lambdaGuide}services-sqs-parameters.html`);
/** Visibility timeout: at least six times the function timeout; function timeout validated. */
export const sqsConfigure = cite(`${lambdaGuide}services-sqs-configure.html`);
/** Partial batch responses, and the FIFO rule of stopping at the first failure. */
export const sqsErrorHandling = cite(`${lambdaGuide}services-sqs-errorhandling.html`);
/** Batching window range and the window required by a batch size above 10. */
export const createMapping = cite(`${lambdaApi}API_CreateEventSourceMapping.html`);
/** Kinesis parameters: ParallelizationFactor, MaximumRetryAttempts, MaximumRecordAgeInSeconds. */
export const kinesisParameters = cite(`${lambdaGuide}services-kinesis-parameters.html`);
/** Polling and batching: one batch per shard by default, order kept per partition key. */
export const kinesisPolling = cite(`${lambdaGuide}with-kinesis.html`);
/** Retries, bisecting and on-failure destinations of a Kinesis event source mapping. */
export const kinesisOnFailure = cite(`${lambdaGuide}kinesis-on-failure-destination.html`);
/** On-failure destination types of an event source mapping: SQS, SNS or S3. */
export const mappingOnFailure = cite(
  `${cfnTemplateReference}aws-properties-lambda-eventsourcemapping-onfailure.html`,
);
