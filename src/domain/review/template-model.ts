/**
 * The template as the rules see it: functions with their effective properties, queues,
 * event source mappings, and what invokes each function. Built from SAM resources
 * (`sam-model.ts`) and plain CloudFormation resources (`cfn-model.ts`).
 */
import { buildCfnParts } from './cfn-model';
import type { JsonObject, ParsedTemplate, TemplatePath } from './review-types';
import { createEvalContext, isObject, type EvalContext } from './resolve-value';
import { buildSamFunction } from './sam-model';

export type FunctionModel = Readonly<{
  id: string;
  sam: boolean;
  /** Effective properties: SAM Globals merged in. */
  props: JsonObject;
  /** Where a property is written: the resource, or Globals.Function. */
  sourceOf: (property: string) => TemplatePath;
}>;

export type QueueModel = Readonly<{ id: string; props: JsonObject; path: TemplatePath }>;

export type MappingKind = 'sqs' | 'kinesis' | 'dynamodb';

export type MappingModel = Readonly<{
  /** `Function.Event` for a SAM event, the logical id for AWS::Lambda::EventSourceMapping. */
  id: string;
  functionId: string;
  kind: MappingKind;
  /** The queue or stream resource in this template, or null when it is defined elsewhere. */
  sourceId: string | null;
  props: JsonObject;
  path: TemplatePath;
  sam: boolean;
}>;

export type InvokerKind = 'async' | 'api' | 'function-url';

export type InvokerModel = Readonly<{
  functionId: string;
  kind: InvokerKind;
  /** Human-readable origin, e.g. "SNS event ProcessingEvent" or "AWS::Events::Rule Nightly". */
  via: string;
  /** SAM Api/HttpApi event on the implicit API, without Auth: a candidate for a function URL. */
  simpleApi: boolean;
  path: TemplatePath;
}>;

/** Asynchronous invocation settings (SAM EventInvokeConfig or AWS::Lambda::EventInvokeConfig). */
export type AsyncConfigModel = Readonly<{
  functionId: string;
  props: JsonObject;
  path: TemplatePath;
}>;

export type TemplateModel = Readonly<{
  ctx: EvalContext;
  template: ParsedTemplate;
  functions: readonly FunctionModel[];
  queues: ReadonlyMap<string, QueueModel>;
  mappings: readonly MappingModel[];
  invokers: readonly InvokerModel[];
  asyncConfigs: readonly AsyncConfigModel[];
  /** Functions with provisioned concurrency, and where it is set. */
  provisioned: ReadonlyMap<string, TemplatePath>;
  /** Links the model could not make; the reviewer turns them into "can't tell" notes. */
  unlinked: readonly UnlinkedNote[];
}>;

export type UnlinkedNote = Readonly<{
  resource: string;
  subject: string;
  reason: string;
  path: TemplatePath;
}>;

/** What each part builder adds to the model. */
export type ModelParts = {
  functions: FunctionModel[];
  mappings: MappingModel[];
  invokers: InvokerModel[];
  asyncConfigs: AsyncConfigModel[];
  provisioned: Map<string, TemplatePath>;
  unlinked: UnlinkedNote[];
};

function emptyParts(): ModelParts {
  return {
    functions: [],
    mappings: [],
    invokers: [],
    asyncConfigs: [],
    provisioned: new Map(),
    unlinked: [],
  };
}

/** Builds the model of a parsed template; links it cannot make are listed in `unlinked`. */
export function buildTemplateModel(template: ParsedTemplate): TemplateModel {
  const ctx = createEvalContext(template.root);
  const parts = emptyParts();
  const globalsSection = template.root['Globals'];
  const globals =
    isObject(globalsSection) && isObject(globalsSection['Function'])
      ? globalsSection['Function']
      : {};
  const queues = new Map<string, QueueModel>();
  for (const [id, resource] of Object.entries(ctx.resources)) {
    if (!isObject(resource)) continue;
    const props = isObject(resource['Properties']) ? resource['Properties'] : {};
    if (resource['Type'] === 'AWS::Serverless::Function')
      buildSamFunction(id, props, globals, ctx, parts);
    if (resource['Type'] === 'AWS::SQS::Queue')
      queues.set(id, { id, props, path: ['Resources', id] });
  }
  buildCfnParts(ctx, parts);
  return { ctx, template, queues, ...parts };
}
