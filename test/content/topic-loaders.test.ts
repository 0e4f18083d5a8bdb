import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topics } from '../../content/index';
import {
  isLoadableTopicId,
  loadableTopicIds,
  loadTopic,
  topicIdOf,
} from '../../content/topic-loaders';
import { summarizeTopic, topicSummaries } from '../../content/topic-summaries';

describe('loading one topic', () => {
  it('loads exactly the topics of the registry, as the same objects', async () => {
    expect([...loadableTopicIds].sort()).toEqual(topics.map((t) => t.id).sort());
    for (const topic of topics) {
      expect(isLoadableTopicId(topic.id)).toBe(true);
      expect(await loadTopic(topic.id), topic.id).toBe(topic);
    }
  });

  it('returns the same promise for every call, so that a render can wait on it', () => {
    expect(loadTopic('layers')).toBe(loadTopic('layers'));
  });

  it('loads nothing for an id that is not a topic’s', async () => {
    for (const id of ['', 'not-a-topic', 'constructor', '__proto__', 'toString', 'Layers']) {
      expect(isLoadableTopicId(id), id).toBe(false);
      expect(await loadTopic(id), id).toBeUndefined();
    }
  });
});

describe('the topic an id belongs to', () => {
  it('names the topic that holds every fact, checklist item, table and set', () => {
    for (const topic of topics) {
      const ids = [
        ...topic.facts.map((f) => f.id),
        ...topic.checklist.map((c) => c.id),
        ...topic.tables.map((t) => t.id),
        ...topic.sets.map((s) => s.id),
      ];
      for (const id of ids) expect(topicIdOf(id), id).toBe(topic.id);
    }
  });

  it('names no topic for an id without a topic’s prefix', () => {
    for (const id of ['', 'layers', '.layers', 'no.such-fact', 'constructor.x', '__proto__.x'])
      expect(topicIdOf(id), id).toBeUndefined();
    fc.assert(
      fc.property(fc.string(), (id) => {
        const topic = topicIdOf(id);
        return topic === undefined || isLoadableTopicId(topic);
      }),
    );
  });
});

describe('the Learn index’s topic summaries', () => {
  it('match every topic, in the registry’s order (update content/topic-summaries.ts)', () => {
    expect(topicSummaries).toEqual(topics.map(summarizeTopic));
  });
});
