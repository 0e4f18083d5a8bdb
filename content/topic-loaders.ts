/**
 * One topic at a time, for pages that show one topic or cite a few of its items: each topic
 * module is its own chunk, loaded on demand. Pages that need every topic (planning the question
 * bank) import `content/index.ts`, which holds the same topic objects.
 */
import type { Topic, TopicId } from './schema';

/** Every topic's module, loaded apart from the others. */
const loaders: Readonly<Record<TopicId, () => Promise<Topic>>> = {
  triggers: () => import('./topics/triggers').then((m) => m.triggersTopic),
  concurrency: () => import('./topics/concurrency').then((m) => m.concurrencyTopic),
  'cold-starts': () => import('./topics/cold-starts').then((m) => m.coldStartsTopic),
  'event-source-mappings': () =>
    import('./topics/event-source-mappings').then((m) => m.eventSourceMappingsTopic),
  layers: () => import('./topics/layers').then((m) => m.layersTopic),
  edge: () => import('./topics/edge').then((m) => m.edgeTopic),
  destinations: () => import('./topics/destinations').then((m) => m.destinationsTopic),
  'key-concepts': () => import('./topics/key-concepts').then((m) => m.keyConceptsTopic),
  checklist: () => import('./topics/checklist').then((m) => m.checklistTopic),
  'exam-tips': () => import('./topics/exam-tips').then((m) => m.examTipsTopic),
  limits: () => import('./topics/limits').then((m) => m.limitsTopic),
  invocation: () => import('./topics/invocation').then((m) => m.invocationTopic),
  versions: () => import('./topics/versions').then((m) => m.versionsTopic),
  permissions: () => import('./topics/permissions').then((m) => m.permissionsTopic),
  configuration: () => import('./topics/configuration').then((m) => m.configurationTopic),
  networking: () => import('./topics/networking').then((m) => m.networkingTopic),
  observability: () => import('./topics/observability').then((m) => m.observabilityTopic),
  lifecycle: () => import('./topics/lifecycle').then((m) => m.lifecycleTopic),
  deployment: () => import('./topics/deployment').then((m) => m.deploymentTopic),
  orchestration: () => import('./topics/orchestration').then((m) => m.orchestrationTopic),
  integration: () => import('./topics/integration').then((m) => m.integrationTopic),
  performance: () => import('./topics/performance').then((m) => m.performanceTopic),
  packaging: () => import('./topics/packaging').then((m) => m.packagingTopic),
  'api-gateway': () => import('./topics/api-gateway').then((m) => m.apiGatewayTopic),
  architecture: () => import('./topics/architecture').then((m) => m.architectureTopic),
};

/** Every topic's id, in no particular order (`topics` in `content/index.ts` has the order). */
export const loadableTopicIds = Object.freeze(Object.keys(loaders) as TopicId[]);

/** Whether `id` names a topic (e.g. a route parameter). */
export function isLoadableTopicId(id: string): id is TopicId {
  return Object.hasOwn(loaders, id);
}

const loading = new Map<TopicId, Promise<Topic>>();
const loaded = new Map<TopicId, Topic>();
const noTopic: Promise<undefined> = Promise.resolve(undefined);

/**
 * The topic with this id, loaded once: every call for a topic returns the same promise, so that
 * a page can wait on that one promise each time it renders. A load that fails is forgotten, so
 * that a later call tries again.
 * @returns a promise of undefined for an id that is not a topic's
 */
export function loadTopic(id: string): Promise<Topic | undefined> {
  if (!isLoadableTopicId(id)) return noTopic;
  let promise = loading.get(id);
  if (promise === undefined) {
    promise = loaders[id]().then((topic) => {
      loaded.set(id, topic);
      return topic;
    });
    loading.set(id, promise);
    promise.catch(() => loading.delete(id));
  }
  return promise;
}

/** The topic with this id if it is loaded already, without waiting; else undefined. */
export function loadedTopic(id: string): Topic | undefined {
  return isLoadableTopicId(id) ? loaded.get(id) : undefined;
}

/**
 * Id prefixes that are not their topic's id. Every other fact, checklist item, table and set id
 * starts with its topic's id and a dot, e.g. `concurrency.formula`.
 */
const prefixTopics: Readonly<Record<string, TopicId>> = {
  esm: 'event-source-mappings',
};

/**
 * The topic that holds a fact, checklist item, table or set: named by the id's prefix, the
 * part before its first dot (`layers.max-count` → `layers`).
 * @returns undefined when the prefix names no topic; the topic may still lack the id itself
 */
export function topicIdOf(contentId: string): TopicId | undefined {
  const dot = contentId.indexOf('.');
  if (dot <= 0) return undefined;
  const prefix = contentId.slice(0, dot);
  if (Object.hasOwn(prefixTopics, prefix)) return prefixTopics[prefix];
  return isLoadableTopicId(prefix) ? prefix : undefined;
}
