import type { Topic } from '../schema';

export const integrationTopic = {
  id: 'integration',
  title: 'Integration patterns',
  summary: 'Queues, topics, buses and streams between services and functions: buffering, fan-out, ordering and scheduling.',
  section: '1. Lambda Triggers (Event Sources)',
  intro: [],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
