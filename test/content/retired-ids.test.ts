import { describe, expect, it } from 'vitest';
import { findFact } from '../../content/index';
import { retiredFacts } from '../../content/retired-ids';
import { collectContentIds } from './content-ids';

describe('retired fact ids', () => {
  const merged: Readonly<Record<string, string>> = retiredFacts;

  it('are never used again by the content', () => {
    const ids = collectContentIds();
    expect(Object.keys(merged).filter((id) => ids.has(id))).toEqual([]);
  });

  it('each lead, through any later merges, to a fact the content has', () => {
    for (const old of Object.keys(merged)) {
      const seen = new Set<string>();
      let id = old;
      for (let next = merged[id]; next !== undefined && !seen.has(id); next = merged[id]) {
        seen.add(id);
        id = next;
      }
      expect(findFact(id)?.id, `${old} leads to ${id}`).toBe(id);
    }
  });
});
