/** Plain-language notes for the SQS steps of the event source mapping lab. */
import { assertNever } from '../lib/assert-never';
import type { HandlerRun } from './event-source-mapping-handler';
import type { EsmLabConfig } from './event-source-mapping-types';

function describeOutcome(
  cfg: EsmLabConfig,
  run: HandlerRun,
  batch: readonly number[],
): { note: string; facts: string[] } {
  const v = cfg.visibilityTimeoutSeconds;
  switch (run.outcome) {
    case 'success':
      return { note: `All ${batch.length} message(s) succeeded and were deleted.`, facts: [] };
    case 'function-error': {
      const ok = run.processed.length - 1;
      return {
        note: `Message ${run.processed[run.processed.length - 1]} failed and the handler threw: all ${batch.length} message(s) reappear after the visibility timeout (${v} s)${ok > 0 ? `, including ${ok} already processed` : ''}.`,
        facts: ['esm.report-batch-item-failures', 'esm.sqs-visibility-timeout'],
      };
    }
    case 'partial-failure':
      return {
        note:
          cfg.source === 'sqs-fifo'
            ? `Stopped at the first failure (${run.returned[0]}) and reported it with the ${run.returned.length - 1} message(s) after it, so the group order holds.`
            : `Only the reported message(s) ${run.returned.join(', ')} reappear after ${v} s; the rest were deleted.`,
        facts: ['esm.report-batch-item-failures'],
      };
    case 'timeout':
      return {
        note: `The batch needed more than the function timeout (${cfg.functionTimeoutSeconds} s): the invocation failed and all ${batch.length} message(s) reappear.`,
        facts: ['esm.sqs-visibility-timeout'],
      };
    default:
      return assertNever(run.outcome);
  }
}

/**
 * What one SQS invocation did, in words, with the facts it illustrates.
 * @param concurrent messages that reappeared while an earlier invocation still held them
 */
export function describeSqsInvocation(
  cfg: EsmLabConfig,
  run: HandlerRun,
  batch: readonly number[],
  concurrent: readonly number[],
): { note: string; facts: string[] } {
  const v = cfg.visibilityTimeoutSeconds;
  const outcome = describeOutcome(cfg, run, batch);
  const parts = [outcome.note];
  const facts = [...outcome.facts];
  if (concurrent.length > 0) {
    parts.push(
      `Message(s) ${concurrent.join(', ')} reappeared after ${v} s while an earlier invocation was still processing them: duplicate work.`,
    );
    if (!facts.includes('esm.sqs-visibility-timeout')) facts.push('esm.sqs-visibility-timeout');
  }
  return { note: parts.join(' '), facts };
}
