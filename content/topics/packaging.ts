import type { Topic } from '../schema';

export const packagingTopic = {
  id: 'packaging',
  title: 'Packaging and deployment artifacts',
  summary: 'The .zip layout, layers and container images, and how SAM and CloudFormation upload them.',
  section: '5. Lambda Layers',
  intro: [],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
