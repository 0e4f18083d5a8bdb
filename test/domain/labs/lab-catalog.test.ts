import { describe, expect, it } from 'vitest';
import { findLabBySlug, LABS } from '../../../src/domain/labs/lab-catalog';

describe('lab catalog', () => {
  it('lists the five labs with unique ids and slugs', () => {
    expect(LABS.map((lab) => lab.id)).toEqual([
      'concurrency',
      'cold-starts',
      'edge-chooser',
      'event-source-mapping',
      'review',
    ]);
    expect(new Set(LABS.map((lab) => lab.slug)).size).toBe(LABS.length);
  });

  it('uses URL-safe slugs and one-line descriptions', () => {
    for (const lab of LABS) {
      expect(lab.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(lab.description).not.toContain('\n');
    }
  });

  it('finds a lab by slug and nothing for an unknown slug', () => {
    expect(findLabBySlug('edge-chooser')?.id).toBe('edge-chooser');
    expect(findLabBySlug('nope')).toBeUndefined();
  });
});
