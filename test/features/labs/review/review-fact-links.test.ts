import { describe, expect, it } from 'vitest';
import { findTopic, topics } from '../../../../content/index';
import { REVIEW_RULES, RULE_IDS } from '../../../../src/domain/review/rule-catalog';
import { describeFactRef as describeFactRefIn } from '../../../../src/features/labs/review/review-fact-links';
import { citedTopicIds } from '../../../../src/features/labs/shared/content-links';

/** As the reviewer resolves an id: among the topics its ids name, and no others. */
const describeFactRef = (id: string) =>
  describeFactRefIn(
    topics.filter((topic) => citedTopicIds([id]).includes(topic.id)),
    id,
  );

describe('fact links of the reviewer', () => {
  it('links every fact a rule rests on to a topic page anchor', () => {
    for (const rule of RULE_IDS) {
      for (const id of REVIEW_RULES[rule].facts) {
        const ref = describeFactRef(id);
        expect(ref, id).toBeDefined();
        const match = /^\/learn\/([^#]+)#(fact|check)-(.+)$/.exec(ref?.href ?? '');
        expect(match?.[3]).toBe(id);
        expect(findTopic(match?.[1] ?? '')).toBeDefined();
        expect(ref?.label.length).toBeGreaterThan(10);
      }
    }
  });

  it('points checklist items at the checklist and facts at their own topic', () => {
    expect(describeFactRef('checklist.java-no-snapstart')?.href).toBe(
      '/learn/checklist#check-checklist.java-no-snapstart',
    );
    expect(describeFactRef('layers.max-count')?.href).toBe('/learn/layers#fact-layers.max-count');
    expect(describeFactRef('no.such-fact')).toBeUndefined();
  });
});
