/**
 * Each claim is taught once: no two facts may state nearly the same thing, in one topic or
 * across topics. Statements are compared as sets of content words (lower case, without the
 * commonest function words, with plural and verb endings cut), by Jaccard similarity.
 */
import { describe, expect, it } from 'vitest';
import { allFacts, type Fact } from '../../content/index';

/** At or above this share of shared content words, two statements say the same thing. */
const NEAR_DUPLICATE = 0.6;

const functionWords = new Set(
  'a an the of to and or in on for is are be by with its it that this as at from can than not no one'.split(
    ' ',
  ),
);

/** "Queues" and "queue", "invoked" and "invokes" count as the same word. */
const stem = (word: string) => word.replace(/(?:ing|ed|es|s)$/, '');

function contentWords(text: string): ReadonlySet<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9$]+/)
      .filter((word) => word !== '' && !functionWords.has(word))
      .map(stem),
  );
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const shared = [...a].filter((word) => b.has(word)).length;
  return shared / (a.size + b.size - shared);
}

const hasValue = (fact: Fact) => fact.kind === 'limit' || fact.kind === 'estimate';

/**
 * Pairs written in parallel on purpose: members of one set ("X is one of …") and limits that
 * state different figures for parallel subjects (a viewer trigger's 5 seconds, an origin
 * trigger's 30). They are compared only when their words are identical.
 */
function isParallelByDesign(a: Fact, b: Fact): boolean {
  if (a.kind === 'member' && b.kind === 'member') return a.set === b.set;
  if (hasValue(a) && hasValue(b) && 'value' in a && 'value' in b)
    return JSON.stringify(a.value) !== JSON.stringify(b.value);
  return false;
}

describe('facts', () => {
  it('states each claim once: no two statements are near-duplicates', () => {
    const words = allFacts.map((fact) => contentWords(fact.statement));
    const found: string[] = [];
    allFacts.forEach((a, i) => {
      allFacts.slice(i + 1).forEach((b, offset) => {
        const [wa, wb] = [words[i], words[i + 1 + offset]];
        if (wa === undefined || wb === undefined) return;
        const similarity = jaccard(wa, wb);
        const limit = isParallelByDesign(a, b) ? 1 : NEAR_DUPLICATE;
        if (similarity >= limit)
          found.push(
            `${a.id} ~ ${b.id} (${similarity.toFixed(2)}):\n  ${a.statement}\n  ${b.statement}`,
          );
      });
    });
    expect(
      found,
      `near-duplicate statements; merge them into one fact:\n${found.join('\n')}`,
    ).toEqual([]);
  });

  it('measures as near-duplicates two statements of one claim in other words', () => {
    const [a = new Set<string>(), b = new Set<string>()] = [
      'Provisioned concurrency is configured on a published version or an alias, never on the unpublished $LATEST version.',
      'Provisioned concurrency is configured on a published version or on an alias that points to one, never on $LATEST.',
    ].map(contentWords);
    expect(jaccard(a, b)).toBeGreaterThanOrEqual(NEAR_DUPLICATE);
  });
});
