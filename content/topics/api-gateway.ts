import type { Topic } from '../schema';

export const apiGatewayTopic = {
  id: 'api-gateway',
  title: 'API Gateway with Lambda',
  summary: 'Proxy integrations, timeouts, stages and aliases, caching, throttling, authorizers and CORS.',
  section: '1. Lambda Triggers (Event Sources)',
  intro: [],
  tables: [],
  facts: [],
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
