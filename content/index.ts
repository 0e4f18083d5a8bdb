/** The single registry of all content. */
import type {
  AttributeTable,
  ChecklistItem,
  ExamTip,
  Fact,
  FactSet,
  Topic,
  TopicId,
} from './schema';
import { checklistTopic } from './topics/checklist';
import { coldStartsTopic } from './topics/cold-starts';
import { concurrencyTopic } from './topics/concurrency';
import { configurationTopic } from './topics/configuration';
import { deploymentTopic } from './topics/deployment';
import { destinationsTopic } from './topics/destinations';
import { edgeTopic } from './topics/edge';
import { eventSourceMappingsTopic } from './topics/event-source-mappings';
import { examTipsTopic } from './topics/exam-tips';
import { invocationTopic } from './topics/invocation';
import { keyConceptsTopic } from './topics/key-concepts';
import { layersTopic } from './topics/layers';
import { lifecycleTopic } from './topics/lifecycle';
import { limitsTopic } from './topics/limits';
import { networkingTopic } from './topics/networking';
import { observabilityTopic } from './topics/observability';
import { orchestrationTopic } from './topics/orchestration';
import { permissionsTopic } from './topics/permissions';
import { triggersTopic } from './topics/triggers';
import { versionsTopic } from './topics/versions';
import { apiGatewayTopic } from './topics/api-gateway';
import { architectureTopic } from './topics/architecture';
import { integrationTopic } from './topics/integration';
import { packagingTopic } from './topics/packaging';
import { performanceTopic } from './topics/performance';

export type * from './schema';
export { examProfiles } from './exams';

/**
 * Topics in the order the study document presents them, followed by the topics that go
 * beyond it (`beyondSeed`).
 */
export const topics: readonly Topic[] = Object.freeze([
  triggersTopic,
  concurrencyTopic,
  coldStartsTopic,
  eventSourceMappingsTopic,
  layersTopic,
  edgeTopic,
  destinationsTopic,
  keyConceptsTopic,
  checklistTopic,
  examTipsTopic,
  limitsTopic,
  invocationTopic,
  versionsTopic,
  permissionsTopic,
  configurationTopic,
  networkingTopic,
  observabilityTopic,
  lifecycleTopic,
  deploymentTopic,
  orchestrationTopic,
  integrationTopic,
  performanceTopic,
  packagingTopic,
  apiGatewayTopic,
  architectureTopic,
]);

export const allFacts: readonly Fact[] = Object.freeze(topics.flatMap((t) => t.facts));
export const allTables: readonly AttributeTable[] = Object.freeze(topics.flatMap((t) => t.tables));
export const allSets: readonly FactSet[] = Object.freeze(topics.flatMap((t) => t.sets));
export const allChecklist: readonly ChecklistItem[] = Object.freeze(
  topics.flatMap((t) => t.checklist),
);
export const allTips: readonly ExamTip[] = Object.freeze(topics.flatMap((t) => t.tips));

const topicById = new Map<string, Topic>(topics.map((t) => [t.id, t]));
const factById = new Map<string, Fact>(allFacts.map((f) => [f.id, f]));

/** The topic with this id, or undefined for an unknown id (e.g. from a URL). */
export function findTopic(id: string): Topic | undefined {
  return topicById.get(id);
}

/** The fact with this id, or undefined. */
export function findFact(id: string): Fact | undefined {
  return factById.get(id);
}

export function isTopicId(id: string): id is TopicId {
  return topicById.has(id);
}
