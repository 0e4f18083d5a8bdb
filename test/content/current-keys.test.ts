/**
 * Keys follow AWS documentation as it is today. Each row of the fact-check of the study document
 * is pinned here: where today's truth is taught, what it must say, what it must no longer say,
 * and the document's words kept as older wording. The known wrong keys of earlier versions are
 * then hunted over the whole generated bank.
 */
import { describe, expect, it } from 'vitest';
import { findFact, topics } from '../../content/index';
import { generateBank } from '../../src/domain/quiz/generate-questions';
import type { Question } from '../../src/domain/quiz/question';
import { findClaim, listNotesSaid } from './content-ids';

type Row = Readonly<{
  row: string;
  at: string;
  says: RegExp;
  never?: RegExp;
  /** Words of the document kept in `notesSaid`, where it said otherwise. */
  said?: string;
}>;

const rows: readonly Row[] = [
  {
    row: '/tmp not shared',
    at: 'key-concepts.tmp-storage',
    says: /persist/,
    never: /not shared between invocations/i,
    said: 'NOT shared between invocations',
  },
  {
    row: 'SnapStart is Java-only',
    at: 'key-concepts.snapstart-min-java',
    says: /Java, Python and \.NET/,
    said: 'Java 11+',
  },
  {
    row: 'SnapStart sub-100 ms',
    at: 'cold-starts.snapstart-restore',
    says: /sub-second/,
    never: /sub-100/i,
    said: 'sub-100ms',
  },
  {
    row: 'SnapStart as a mitigation',
    at: 'cold-starts.mitigation-snapstart',
    says: /snapshot/,
    never: /sub-100|Java only/i,
    said: 'sub-100ms',
  },
  { row: 'SQS batch size', at: 'esm.sqs-batch-size', says: /standard queue/, said: '1–10,000' },
  { row: 'SQS batch size on FIFO', at: 'esm.sqs-fifo-batch-size', says: /FIFO queue/ },
  { row: 'SQS batching window', at: 'esm.sqs-batch-window', says: /standard queue/, said: '0–300' },
  {
    row: 'no batching window on FIFO',
    at: 'esm.sqs-fifo-no-batch-window',
    says: /does not support/,
  },
  {
    row: 'SQS ordering',
    at: 'triggers.sources#sqs.ordering',
    says: /message group/,
    never: /within (the )?queue/i,
    said: 'FIFO within queue',
  },
  {
    row: 'visibility timeout × 6',
    at: 'esm.sqs-visibility-timeout',
    says: /recommends/,
    never: /must be/,
    said: '× 6',
  },
  { row: 'what Lambda enforces', at: 'esm.sqs-visibility-enforced', says: /rejects/ },
  {
    row: 'SQS failures',
    at: 'esm.sqs-on-failure',
    says: /dead-letter queue/,
    never: /failure destination/i,
    said: 'Lambda destination',
  },
  {
    row: 'one invocation per shard',
    at: 'esm.stream-shard-invocation',
    says: /one batch at a time/,
    said: 'one Lambda invocation per active shard',
  },
  {
    row: 'stream on-failure destinations',
    at: 'esm.stream-on-failure-destination',
    says: /S3 bucket/,
    said: 'SQS or SNS',
  },
  { row: 'destination types', at: 'destinations.target-s3', says: /S3/ },
  {
    row: 'CloudFront Functions runtime',
    at: 'edge.comparison#cloudfront-functions.runtime',
    says: /5\.1/,
    said: 'ES5',
  },
  {
    row: 'CloudFront Functions execution time',
    at: 'edge.cloudfront-functions-max-execution',
    says: /submillisecond|sub-millisecond/i,
    never: /\b1 ?ms\b/,
    said: '1ms',
  },
  {
    row: 'Lambda@Edge memory on viewer triggers',
    at: 'edge.lambda-at-edge-memory',
    says: /viewer/,
    never: /10 ?GB|10,240/,
    said: '128MB–10GB',
  },
  {
    row: 'Lambda@Edge memory on origin triggers',
    at: 'edge.lambda-at-edge-origin-memory',
    says: /origin.*10,240 MB/,
  },
  {
    row: '400+ edge locations',
    at: 'edge.edge-location-count',
    says: /edge locations/,
    never: /400/,
    said: '400+',
  },
  { row: 'account concurrency', at: 'concurrency.account-limit', says: /[Bb]y default/ },
  { row: 'unreserved minimum', at: 'concurrency.unreserved-minimum', says: /at least 100/ },
  { row: 'Lambda@Edge deployment', at: 'versions.edge-numbered-version', says: /numbered version/ },
  {
    row: 'API Gateway invocation',
    at: 'invocation.api-gateway-sync-by-default',
    says: /synchronously by default/,
  },
  {
    row: 'Standard workflow started again by name',
    at: 'orchestration.workflow-types#standard.sameName',
    says: /input is identical/,
  },
];

describe('keys that follow AWS documentation today', () => {
  it.each(rows)('teaches $row at $at', ({ at, says, never, said }) => {
    const claim = findClaim(at);
    expect(claim, at).toBeDefined();
    expect(claim?.text).toMatch(says);
    if (never !== undefined) expect(claim?.text).not.toMatch(never);
    if (said !== undefined) expect(claim?.notesSaid ?? '').toContain(said);
  });

  it('never states the older wording as today’s truth', () => {
    const same = listNotesSaid().filter(
      (c) => c.text.trim().toLowerCase() === c.notesSaid?.trim().toLowerCase(),
    );
    expect(same.map((c) => c.at)).toEqual([]);
  });

  it('gives no rough, unpublished figure as a limit', () => {
    for (const id of [
      'cold-starts.runtime-jvm',
      'cold-starts.runtime-light',
      'cold-starts.keep-warm-interval',
    ])
      expect(findFact(id)?.kind, id).toBe('estimate');
  });
});

/** The texts a card asserts as true: its keys, or the claim of a true/false card keyed True. */
function listAsserted(q: Question): string[] {
  const keys = q.options.filter((o) => q.correct.includes(o.id)).map((o) => o.text);
  if (q.kind !== 'true-false') return keys;
  return keys[0] === 'True' ? [q.stem.replace(/^True or false\? /, '')] : [];
}

/** Classes of wrong keys found in earlier versions of the bank. */
const wrongKeys: readonly Readonly<{ what: string; test: (text: string) => boolean }>[] = [
  {
    what: '/tmp not shared between invocations',
    test: (t) => /\/tmp[^.]*not shared between invocations/i.test(t),
  },
  { what: 'SnapStart sub-100 ms', test: (t) => /sub-100\s?ms/i.test(t) },
  {
    what: 'SnapStart as Java-only',
    test: (t) => /SnapStart[^.]*Java[- ]only|SnapStart is a Java/i.test(t),
  },
  { what: 'the garbled "AWS SDK extensions"', test: (t) => /AWS SDK extensions/i.test(t) },
  { what: 'table filler', test: (t) => /\bN\/A\b/.test(t) },
  { what: 'JVM blamed for .NET', test: (t) => /\.NET[^.]*JVM|JVM[^.]*\.NET/.test(t) },
  {
    what: 'Lambda@Edge memory as one range',
    test: (t) => /Lambda@Edge[^.]*128 ?MB ?[–-] ?10 ?GB/i.test(t),
  },
  { what: 'destinations as a try/catch slogan', test: (t) => /alternative to try\/catch/i.test(t) },
  {
    what: 'API Gateway synchronous without "by default"',
    test: (t) => /API Gateway[^.]*invokes[^.]*\bsynchronously\b/.test(t) && !/by default/.test(t),
  },
  {
    what: 'an SQS failure destination',
    test: (t) =>
      /SQS[^.]*(Lambda|on-failure) (failure )?destination/i.test(t) &&
      !/\b(no|not|never)\b/i.test(t) &&
      // a queue that receives an asynchronous invocation's failures is a valid destination
      !/SQS queue as (the|an|its) (on-failure )?destination/i.test(t),
  },
];

describe('the generated bank', () => {
  it.each([1, 2, 3])('asserts none of the known wrong keys (seed %i)', (seed) => {
    const asserted = generateBank({ topics }, seed).flatMap((q) =>
      listAsserted(q).map((text) => ({ id: q.cardId, text })),
    );
    const found = asserted.flatMap(({ id, text }) =>
      wrongKeys.filter((w) => w.test(text)).map((w) => `${id}: ${w.what}: ${text}`),
    );
    expect(found).toEqual([]);
  });

  it('would catch each class of wrong key', () => {
    const samples = [
      '/tmp is not shared between invocations.',
      'SnapStart gives sub-100 ms cold starts.',
      'SnapStart is a Java feature.',
      'AWS SDK extensions',
      'N/A',
      '.NET cold starts come from JVM initialization.',
      'Lambda@Edge has 128 MB–10 GB of memory.',
      'Destinations are an alternative to try/catch.',
      'API Gateway invokes the function synchronously.',
      'Failed SQS messages go to a Lambda failure destination.',
    ];
    samples.forEach((text, i) => expect(wrongKeys[i]?.test(text), text).toBe(true));
  });

  it('accepts an SQS queue as the destination of asynchronous failures', () => {
    const text = 'Add a standard SQS queue as the on-failure destination of the function.';
    expect(wrongKeys.filter((w) => w.test(text))).toEqual([]);
  });
});
