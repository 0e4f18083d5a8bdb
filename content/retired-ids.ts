/**
 * Ids that left the content. Ids are never removed; a merged fact's old id is listed here,
 * mapped to the fact that now holds its claim, so that a learner's review history of the old
 * fact moves to the kept one (see `src/domain/progress/card-successor.ts`). Entries are never
 * removed either: progress saved long ago may still name the old id. When a kept fact is
 * merged in turn, add its own entry; old ids follow the chain.
 */
export const retiredFacts = Object.freeze({
  'cold-starts.snapstart-runtimes': 'key-concepts.snapstart-min-java',
  'versions.provisioned-concurrency': 'concurrency.provisioned-version-alias',
  'architecture.arm64-price-performance': 'performance.arm64-price-performance',
  'architecture.cross-account-role': 'permissions.cross-account-assume-role',
  'destinations.queue-retention': 'integration.sqs-retention',
  'invocation.on-failure-after-retries': 'destinations.on-failure-timing',
  'permissions.layer-grant': 'layers.cross-account',
} as const) satisfies Readonly<Record<string, string>>;
