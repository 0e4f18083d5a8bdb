/**
 * Error handling of asynchronously invoked functions. Lambda retries a failed asynchronous
 * event twice by default and then discards it unless a dead-letter queue or an on-failure
 * destination is configured
 * (https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html,
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-lambda-eventinvokeconfig.html).
 * An EventBridge rule's or schedule's own DeadLetterConfig only catches delivery failures,
 * not function errors, so it does not count.
 */
import {
  functionSnippet,
  measure,
  noteCantTell,
  report,
  resourceSnippet,
  type RuleContext,
} from './rule-context';
import type { FunctionModel } from './template-model';
import { isObject, type Resolved } from './resolve-value';
import { resolvePresence } from './template-values';

function deadLetterQueue(rc: RuleContext, fn: FunctionModel): Resolved<boolean> {
  if (fn.sam && fn.props['DeadLetterQueue'] !== undefined)
    return resolvePresence(fn.props['DeadLetterQueue'], rc.model.ctx);
  const config = fn.props['DeadLetterConfig'];
  return resolvePresence(isObject(config) ? config['TargetArn'] : undefined, rc.model.ctx);
}

function onFailureDestination(rc: RuleContext, fn: FunctionModel): Resolved<boolean> {
  for (const config of rc.model.asyncConfigs.filter((c) => c.functionId === fn.id)) {
    const destinations = config.props['DestinationConfig'];
    const onFailure = isObject(destinations) ? destinations['OnFailure'] : undefined;
    const presence = resolvePresence(
      isObject(onFailure) ? onFailure['Destination'] : undefined,
      rc.model.ctx,
    );
    if (!presence.known || presence.value) return presence;
  }
  return { known: true, value: false, via: null };
}

function retriesDisabled(rc: RuleContext, fn: FunctionModel): boolean {
  return rc.model.asyncConfigs.some((config) => {
    if (config.functionId !== fn.id) return false;
    const retries = measure(rc, config.props['MaximumRetryAttempts'], {
      fallback: 2,
      unit: '',
      resource: fn.id,
      subject: 'MaximumRetryAttempts',
      path: config.path,
    });
    return retries?.value === 0;
  });
}

function fixFor(fn: FunctionModel): string {
  if (fn.sam) {
    return functionSnippet(fn, [
      'EventInvokeConfig:',
      '  DestinationConfig:',
      '    OnFailure:',
      '      Type: SQS',
      `      Destination: !GetAtt ${fn.id}Failures.Arn`,
    ]);
  }
  return resourceSnippet(`${fn.id}InvokeConfig`, 'AWS::Lambda::EventInvokeConfig', [
    `FunctionName: !Ref ${fn.id}`,
    'Qualifier: $LATEST',
    'DestinationConfig:',
    '  OnFailure:',
    `    Destination: !GetAtt ${fn.id}Failures.Arn`,
  ]);
}

function checkFunction(rc: RuleContext, fn: FunctionModel, via: readonly string[]): void {
  const dlq = deadLetterQueue(rc, fn);
  const destination = onFailureDestination(rc, fn);
  const path = ['Resources', fn.id];
  if (!dlq.known) return noteCantTell(rc, fn.id, 'DeadLetterQueue', dlq.reason, path);
  if (!destination.known)
    return noteCantTell(rc, fn.id, 'EventInvokeConfig OnFailure', destination.reason, path);
  if (dlq.value || destination.value) return;
  const sources = via.join(', ');
  if (retriesDisabled(rc, fn)) {
    report(
      rc,
      'ASYNC_FAILURES_DROPPED',
      fn.id,
      path,
      `${fn.id} is invoked asynchronously (${sources}) with MaximumRetryAttempts 0 and neither a dead-letter queue nor an on-failure destination: every failed event is lost at once, silently.`,
      fixFor(fn),
    );
    return;
  }
  report(
    rc,
    'NO_DLQ_ASYNC',
    fn.id,
    path,
    `${fn.id} is invoked asynchronously (${sources}) but has neither a DeadLetterQueue nor an on-failure destination: after Lambda's retries a failing event is discarded without a trace. A destination also keeps the error and the full invocation record.`,
    fixFor(fn),
  );
}

/** Every function with an asynchronous invoker needs somewhere for failed events to go. */
export function checkAsyncRules(rc: RuleContext): void {
  for (const fn of rc.model.functions) {
    const via = rc.model.invokers
      .filter((i) => i.functionId === fn.id && i.kind === 'async')
      .map((i) => i.via);
    if (via.length > 0) checkFunction(rc, fn, [...new Set(via)]);
  }
}
