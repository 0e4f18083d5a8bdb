import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allTips, findTopic } from '../../content/index';
import { collectContentIds, listNotesSaid } from './content-ids';
import { documentClaims, headingLines } from './document-claims';

const documentText = readFileSync(
  new URL('../../content/source/study-document.txt', import.meta.url),
  'utf8',
);

/** Marks which characters of the document lie inside some occurrence of a quote. */
function markQuoted(quotes: readonly string[]): boolean[] {
  const covered: boolean[] = Array.from({ length: documentText.length }, () => false);
  for (const quote of quotes) {
    for (
      let at = documentText.indexOf(quote);
      at !== -1;
      at = documentText.indexOf(quote, at + 1)
    ) {
      covered.fill(true, at, at + quote.length);
    }
  }
  return covered;
}

/** Letters and digits of each non-heading line that no quote covers. */
function findUncoveredLines(): string[] {
  const covered = markQuoted(documentClaims.map((e) => e.quote));
  const uncovered: string[] = [];
  let start = 0;
  for (const line of documentText.split('\n')) {
    // Index by UTF-16 code unit, as `indexOf` does (the checklist emoji are two units long).
    const isMissing = (i: number) => /[\p{L}\p{N}]/u.test(line.charAt(i)) && !covered[start + i];
    const missing = Array.from({ length: line.length }, (_, i) => i).some(isMissing);
    if (line.trim() !== '' && !headingLines.includes(line.trim()) && missing) {
      uncovered.push(line);
    }
    start += line.length + 1;
  }
  return uncovered;
}

describe('coverage of the study document', () => {
  it('quotes the document verbatim', () => {
    expect(
      documentClaims.filter((e) => !documentText.includes(e.quote)).map((e) => e.quote),
    ).toEqual([]);
  });

  it('maps every quote to content ids that exist', () => {
    const ids = collectContentIds();
    for (const entry of documentClaims) {
      expect(entry.ids.length, entry.quote).toBeGreaterThan(0);
      expect(
        entry.ids.filter((id) => !ids.has(id)),
        entry.quote,
      ).toEqual([]);
    }
  });

  it('covers every letter and digit of every line except pure headings', () => {
    expect(findUncoveredLines()).toEqual([]);
  });

  it('lists only headings that really are lines of the document', () => {
    const lines = documentText.split('\n').map((line) => line.trim());
    expect(headingLines.filter((heading) => !lines.includes(heading))).toEqual([]);
  });

  it('keeps older wording only where the study document said it', () => {
    const words = (text: string) => text.match(/[\p{L}\p{N}]{2,}/gu) ?? [];
    const documentWords = new Set(words(documentText));
    const invented = listNotesSaid().filter((c) =>
      words(c.notesSaid ?? '').some((w) => !documentWords.has(w)),
    );
    expect(invented.map((c) => `${c.at}: ${c.notesSaid}`)).toEqual([]);
  });

  it('teaches each "When to Use" bullet in the intro of its topic', () => {
    for (const entry of documentClaims.filter((e) => e.introMentions !== undefined)) {
      for (const id of entry.ids) {
        expect(findTopic(id)?.intro.join(' ').toLowerCase(), id).toContain(
          entry.introMentions?.toLowerCase(),
        );
      }
    }
  });

  it('restates every exam tip of the document, in its order, with the facts that teach it', () => {
    const tips = documentClaims.filter((e) => e.ids[0]?.startsWith('exam-tips.') === true);
    expect(tips.map((e) => e.ids[0])).toEqual(allTips.map((t) => t.id));
    for (const tip of allTips) expect(tip.facts.length, tip.id).toBeGreaterThan(0);
  });
});
