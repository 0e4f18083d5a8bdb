/**
 * AWS::Serverless::Function: Globals, events and SAM-only properties.
 * Globals: a resource's own primitive values win, maps are merged, lists are concatenated
 * (https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-template-anatomy-globals.html).
 * Event types: https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-eventsource.html
 */
import type { JsonObject, TemplatePath } from './review-types';
import type { InvokerModel, MappingKind, ModelParts } from './template-model';
import { evaluate, intrinsicName, isObject, type EvalContext } from './resolve-value';
import { refTarget } from './template-values';

/** SAM event types whose service invokes the function asynchronously. */
const ASYNC_EVENTS: ReadonlySet<string> = new Set([
  'S3',
  'SNS',
  'EventBridgeRule',
  'CloudWatchEvent',
  'Schedule',
  'ScheduleV2',
  'CloudWatchLogs',
  'IoTRule',
]);

const MAPPING_EVENTS: ReadonlyMap<string, { kind: MappingKind; source: string }> = new Map([
  ['SQS', { kind: 'sqs', source: 'Queue' }],
  ['Kinesis', { kind: 'kinesis', source: 'Stream' }],
  ['DynamoDB', { kind: 'dynamodb', source: 'Stream' }],
]);

/** Merges Globals.Function into a function's own properties the way SAM does. */
export function mergeGlobals(globals: JsonObject, own: JsonObject): JsonObject {
  const out: JsonObject = { ...own };
  for (const [key, value] of Object.entries(globals)) {
    const mine = own[key];
    if (mine === undefined) out[key] = value;
    else if (Array.isArray(value) && Array.isArray(mine)) out[key] = [...value, ...mine];
    else if (
      isObject(value) &&
      isObject(mine) &&
      intrinsicName(value) === null &&
      intrinsicName(mine) === null
    )
      out[key] = mergeGlobals(value, mine);
  }
  return out;
}

function eventType(event: JsonObject, ctx: EvalContext): string | null {
  const type = evaluate(event['Type'], ctx);
  return type.known && typeof type.value === 'string' ? type.value.trim() : null;
}

function addEvent(
  functionId: string,
  name: string,
  event: JsonObject,
  ctx: EvalContext,
  parts: ModelParts,
): void {
  const type = eventType(event, ctx);
  const props = isObject(event['Properties']) ? event['Properties'] : {};
  const path: TemplatePath = ['Resources', functionId, 'Properties', 'Events', name];
  const mapping = type === null ? undefined : MAPPING_EVENTS.get(type);
  if (mapping !== undefined) {
    const sourceId = refTarget(props[mapping.source], ctx);
    parts.mappings.push({
      id: `${functionId}.${name}`,
      functionId,
      kind: mapping.kind,
      sourceId,
      props,
      path,
      sam: true,
    });
    return;
  }
  // With SqsSubscription, SNS feeds a queue that SAM creates, and the function polls that queue.
  if (
    type === 'SNS' &&
    props['SqsSubscription'] !== undefined &&
    props['SqsSubscription'] !== false
  )
    return;
  let invoker: InvokerModel | null = null;
  if (type !== null && ASYNC_EVENTS.has(type))
    invoker = { functionId, kind: 'async', via: `${type} event ${name}`, simpleApi: false, path };
  if (type === 'Api' || type === 'HttpApi') {
    const explicitApi = props[type === 'Api' ? 'RestApiId' : 'ApiId'] !== undefined;
    invoker = {
      functionId,
      kind: 'api',
      via: `${type} event ${name}`,
      simpleApi: !explicitApi && props['Auth'] === undefined,
      path,
    };
  }
  if (invoker !== null) parts.invokers.push(invoker);
}

/** Adds one AWS::Serverless::Function, its events and its SAM-level settings to the model. */
export function buildSamFunction(
  id: string,
  own: JsonObject,
  globals: JsonObject,
  ctx: EvalContext,
  parts: ModelParts,
): void {
  const props = mergeGlobals(globals, own);
  const base: TemplatePath = ['Resources', id];
  const sourceOf = (property: string): TemplatePath =>
    own[property] !== undefined
      ? [...base, 'Properties', property]
      : globals[property] !== undefined
        ? ['Globals', 'Function', property]
        : base;
  parts.functions.push({ id, sam: true, props, sourceOf });
  const events = props['Events'];
  if (isObject(events)) {
    for (const [name, event] of Object.entries(events))
      if (isObject(event)) addEvent(id, name, event, ctx, parts);
  }
  if (props['FunctionUrlConfig'] !== undefined) {
    parts.invokers.push({
      functionId: id,
      kind: 'function-url',
      via: 'FunctionUrlConfig',
      simpleApi: false,
      path: sourceOf('FunctionUrlConfig'),
    });
  }
  if (props['ProvisionedConcurrencyConfig'] !== undefined)
    parts.provisioned.set(id, sourceOf('ProvisionedConcurrencyConfig'));
  if (isObject(props['EventInvokeConfig'])) {
    parts.asyncConfigs.push({
      functionId: id,
      props: props['EventInvokeConfig'],
      path: sourceOf('EventInvokeConfig'),
    });
  }
}
