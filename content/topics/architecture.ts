import type { Topic } from '../schema';

export const architectureTopic = {
  id: 'architecture',
  title: 'Architecture at organization scale',
  summary: 'Lambda across accounts and Regions: Organizations, cross-account access, resilience, cost and migration.',
  section: 'When to Use',
  intro: [],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
