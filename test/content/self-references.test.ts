/**
 * Every text stands alone. No fact, intro, tip, table, checklist item or decision reason may
 * point at where the content came from ("the study guide", "the notes", "a core job") or at a
 * place on the page ("this section", "see above"). The older wording kept in `notesSaid` is the
 * one exception: the app introduces it itself ("The notes said …").
 */
import { describe, expect, it } from 'vitest';
import { examProfiles, topics } from '../../content/index';

/** Phrases that only make sense beside the study document or a page layout. */
const selfReferences: readonly RegExp[] = [
  /\bstudy (?:guide|document|notes?)\b/i,
  /\bthe (?:document|notes|guide|source material)\b/i,
  /\bworked examples?\b/i,
  /\bcore jobs?\b/i,
  /\boutput format\b/i,
  /\bthis (?:section|chapter|page|topic|checklist|document|table|list|part)\b/i,
  /\b(?:these|the following|the above|the previous|the next) (?:tips?|terms|sections?|findings|facts?|items?|questions?|cards?|tables?|lists?|examples?)\b/i,
  /\b(?:see|as|listed|shown|mentioned|described) (?:above|below|earlier|later)\b/i,
];

/** Fields that hold no prose of their own: ids, references, citations and older wording. */
const skippedKeys = new Set(['id', 'topic', 'set', 'seed', 'section', 'docs', 'notesSaid']);

/** Every string under `value`, with the path that leads to it. */
function collectTexts(value: unknown, path: string): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => collectTexts(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).flatMap(([key, item]) =>
      skippedKeys.has(key) ? [] : collectTexts(item, `${path}.${key}`),
    );
  return [];
}

const texts = [
  ...topics.flatMap((topic) => collectTexts(topic, topic.id)),
  ...examProfiles.flatMap((profile) => collectTexts(profile, profile.code)),
];

describe('wording', () => {
  it('collects the prose of every topic, fact, decision and exam profile', () => {
    expect(texts.length).toBeGreaterThan(5000);
    expect(texts.some((t) => t.path.endsWith('.intro[0]'))).toBe(true);
    expect(texts.some((t) => t.path.includes('.decisions[0].requirements[0].breaks.'))).toBe(true);
    expect(texts.some((t) => t.path.includes('notesSaid'))).toBe(false);
  });

  it('never refers to the source of the content or to a place on the page', () => {
    const found = texts.flatMap(({ path, text }) =>
      selfReferences.flatMap((pattern) => {
        const match = pattern.exec(text)?.[0];
        return match === undefined ? [] : [`${path}: "${match}" in "${text}"`];
      }),
    );
    expect(found, `rewrite these to stand alone:\n${found.join('\n')}`).toEqual([]);
  });

  it('recognizes the phrases it forbids', () => {
    const samples = [
      'As the study guide says, batches go up to 10,000.',
      'The notes list three causes.',
      'See the worked example for the formula.',
      'A core job of Lambda is glue code.',
      'This section covers layers.',
      'These tips restate the facts.',
      'The limits listed above apply.',
    ];
    expect(
      samples.filter((sample) => !selfReferences.some((pattern) => pattern.test(sample))),
    ).toEqual([]);
  });
});
