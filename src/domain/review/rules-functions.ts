/**
 * Function-level rules: limits (timeout ≤ 900 s, ≤ 5 layers:
 * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html), cold starts on
 * user-facing functions, SnapStart (Java; not combinable with provisioned concurrency:
 * https://docs.aws.amazon.com/lambda/latest/dg/snapstart.html), function URLs, secrets in
 * environment variables.
 */
import {
  functionSnippet,
  functionTimeout,
  noteCantTell,
  report,
  resourceSnippet,
  type RuleContext,
} from './rule-context';
import type { FunctionModel, InvokerModel } from './template-model';
import { evaluate, intrinsicName, isObject } from './resolve-value';
import { resolveText } from './template-values';

function snapStartOn(rc: RuleContext, fn: FunctionModel): boolean {
  const config = fn.props['SnapStart'];
  const applyOn = resolveText(isObject(config) ? config['ApplyOn'] : undefined, rc.model.ctx);
  return applyOn.known && applyOn.value === 'PublishedVersions';
}

function checkLimits(rc: RuleContext, fn: FunctionModel): void {
  const timeout = functionTimeout(rc, fn);
  if (timeout !== null && timeout.value > 900) {
    report(
      rc,
      'TIMEOUT_OVER_MAX',
      fn.id,
      fn.sourceOf('Timeout'),
      `${fn.id} has Timeout ${timeout.label}; the maximum is 900 s (15 minutes), so the deployment fails. Longer work belongs in Step Functions, ECS or Fargate.`,
      functionSnippet(fn, ['Timeout: 900']),
    );
  }
  const layers = fn.props['Layers'];
  if (Array.isArray(layers) && layers.length > 5) {
    report(
      rc,
      'TOO_MANY_LAYERS',
      fn.id,
      fn.sourceOf('Layers'),
      `${fn.id} uses ${layers.length} layers (Globals included); a function can use at most 5, so the deployment fails. Merge layers or move dependencies into the package.`,
      functionSnippet(fn, ['Layers:', '  - !Ref SharedDependenciesLayer']),
    );
  }
}

function checkJava(rc: RuleContext, fn: FunctionModel, provisioned: boolean): void {
  const runtime = resolveText(fn.props['Runtime'], rc.model.ctx);
  if (!runtime.known)
    return noteCantTell(rc, fn.id, 'Runtime', runtime.reason, fn.sourceOf('Runtime'));
  const snapStart = snapStartOn(rc, fn);
  if (snapStart && provisioned) {
    report(
      rc,
      'SNAPSTART_WITH_PROVISIONED',
      fn.id,
      fn.sourceOf('SnapStart'),
      `${fn.id} turns on SnapStart and provisioned concurrency; Lambda does not allow both on the same version. Keep one.`,
      functionSnippet(fn, ['SnapStart:', '  ApplyOn: None']),
    );
  }
  if (runtime.value?.startsWith('java') !== true || snapStart) return;
  const published = fn.sam ? ['AutoPublishAlias: live'] : [];
  // SnapStart needs Java 11 or later.
  const legacy = runtime.value.startsWith('java8');
  const upgrade = legacy ? ' java8 cannot use it: move to a current Java runtime first.' : '';
  report(
    rc,
    'JAVA_NO_SNAPSTART',
    fn.id,
    fn.sourceOf('Runtime'),
    `${fn.id} runs ${runtime.value} without SnapStart: JVM cold starts take roughly 0.5–2 s. SnapStart restores a snapshot of the initialised environment instead (it applies to published versions).${upgrade}`,
    functionSnippet(fn, [
      ...(legacy ? ['Runtime: java21'] : []),
      ...published,
      'SnapStart:',
      '  ApplyOn: PublishedVersions',
    ]),
  );
}

function provisionedFix(fn: FunctionModel): string {
  if (fn.sam)
    return functionSnippet(fn, [
      'AutoPublishAlias: live',
      'ProvisionedConcurrencyConfig:',
      '  ProvisionedConcurrentExecutions: 5',
    ]);
  return resourceSnippet(`${fn.id}Live`, 'AWS::Lambda::Alias', [
    `FunctionName: !Ref ${fn.id}`,
    `FunctionVersion: !GetAtt ${fn.id}Version.Version`,
    'Name: live',
    'ProvisionedConcurrencyConfig:',
    '  ProvisionedConcurrentExecutions: 5',
  ]);
}

function checkUserFacing(
  rc: RuleContext,
  fn: FunctionModel,
  invokers: readonly InvokerModel[],
  provisioned: boolean,
): void {
  const facing = invokers.filter((i) => i.kind === 'api' || i.kind === 'function-url');
  if (facing.length === 0) return;
  // SnapStart already addresses cold starts and cannot be combined with provisioned concurrency.
  if (!provisioned && !snapStartOn(rc, fn)) {
    report(
      rc,
      'API_NO_PROVISIONED',
      fn.id,
      ['Resources', fn.id],
      `${fn.id} serves users (${facing.map((i) => i.via).join(', ')}) without provisioned concurrency: a request that finds no warm environment waits for a cold start.`,
      provisionedFix(fn),
    );
  }
  const simple = facing.length === 1 && facing[0]?.simpleApi === true;
  if (simple && facing[0] !== undefined) {
    report(
      rc,
      'FUNCTION_URL_FOR_SIMPLE_API',
      fn.id,
      facing[0].path,
      `${fn.id} has a single API route (${facing[0].via}) with no authorizer on the implicit API: a function URL gives it an HTTPS endpoint without API Gateway.`,
      functionSnippet(fn, ['FunctionUrlConfig:', '  AuthType: AWS_IAM']),
    );
  }
}

const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)/i;
const POINTER_NAME = /(_ARN|_NAME|_ID|_PATH|_PARAM|_PARAMETER|_URL|_URI|_REGION|_TTL|_HEADER)$/i;

function holdsSecret(rc: RuleContext, value: unknown): boolean {
  if (typeof value === 'string') return value !== '' && !value.startsWith('arn:');
  if (intrinsicName(value) !== 'Ref') return false;
  const name = (value as Record<string, unknown>)['Ref'];
  return typeof name === 'string' && name in rc.model.ctx.parameters;
}

function checkSecrets(rc: RuleContext, fn: FunctionModel): void {
  const environment = fn.props['Environment'];
  const variables = isObject(environment) ? evaluate(environment['Variables'], rc.model.ctx) : null;
  if (variables === null || !variables.known || !isObject(variables.value)) return;
  const raw =
    isObject(environment) && isObject(environment['Variables']) ? environment['Variables'] : {};
  const secrets = Object.keys(variables.value).filter(
    (name) => SECRET_NAME.test(name) && !POINTER_NAME.test(name) && holdsSecret(rc, raw[name]),
  );
  if (secrets.length === 0) return;
  report(
    rc,
    'SECRET_IN_ENVIRONMENT',
    fn.id,
    fn.sourceOf('Environment'),
    `${fn.id} puts ${secrets.join(', ')} in environment variables: anyone who can read the function's configuration sees the value. Keep secrets in Secrets Manager or Parameter Store and read them at run time.`,
    functionSnippet(fn, [
      'Environment:',
      '  Variables:',
      `    ${secrets[0]}_ARN: !Ref ${fn.id}Secret`,
    ]),
  );
}

/** Limits, cold-start, SnapStart, function URL and secret rules of every function. */
export function checkFunctionRules(rc: RuleContext): void {
  for (const fn of rc.model.functions) {
    const provisioned = rc.model.provisioned.has(fn.id);
    checkLimits(rc, fn);
    checkJava(rc, fn, provisioned);
    checkUserFacing(
      rc,
      fn,
      rc.model.invokers.filter((i) => i.functionId === fn.id),
      provisioned,
    );
    checkSecrets(rc, fn);
  }
}
