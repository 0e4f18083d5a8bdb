import { describe, expect, it } from 'vitest';
import {
  checkMaximumRecordAge,
  ESM_FIELDS,
  ESM_SOURCES,
  esmFieldSpec,
  isEsmFieldApplicable,
  isEsmToggleApplicable,
  listInapplicableSettings,
  type EsmNumberField,
} from '../../../src/domain/labs/event-source-mapping-fields';
import {
  DEFAULT_ESM_CONFIG,
  normalizeEsmConfig,
} from '../../../src/domain/labs/event-source-mapping-types';

const fields = Object.keys(ESM_FIELDS) as EsmNumberField[];

describe('event source mapping fields', () => {
  it('accepts every default value', () => {
    for (const field of fields) {
      const spec = ESM_FIELDS[field];
      expect(DEFAULT_ESM_CONFIG[field]).toBeGreaterThanOrEqual(spec.min);
      expect(DEFAULT_ESM_CONFIG[field]).toBeLessThanOrEqual(spec.max);
    }
  });

  it('keeps each source’s bounds within what the engine leaves unchanged', () => {
    for (const source of ESM_SOURCES) {
      for (const field of fields.filter((f) => isEsmFieldApplicable(f, source))) {
        const spec = esmFieldSpec(field, source);
        for (const value of [spec.min, spec.max]) {
          const config = { ...DEFAULT_ESM_CONFIG, source, [field]: value };
          expect(normalizeEsmConfig(config).config[field]).toBe(value);
        }
      }
    }
  });

  it('allows at most 10 messages per batch on a FIFO queue only', () => {
    expect(esmFieldSpec('batchSize', 'sqs-fifo').max).toBe(10);
    expect(esmFieldSpec('batchSize', 'sqs-standard').max).toBe(10_000);
  });

  it('refuses a record age between 0 and 59 seconds but allows -1', () => {
    expect(checkMaximumRecordAge(-1)).toBeUndefined();
    expect(checkMaximumRecordAge(60)).toBeUndefined();
    expect(checkMaximumRecordAge(30)).toContain('-1');
  });

  it('hides stream settings for queues and queue settings for streams, saying why', () => {
    expect(isEsmFieldApplicable('visibilityTimeoutSeconds', 'kinesis')).toBe(false);
    expect(isEsmFieldApplicable('parallelizationFactor', 'sqs-standard')).toBe(false);
    expect(isEsmFieldApplicable('batchWindowSeconds', 'sqs-fifo')).toBe(false);
    expect(isEsmFieldApplicable('messageGroupCount', 'sqs-fifo')).toBe(true);
    expect(isEsmToggleApplicable('dlq', 'dynamodb-streams')).toBe(false);
    expect(isEsmToggleApplicable('bisectBatchOnFunctionError', 'kinesis')).toBe(true);
    expect(isEsmToggleApplicable('reportBatchItemFailures', 'sqs-fifo')).toBe(true);
    for (const source of ESM_SOURCES) {
      const groups = listInapplicableSettings(source);
      expect(groups.length).toBeGreaterThan(0);
      for (const g of groups) expect(g.factId).toMatch(/^esm\./);
    }
    expect(listInapplicableSettings('sqs-fifo').flatMap((g) => g.settings)).toContain(
      'Batching window',
    );
  });
});
