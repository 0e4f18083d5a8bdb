/** The labs the app offers, in the order `/labs` lists them. */
import type { TopicId } from '../../../content/schema';

export type LabId =
  'concurrency' | 'cold-starts' | 'edge-chooser' | 'event-source-mapping' | 'review';

export type LabEntry = Readonly<{
  id: LabId;
  /** Path segment under `/labs/`. */
  slug: string;
  title: string;
  /** One line for the lab list. */
  description: string;
  /** Topics whose facts the lab links to. */
  topics: readonly TopicId[];
}>;

export const LABS = [
  {
    id: 'concurrency',
    slug: 'concurrency',
    title: 'Concurrency calculator',
    description:
      'Turn requests per second and duration into concurrency, then see throttling, the unreserved pool and burst scaling.',
    topics: ['concurrency', 'checklist'],
  },
  {
    id: 'cold-starts',
    slug: 'cold-starts',
    title: 'Cold-start timeline',
    description:
      'Simulate execution environments under a traffic pattern and see which requests start cold and what it costs in latency.',
    topics: ['cold-starts', 'concurrency', 'key-concepts'],
  },
  {
    id: 'edge-chooser',
    slug: 'edge-chooser',
    title: 'Lambda@Edge or CloudFront Functions',
    description:
      'Describe what the code must do and get CloudFront Functions, Lambda@Edge or a regional function, with the reasons.',
    topics: ['edge'],
  },
  {
    id: 'event-source-mapping',
    slug: 'event-source-mapping',
    title: 'Event source mapping lab',
    description:
      'Step a failing batch through SQS, Kinesis or DynamoDB Streams and see what is retried, blocked or sent to a destination.',
    topics: ['event-source-mappings'],
  },
  {
    id: 'review',
    slug: 'review',
    title: 'Configuration reviewer',
    description:
      'Paste an AWS SAM or CloudFormation template and get the checklist findings for each function.',
    topics: ['checklist'],
  },
] as const satisfies readonly LabEntry[];

/**
 * Finds a lab by its route slug.
 * @param slug the path segment after `/labs/`
 */
export function findLabBySlug(slug: string): LabEntry | undefined {
  return LABS.find((lab) => lab.slug === slug);
}
