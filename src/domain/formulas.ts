/**
 * The document's formulas. Numeric questions and the labs share these functions so that
 * a question's answer and a lab's output can never disagree.
 */

/**
 * Concurrent executions needed: requests per second × average duration.
 * @param requestsPerSecond arrival rate in requests/s (≥ 0)
 * @param durationSeconds average function duration in seconds (≥ 0)
 * @returns concurrent executions (not rounded)
 */
export function computeConcurrency(requestsPerSecond: number, durationSeconds: number): number {
  return requestsPerSecond * durationSeconds;
}

/**
 * Concurrent invocations of a Kinesis or DynamoDB stream consumer: shards × ParallelizationFactor.
 * @param shards active shards (≥ 1)
 * @param parallelizationFactor concurrent batches per shard, 1–10
 */
export function computeStreamConcurrency(shards: number, parallelizationFactor: number): number {
  return shards * parallelizationFactor;
}

/**
 * The smallest SQS visibility timeout AWS recommends for a queue feeding a function: six times
 * the function timeout, so that Lambda can retry a batch after throttling before it reappears.
 * (What Lambda enforces is only that the function timeout does not exceed the visibility timeout.)
 * @param functionTimeoutSeconds function timeout in seconds
 * @returns visibility timeout in seconds
 */
export function computeMinVisibilityTimeout(functionTimeoutSeconds: number): number {
  return 6 * functionTimeoutSeconds;
}

/**
 * Concurrency left in the shared (unreserved) pool after reservations.
 * @param accountLimit the Region's concurrency quota (default 1,000)
 * @param reservations reserved concurrency of each function that has one
 */
export function computeUnreservedConcurrency(
  accountLimit: number,
  reservations: readonly number[],
): number {
  return accountLimit - reservations.reduce((sum, r) => sum + r, 0);
}

/** AWS keeps at least this many concurrent executions unreserved in every Region. */
export const MIN_UNRESERVED_CONCURRENCY = 100;
