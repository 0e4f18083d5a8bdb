import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findFact, type Quantity } from '../../content/index';

const documentText = readFileSync(
  new URL('../../content/source/study-document.txt', import.meta.url),
  'utf8',
);

const exact = (n: number, unit: Quantity['unit']): Quantity => ({ kind: 'exact', n, unit });
const range = (min: number, max: number, unit: Quantity['unit']): Quantity => ({
  kind: 'range',
  min,
  max,
  unit,
});

/**
 * Every number of the document and the fact that teaches it: a limit or an estimate with the same
 * value, or, where AWS documentation now says otherwise, a fact that keeps the document's figure
 * in `notesSaid` (no `value` here), or states it in words (`says`).
 */
const numbers: readonly Readonly<{
  quote: string;
  fact: string;
  value?: Quantity;
  says?: string;
}>[] = [
  {
    quote: '1,000 concurrent executions',
    fact: 'concurrency.account-limit',
    value: exact(1000, 'count'),
  },
  { quote: 'Reserved concurrency = 0', fact: 'concurrency.reserved-zero', says: 'set to zero' },
  {
    quote: '500 req/s × 0.2s average = 100 concurrent executions',
    fact: 'concurrency.formula-example',
    value: exact(100, 'count'),
  },
  { quote: '500ms–2s', fact: 'cold-starts.runtime-jvm', value: range(500, 2000, 'ms') },
  { quote: '50–200ms', fact: 'cold-starts.runtime-light', value: range(50, 200, 'ms') },
  { quote: 'sub-100ms for Java', fact: 'cold-starts.snapstart-restore' },
  { quote: 'every 5 minutes', fact: 'cold-starts.keep-warm-interval', value: exact(5, 'min') },
  { quote: '1–10,000 messages', fact: 'esm.sqs-batch-size', value: range(1, 10000, 'count') },
  { quote: 'batch size up to 10,000', fact: 'esm.sqs-batch-size', value: range(1, 10000, 'count') },
  { quote: '0–300 seconds', fact: 'esm.sqs-batch-window', value: range(0, 300, 's') },
  { quote: 'timeout × 6', fact: 'esm.sqs-visibility-timeout', value: exact(6, 'count') },
  {
    quote: '1–10 concurrent invocations per shard',
    fact: 'esm.parallelization-factor',
    value: range(1, 10, 'count'),
  },
  { quote: 'Up to 5 layers', fact: 'layers.max-count', value: exact(5, 'count') },
  { quote: '250MB', fact: 'layers.max-unzipped', value: exact(250, 'MB') },
  { quote: '5s (viewer)', fact: 'edge.lambda-at-edge-viewer-timeout', value: exact(5, 's') },
  { quote: '30s (origin)', fact: 'edge.lambda-at-edge-origin-timeout', value: exact(30, 's') },
  { quote: '1ms', fact: 'edge.cloudfront-functions-max-execution' },
  { quote: '128MB–10GB', fact: 'edge.lambda-at-edge-memory' },
  { quote: '| 2MB |', fact: 'edge.cloudfront-functions-memory', value: exact(2, 'MB') },
  { quote: '400+ edge locations', fact: 'edge.edge-location-count' },
  { quote: 'Java 11+', fact: 'key-concepts.snapstart-min-java' },
  { quote: 'sub-100ms cold starts', fact: 'cold-starts.snapstart-restore' },
  { quote: '512MB to 10GB', fact: 'key-concepts.tmp-size', value: range(512, 10240, 'MB') },
  { quote: '15 minutes', fact: 'key-concepts.max-timeout', value: exact(15, 'min') },
];

/** The figure of a quote, as older wording keeps it: "sub-100ms" → "100ms", "| 1ms |" → "1ms". */
const figureOf = (quote: string) => /\d[\d,]*\+?\s?(?:ms|s|MB|GB)?/.exec(quote)?.[0] ?? quote;

/** Digits that are part of a name, not a quantity. */
const names = ['us-east-1', 'ES5', 'S3', 'DVA-C02', 'SAP-C02', '24/7'];

/** Offsets of every occurrence of each text in the document, with its length. */
function findOccurrences(texts: readonly string[]): { at: number; length: number }[] {
  return texts.flatMap((text) => {
    const found: { at: number; length: number }[] = [];
    for (let at = documentText.indexOf(text); at !== -1; at = documentText.indexOf(text, at + 1)) {
      found.push({ at, length: text.length });
    }
    return found;
  });
}

describe('numbers of the study document', () => {
  it('quotes each number verbatim and teaches it with the same value, or keeps it as older wording', () => {
    for (const { quote, fact, value, says } of numbers) {
      expect(documentText, quote).toContain(quote);
      const found = findFact(fact);
      expect(found, fact).toBeDefined();
      if (says !== undefined) {
        expect(found?.statement, fact).toContain(says);
      } else if (value === undefined) {
        expect(found?.notesSaid ?? '', fact).toContain(figureOf(quote));
      } else {
        expect(found?.kind === 'limit' || found?.kind === 'estimate', fact).toBe(true);
        if (found?.kind === 'limit' || found?.kind === 'estimate')
          expect(found.value, fact).toEqual(value);
      }
    }
  });

  it('leaves no number of the document without a limit fact, section numbers and names aside', () => {
    const spans = findOccurrences([...numbers.map((n) => n.quote), ...names]);
    const isCovered = (at: number) => spans.some((s) => at >= s.at && at < s.at + s.length);
    const isSectionNumber = (at: number) => at === 0 || documentText[at - 1] === '\n';
    const orphans = [...documentText.matchAll(/\d[\d,.]*/g)]
      .filter((m) => !isCovered(m.index) && !isSectionNumber(m.index))
      .map((m) => documentText.slice(Math.max(0, m.index - 20), m.index + 20));
    expect(orphans).toEqual([]);
  });
});
