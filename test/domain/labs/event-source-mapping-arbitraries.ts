/** Valid event source mapping lab setups (already normalised) for property tests. */
import fc from 'fast-check';
import { ESM_FIELDS as f, ESM_SOURCES } from '../../../src/domain/labs/event-source-mapping-fields';
import {
  normalizeEsmConfig,
  type EsmLabConfig,
} from '../../../src/domain/labs/event-source-mapping-types';
import { arbitraryField } from './lab-arbitraries';

const ids = fc.array(fc.integer({ min: 0, max: 199 }), { maxLength: 6 });

/** Any setup the lab accepts, as `normalizeEsmConfig` leaves it (sorted, distinct, in-range ids). */
export const arbitraryEsmConfig: fc.Arbitrary<EsmLabConfig> = fc
  .record({
    source: fc.constantFrom(...ESM_SOURCES),
    recordCount: arbitraryField(f.recordCount),
    batchSize: arbitraryField(f.batchSize),
    batchWindowSeconds: arbitraryField(f.batchWindowSeconds),
    functionTimeoutSeconds: arbitraryField(f.functionTimeoutSeconds),
    processingSecondsPerRecord: arbitraryField(f.processingSecondsPerRecord),
    alwaysFail: ids,
    failOnce: ids,
    reportBatchItemFailures: fc.boolean(),
    visibilityTimeoutSeconds: arbitraryField(f.visibilityTimeoutSeconds),
    dlq: fc.boolean(),
    maxReceiveCount: arbitraryField(f.maxReceiveCount),
    messageGroupCount: arbitraryField(f.messageGroupCount),
    retentionSeconds: arbitraryField(f.retentionSeconds),
    bisectBatchOnFunctionError: fc.boolean(),
    maximumRetryAttempts: arbitraryField(f.maximumRetryAttempts),
    maximumRecordAgeSeconds: fc.oneof(
      fc.constant(-1),
      fc.integer({ min: 60, max: f.maximumRecordAgeSeconds.max }),
    ),
    onFailureDestination: fc.boolean(),
    parallelizationFactor: arbitraryField(f.parallelizationFactor),
    shardCount: arbitraryField(f.shardCount),
    partitionKeyCount: arbitraryField(f.partitionKeyCount),
  })
  .map((config) => normalizeEsmConfig(config).config);
