/**
 * Lambda at organization scale: AWS Organizations guardrails, sharing across accounts,
 * multi-Region resilience, cost levers and the migration of existing workloads. Every fact is
 * checked against the AWS page it cites; the decision models in `content/decisions/` ask the
 * same material as exam-style scenarios.
 */
import type { AttributeTable, Fact, FactSet, Topic } from '../schema';
import { bothExams, cfnGuide, cite, docsBase, lambdaGuide, stepFunctionsGuide } from './authoring';
import { organizationsAndAccounts } from '../decisions/organizations-and-accounts';
import { multiRegion } from '../decisions/multi-region';
import { costTradeoffs } from '../decisions/cost-tradeoffs';
import { migration } from '../decisions/migration';

const sap = ['SAP-C02'] as const;

const scpPage = cite(`${docsBase}organizations/latest/userguide/orgs_manage_policies_scps.html`);
const functionUrlAuth = cite(`${lambdaGuide}urls-auth.html`);
const busCrossAccount = cite(`${docsBase}eventbridge/latest/userguide/eb-cross-account.html`);
const busPermissions = cite(`${docsBase}eventbridge/latest/userguide/eb-event-bus-perms.html`);
const serviceCrossAccount = cite(
  `${docsBase}eventbridge/latest/userguide/eb-service-cross-account.html`,
);
const busRetries = cite(`${docsBase}eventbridge/latest/userguide/eb-rule-retry-policy.html`);
const logSubscriptions = cite(
  `${docsBase}AmazonCloudWatch/latest/logs/CrossAccountSubscriptions.html`,
);
const crossAccountObservability = cite(
  `${docsBase}AmazonCloudWatch/latest/monitoring/CloudWatch-Unified-Cross-Account.html`,
);
const stackSetsAutoDeployment = cite(`${cfnGuide}stacksets-orgs-manage-auto-deployment.html`);
const lambdaResilience = cite(`${lambdaGuide}security-resilience.html`);
const failoverTypes = cite(`${docsBase}Route53/latest/DeveloperGuide/dns-failover-types.html`);
const latencyRouting = cite(`${docsBase}Route53/latest/DeveloperGuide/routing-policy-latency.html`);
const globalTables = cite(`${docsBase}amazondynamodb/latest/developerguide/GlobalTables.html`);
const globalTablesHowItWorks = cite(
  `${docsBase}amazondynamodb/latest/developerguide/V2globaltables_HowItWorks.html`,
);
const globalTableDesign = cite(
  `${docsBase}amazondynamodb/latest/developerguide/bp-global-table-design.html`,
);
const replicationTimeControl = cite(
  `${docsBase}AmazonS3/latest/userguide/replication-time-control.html`,
);
const recoveryObjectives = cite(
  `${docsBase}wellarchitected/latest/reliability-pillar/rel_planning_for_recovery_objective_defined_recovery.html`,
);
const recoveryOptions = cite(
  `${docsBase}whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html`,
);
const architecturePage = cite(`${lambdaGuide}foundation-arch.html`);
const savingsPlanTypes = cite(`${docsBase}savingsplans/latest/userguide/plan-types.html`);
const savingsPlanPurchase = cite(
  `${docsBase}savingsplans/latest/userguide/review-purchase-cart.html`,
);
const memoryRecommendations = cite(
  `${docsBase}compute-optimizer/latest/ug/view-lambda-recommendations.html`,
);
const schedulerTypes = cite(`${docsBase}scheduler/latest/UserGuide/schedule-types.html`);
const stranglerFig = cite(
  `${docsBase}prescriptive-guidance/latest/cloud-design-patterns/strangler-fig.html`,
);
const distributedMap = cite(`${stepFunctionsGuide}state-map-distributed.html`);
const amazonMq = cite(`${lambdaGuide}with-mq.html`);

const organization = [
  {
    id: 'architecture.scp-grants-nothing',
    kind: 'rule',
    topic: 'architecture',
    part: 'Service control policies',
    statement:
      'A service control policy grants no permissions to the roles in its accounts: it only caps what their IAM policies can allow.',
    why: 'AWS evaluates an SCP as a guardrail beside the identity-based policies: an action must be allowed by both, so a role without IAM policies has no access even when the SCP allows every action.',
    takeaway:
      'An SCP never gives access: when a role needs a permission, add it to an IAM policy, and use the SCP only to cap it.',
    ask: 'A security team attaches an SCP that allows lambda:* to an OU. What does that SCP do for the IAM roles in the accounts of that OU?',
    docs: scpPage,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'A service control policy grants the actions it allows to every role in its accounts, so those roles need no IAM policies of their own.',
        why: 'No permissions are granted by an SCP: a role without an identity-based policy has no access, whatever the SCPs allow.',
      },
      {
        text: 'A service control policy replaces the IAM policies of the roles in its accounts, so only the actions it lists are allowed for each role.',
        why: 'The SCP does not replace anything: an action is allowed only when the SCPs and the identity-based policies both allow it.',
      },
      {
        text: 'A service control policy applies only to the IAM users in its accounts, while their roles are governed by their trust policies alone.',
        why: 'SCPs limit all users and roles of the affected member accounts, including the root user; a trust policy only says who may assume a role.',
      },
    ],
  },
  {
    id: 'architecture.scp-binds-administrators',
    kind: 'rule',
    topic: 'architecture',
    part: 'Service control policies',
    statement:
      'An SCP that denies an action stops every user and role in the member accounts it affects, administrators and the root user included.',
    why: 'An account has only the permissions that every SCP above it allows, so a deny applies whatever the account’s own IAM policies say, including the AdministratorAccess policy.',
    takeaway:
      'To take an action away from everyone in member accounts, administrators included, deny it with an SCP.',
    ask: 'An SCP attached to the production OU denies lambda:DeleteFunction. Who in the production accounts is stopped by it?',
    docs: scpPage,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'An SCP that denies an action stops ordinary users and roles, but a role with the AdministratorAccess policy can still perform it in those member accounts.',
        why: 'AWS states that a user or role cannot use a permission blocked by an SCP, even with the AdministratorAccess policy attached.',
      },
      {
        text: 'An SCP that denies an action stops every user and role of the affected member accounts except the root user, which no SCP can restrict at all.',
        why: 'SCPs restrict the root user of member accounts as well; only a few root tasks, such as changing its password, are outside their reach.',
      },
      {
        text: 'An SCP that denies an action stops every user and role in the organization, including those of the management account where it was created.',
        why: 'SCPs have no effect on users or roles in the management account; they affect only member accounts.',
      },
    ],
  },
  {
    id: 'architecture.scp-management-account',
    kind: 'rule',
    topic: 'architecture',
    part: 'Service control policies',
    statement:
      'Functions that must be covered by SCP guardrails have to run in member accounts, because no SCP restricts users or roles of the management account.',
    why: 'SCPs affect only the member accounts of an organization; anything done with the management account’s users and roles is outside every SCP, even one attached to the root.',
    takeaway: 'Keep workloads out of the management account: SCP guardrails cannot reach it.',
    ask: 'A company wants its SCP guardrails to apply to all of its Lambda functions. In which accounts may those functions run?',
    docs: scpPage,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'Functions that must be covered by SCP guardrails may run in any account, the management account included, because an SCP attached to the root applies to every account.',
        why: 'Attaching an SCP to the root still leaves the management account unrestricted; SCPs affect member accounts only.',
      },
      {
        text: 'Functions that must be covered by SCP guardrails have to run in the management account, because SCPs are evaluated there before they reach the member accounts.',
        why: 'It is the other way round: the management account is the one account that SCPs never restrict.',
      },
      {
        text: 'Functions that must be covered by SCP guardrails have to run in accounts outside the organization, because SCPs apply to principals that come in from outside.',
        why: 'SCPs apply to the users and roles of the organization’s member accounts, and never to principals from accounts outside the organization.',
      },
    ],
  },
  {
    id: 'architecture.scp-outside-principals',
    kind: 'rule',
    topic: 'architecture',
    part: 'Service control policies',
    statement:
      'An SCP restricts only principals of the organization’s accounts, so it cannot stop an outside account that a function’s policy allows.',
    why: 'SCPs affect IAM users and roles managed by the organization’s accounts; they do not change resource-based policies and do not apply to users or roles of accounts outside the organization.',
    takeaway:
      'Guardrails for callers from outside the organization belong in the resource-based policy itself, because an SCP does not reach them.',
    ask: 'A function’s resource-based policy lets a partner account outside the organization invoke it, and the function’s account is under an SCP that denies lambda:InvokeFunction. What applies to the partner?',
    docs: scpPage,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'An SCP restricts every principal that calls into the organization’s accounts, so it stops an outside account that a function’s resource-based policy allows.',
        why: 'An SCP does not apply to users or roles from accounts outside the organization, even when they call resources inside it.',
      },
      {
        text: 'An SCP restricts the resource-based policies of the organization’s accounts, so it removes the statement that lets the outside account invoke the function.',
        why: 'SCPs do not affect resource-based policies directly, and they never edit a policy; the partner’s statement stays in place.',
      },
      {
        text: 'An SCP restricts outside principals only when the management account is the one that owns the function, so it stops the partner in that case alone.',
        why: 'The management account is the one account SCPs never restrict, and outside principals are not restricted in any account.',
      },
    ],
  },
  {
    id: 'architecture.scp-function-url-auth',
    kind: 'rule',
    topic: 'architecture',
    part: 'Service control policies',
    statement:
      'An SCP can deny lambda:CreateFunctionUrlConfig and lambda:UpdateFunctionUrlConfig unless lambda:FunctionUrlAuthType is AWS_IAM, in every member account.',
    why: 'Lambda supports the lambda:FunctionUrlAuthType condition key in service control policies, so a deny on the two configuration actions for any other auth type blocks function URLs with the NONE auth type across the organization.',
    takeaway:
      'To forbid unauthenticated function URLs everywhere, use an SCP that denies URL configuration unless the auth type is AWS_IAM.',
    ask: 'A security team must make sure that no member account of the organization can expose a function through a function URL without authentication. Which control does that?',
    docs: functionUrlAuth,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'An SCP can deny lambda:InvokeFunctionUrl to the principal "*" in every member account, so unauthenticated callers of function URLs are refused everywhere.',
        why: 'An SCP restricts the organization’s own users and roles only; it does not apply to anonymous callers, which a URL with the NONE auth type lets in through its resource-based policy.',
      },
      {
        text: 'A tag policy can require the tag AuthType with the value AWS_IAM on every function, so that functions without that tag can never be given a function URL.',
        why: 'Tag policies standardize tags; they do not block API actions such as creating a function URL with the NONE auth type.',
      },
      {
        text: 'An IAM permissions boundary in the management account can deny function URLs with the NONE auth type for every user and role of all the member accounts.',
        why: 'A permissions boundary applies to the one user or role it is attached to in its own account; it cannot govern principals of other accounts.',
      },
    ],
  },
  {
    id: 'architecture.bus-resource-policy',
    kind: 'rule',
    topic: 'architecture',
    part: 'Events across accounts',
    statement:
      'A central bus accepts events from other accounts only when its resource-based policy allows events:PutEvents from them, by account ID or with aws:PrincipalOrgID.',
    why: 'An event bus accepts events from its own account by default. Its resource-based policy can add other accounts, or a whole organization with an aws:PrincipalOrgID condition, and their rules can then target the bus.',
    takeaway:
      'For a central event bus, grant events:PutEvents once to the organization with aws:PrincipalOrgID instead of account by account.',
    ask: 'A platform team runs a central event bus in a shared services account. Functions in 40 member accounts must send events to it. What must the central bus have?',
    docs: busPermissions,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'A central bus accepts events from other accounts only when each sending account has an IAM role that trusts the events.amazonaws.com principal of the central account.',
        why: 'Roles in the sending accounts do not open the bus: the receiving bus still needs a resource-based policy that allows events:PutEvents from them.',
      },
      {
        text: 'A central bus accepts events from every account of its organization by default, so its resource-based policy needs no statement at all for the events:PutEvents action.',
        why: 'By default a bus accepts events only from its own account; other accounts and organizations must be added to its resource-based policy.',
      },
      {
        text: 'A central bus accepts events from other accounts only when a service control policy allows events:PutEvents for each of the accounts that send events to it.',
        why: 'An SCP grants nothing; access to the bus is granted by the bus’s own resource-based policy.',
      },
    ],
  },
  {
    id: 'architecture.bus-sender-role',
    kind: 'rule',
    topic: 'architecture',
    part: 'Events across accounts',
    statement:
      'A rule that sends events to a bus in another account granted to the whole organization must use an IAM role that allows events:PutEvents on that bus.',
    why: 'When a sender inherits permission through an organization grant, EventBridge requires the rule targeting the other account’s bus to have a role whose policy lets it put events there. The console creates the role, and the CLI or templates must define it.',
    takeaway:
      'Organization-wide bus grants need a role on each sending rule; AWS recommends a role whenever the target is an event bus.',
    ask: 'A central bus allows events:PutEvents from its whole organization with aws:PrincipalOrgID. What does a rule in a member account need to forward events to it?',
    docs: busCrossAccount,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'A rule that sends events to a bus in another account granted to the whole organization needs no IAM role, because the organization grant allows events:PutEvents directly.',
        why: 'EventBridge states that senders that inherit the permission from an organization must also have an IAM role that can send events to the receiver’s bus.',
      },
      {
        text: 'A rule that sends events to a bus in another account granted to the whole organization must use a central account role that allows events:PutEvents, passed to it.',
        why: 'The role belongs to the sending account and is attached to its rule; a member account cannot pass a role of the central account.',
      },
      {
        text: 'A rule that sends events to a bus in another account granted to the whole organization must be created in the central account, which then pulls the events it needs.',
        why: 'Events are pushed by a rule in the sending account whose target is the receiver’s bus; the receiving account does not pull them.',
      },
    ],
  },
  {
    id: 'architecture.bus-one-hop',
    kind: 'rule',
    topic: 'architecture',
    part: 'Events across accounts',
    statement:
      'Events that a bus receives from another account are not sent on to a third account, even when a rule on the receiving bus targets a bus there.',
    why: 'EventBridge delivers events across one account boundary only: a rule in the receiving account that targets a third account does not forward the events that came from the sender.',
    takeaway:
      'Every producing account must target the final bus directly; a chain of buses across accounts drops events after the first hop.',
    ask: 'Account A sends events to a bus in account B, and a rule on that bus targets a bus in account C. What reaches account C?',
    docs: busCrossAccount,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'Events that a bus receives from another account are sent on to a third account by a rule that targets a bus there, if that bus allows the receiving account.',
        why: 'A bus policy in the third account does not change the rule: events received from another account are not forwarded to a third one.',
      },
      {
        text: 'Events that a bus receives from another account are sent on to a third account by a rule that targets it, when all three accounts share one organization.',
        why: 'Belonging to one organization makes no difference: EventBridge does not forward events it received from another account.',
      },
      {
        text: 'Events that a bus receives from another account are sent on to a third account only when the rule that targets it uses an IAM role allowing events:PutEvents.',
        why: 'A role lets a rule send its account’s own events, but events that came from another account are still not forwarded to a third.',
      },
    ],
  },
  {
    id: 'architecture.bus-cross-account-target',
    kind: 'rule',
    topic: 'architecture',
    part: 'Events across accounts',
    statement:
      'A rule can invoke a function in another account of the same Region directly, using an execution role in the bus account and a statement in the function’s policy.',
    why: 'EventBridge supports Lambda functions, SQS queues, SNS topics, Kinesis streams and API Gateway APIs of other accounts as targets in the same Region. It assumes the rule’s execution role, which lives in the bus account, and the target’s resource-based policy must allow that role.',
    takeaway:
      'A second event bus is no longer needed just to reach a function in another account of the same Region.',
    ask: 'A rule on a bus in account A must invoke a function in account B, in the same Region, without creating a second event bus. How can this be done?',
    docs: serviceCrossAccount,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'A rule can invoke a Lambda function only in its own account, so events for another account must first go to an event bus in that account, which then invokes the function.',
        why: 'EventBridge can deliver to Lambda functions in other accounts of the same Region without an intermediate bus.',
      },
      {
        text: 'A rule can invoke a function in any other account and in any Region directly, as long as the function in that account has a function URL that uses the AWS_IAM auth type.',
        why: 'Cross-account targets must be in the same Region, and a function URL plays no part in this delivery.',
      },
      {
        text: 'A rule can invoke a function in another account of the same Region directly, with the function’s own execution role passed over to the account of the event bus.',
        why: 'The execution role EventBridge assumes must be in the same account as the bus; a function’s execution role is for the function’s own calls.',
      },
    ],
  },
  {
    id: 'architecture.bus-retries',
    kind: 'rule',
    topic: 'architecture',
    part: 'Events across accounts',
    statement:
      'When a target is unavailable, EventBridge retries delivery with backoff under the target’s retry policy, then drops the event unless a dead-letter queue is set.',
    why: 'For rule targets, EventBridge retries retriable failures, by default for 24 hours and up to 185 times with exponential backoff and jitter. After the last attempt the event is dropped, or sent to the target’s dead-letter queue if one is configured.',
    takeaway:
      'An event bus between accounts absorbs a short outage of the consumer; add a dead-letter queue so that nothing is lost after the retries.',
    ask: 'A function that is the target of an EventBridge rule is unavailable for an hour. What happens to the events that arrive meanwhile?',
    docs: busRetries,
    exams: sap,
    domains: ['sap-1', 'sap-2'],
    misconceptions: [
      {
        text: 'When a target is unavailable, EventBridge drops each event after a single failed attempt, so the producers have to send their events again once the target is back.',
        why: 'EventBridge retries delivery to a failing target according to its retry policy before it drops anything.',
      },
      {
        text: 'When a target is unavailable, EventBridge keeps every event on the bus until the target recovers, however long that takes, and no retry policy applies to it.',
        why: 'Retries stop when the retry policy’s time or attempt limit is reached; the event is then dropped or sent to a dead-letter queue.',
      },
      {
        text: 'When a target is unavailable, EventBridge sends each event straight to the archive of the bus, and the archived events are replayed once the target is back.',
        why: 'Archives keep events only when one is configured, and replays are started by hand; failed deliveries are retried, then dropped or sent to a dead-letter queue.',
      },
    ],
  },
  {
    id: 'architecture.central-log-copy',
    kind: 'rule',
    topic: 'architecture',
    part: 'Access, logs and deployment across accounts',
    statement:
      'Logs are copied into a central account by a subscription filter on each source log group that sends to a CloudWatch Logs destination in that account.',
    why: 'A destination in the recipient account wraps a Kinesis Data Streams stream or a Firehose stream, and its access policy lets the source accounts subscribe; each log group’s subscription filter then streams its events there.',
    takeaway:
      'A central copy of logs means subscription filters to a cross-account destination; viewing them in place is cross-account observability.',
    ask: 'A security team must keep a copy of every function’s logs from 30 accounts in one central account, for analysis over years. How should the logs be delivered?',
    docs: logSubscriptions,
    exams: sap,
    domains: ['sap-1'],
    misconceptions: [
      {
        text: 'Logs are copied into a central account by naming a log group of that account in each function’s logging configuration, so functions write there directly.',
        why: 'A function’s log group, even a custom one, is in the function’s own account; copying to another account takes a subscription to a destination.',
      },
      {
        text: 'Logs are copied into a central account by turning on CloudWatch cross-account observability, which moves every linked account’s log groups into that account.',
        why: 'Cross-account observability lets a monitoring account view linked accounts’ data where it is; it neither copies nor moves log groups.',
      },
      {
        text: 'Logs are copied into a central account by a service control policy that sets that account as the destination for the logs of every member account in the organization.',
        why: 'SCPs only limit permissions; they cannot route or copy logs anywhere.',
      },
    ],
  },
  {
    id: 'architecture.cross-account-observability',
    kind: 'rule',
    topic: 'architecture',
    part: 'Access, logs and deployment across accounts',
    statement:
      'CloudWatch cross-account observability lets a monitoring account search the metrics, logs and traces of linked accounts in the same Region without copying them.',
    why: 'Source accounts link to a sink in the monitoring account and share their telemetry with it, so operators work in one account without building a log pipeline.',
    takeaway:
      'To troubleshoot many accounts from one place, link them to a monitoring account; to keep copies, use subscription filters.',
    ask: 'Operators want one account from which they can look at the logs and traces of the functions in 12 workload accounts, without building a log pipeline. What should they use?',
    docs: crossAccountObservability,
    exams: sap,
    domains: ['sap-1', 'sap-3'],
    misconceptions: [
      {
        text: 'CloudWatch cross-account observability copies the metrics, logs and traces of linked source accounts into the monitoring account, across all Regions at once.',
        why: 'The data stays in the source accounts, and linking works within a Region.',
      },
      {
        text: 'CloudWatch cross-account observability shares only the metrics of linked source accounts, so their logs and traces still need a pipeline of their own to be seen centrally.',
        why: 'Linked accounts can share logs and X-Ray traces as well as metrics.',
      },
      {
        text: 'CloudWatch cross-account observability requires every operator to assume a role in each source account before the metrics, logs and traces there can be seen.',
        why: 'Once linked, the monitoring account sees the shared data itself; operators do not switch roles account by account.',
      },
    ],
  },
  {
    id: 'architecture.stacksets-organization',
    kind: 'rule',
    topic: 'architecture',
    part: 'Access, logs and deployment across accounts',
    statement:
      'A service-managed StackSet deploys one template to every account of chosen OUs in chosen Regions, and automatic deployment adds accounts that join later.',
    why: 'StackSets provision stacks across accounts and Regions from one template. With service-managed permissions they work with AWS Organizations, and automatic deployment adds a stack to each account that joins a target OU.',
    takeaway:
      'The same function stack in every account and Region of an organization is a service-managed StackSet with automatic deployment.',
    ask: 'A platform team must deploy the same function stack to every account of two OUs in three Regions, including accounts created next year. What should it use?',
    docs: stackSetsAutoDeployment,
    exams: sap,
    domains: ['sap-1', 'sap-2'],
    misconceptions: [
      {
        text: 'A CloudFormation stack in the management account deploys one template to every account of chosen OUs, because stacks created there apply to member accounts.',
        why: 'A stack belongs to one account and one Region; reaching other accounts and Regions is what a StackSet is for.',
      },
      {
        text: 'A StackSet with self-managed permissions deploys one template to every account of chosen OUs, and it adds each account that joins those OUs later by itself.',
        why: 'Automatic deployment to new accounts of a target OU is available only with service-managed permissions.',
      },
      {
        text: 'An AWS SAM template with a list of Regions deploys one template to every account of the chosen OUs when sam deploy is run with it from the management account.',
        why: 'sam deploy creates or updates one stack in one account and Region; it has no notion of OUs.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const resilience = [
  {
    id: 'architecture.lambda-multi-az',
    kind: 'rule',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    statement:
      'Lambda runs a function across the Availability Zones of its Region, so a zone failure needs no action, while a Regional outage needs a deployment in another Region.',
    why: 'Lambda spreads a function over the Availability Zones of its Region to keep serving events when one zone is interrupted. A function attached to a VPC needs subnets in several zones to keep that benefit. Nothing moves it to another Region.',
    takeaway:
      'Lambda is highly available within a Region by itself; surviving the loss of a Region is a multi-Region design.',
    ask: 'An architect must decide what a Lambda-based API needs to survive the loss of one Availability Zone, and the loss of a whole Region. What applies?',
    docs: lambdaResilience,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'Lambda runs a function in the single Availability Zone chosen when it is created, so a zone failure needs a second copy of the function in another zone of that Region.',
        why: 'A function is not pinned to one zone: Lambda runs it across multiple Availability Zones of the Region.',
      },
      {
        text: 'Lambda runs a function in every Region of the account once it has been created, so neither a zone failure nor a Regional outage needs a second deployment of it.',
        why: 'A function exists only in the Region where it was created; other Regions need their own deployment.',
      },
      {
        text: 'Lambda runs a function across the Availability Zones of its Region, and when that whole Region is impaired it moves the function to the paired Region all by itself.',
        why: 'Lambda has no automatic Regional failover: another Region serves traffic only if the function is deployed there and traffic is routed to it.',
      },
    ],
  },
  {
    id: 'architecture.route53-active-active',
    kind: 'rule',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    statement:
      'Route 53 serves active-active with latency, weighted or other non-failover records and health checks, and active-passive with failover records.',
    why: 'In active-active failover, every healthy record of the same name and routing policy can answer, and health checks drop the unhealthy ones. Failover routing answers with the primary while it is healthy and with the secondary only when it is not.',
    takeaway:
      'Both Regions serving is latency or weighted records with health checks; one Region on standby is failover records.',
    ask: 'A company runs the same API in two Regions. Both Regions must serve traffic, and an unhealthy Region must be dropped. Which Route 53 configuration fits?',
    docs: failoverTypes,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'Route 53 serves active-active only with failover records, which send traffic to both Regions until a health check marks one of the two Regions unhealthy.',
        why: 'Failover records are the active-passive configuration: the secondary receives traffic only when the primary is unhealthy.',
      },
      {
        text: 'Route 53 serves active-active with simple records that list both Regions, and it removes an unhealthy Region from its answers without any health check.',
        why: 'Route 53 can tell that a Region is unhealthy only through health checks, which simple records do not use.',
      },
      {
        text: 'Route 53 serves active-active only with geolocation records, because latency and weighted records cannot be associated with any health checks at all.',
        why: 'Any routing policy other than failover can be used for active-active, and latency and weighted records support health checks.',
      },
    ],
  },
  {
    id: 'architecture.route53-latency',
    kind: 'rule',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    statement:
      'Latency-based routing answers each query with the record of the Region that gives that user the lowest network delay, among the Regions that have records.',
    why: 'Route 53 keeps data on the latency between users’ networks and AWS Regions, and picks the Region with the lowest latency for each query. With health checks, an unhealthy Region’s record is left out.',
    takeaway:
      'Latency records send each user to the fastest Region and are the usual routing for a multi-Region active-active API.',
    ask: 'An API runs in us-east-1 and eu-west-1 behind Route 53 latency records. How does Route 53 choose the Region for a user in London?',
    docs: latencyRouting,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'Latency-based routing answers each query with the record of the Region nearest to the user’s country, taken from a geolocation table that the team maintains.',
        why: 'That describes geolocation routing; latency routing relies on Route 53’s own latency data, with no table to maintain.',
      },
      {
        text: 'Latency-based routing answers each query after measuring the API’s response time in each Region, and moves users to the Region that answered fastest in the last minute.',
        why: 'Route 53 uses its data on network latency between users and Regions, not the response time of the application.',
      },
      {
        text: 'Latency-based routing answers each query with the records of both Regions in turn, so that each of the two Regions receives exactly the same share of the traffic.',
        why: 'Sharing traffic in set proportions is weighted routing; latency routing picks one Region per query.',
      },
    ],
  },
  {
    id: 'architecture.global-table-writes',
    kind: 'rule',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    statement:
      'Every replica of a DynamoDB global table accepts reads and writes, and DynamoDB replicates each write to the replicas in the other Regions.',
    why: 'Global tables are multi-active: an application writes to the replica in its own Region through the usual DynamoDB API, and DynamoDB propagates the write to every other replica without replication code.',
    takeaway:
      'A global table lets each Region write locally; no Streams function is needed to copy data between Regions.',
    ask: 'A multi-Region application writes orders in both us-east-1 and eu-west-1. How does a DynamoDB global table handle these writes?',
    docs: globalTables,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'Only the primary replica of a DynamoDB global table accepts writes, and the replicas in the other Regions stay read-only until a failover promotes one of them.',
        why: 'There is no primary: any replica of a global table can serve reads and writes.',
      },
      {
        text: 'Every replica of a DynamoDB global table accepts writes, but the application must copy each write to the other Regions with DynamoDB Streams and a function.',
        why: 'Replication is built in: DynamoDB copies writes between replicas without any code of the team.',
      },
      {
        text: 'Every replica of a DynamoDB global table accepts reads, but its writes are sent to the Region where the global table was first created, whatever the caller’s Region.',
        why: 'Writes are served by the local replica; the Region where the table was created has no special role.',
      },
    ],
  },
  {
    id: 'architecture.global-table-conflicts',
    kind: 'rule',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    statement:
      'With multi-Region eventual consistency, the default mode, concurrent writes to one item in two Regions are resolved by last writer wins.',
    why: 'Replication is asynchronous in this mode, typically within a second, so two Regions can update the same item before either write arrives at the other. DynamoDB keeps the write with the later timestamp, and the conflict is not recorded in CloudWatch or CloudTrail.',
    takeaway:
      'In the default mode, design so that one item is written in one Region at a time; otherwise the later write silently wins.',
    ask: 'In a global table in the default consistency mode, two Regions update the same item within the same second. What happens?',
    docs: globalTableDesign,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'With multi-Region eventual consistency, the default mode, concurrent writes to one item in two Regions are rejected with a conflict error for the later write.',
        why: 'Neither write is rejected in this mode: both succeed locally, and replication keeps the one with the later timestamp.',
      },
      {
        text: 'With multi-Region eventual consistency, the default mode, concurrent writes to one item in two Regions are merged attribute by attribute into one item.',
        why: 'Items are not merged: the whole write with the later timestamp wins.',
      },
      {
        text: 'With multi-Region eventual consistency, the default mode, concurrent writes to one item in two Regions are resolved in favor of the global table’s first Region.',
        why: 'No Region is favored: conflicts are resolved by last writer wins, on the writes’ timestamps.',
      },
    ],
  },
  {
    id: 'architecture.global-table-strong',
    kind: 'rule',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    statement:
      'A global table in multi-Region strong consistency mode reaches a recovery point objective of zero, and it is created in that mode with all its Regions in one Region set.',
    why: 'In strong consistency mode a write is replicated before it is acknowledged, so no acknowledged write is lost with a Region. The mode is chosen when the global table is created and cannot be changed. Such a table spans three Regions, with three replicas or two replicas and a witness, and all of them must come from one Region set: US, EU or Asia Pacific.',
    takeaway:
      'Zero data loss across Regions points to multi-Region strong consistency, planned from the start and kept within one Region set, so the table cannot span continents.',
    ask: 'An ordering system must not lose any acknowledged write if a Region fails. What applies to DynamoDB global tables?',
    docs: globalTablesHowItWorks,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'A global table in the default multi-Region eventual consistency mode reaches a recovery point objective of zero, because each write is copied to the other Regions first.',
        why: 'In the default mode writes replicate asynchronously after they are acknowledged, so the latest ones can be lost with a Region.',
      },
      {
        text: 'A global table in multi-Region strong consistency mode reaches a recovery point objective of zero, and an existing global table can be switched to that mode at any time.',
        why: 'A global table’s consistency mode is chosen when the table is created and cannot be changed afterwards.',
      },
      {
        text: 'A global table in multi-Region strong consistency mode reaches a recovery point objective of zero, with its Regions spread over the US, Europe and Asia Pacific as needed.',
        why: 'All Regions of a strongly consistent global table must come from one Region set, US, EU or Asia Pacific, so the table cannot span continents.',
      },
      {
        text: 'No global table reaches a recovery point objective of zero in either consistency mode, so zero data loss needs backups that are copied and restored into the other Region.',
        why: 'Strong consistency mode supports a recovery point objective of zero; restoring backups loses everything written since the last backup.',
      },
    ],
  },
  {
    id: 'architecture.s3-replication-time-control',
    kind: 'rule',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    statement:
      'S3 Replication Time Control gives replication a time target backed by a service level agreement, with replication metrics and events turned on by default.',
    why: 'S3 RTC replicates most new objects in seconds and 99.99 percent of them within 15 minutes, under a service level agreement that plain replication does not have. It includes replication metrics and event notifications by default, so late objects can be seen and alarmed on.',
    takeaway:
      'When replicated objects must meet a stated time target, turn on S3 Replication Time Control.',
    ask: 'A team replicates documents to a second Region and must meet a recovery point objective measured in minutes for them. What does S3 Replication Time Control add?',
    docs: replicationTimeControl,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'S3 Replication Time Control makes replication synchronous, so that an upload returns only once the object is also stored in the bucket of the destination Region.',
        why: 'Replication stays asynchronous with S3 RTC; it adds a time target, metrics and events, not synchronous writes.',
      },
      {
        text: 'S3 Replication Time Control copies the objects that existed before the replication rule was created, which plain replication leaves out of the destination.',
        why: 'Copying existing objects is a job for S3 Batch Replication; S3 RTC concerns the timing of new objects.',
      },
      {
        text: 'S3 Replication Time Control sends replication traffic over AWS Direct Connect, which gives it a fixed bandwidth that plain replication over the internet lacks.',
        why: 'S3 replicates within the AWS network whether or not RTC is on; Direct Connect links on-premises networks to AWS.',
      },
    ],
  },
  {
    id: 'architecture.rto',
    kind: 'definition',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    term: 'Recovery time objective (RTO)',
    definition:
      'The maximum acceptable delay between the interruption of service and the restoration of service.',
    statement:
      'The recovery time objective is the maximum acceptable delay between the interruption of a service and its restoration.',
    why: 'It sets how long the service may be unavailable, so it decides how much of the recovery Region must already run before a disaster.',
    takeaway:
      'RTO is about downtime: the lower it is, the more must be running before the disaster.',
    ask: 'A business owner sets a recovery time objective of 15 minutes for an API. What does that objective measure?',
    docs: recoveryObjectives,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'The recovery time objective is the maximum acceptable time between the last data recovery point and the interruption of a service.',
        why: 'That is the recovery point objective, which measures the data that can be lost, not the downtime.',
      },
      {
        text: 'The recovery time objective is the time a service is expected to run between two failures, averaged over the year it is measured.',
        why: 'That is the mean time between failures, a measure of availability rather than a recovery target.',
      },
      {
        text: 'The recovery time objective is the time that a full backup of the service’s data takes to restore in another Region after a disaster.',
        why: 'Restore time is one part of recovery; the objective is the total downtime the business accepts, whatever the method.',
      },
    ],
  },
  {
    id: 'architecture.rpo',
    kind: 'definition',
    topic: 'architecture',
    part: 'Resilience and disaster recovery',
    term: 'Recovery point objective (RPO)',
    definition: 'The maximum acceptable amount of time since the last data recovery point.',
    statement:
      'The recovery point objective is the maximum acceptable amount of time since the last data recovery point, which sets how much data may be lost.',
    why: 'Everything written after the last recovery point is lost in a disaster, so the objective decides how often data must be backed up or how closely it must be replicated.',
    takeaway:
      'RPO is about data loss: zero means every acknowledged write must already be in the other Region.',
    ask: 'A business owner sets a recovery point objective of five minutes for an orders table. What does that objective measure?',
    docs: recoveryObjectives,
    exams: sap,
    domains: ['sap-2'],
    misconceptions: [
      {
        text: 'The recovery point objective is the maximum acceptable delay between the interruption of a service and its restoration, which sets how long it may be down.',
        why: 'That is the recovery time objective; the recovery point objective measures data loss.',
      },
      {
        text: 'The recovery point objective is the point in the workload where failover starts, such as the Route 53 health check that marks a Region unhealthy.',
        why: 'It is not a component: it is a time, the data loss the business accepts.',
      },
      {
        text: 'The recovery point objective is the number of backups that must be kept in another Region, which sets how far back in time the data can be restored.',
        why: 'Backup retention decides how far back one can go; the recovery point objective is about how recent the latest copy must be.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const drStrategiesTable = {
  id: 'architecture.dr-strategies',
  topic: 'architecture',
  title: 'Disaster recovery options in the cloud',
  docs: recoveryOptions,
  exams: sap,
  domains: ['sap-2', 'sap-3'],
  subject: { one: 'recovery strategy', many: 'recovery strategies' },
  nameLabel: 'Strategy',
  columns: [
    {
      key: 'objectives',
      label: 'Typical RPO and RTO',
      ask: 'What recovery point and recovery time objectives does {row} typically reach?',
      which: 'Which strategy typically reaches recovery objectives like these: {value}?',
    },
    {
      key: 'standby',
      label: 'Recovery Region before a disaster',
      ask: 'With {row}, what runs in the recovery Region before a disaster?',
      which: 'Which strategy keeps the recovery Region like this before a disaster: {value}?',
    },
  ],
  rows: [
    {
      id: 'backup-restore',
      name: 'Backup and restore',
      cells: {
        objectives: {
          text: 'Several hours, for the recovery point and the recovery time',
          means: ['hours'],
          why: 'With backup and restore, data is only as recent as the last backup, and the whole stack must be deployed and the data restored after the disaster.',
        },
        standby: {
          text: 'Nothing runs there, and only saved copies of the data are kept',
          means: ['nothing-running'],
          why: 'With backup and restore, only backups are kept in the recovery Region, and the stack is deployed from templates after the disaster, which keeps costs low and recovery slow.',
        },
      },
    },
    {
      id: 'pilot-light',
      name: 'Pilot light',
      cells: {
        objectives: {
          text: 'Tens of minutes, for the recovery point and the recovery time',
          means: ['tens-of-minutes'],
          why: 'In a pilot light, data is replicated and live, but the application must still be switched on and scaled before it serves users.',
        },
        standby: {
          text: 'Live replicated data, with the application stack switched off',
          means: ['data-only'],
          why: 'In a pilot light, the core data stores run in the recovery Region, and the rest of the stack is started only when it is needed.',
        },
      },
    },
    {
      id: 'warm-standby',
      name: 'Warm standby',
      cells: {
        objectives: {
          text: 'A few minutes, for the recovery point and the recovery time',
          means: ['minutes'],
          why: 'In a warm standby, a working copy already runs, so recovery is mostly scaling it up and moving traffic to it.',
        },
        standby: {
          text: 'A scaled-down yet fully working copy of the stack, always on',
          means: ['scaled-down-copy'],
          why: 'A warm standby runs everything at reduced capacity, so it can take traffic at once and then scale out to full size.',
        },
      },
    },
    {
      id: 'multi-site',
      name: 'Multi-site active/active',
      cells: {
        objectives: {
          text: 'Near zero, in real time, for recovery point and recovery time',
          means: ['near-zero'],
          why: 'In a multi-site active/active setup, every Region already serves users with live data, so losing one only shifts its traffic to the remaining Regions.',
        },
        standby: {
          text: 'A full copy of the stack, serving its share of users every day',
          means: ['full-copy-serving'],
          why: 'In a multi-site active/active setup, each Region runs the whole workload at production scale and takes part of the traffic every day.',
        },
      },
    },
  ],
} as const satisfies AttributeTable;

const cost = [
  {
    id: 'architecture.arm64-dependencies',
    kind: 'rule',
    topic: 'architecture',
    part: 'Cost',
    statement:
      'Before a function moves to arm64, every part built for x86_64, such as native libraries, layers, extensions and container images, needs an arm64 build.',
    why: 'The function runs natively on the chosen architecture. Uploaded code, each layer and each extension must be compatible with it, and a container image must be rebuilt for it.',
    takeaway:
      'Check native dependencies, layers and extensions for arm64 builds before switching the architecture.',
    ask: 'A team moves a Node.js function that uses a native image library, a monitoring extension and two layers to arm64. What must it check?',
    docs: architecturePage,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'Before a function moves to arm64, only its handler code needs a new build, because Lambda translates native libraries, layers and extensions to arm64 when they load.',
        why: 'Lambda translates nothing: each layer and extension must itself be compatible with the new architecture.',
      },
      {
        text: 'Before a function moves to arm64, nothing needs to change at all, because Lambda runs native x86_64 binaries on AWS Graviton processors through emulation.',
        why: 'There is no emulation: binaries built for x86_64 must be rebuilt for arm64.',
      },
      {
        text: 'Before a function moves to arm64, it must first become a container image, because .zip archives with native code support only the x86_64 instruction set architecture.',
        why: '.zip archives support arm64 as well; only their contents must be built for it.',
      },
    ],
  },
  {
    id: 'architecture.savings-plan-type',
    kind: 'rule',
    topic: 'architecture',
    part: 'Cost',
    statement:
      'A Compute Savings Plan applies to Lambda usage as well as EC2 and Fargate in any Region, while an EC2 Instance Savings Plan applies only to EC2.',
    why: 'Compute Savings Plans discount usage in exchange for an hourly spend commitment over one or three years, whatever the Region, instance family or compute service. EC2 Instance Savings Plans give a deeper discount on one instance family in one Region and do not apply to Lambda.',
    takeaway:
      'A commitment discount for Lambda is a Compute Savings Plan; EC2 Instance Savings Plans never cover functions.',
    ask: 'A company runs steady Lambda, Fargate and EC2 workloads in three Regions and wants one commitment discount that covers them all. What applies?',
    docs: savingsPlanTypes,
    exams: sap,
    domains: ['sap-3'],
    misconceptions: [
      {
        text: 'An EC2 Instance Savings Plan applies to Lambda usage as well as EC2 and Fargate in any Region, while a Compute Savings Plan applies only to EC2 instances.',
        why: 'It is the other way round: the Compute Savings Plan is the one that covers Lambda and Fargate.',
      },
      {
        text: 'A Compute Savings Plan applies to Lambda usage only in the Region where it was bought, so three Regions need three separate Compute Savings Plans.',
        why: 'Compute Savings Plans apply regardless of Region.',
      },
      {
        text: 'No Savings Plan applies to Lambda usage, because functions are billed per request, so their only discount comes from the rate of reserved concurrency.',
        why: 'Compute Savings Plans cover Lambda; reserved concurrency has no charge and gives no discount.',
      },
    ],
  },
  {
    id: 'architecture.savings-plan-payment',
    kind: 'rule',
    topic: 'architecture',
    part: 'Cost',
    statement:
      'A Compute Savings Plan commits to an hourly spend for a one-year or three-year term, paid all upfront, partially upfront or with no upfront payment, and all upfront gives the largest discount.',
    why: 'The plan lowers the price of Lambda usage in exchange for the commitment, and paying more of it at purchase lowers the rate further: No Upfront bills the commitment monthly over the term, Partial Upfront takes part of it at purchase, and All Upfront takes all of it at once. A three-year term saves more than a one-year term.',
    takeaway:
      'The deepest Savings Plan discount for steady Lambda spend is a three-year term paid all upfront, if the company accepts both the term and the payment.',
    ask: 'A company plans to buy a Compute Savings Plan for its steady Lambda spend. Which terms and payment options can it choose, and which option gives the largest discount?',
    docs: savingsPlanPurchase,
    exams: sap,
    domains: ['sap-3'],
    misconceptions: [
      {
        text: 'A Compute Savings Plan commits to an hourly spend for a one-year or three-year term, paid all upfront, partially upfront or with no upfront payment, and no upfront payment gives the largest discount.',
        why: 'It is the other way round: the more is paid upfront, the lower the rate, so All Upfront gets the largest discount and No Upfront the smallest.',
      },
      {
        text: 'A Compute Savings Plan commits to an hourly spend for a six-month or one-year term, paid all upfront, partially upfront or with no upfront payment, and all upfront gives the largest discount.',
        why: 'Savings Plans are bought for one year or three years; there is no shorter term.',
      },
      {
        text: 'A Compute Savings Plan commits to an hourly spend for a one-year or three-year term, always paid all upfront at purchase, because only EC2 Instance Savings Plans can be paid month by month.',
        why: 'A Compute Savings Plan can also be bought with Partial Upfront or No Upfront payment, the rest billed monthly over the term.',
      },
      {
        text: 'A Compute Savings Plan commits to an hourly spend for a one-year or three-year term, paid all upfront, partially upfront or with no upfront payment, and every payment option gets the same discount.',
        why: 'The payment option changes the rate: paying more upfront gives a larger discount, with All Upfront the largest.',
      },
    ],
  },
  {
    id: 'architecture.memory-recommendations',
    kind: 'rule',
    topic: 'architecture',
    part: 'Cost',
    statement:
      'AWS Compute Optimizer recommends a memory size for each Lambda function from its measured use, with its current cost and the cost at the recommended size.',
    why: 'Lambda bills duration in proportion to the memory configured, and more memory also brings more CPU. Compute Optimizer analyzes each function’s memory use and duration and shows whether to raise or lower its memory, with the cost effect.',
    takeaway:
      'To right-size the memory of many functions at once, start from Compute Optimizer’s recommendations.',
    ask: 'A company has 2,000 functions whose memory was set years ago. It wants a memory recommendation for each, with the cost effect, without testing them one by one. What can it use?',
    docs: memoryRecommendations,
    exams: sap,
    domains: ['sap-3'],
    misconceptions: [
      {
        text: 'AWS Compute Optimizer changes the memory size of each Lambda function by itself every night, to its lowest cost, with no change made by the team at all.',
        why: 'Compute Optimizer recommends; the team decides and updates each function’s memory.',
      },
      {
        text: 'AWS Compute Optimizer recommends a memory size and its cost only for functions with provisioned concurrency, because it needs initialized environments to measure.',
        why: 'Recommendations come from the utilization metrics of functions in general, not only of those with provisioned concurrency.',
      },
      {
        text: 'AWS Compute Optimizer recommends a CPU setting for each Lambda function separately from its memory size, because the two have separate costs on the bill.',
        why: 'A function has no CPU setting: CPU follows the memory size, which is the one setting recommended.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const savingsPlanUsage = {
  id: 'architecture.compute-savings-plan-usage',
  topic: 'architecture',
  title: 'Usage that a Compute Savings Plan covers',
  ask: 'A company buys a Compute Savings Plan. Which of these usages does it apply to?',
  askMany: 'A company buys a Compute Savings Plan. Which of these usages does it apply to?',
  nonMembers: [
    {
      text: 'Amazon RDS database instances of any engine',
      why: 'Compute Savings Plans cover EC2, Fargate and Lambda only; database instances have their own commitment offerings.',
    },
    {
      text: 'Amazon SageMaker AI training and hosting instances',
      why: 'SageMaker usage is covered by SageMaker Savings Plans, a separate plan type.',
    },
    {
      text: 'Amazon S3 storage, requests and retrievals',
      why: 'Storage is not compute usage: Compute Savings Plans cover EC2, Fargate and Lambda only.',
    },
    {
      text: 'Amazon API Gateway requests in any Region',
      why: 'API Gateway is billed per request with no Savings Plan; only EC2, Fargate and Lambda usage is covered.',
    },
  ],
  docs: savingsPlanTypes,
} as const satisfies FactSet;

const savingsPlanMembers = [
  {
    id: 'architecture.savings-plan-lambda',
    kind: 'member',
    set: 'architecture.compute-savings-plan-usage',
    label: 'AWS Lambda functions',
    topic: 'architecture',
    statement: 'A Compute Savings Plan applies to AWS Lambda usage.',
    why: 'Compute Savings Plans apply to Lambda as well as to EC2 and Fargate, so a steady serverless workload can be discounted through a commitment.',
    takeaway: 'Steady Lambda spend can be discounted with a Compute Savings Plan.',
    docs: savingsPlanTypes,
    exams: sap,
    domains: ['sap-3'],
    misconceptions: [
      {
        text: 'Lambda usage is never covered by a Savings Plan, because functions are billed per request.',
        why: 'Compute Savings Plans apply to Lambda usage.',
      },
    ],
  },
  {
    id: 'architecture.savings-plan-fargate',
    kind: 'member',
    set: 'architecture.compute-savings-plan-usage',
    label: 'AWS Fargate tasks and pods',
    topic: 'architecture',
    statement: 'A Compute Savings Plan applies to AWS Fargate usage.',
    why: 'Fargate tasks and pods are compute usage that Compute Savings Plans discount, so moving a workload between EC2, Fargate and Lambda keeps the discount.',
    takeaway:
      'A Compute Savings Plan keeps its discount when a workload moves from EC2 to Fargate.',
    docs: savingsPlanTypes,
    exams: sap,
    domains: ['sap-3'],
    misconceptions: [
      {
        text: 'Fargate usage is covered only by Reserved Instances bought for the tasks’ instance type.',
        why: 'Fargate has no instances to reserve; Compute Savings Plans cover it.',
      },
    ],
  },
  {
    id: 'architecture.savings-plan-ec2',
    kind: 'member',
    set: 'architecture.compute-savings-plan-usage',
    label: 'Amazon EC2 instances of any family',
    topic: 'architecture',
    statement:
      'A Compute Savings Plan applies to EC2 instance usage whatever the instance family, size, Region or operating system.',
    why: 'Compute Savings Plans are the most flexible plan type: they follow EC2 usage across families and Regions, and across to Fargate and Lambda.',
    takeaway:
      'Compute Savings Plans trade a slightly smaller discount for flexibility across families, Regions and services.',
    docs: savingsPlanTypes,
    exams: sap,
    domains: ['sap-3'],
    misconceptions: [
      {
        text: 'A Compute Savings Plan applies only to the EC2 instance family, size and Region named when the plan is bought.',
        why: 'That describes an EC2 Instance Savings Plan; Compute Savings Plans apply across families.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const migrationFacts = [
  {
    id: 'architecture.scheduler-time-zones',
    kind: 'rule',
    topic: 'architecture',
    part: 'Migrating to Lambda',
    statement:
      'EventBridge Scheduler runs cron, rate and one-time schedules in a chosen time zone and adjusts them for daylight saving time, while scheduled rules recur in UTC.',
    why: 'Scheduler evaluates each schedule in the time zone set on it and shifts recurring schedules with daylight saving time. EventBridge scheduled rules, now a legacy feature, only recur and use UTC, and AWS recommends Scheduler for invoking targets on a schedule.',
    takeaway:
      'A cron job that must keep its local time all year moves to EventBridge Scheduler with the job’s time zone.',
    ask: 'A cron server starts a billing job at 02:00 Berlin time all year. How do EventBridge Scheduler and EventBridge scheduled rules differ for this job?',
    docs: schedulerTypes,
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
    misconceptions: [
      {
        text: 'EventBridge Scheduler runs cron and rate schedules in UTC only, like scheduled rules, so a local start time must be rewritten by hand at each change of daylight saving time.',
        why: 'Scheduler accepts a time zone for each schedule and follows daylight saving time; UTC only is the limit of scheduled rules.',
      },
      {
        text: 'EventBridge Scheduler runs cron, rate and one-time schedules in a chosen time zone, and scheduled rules accept a time zone as well, so the two differ only in price.',
        why: 'Scheduled rules have no time zone setting: their cron expressions are evaluated in UTC.',
      },
      {
        text: 'EventBridge Scheduler runs only one-time schedules in a chosen time zone, while the recurring cron schedules still have to be created as scheduled rules that use UTC.',
        why: 'Scheduler supports recurring cron and rate schedules as well as one-time schedules, all in a chosen time zone.',
      },
    ],
  },
  {
    id: 'architecture.strangler-fig',
    kind: 'definition',
    topic: 'architecture',
    part: 'Migrating to Lambda',
    term: 'Strangler fig pattern',
    definition:
      'Migrating a monolith one feature at a time behind a facade that routes each migrated feature to a new service, until the monolith can be retired.',
    statement:
      'The strangler fig pattern migrates a monolith one feature at a time: a facade such as API Gateway sends migrated routes to new services and the rest to the monolith.',
    why: 'Clients keep one endpoint while features move, so each migration is small, tested on its own and reversible, and the monolith is retired once nothing routes to it any more.',
    takeaway:
      'Incremental migration behind one stable endpoint, with rollback per feature, is the strangler fig pattern.',
    ask: 'A company wants to move a monolithic order API to Lambda without a big-bang cutover. What does the strangler fig pattern do?',
    docs: stranglerFig,
    exams: sap,
    domains: ['sap-4'],
    misconceptions: [
      {
        text: 'The strangler fig pattern migrates a monolith in a single cutover: the new serverless version is built beside it, and all of the traffic switches once it is complete.',
        why: 'That is a big-bang migration, the risk the strangler fig pattern exists to avoid.',
      },
      {
        text: 'The strangler fig pattern migrates a monolith by first copying it unchanged onto EC2 instances, and it splits the code into functions only once that move has finished.',
        why: 'That is rehosting followed by a later refactor; the strangler fig pattern replaces features one at a time behind a facade.',
      },
      {
        text: 'The strangler fig pattern migrates a monolith by sending every request to both the old and the new system, and comparing their answers before any feature switches.',
        why: 'Mirroring traffic to compare systems is a testing technique; the strangler fig pattern routes each feature to one system.',
      },
    ],
  },
  {
    id: 'architecture.distributed-map',
    kind: 'rule',
    topic: 'architecture',
    part: 'Migrating to Lambda',
    statement:
      'A Distributed Map state processes each item of a large Amazon S3 dataset in its own child workflow execution, at far higher concurrency than an inline Map state.',
    why: 'In distributed mode, each iteration is a child workflow execution with its own history, reading input such as a large CSV file or many S3 objects. By default up to 10,000 child executions run in parallel, while inline mode supports up to 40 concurrent iterations.',
    takeaway:
      'A long batch script over many independent items becomes a Distributed Map that runs a function per item, in parallel.',
    ask: 'A nightly script processes two million independent CSV rows from Amazon S3 one by one and takes nine hours. Which Step Functions feature can spread the rows over many parallel Lambda invocations?',
    docs: distributedMap,
    exams: sap,
    domains: ['sap-4'],
    misconceptions: [
      {
        text: 'An inline Map state processes each item of a large Amazon S3 dataset in its own child workflow execution, with a separate execution history kept for every item.',
        why: 'Inline mode runs iterations inside the parent workflow, takes only a JSON array as input and supports far less concurrency.',
      },
      {
        text: 'A Parallel state processes each item of a large Amazon S3 dataset in its own branch, creating as many branches at run time as there are items in the dataset to process.',
        why: 'A Parallel state runs the branches fixed in the workflow definition; it does not create one per item.',
      },
      {
        text: 'A Distributed Map state processes each item of a large Amazon S3 dataset inside one Lambda invocation, which loops over all of the items until its own timeout.',
        why: 'Each item runs as its own child workflow execution, so no single invocation has to process the whole dataset.',
      },
    ],
  },
  {
    id: 'architecture.mq-consumer',
    kind: 'rule',
    topic: 'architecture',
    part: 'Migrating to Lambda',
    statement:
      'A consumer of an Amazon MQ broker can become a Lambda function through an event source mapping that reads the broker’s queue in the same account.',
    why: 'For Amazon MQ brokers running ActiveMQ or RabbitMQ, the event source mapping polls the broker, builds batches and invokes the function synchronously, so producers keep publishing unchanged. Lambda cannot process records from a broker in another account.',
    takeaway:
      'Moving a queue consumer to Lambda keeps the broker: an event source mapping replaces the polling code.',
    ask: 'A company moves a RabbitMQ broker to Amazon MQ, and its consumer on EC2 should become a Lambda function without changing the producers. How will messages reach the function?',
    docs: amazonMq,
    exams: bothExams,
    domains: ['dva-1', 'sap-4'],
    misconceptions: [
      {
        text: 'A consumer of an Amazon MQ broker can become a Lambda function only after the producers switch to Amazon SQS, because Lambda cannot read messages from a broker’s queue.',
        why: 'Lambda supports Amazon MQ for ActiveMQ and RabbitMQ as an event source, so the producers can stay on the broker.',
      },
      {
        text: 'A consumer of an Amazon MQ broker can become a Lambda function through a subscription on the broker that pushes each message to the function URL as an HTTPS request.',
        why: 'The broker does not call the function: a Lambda event source mapping reads from the broker and invokes the function.',
      },
      {
        text: 'A consumer of an Amazon MQ broker can become a Lambda function through an event source mapping in a central account that reads the brokers of all the other accounts.',
        why: 'Lambda does not support cross-account processing for Amazon MQ: the function and the broker must be in the same account.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const architectureFacts = [
  ...organization,
  ...resilience,
  ...cost,
  ...savingsPlanMembers,
  ...migrationFacts,
] as const satisfies readonly Fact[];

export const architectureTopic = {
  id: 'architecture',
  title: 'Architecture at organization scale',
  summary:
    'Lambda across accounts and Regions: Organizations, cross-account access, resilience, cost and migration.',
  section: 'When to Use',
  intro: [
    'Large companies run Lambda in many AWS accounts grouped in AWS Organizations. Service control policies set the limits of what anyone in a member account may do, administrators included, but they never grant a permission. Access between accounts is granted on the resource itself, with a resource-based policy that can name a whole organization through aws:PrincipalOrgID, or by assuming a role in the other account.',
    'Events cross accounts through EventBridge: a central event bus accepts events from the accounts its policy allows, and a rule can also invoke a function in another account of the same Region directly. Logs can be copied to a central account with subscription filters, or viewed in place from a monitoring account.',
    'Lambda already survives the loss of an Availability Zone. Surviving the loss of a Region means deploying the same stack in another Region, replicating the data with DynamoDB global tables or S3 replication, and routing users with Route 53. How much runs there beforehand depends on the recovery time and recovery point the business accepts, and on what it is willing to pay.',
    'Cost levers are the architecture, arm64 on Graviton, the memory size, and Compute Savings Plans, which cover Lambda and Fargate as well as EC2. Existing workloads move in steps: cron jobs to EventBridge Scheduler, long or parallel batch work to Fargate or Step Functions, queue consumers to event source mappings, and monoliths feature by feature behind API Gateway.',
  ],
  tables: [drStrategiesTable],
  facts: architectureFacts,
  sets: [savingsPlanUsage],
  checklist: [],
  tips: [],
  decisions: [organizationsAndAccounts, multiRegion, costTradeoffs, migration],
  beyondSeed: true,
} as const satisfies Topic;
