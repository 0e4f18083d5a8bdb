import type { Topic } from '../schema';

export const performanceTopic = {
  id: 'performance',
  title: 'Memory and performance',
  summary: 'Memory buys CPU: tuning a function’s memory, and what timeouts and out-of-memory errors look like.',
  section: '3. Cold Starts',
  intro: [],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
