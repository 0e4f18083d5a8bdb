import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../../src/domain/review/parse-template';
import { reviewParsedTemplate, reviewTemplate } from '../../../src/domain/review/review-template';
import type { ReviewReport } from '../../../src/domain/review/review-types';
import { REVIEW_RULES, RULE_IDS } from '../../../src/domain/review/rule-catalog';

const FIXTURES = join(__dirname, '../../fixtures/templates');
const readFixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');

function review(name: string): ReviewReport {
  const outcome = reviewTemplate(readFixture(name));
  if (!outcome.ok) throw new Error(`${name}: ${outcome.error.message}`);
  return outcome.report;
}

const summary = (report: ReviewReport): string[] =>
  report.findings.map((f) => `${f.rule}(${f.resource})`).sort();
const finding = (report: ReviewReport, rule: string, resource: string) =>
  report.findings.find((f) => f.rule === rule && f.resource === resource);

/** Every finding each fixture must produce, and nothing else: each rule's positive and negative cases. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'sam-sqs-clean.yaml': [],
  'sam-sqs-defaults.yaml': ['NO_DLQ_SQS(InvoiceQueue)', 'NO_PARTIAL_BATCH(InvoiceWorker.Invoices)'],
  'sam-sqs-visibility.yaml': [
    'VIS_TIMEOUT_LT_6X(BelowSixTimesQueue)',
    'VIS_TIMEOUT_LT_TIMEOUT(TooShortQueue)',
  ],
  'cfn-sqs-mappings.json': [
    'NO_PARTIAL_BATCH(PaymentsMapping)',
    'SQS_BATCH_SETTINGS_INVALID(EventsMapping)',
    'SQS_BATCH_SETTINGS_INVALID(PaymentsMapping)',
    'SQS_ONFAILURE_UNSUPPORTED(EventsMapping)',
    'VIS_TIMEOUT_LT_6X(PaymentsQueue)',
  ],
  'sam-streams.yaml': [
    'NO_BISECT(ClickCounter.Clicks)',
    'NO_MAX_RECORD_AGE(ClickCounter.Clicks)',
    'NO_MAX_RETRY(ClickArchiver.Archive)',
    'NO_MAX_RETRY(ClickCounter.Clicks)',
    'NO_ONFAILURE_STREAM(ClickCounter.Clicks)',
  ],
  'cfn-streams.yaml': ['NO_MAX_RECORD_AGE(TelemetryMapping)'],
  'sam-async.yaml': ['ASYNC_FAILURES_DROPPED(NightlyJob)', 'NO_DLQ_ASYNC(AlertNotifier)'],
  'cfn-async.json': ['NO_DLQ_ASYNC(ReportIndexer)'],
  'sam-functions.yaml': [
    'JAVA_NO_SNAPSTART(HeavyFunction)',
    'RESERVED_ZERO(PausedFunction)',
    'SECRET_IN_ENVIRONMENT(SecretiveFunction)',
    'TIMEOUT_OVER_MAX(HeavyFunction)',
    'TOO_MANY_LAYERS(HeavyFunction)',
  ],
  'sam-api.yaml': [
    'API_NO_PROVISIONED(HelloFunction)',
    'API_NO_PROVISIONED(SecuredFunction)',
    'FUNCTION_URL_FOR_SIMPLE_API(HelloFunction)',
    'SNAPSTART_WITH_PROVISIONED(ConflictedFunction)',
  ],
  'cfn-functions.yaml': [
    'API_NO_PROVISIONED(ReportingFunction)',
    'JAVA_NO_SNAPSTART(LegacyFunction)',
    'RESERVED_STARVES_POOL(BillingFunction)',
  ],
  'conditions.yaml': ['NO_DLQ_SQS(JobsQueue)', 'VIS_TIMEOUT_LT_TIMEOUT(JobsQueue)'],
  'cant-tell.yaml': [],
};

/** Fact and checklist ids the content defines (fixed ids other parts of the app link to). */
const CONTENT_IDS = new Set([
  'concurrency.account-limit',
  'concurrency.reserved-zero',
  'concurrency.formula',
  'concurrency.unreserved',
  'concurrency.reserved',
  'concurrency.provisioned',
  'cold-starts.runtime-jvm',
  'cold-starts.mitigation-provisioned-concurrency',
  'cold-starts.mitigation-snapstart',
  'esm.sqs-batch-size',
  'esm.sqs-batch-window',
  'esm.sqs-visibility-timeout',
  'esm.sqs-on-failure',
  'esm.report-batch-item-failures',
  'esm.stream-shard-invocation',
  'esm.bisect-batch',
  'esm.stream-on-failure-destination',
  'esm.stream-retry-limits',
  'esm.parallelization-factor',
  'layers.max-count',
  'layers.not-for-secrets',
  'destinations.async-alternative',
  'destinations.targets',
  'destinations.vs-dlq',
  'key-concepts.function-url',
  'key-concepts.snapstart',
  'key-concepts.max-timeout',
  'checklist.sqs-visibility-below-timeout',
  'checklist.function-takes-account-concurrency',
  'checklist.async-no-error-handling',
  'checklist.cold-starts-user-facing',
  'checklist.async-no-dlq-or-destination',
  'checklist.java-no-snapstart',
  'checklist.function-url-for-simple-api',
]);

describe('rule catalog', () => {
  it('rests every rule on fact ids the content defines', () => {
    for (const rule of RULE_IDS)
      for (const fact of REVIEW_RULES[rule].facts) expect(CONTENT_IDS).toContain(fact);
  });
});

describe('reviewTemplate on the fixture templates', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`finds exactly ${expected.length === 0 ? 'nothing' : expected.join(', ')} in ${name}`, () => {
      expect(summary(review(name))).toEqual([...expected].sort());
    });
  }

  it('covers every rule with at least one fixture', () => {
    const covered = new Set(
      Object.values(EXPECTED)
        .flat()
        .map((s) => s.slice(0, s.indexOf('('))),
    );
    expect(RULE_IDS.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('gives each finding the severity and facts of its rule', () => {
    for (const name of Object.keys(EXPECTED)) {
      for (const f of review(name).findings) {
        expect(f.severity).toBe(REVIEW_RULES[f.rule].severity);
        expect(f.facts).toEqual(REVIEW_RULES[f.rule].facts);
        expect(f.fix.length).toBeGreaterThan(0);
      }
    }
  });

  it('sorts findings critical first, then by line', () => {
    const findings = review('sam-functions.yaml').findings;
    expect(findings.map((f) => f.severity)).toEqual([
      'critical',
      'critical',
      'warning',
      'warning',
      'suggestion',
    ]);
    expect(findings[0]?.line).toBeLessThan(findings[1]?.line ?? 0);
  });
});

describe('reviewTemplate values, defaults and lines', () => {
  it('flags a queue whose visibility timeout is below the function timeout inherited from Globals', () => {
    const f = finding(review('sam-sqs-visibility.yaml'), 'VIS_TIMEOUT_LT_TIMEOUT', 'TooShortQueue');
    expect(f?.message).toContain('VisibilityTimeout 30 s');
    expect(f?.message).toContain('60 s from Globals');
    expect(f?.line).toBe(21);
    expect(f?.fix).toContain('VisibilityTimeout: 360');
  });

  it('recommends six times the timeout, without adding the batching window', () => {
    const report = review('sam-sqs-visibility.yaml');
    expect(finding(report, 'VIS_TIMEOUT_LT_6X', 'WindowQueue')).toBeUndefined();
    expect(finding(report, 'VIS_TIMEOUT_LT_6X', 'BelowSixTimesQueue')?.message).toContain(
      '= 360 s',
    );
  });

  it('uses the SAM default timeout of 3 s and the SQS default visibility timeout of 30 s', () => {
    const report = review('sam-sqs-defaults.yaml');
    expect(report.findings.some((f) => f.rule.startsWith('VIS_TIMEOUT'))).toBe(false);
    expect(finding(report, 'NO_PARTIAL_BATCH', 'InvoiceWorker.Invoices')?.message).toContain(
      '10 messages (default)',
    );
  });

  it('resolves parameter defaults, conditions and mappings before judging', () => {
    const f = finding(review('conditions.yaml'), 'VIS_TIMEOUT_LT_TIMEOUT', 'JobsQueue');
    expect(f?.message).toContain('VisibilityTimeout 20 s');
    expect(f?.message).toContain('(30 s)');
  });

  it("reports values it cannot resolve as can't tell instead of guessing", () => {
    const report = review('cant-tell.yaml');
    const subjects = report.cantTell.map((c) => `${c.resource}:${c.subject}`).sort();
    expect(subjects).toEqual([
      'ExternalMapping:FunctionName',
      'ImportedTimeoutQueue:RedrivePolicy',
      'ImportedTimeoutQueue:VisibilityTimeout',
      'Worker.Shared:VisibilityTimeout and RedrivePolicy',
      'Worker:Timeout',
    ]);
    expect(report.cantTell.find((c) => c.subject === 'VisibilityTimeout')?.reason).toContain(
      'Fn::ImportValue',
    );
    expect(report.cantTell.every((c) => c.line !== undefined)).toBe(true);
  });

  it('names a SAM event as Function.Event and points at its line', () => {
    const f = finding(review('sam-streams.yaml'), 'NO_BISECT', 'ClickCounter.Clicks');
    expect(f?.line).toBe(33);
    expect(f?.fix).toContain(
      'Events:\n      Clicks:\n        Properties:\n          BisectBatchOnFunctionError: true',
    );
  });

  it('tells an explicit -1 from an absent retry limit', () => {
    const report = review('sam-streams.yaml');
    expect(finding(report, 'NO_MAX_RETRY', 'ClickArchiver.Archive')?.message).toContain(
      'has MaximumRetryAttempts -1',
    );
    expect(finding(report, 'NO_MAX_RETRY', 'ClickCounter.Clicks')?.message).toContain(
      'does not set MaximumRetryAttempts',
    );
  });

  it('counts Globals layers together with the function layers', () => {
    expect(
      finding(review('sam-functions.yaml'), 'TOO_MANY_LAYERS', 'HeavyFunction')?.message,
    ).toContain('6 layers');
  });

  it('flags literal secrets and dynamic references but not pointers to a secret', () => {
    const f = finding(review('sam-functions.yaml'), 'SECRET_IN_ENVIRONMENT', 'SecretiveFunction');
    expect(f?.message).toContain('DB_PASSWORD, API_KEY');
    expect(f?.message).not.toContain('DB_SECRET_ARN');
  });

  it('adds up reservations against the default account quota', () => {
    const f = finding(review('cfn-functions.yaml'), 'RESERVED_STARVES_POOL', 'BillingFunction');
    expect(f?.message).toContain('adds up to 950');
    expect(f?.fix).toContain('ReservedConcurrentExecutions: 550');
  });

  it('suggests a newer runtime before SnapStart for java8', () => {
    expect(
      finding(review('cfn-functions.yaml'), 'JAVA_NO_SNAPSTART', 'LegacyFunction')?.fix,
    ).toContain('Runtime: java21');
  });

  it('gives the same findings for a template in YAML and in JSON', () => {
    for (const name of ['sam-streams.yaml', 'sam-functions.yaml', 'conditions.yaml']) {
      const parsed = parseTemplate(readFixture(name));
      if (!parsed.ok) throw new Error(parsed.error.message);
      const fromJson = reviewTemplate(JSON.stringify(parsed.template.root, null, 2));
      if (!fromJson.ok) throw new Error(fromJson.error.message);
      const strip = (r: ReviewReport) => r.findings.map(({ line: _line, ...rest }) => rest);
      expect(strip(fromJson.report)).toEqual(strip(reviewParsedTemplate(parsed.template)));
    }
  });

  it('returns the parse error for text that is not a template', () => {
    const outcome = reviewTemplate(readFixture('not-a-template.yaml'));
    expect(outcome.ok ? null : outcome.error.kind).toBe('not-a-template');
  });
});

const IDS = ['A', 'B', 'C', 'D', 'E'] as const;
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined, freq: 2 });
const ref = fc.oneof(
  fc.constantFrom(...IDS).map((id) => ({ Ref: id })),
  fc.constantFrom(...IDS).map((id) => ({ 'Fn::GetAtt': [id, 'Arn'] })),
  fc
    .constantFrom(...IDS)
    .map((id) => ({ 'Fn::Sub': `arn:aws:lambda:\${AWS::Region}:1:\${${id}.Arn}` })),
  fc.constantFrom(
    'arn:aws:sqs:eu-west-1:1:q.fifo',
    'arn:aws:kinesis:eu-west-1:1:stream/s',
    'name-elsewhere',
  ),
  fc.constant({ 'Fn::ImportValue': 'shared' }),
);
const odd = fc.oneof(
  fc.constant(null),
  fc.constant({ 'Fn::If': ['Undefined', 1, { Ref: 'AWS::NoValue' }] }),
  fc.constant({ Ref: 'AWS::NoValue' }),
  fc.constant([1, 2]),
  fc.constant({}),
);
const num = fc.oneof(
  fc.integer({ min: -2, max: 2_000 }),
  fc.integer({ min: 0, max: 400 }).map(String),
  odd,
);
const flag = fc.oneof(fc.boolean(), fc.constantFrom('true', 'false'), odd);
const text = (...values: string[]) => fc.oneof(fc.constantFrom(...values), odd);
const present = fc.oneof(
  fc.constant({ Type: 'SQS', TargetArn: { 'Fn::GetAtt': ['A', 'Arn'] } }),
  odd,
);
const destination = fc.oneof(
  fc.constant({ OnFailure: { Type: 'SQS', Destination: { Ref: 'A' } } }),
  fc.constant({ OnFailure: {} }),
  odd,
);

const eventArb = fc.record(
  {
    Type: text(
      'SQS',
      'Kinesis',
      'DynamoDB',
      'SNS',
      'S3',
      'EventBridgeRule',
      'Schedule',
      'ScheduleV2',
      'Api',
      'HttpApi',
      'Cognito',
    ),
    Properties: fc.record(
      {
        Queue: ref,
        Stream: ref,
        Topic: ref,
        BatchSize: num,
        MaximumBatchingWindowInSeconds: num,
        FunctionResponseTypes: fc.oneof(fc.constant(['ReportBatchItemFailures']), odd),
        BisectBatchOnFunctionError: flag,
        MaximumRetryAttempts: num,
        MaximumRecordAgeInSeconds: num,
        DestinationConfig: destination,
        RestApiId: ref,
        Auth: odd,
        SqsSubscription: flag,
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
);

const functionArb = fc.record({
  Type: fc.constantFrom('AWS::Serverless::Function', 'AWS::Lambda::Function'),
  Properties: fc.record(
    {
      Timeout: num,
      Runtime: text('java21', 'java8.al2', 'python3.13', 'nodejs22.x'),
      ReservedConcurrentExecutions: num,
      Layers: fc.oneof(fc.array(ref, { maxLength: 7 }), odd),
      SnapStart: fc.oneof(fc.record({ ApplyOn: text('PublishedVersions', 'None') }), odd),
      Events: fc.oneof(
        fc.dictionary(fc.constantFrom('E1', 'E2', 'E3'), eventArb, { maxKeys: 3 }),
        odd,
      ),
      DeadLetterQueue: present,
      DeadLetterConfig: fc.oneof(fc.record({ TargetArn: ref }), odd),
      EventInvokeConfig: fc.oneof(
        fc.record(
          { MaximumRetryAttempts: num, DestinationConfig: destination },
          { requiredKeys: [] },
        ),
        odd,
      ),
      ProvisionedConcurrencyConfig: odd,
      FunctionUrlConfig: odd,
      Environment: fc.oneof(
        fc.record({
          Variables: fc.dictionary(
            fc.constantFrom('DB_PASSWORD', 'API_KEY', 'SECRET_ARN', 'STAGE'),
            fc.oneof(fc.string({ maxLength: 6 }), ref, odd),
            { maxKeys: 3 },
          ),
        }),
        odd,
      ),
    },
    { requiredKeys: [] },
  ),
});

const otherArb = fc.oneof(
  fc.record({
    Type: fc.constant('AWS::SQS::Queue'),
    Properties: fc.record(
      { VisibilityTimeout: num, RedrivePolicy: present, FifoQueue: flag },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    Type: fc.constant('AWS::Lambda::EventSourceMapping'),
    Properties: fc.record(
      {
        FunctionName: ref,
        EventSourceArn: ref,
        BatchSize: num,
        MaximumRetryAttempts: num,
        DestinationConfig: destination,
        FunctionResponseTypes: odd,
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    Type: fc.constantFrom(
      'AWS::Kinesis::Stream',
      'AWS::DynamoDB::Table',
      'AWS::Lambda::Alias',
      'AWS::Lambda::Version',
      'constructor',
      '__proto__',
    ),
    Properties: fc.record(
      { FunctionName: ref, ProvisionedConcurrencyConfig: odd },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    Type: fc.constantFrom(
      'AWS::Lambda::Permission',
      'AWS::Lambda::Url',
      'AWS::Lambda::EventInvokeConfig',
    ),
    Properties: fc.record(
      {
        FunctionName: ref,
        TargetFunctionArn: ref,
        Principal: text('s3.amazonaws.com', 'apigateway.amazonaws.com'),
        DestinationConfig: destination,
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    Type: fc.constantFrom(
      'AWS::SNS::Subscription',
      'AWS::Events::Rule',
      'AWS::Scheduler::Schedule',
      'AWS::S3::Bucket',
      'AWS::ApiGateway::Method',
    ),
    Properties: fc.record(
      {
        Protocol: text('lambda'),
        Endpoint: ref,
        Targets: fc.oneof(fc.array(fc.record({ Arn: ref })), odd),
        Target: fc.oneof(fc.record({ Arn: ref }), odd),
        Integration: fc.oneof(fc.record({ Uri: ref }), odd),
      },
      { requiredKeys: [] },
    ),
  }),
);

const templateArb = fc.record({
  Globals: opt(
    fc.record({
      Function: fc.record(
        { Timeout: num, Runtime: text('java21'), Layers: fc.array(ref, { maxLength: 4 }) },
        { requiredKeys: [] },
      ),
    }),
  ),
  Resources: fc.dictionary(fc.constantFrom(...IDS), fc.oneof(functionArb, otherArb), {
    minKeys: 1,
  }),
});

describe('reviewTemplate: fuzzing with template-shaped input', () => {
  it('never throws and only reports known rules with valid lines', () => {
    fc.assert(
      fc.property(templateArb, (template) => {
        const outcome = reviewTemplate(JSON.stringify(template));
        if (!outcome.ok) throw new Error(outcome.error.message);
        for (const f of outcome.report.findings) {
          expect(RULE_IDS).toContain(f.rule);
          if (f.line !== undefined) expect(f.line).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
