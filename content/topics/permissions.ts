/**
 * Who may call a function (resource-based policy, function URL auth) and what the function
 * may call (execution role); sharing layers across accounts.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { cfnGuide, lambdaGuide } from './authoring';
import { beyond, citeAwsDocs, managedPolicies } from './beyond-sources';
import { functionUrlAuthTable } from './function-url-auth';

const urlAuth = citeAwsDocs(`${lambdaGuide}urls-auth.html`);
const permissionResource = citeAwsDocs(`${cfnGuide}aws-resource-lambda-permission.html`);
const serviceGrants = citeAwsDocs(`${lambdaGuide}permissions-function-services.html`);
const layerGrants = citeAwsDocs(`${lambdaGuide}permissions-layer-cross-account.html`);
const domains = ['dva-2', 'sap-1'] as const;

export const permissionSets = [
  {
    id: 'permissions.resource-policy-grants',
    topic: 'permissions',
    title: 'Permissions granted in the function’s resource-based policy',
    ask: 'Which of these is granted in the function’s resource-based policy, not in its execution role?',
    nonMembers: [
      'Letting the function write logs to CloudWatch Logs',
      'Letting the function create network interfaces in a VPC',
      'Letting the function read items from a DynamoDB table',
      'Letting the function send trace data to X-Ray',
    ],
    source: serviceGrants,
  },
] as const satisfies readonly FactSet[];

const roleFacts = [
  {
    ...beyond,
    id: 'permissions.trust-policy',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'An execution role’s trust policy must name the Lambda service principal, lambda.amazonaws.com, so that Lambda can assume the role.',
    source: citeAwsDocs(`${lambdaGuide}lambda-intro-execution-role.html`),
    domains,
    misconceptions: [
      'An execution role’s trust policy must name the account that invokes the function.',
      'An execution role needs no trust policy; attaching it to the function is enough.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.basic-execution-role',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'The AWSLambdaBasicExecutionRole managed policy grants only the CloudWatch Logs actions to create log groups and streams and put log events.',
    source: citeAwsDocs(`${managedPolicies}AWSLambdaBasicExecutionRole.html`),
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'AWSLambdaBasicExecutionRole grants read access to every S3 bucket in the account.',
      'AWSLambdaBasicExecutionRole lets any AWS account invoke the function.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.source-arn',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'When you let a service principal such as s3.amazonaws.com invoke a function, add its SourceArn; otherwise resources in other accounts could invoke the function.',
    source: permissionResource,
    domains,
    misconceptions: [
      'A service principal in a resource-based policy can only act for resources in your own account.',
      'SourceArn limits which IAM users may update the function’s code.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.organization',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A resource-based policy can let every account in an AWS Organizations organization invoke a function by using PrincipalOrgID.',
    source: permissionResource,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      'Granting an organization requires listing every member account ID separately.',
      'Resource-based policies cannot refer to AWS Organizations.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.qualified-grant',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A resource-based policy statement can be limited to one version or alias; callers must then use that version’s or alias’s ARN.',
    source: permissionResource,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      'A permission always applies to every version of a function and cannot be narrowed.',
      'A permission scoped to an alias also lets callers invoke $LATEST through the unqualified ARN.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.url-invoke-actions',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'Function URLs created from October 2025 need both lambda:InvokeFunctionUrl and lambda:InvokeFunction permissions.',
    source: urlAuth,
    domains,
    misconceptions: [
      'A function URL needs no IAM action at all; knowing the URL is enough.',
      'Calling a function URL needs only lambda:GetFunctionUrlConfig.',
    ],
    factCheck: {
      says: 'Earlier versions of the same AWS page named only lambda:InvokeFunctionUrl for function URLs; the current page adds lambda:InvokeFunction for URLs created from October 2025.',
      source: urlAuth,
      examNote: 'Older questions may name only lambda:InvokeFunctionUrl.',
    },
  },
  {
    ...beyond,
    id: 'permissions.layer-grant',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'Sharing a layer adds lambda:GetLayerVersion to the layer version’s resource-based policy, for one account, an organization or all accounts.',
    source: layerGrants,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      'Layers are shared by copying the layer archive into the other account’s S3 bucket.',
      'Sharing a layer requires adding the other account to the function’s execution role.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.layer-grant-per-version',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A layer permission applies to a single layer version, so it must be granted again for every new version.',
    source: layerGrants,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      'A layer permission covers all current and future versions of the layer.',
      'A layer permission expires after the layer version is first used.',
    ],
  },
] as const satisfies readonly Fact[];

const resourcePolicyGrants = [
  {
    ...beyond,
    id: 'permissions.grant-service',
    kind: 'member',
    set: 'permissions.resource-policy-grants',
    label: 'Letting an AWS service such as SNS invoke the function',
    topic: 'permissions',
    statement:
      'Permission for an AWS service such as SNS or S3 to invoke a function goes in the function’s resource-based policy.',
    source: serviceGrants,
    domains,
    misconceptions: [
      'A service that invokes a function needs the permission in the function’s execution role.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.grant-other-account',
    kind: 'member',
    set: 'permissions.resource-policy-grants',
    label: 'Letting another AWS account invoke the function',
    topic: 'permissions',
    statement:
      'Permission for another AWS account to invoke a function goes in the function’s resource-based policy, with the account as principal.',
    source: permissionResource,
    domains,
    misconceptions: [
      'Another account can invoke a function once its own IAM policy allows it, with no change on the function.',
    ],
  },
  {
    ...beyond,
    id: 'permissions.grant-public-url',
    kind: 'member',
    set: 'permissions.resource-policy-grants',
    label: 'Allowing public calls to a function URL with AuthType NONE',
    topic: 'permissions',
    statement:
      'A function URL with AuthType NONE still needs a resource-based policy statement that grants public access.',
    source: urlAuth,
    domains,
    misconceptions: [
      'A function URL with AuthType NONE ignores the function’s resource-based policy.',
    ],
  },
] as const satisfies readonly Fact[];

export const permissionFacts = [
  ...roleFacts,
  ...resourcePolicyGrants,
] as const satisfies readonly Fact[];

export const permissionsTopic = {
  id: 'permissions',
  title: 'Permissions',
  summary:
    'Execution role vs resource-based policy, cross-account and service access, function URL auth, layer sharing.',
  section: 'Key Concepts',
  intro: [
    'Two policies decide a function’s access. Its execution role says what the function may call; its resource-based policy says who may invoke it. Most permission questions come down to picking the right one.',
    'A function URL adds an AuthType on top of the resource-based policy, and a layer has a resource-based policy of its own for sharing it with other accounts.',
  ],
  tables: [functionUrlAuthTable],
  facts: permissionFacts,
  sets: permissionSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
