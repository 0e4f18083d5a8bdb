/**
 * Plain CloudFormation: AWS::Lambda::Function, AWS::Lambda::EventSourceMapping and the
 * resources that tie a function to its invokers (permissions, subscriptions, rules,
 * schedules, bucket notifications, API integrations, function URLs, invoke configs,
 * aliases with provisioned concurrency).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventsourcemapping.html
 */
import type { JsonObject, TemplatePath } from './review-types';
import type { InvokerKind, MappingKind, ModelParts } from './template-model';
import { evaluate, intrinsicName, isObject, type EvalContext } from './resolve-value';
import { referencedResources, resourceType } from './template-values';

export const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  'AWS::Lambda::Function',
  'AWS::Serverless::Function',
]);

const SOURCE_TYPES: ReadonlyMap<string, MappingKind> = new Map([
  ['AWS::SQS::Queue', 'sqs'],
  ['AWS::Kinesis::Stream', 'kinesis'],
  ['AWS::Kinesis::StreamConsumer', 'kinesis'],
  ['AWS::DynamoDB::Table', 'dynamodb'],
  ['AWS::DynamoDB::GlobalTable', 'dynamodb'],
]);

const ARN_SERVICE = /^arn:(?:\$\{[^}]*\}|[^:]*):([a-z0-9-]+):/;
const ASYNC_PRINCIPAL = /^(?:s3|sns|events|iot|ses|scheduler|logs(?:\.[^.]+)?)\.amazonaws\.com$/;
const API_PRINCIPAL = /^(?:apigateway|elasticloadbalancing)\.amazonaws\.com$/;

const propsOf = (ctx: EvalContext, id: string): JsonObject => {
  const resource = ctx.resources[id];
  return isObject(resource) && isObject(resource['Properties']) ? resource['Properties'] : {};
};

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** The function a value refers to, directly or through an alias or version. */
export function functionFor(value: unknown, ctx: EvalContext, depth = 0): string | null {
  const found = new Set<string>();
  for (const id of referencedResources(value, ctx)) {
    const type = resourceType(id, ctx) ?? '';
    if (FUNCTION_TYPES.has(type)) found.add(id);
    else if ((type === 'AWS::Lambda::Alias' || type === 'AWS::Lambda::Version') && depth < 2) {
      const inner = functionFor(propsOf(ctx, id)['FunctionName'], ctx, depth + 1);
      if (inner !== null) found.add(inner);
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/** A literal or Sub text value, as far as it can be read. */
function textOf(value: unknown, ctx: EvalContext): string | null {
  const result = evaluate(value, ctx);
  if (result.known && typeof result.value === 'string') return result.value;
  const sub = intrinsicName(value) === 'Fn::Sub' ? (value as JsonObject)['Fn::Sub'] : undefined;
  const raw = Array.isArray(sub) ? sub[0] : sub;
  return typeof raw === 'string' ? raw : null;
}

function mappingSource(
  value: unknown,
  ctx: EvalContext,
): { kind: MappingKind; sourceId: string | null } | string | null {
  for (const id of referencedResources(value, ctx)) {
    const kind = SOURCE_TYPES.get(resourceType(id, ctx) ?? '');
    if (kind !== undefined)
      return {
        kind,
        sourceId: resourceType(id, ctx) === 'AWS::Kinesis::StreamConsumer' ? null : id,
      };
  }
  const service = ARN_SERVICE.exec(textOf(value, ctx) ?? '')?.[1];
  if (service === 'sqs' || service === 'kinesis' || service === 'dynamodb')
    return { kind: service, sourceId: null };
  return service ?? null;
}

function addMapping(id: string, props: JsonObject, ctx: EvalContext, parts: ModelParts): void {
  const functionId = functionFor(props['FunctionName'], ctx);
  const source = mappingSource(props['EventSourceArn'], ctx);
  if (typeof source === 'string') return; // Kafka, MQ, DocumentDB: outside the document's scope.
  if (functionId === null || source === null) {
    const subject = functionId === null ? 'FunctionName' : 'EventSourceArn';
    const reason =
      functionId === null
        ? 'it does not point at a function in this template'
        : 'the event source type cannot be told from the template';
    parts.unlinked.push({
      resource: id,
      subject,
      reason: `${reason}, so this mapping is not checked`,
      path: ['Resources', id, 'Properties', subject],
    });
    return;
  }
  parts.mappings.push({
    id,
    functionId,
    kind: source.kind,
    sourceId: source.sourceId,
    props,
    path: ['Resources', id],
    sam: false,
  });
}

function addInvoker(
  value: unknown,
  kind: InvokerKind,
  via: string,
  path: TemplatePath,
  ctx: EvalContext,
  parts: ModelParts,
): void {
  const functionId = functionFor(value, ctx);
  if (functionId !== null) parts.invokers.push({ functionId, kind, via, simpleApi: false, path });
}

function addPermission(id: string, props: JsonObject, ctx: EvalContext, parts: ModelParts): void {
  const principal = textOf(props['Principal'], ctx)?.replace('${AWS::Region}', 'region') ?? '';
  const path: TemplatePath = ['Resources', id];
  if (props['FunctionUrlAuthType'] !== undefined)
    addInvoker(
      props['FunctionName'],
      'function-url',
      `AWS::Lambda::Permission ${id}`,
      path,
      ctx,
      parts,
    );
  else if (ASYNC_PRINCIPAL.test(principal))
    addInvoker(
      props['FunctionName'],
      'async',
      `${principal} (AWS::Lambda::Permission ${id})`,
      path,
      ctx,
      parts,
    );
  else if (API_PRINCIPAL.test(principal))
    addInvoker(
      props['FunctionName'],
      'api',
      `${principal} (AWS::Lambda::Permission ${id})`,
      path,
      ctx,
      parts,
    );
}

type Handler = (id: string, props: JsonObject, ctx: EvalContext, parts: ModelParts) => void;

function addProvisioned(id: string, props: JsonObject, ctx: EvalContext, parts: ModelParts): void {
  const functionId =
    props['ProvisionedConcurrencyConfig'] === undefined
      ? null
      : functionFor(props['FunctionName'], ctx);
  if (functionId !== null)
    parts.provisioned.set(functionId, [
      'Resources',
      id,
      'Properties',
      'ProvisionedConcurrencyConfig',
    ]);
}

const HANDLERS: ReadonlyMap<string, Handler> = new Map(
  Object.entries({
    'AWS::Lambda::Function': (id, props, _ctx, parts) => {
      parts.functions.push({
        id,
        sam: false,
        props,
        sourceOf: (p) =>
          props[p] !== undefined ? ['Resources', id, 'Properties', p] : ['Resources', id],
      });
    },
    'AWS::Lambda::EventSourceMapping': addMapping,
    'AWS::Lambda::Permission': addPermission,
    'AWS::Lambda::EventInvokeConfig': (id, props, ctx, parts) => {
      const functionId = functionFor(props['FunctionName'], ctx);
      if (functionId !== null)
        parts.asyncConfigs.push({ functionId, props, path: ['Resources', id] });
    },
    'AWS::Lambda::Url': (id, props, ctx, parts) =>
      addInvoker(
        props['TargetFunctionArn'],
        'function-url',
        `AWS::Lambda::Url ${id}`,
        ['Resources', id],
        ctx,
        parts,
      ),
    'AWS::Lambda::Alias': addProvisioned,
    'AWS::Lambda::Version': addProvisioned,
    'AWS::SNS::Subscription': (id, props, ctx, parts) => {
      if (textOf(props['Protocol'], ctx) === 'lambda')
        addInvoker(
          props['Endpoint'],
          'async',
          `AWS::SNS::Subscription ${id}`,
          ['Resources', id],
          ctx,
          parts,
        );
    },
    'AWS::SNS::Topic': (id, props, ctx, parts) => {
      for (const sub of asList(props['Subscription'])) {
        if (isObject(sub) && textOf(sub['Protocol'], ctx) === 'lambda')
          addInvoker(
            sub['Endpoint'],
            'async',
            `AWS::SNS::Topic ${id}`,
            ['Resources', id],
            ctx,
            parts,
          );
      }
    },
    'AWS::Events::Rule': (id, props, ctx, parts) => {
      for (const target of asList(props['Targets']))
        if (isObject(target))
          addInvoker(
            target['Arn'],
            'async',
            `AWS::Events::Rule ${id}`,
            ['Resources', id],
            ctx,
            parts,
          );
    },
    'AWS::Scheduler::Schedule': (id, props, ctx, parts) => {
      if (isObject(props['Target']))
        addInvoker(
          props['Target']['Arn'],
          'async',
          `AWS::Scheduler::Schedule ${id}`,
          ['Resources', id],
          ctx,
          parts,
        );
    },
    'AWS::S3::Bucket': (id, props, ctx, parts) => {
      const notifications = isObject(props['NotificationConfiguration'])
        ? props['NotificationConfiguration']
        : {};
      for (const config of asList(notifications['LambdaConfigurations'])) {
        if (isObject(config))
          addInvoker(
            config['Function'],
            'async',
            `S3 notification of ${id}`,
            ['Resources', id],
            ctx,
            parts,
          );
      }
    },
    'AWS::ApiGateway::Method': (id, props, ctx, parts) => {
      if (isObject(props['Integration']))
        addInvoker(
          props['Integration']['Uri'],
          'api',
          `AWS::ApiGateway::Method ${id}`,
          ['Resources', id],
          ctx,
          parts,
        );
    },
    'AWS::ApiGatewayV2::Integration': (id, props, ctx, parts) =>
      addInvoker(
        props['IntegrationUri'],
        'api',
        `AWS::ApiGatewayV2::Integration ${id}`,
        ['Resources', id],
        ctx,
        parts,
      ),
    'AWS::ElasticLoadBalancingV2::TargetGroup': (id, props, ctx, parts) => {
      for (const target of asList(props['Targets']))
        if (isObject(target))
          addInvoker(
            target['Id'],
            'api',
            `load balancer target group ${id}`,
            ['Resources', id],
            ctx,
            parts,
          );
    },
  } satisfies Record<string, Handler>),
);

/** Adds every plain CloudFormation resource the rules care about. */
export function buildCfnParts(ctx: EvalContext, parts: ModelParts): void {
  for (const [id, resource] of Object.entries(ctx.resources)) {
    if (!isObject(resource) || typeof resource['Type'] !== 'string') continue;
    const handler = HANDLERS.get(resource['Type']);
    if (handler !== undefined) handler(id, propsOf(ctx, id), ctx, parts);
  }
}
