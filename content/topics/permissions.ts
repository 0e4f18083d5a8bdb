/**
 * Who may call a function (resource-based policy, function URL auth) and what the function
 * may call (execution role); sharing layers across accounts.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, lambdaApi, lambdaGuide, managedPolicies } from './authoring';
import { functionUrlAuthTable } from './function-url-auth';

const seed = 'Key Concepts' as const;
const executionRole = cite(`${lambdaGuide}lambda-intro-execution-role.html`);
const basicPolicy = cite(`${managedPolicies}AWSLambdaBasicExecutionRole.html`);
const addPermission = cite(`${lambdaApi}API_AddPermission.html`);
const serviceGrants = cite(`${lambdaGuide}permissions-function-services.html`);
const accountGrants = cite(`${lambdaGuide}permissions-function-cross-account.html`);
const urlAuth = cite(`${lambdaGuide}urls-auth.html`);
const layerGrants = cite(`${lambdaGuide}permissions-layer-cross-account.html`);
const domains = ['dva-2', 'sap-1'] as const;
const dvaOnly = ['DVA-C02'] as const;

export const permissionSets = [
  {
    id: 'permissions.resource-policy-grants',
    topic: 'permissions',
    title: 'Permissions granted in the function’s resource-based policy',
    ask: 'A developer sorts a function’s permissions into its execution role and its resource-based policy. Which of these belongs in the resource-based policy?',
    nonMembers: [
      {
        text: 'Letting the function write its logs to CloudWatch Logs',
        why: 'Writing logs is something the function does, so the execution role grants it, usually through AWSLambdaBasicExecutionRole.',
      },
      {
        text: 'Letting Lambda create network interfaces in the function’s VPC',
        why: 'Lambda creates the network interfaces with the execution role’s permissions, such as those in AWSLambdaVPCAccessExecutionRole.',
      },
      {
        text: 'Letting the function read items from a DynamoDB table it uses',
        why: 'Reading from DynamoDB is an outbound call made by the function, so its execution role must allow it.',
      },
      {
        text: 'Letting Lambda poll an SQS queue that triggers the function',
        why: 'For an event source mapping, Lambda reads the queue with the execution role’s permissions, so the function’s resource-based policy needs no statement.',
      },
    ],
    docs: serviceGrants,
    seed,
  },
] as const satisfies readonly FactSet[];

const roleFacts = [
  {
    id: 'permissions.trust-policy',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'An execution role’s trust policy must name the Lambda service principal, lambda.amazonaws.com, so that Lambda can assume the role.',
    why: 'Lambda assumes the execution role for the function each time it runs the function, and AWS STS lets it do so only if the role’s trust policy trusts lambda.amazonaws.com.',
    takeaway:
      'When Lambda cannot use a role, check the role’s trust policy for lambda.amazonaws.com before its permissions policies.',
    ask: 'A developer creates an IAM role with DynamoDB permissions and sets it as a function’s execution role, but Lambda cannot assume the role. What must the role’s trust policy name?',
    docs: executionRole,
    seed,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'An execution role’s trust policy must name the accounts and services that invoke the function, so that Lambda can assume the role for them.',
        why: 'Callers are allowed in the function’s resource-based policy; the trust policy says who may assume the role, and that is the Lambda service.',
      },
      {
        text: 'An execution role’s trust policy must name the function’s own ARN as its principal, so that Lambda can assume the role for that function.',
        why: 'A function ARN is not a principal that can call sts:AssumeRole; the trusted principal is the service principal lambda.amazonaws.com.',
      },
      {
        text: 'An execution role’s trust policy needs no Lambda principal at all, because attaching the role to a function lets Lambda assume the role.',
        why: 'Attaching the role only names it in the function’s configuration; without lambda.amazonaws.com in the trust policy, STS refuses to let Lambda assume it.',
      },
    ],
  },
  {
    id: 'permissions.basic-execution-role',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'The AWSLambdaBasicExecutionRole managed policy grants only logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents, so that the function can write to CloudWatch Logs.',
    why: 'Lambda sends the function’s output to CloudWatch Logs with the execution role’s credentials, so the role needs these three actions, and the policy grants nothing else.',
    takeaway:
      'AWSLambdaBasicExecutionRole is for logging only: every other service the function calls needs its own permissions in the role.',
    ask: 'A developer attaches only the AWSLambdaBasicExecutionRole managed policy to a function’s execution role. What does that policy let the function do?',
    docs: basicPolicy,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'The AWSLambdaBasicExecutionRole managed policy grants the CloudWatch Logs actions and read access to Amazon S3 and DynamoDB, so that the function can run common workloads.',
        why: 'The policy document lists only the three CloudWatch Logs actions; access to S3 or DynamoDB must be granted in another policy.',
      },
      {
        text: 'The AWSLambdaBasicExecutionRole managed policy grants only ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface, so that the function can join a VPC.',
        why: 'The network interface actions are in AWSLambdaVPCAccessExecutionRole, which also includes the logging actions; the basic policy has none of them.',
      },
      {
        text: 'The AWSLambdaBasicExecutionRole managed policy grants lambda:InvokeFunction to principals of the account, so that other users and services can call the function.',
        why: 'A policy on the execution role governs what the function may call; who may invoke the function is set in its resource-based policy or in the caller’s identity policy.',
      },
    ],
  },
  {
    id: 'permissions.source-arn',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A resource-based policy statement that lets a service principal invoke a function should set SourceArn, because without it resources in other accounts could be configured to invoke the function.',
    why: 'A service principal such as sns.amazonaws.com stands for the service in every account, so the statement needs a condition that only the named topic, bucket or rule can cause the invocation.',
    takeaway:
      'Grant a service principal together with SourceArn, and SourceAccount as well for S3, so that the function cannot become a confused deputy.',
    ask: 'A developer grants sns.amazonaws.com permission to invoke a function so that one SNS topic can trigger it. What should the resource-based policy statement also set, and why?',
    docs: addPermission,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A resource-based policy statement that lets a service principal invoke a function needs SourceArn only for cross-account topics, because the principal acts only for resources in the function’s own account.',
        why: 'A service principal is not tied to your account: without a source condition, a topic in any account could be set up to invoke the function.',
      },
      {
        text: 'A resource-based policy statement that lets a service principal invoke a function should set PrincipalOrgID, because the service then acts only for topics in the organization’s accounts.',
        why: 'PrincipalOrgID matches principals of accounts in an organization; to tie a service principal to one topic, the statement sets SourceArn.',
      },
      {
        text: 'A resource-based policy statement cannot limit a service principal to one resource, so the topic’s ARN should be set in the execution role, which decides which topics may invoke the function.',
        why: 'The execution role governs what the function calls; AddPermission accepts SourceArn precisely to limit which resource may invoke the function.',
      },
    ],
  },
  {
    id: 'permissions.source-account',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'For an Amazon S3 trigger, the resource-based policy statement should set SourceAccount together with SourceArn, because a bucket can be deleted by its owner and recreated by another account.',
    why: 'A bucket ARN contains no account ID, so SourceArn alone would still match a bucket of the same name that another account creates later; SourceAccount also requires the owning account.',
    takeaway: 'For S3 triggers, pin both the bucket ARN and the account that owns the bucket.',
    ask: 'A function’s resource-based policy lets s3.amazonaws.com invoke it, with the bucket’s ARN as SourceArn. What else should the statement set, and why?',
    docs: addPermission,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'For an Amazon S3 trigger, the resource-based policy statement should set SourceAccount instead of SourceArn, because Lambda ignores SourceArn conditions for Amazon S3.',
        why: 'Lambda evaluates SourceArn for S3 as for other services; SourceAccount is added next to it, since the bucket ARN alone does not show which account owns the bucket.',
      },
      {
        text: 'For an Amazon S3 trigger, the resource-based policy statement needs nothing more than SourceArn, because a bucket ARN already contains the account ID of the bucket’s owner.',
        why: 'S3 bucket ARNs have the form arn:aws:s3:::name, with no account ID, so only SourceAccount ties the grant to the owning account.',
      },
      {
        text: 'For an Amazon S3 trigger, the resource-based policy statement should set SourceAccount to the function’s own account, because Amazon S3 cannot invoke a function that belongs to another account.',
        why: 'A bucket in one account can invoke a function in another when the function’s policy allows it; SourceAccount names the account that owns the bucket, whichever it is.',
      },
    ],
  },
  {
    id: 'permissions.organization',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A resource-based policy statement with PrincipalOrgID lets every account in an AWS Organizations organization invoke a function, without listing the accounts one by one.',
    why: 'The statement matches any principal whose account belongs to the organization, so one statement covers the current member accounts and those that join later.',
    takeaway:
      'To open a function to a whole organization, grant it once with PrincipalOrgID rather than one statement per account.',
    ask: 'A company wants every account in its AWS Organizations organization, including accounts added later, to invoke a shared function. What should the function’s resource-based policy use?',
    docs: addPermission,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A resource-based policy is not needed, because a service control policy that allows lambda:InvokeFunction lets every account in the organization invoke a function.',
        why: 'Service control policies only limit what member accounts may do and never grant access, so the function’s policy must still allow the callers.',
      },
      {
        text: 'A resource-based policy cannot refer to an AWS Organizations organization, so each member account must assume a role in the function’s account to invoke a function.',
        why: 'AddPermission accepts PrincipalOrgID; a role in the function’s account would work but adds a role and an extra step for every caller.',
      },
      {
        text: 'A resource-based policy statement with the management account as principal lets all the member accounts in an AWS Organizations organization invoke a function through that account.',
        why: 'Naming the management account grants that account only; member accounts are separate principals unless PrincipalOrgID matches them.',
      },
    ],
  },
  {
    id: 'permissions.qualified-grant',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A resource-based policy statement can be limited to one version or alias, and callers must then invoke the function through that version’s or alias’s full ARN.',
    why: 'A permission added with a qualifier applies only to that version or alias, so a request for the unqualified function or for another version finds no matching statement.',
    takeaway:
      'Grant another account an alias rather than the whole function: the alias can move to new versions without any change to the grant.',
    ask: 'A team grants another account permission to invoke only the prod alias of its function. How must that account invoke the function?',
    docs: addPermission,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A resource-based policy statement always covers every version of the function, so callers can invoke the function through any ARN once one alias is granted.',
        why: 'AddPermission accepts a qualifier, and a statement on an alias applies only to invocations through that alias’s ARN.',
      },
      {
        text: 'A resource-based policy statement can be limited to one alias, and callers then invoke the function by its unqualified name, which Lambda routes to that alias.',
        why: 'An unqualified name invokes $LATEST, which the alias’s statement does not cover, so callers must include the alias in the ARN.',
      },
      {
        text: 'A resource-based policy statement can be limited to one version or alias, and callers must then invoke the function with the alias name in a request header.',
        why: 'Lambda reads no such header: the invoker names the version or alias in the qualified function ARN.',
      },
    ],
  },
  {
    id: 'permissions.url-invoke-actions',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'Starting in October 2025, new function URLs require both the lambda:InvokeFunctionUrl and the lambda:InvokeFunction permissions.',
    why: 'AWS changed how function URLs are authorized: the policies that allow calls through a new function URL must allow lambda:InvokeFunction as well as lambda:InvokeFunctionUrl.',
    takeaway:
      'For a function URL created today, grant lambda:InvokeFunctionUrl and lambda:InvokeFunction together.',
    ask: 'A developer creates a new function URL and writes the policy statement that lets callers use it. Which permissions must the policy allow?',
    examNote:
      'Questions written before October 2025 may name lambda:InvokeFunctionUrl as the only permission a function URL needs.',
    docs: urlAuth,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'Starting in October 2025, new function URLs require only the lambda:InvokeFunctionUrl permission, which replaces lambda:InvokeFunction for them.',
        why: 'lambda:InvokeFunctionUrl alone was the earlier rule; the current page requires both actions for new function URLs.',
      },
      {
        text: 'Starting in October 2025, new function URLs require only the lambda:InvokeFunction permission, because lambda:InvokeFunctionUrl has been retired.',
        why: 'lambda:InvokeFunctionUrl is still required; the change adds lambda:InvokeFunction next to it.',
      },
      {
        text: 'Starting in October 2025, new function URLs require both the lambda:GetFunctionUrlConfig and the lambda:InvokeFunction permissions.',
        why: 'lambda:GetFunctionUrlConfig only reads the URL’s configuration; calling the URL needs lambda:InvokeFunctionUrl and lambda:InvokeFunction.',
      },
    ],
  },
  {
    id: 'permissions.layer-grant',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A layer is shared by adding lambda:GetLayerVersion to the layer version’s resource-based policy, for one account, an organization or all accounts.',
    why: 'Adding a layer to a function reads the layer version, so the layer owner allows lambda:GetLayerVersion on that version to the chosen principals.',
    takeaway:
      'Layer sharing is granted by the layer’s owner, on the layer version, with lambda:GetLayerVersion.',
    ask: 'A platform team publishes a logging layer. Which permission does it grant, and where, so that functions in the company’s other accounts can add the layer?',
    docs: layerGrants,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A layer is shared by adding lambda:InvokeFunction to the layer version’s resource-based policy, for one account, an organization or all accounts.',
        why: 'lambda:InvokeFunction is for invoking functions; adding a layer to a function requires lambda:GetLayerVersion on that layer version.',
      },
      {
        text: 'A layer is shared by adding lambda:GetLayerVersion to the execution role of each consuming function, for one account, an organization or all accounts.',
        why: 'The execution role governs what the running function calls; access to another account’s layer is granted by the owner on the layer version’s policy.',
      },
      {
        text: 'A layer is shared by copying its archive into an S3 bucket of each consuming account, which then publishes the layer under its own name.',
        why: 'Copying only creates separate layers to maintain; sharing lets every account use the one layer version ARN once lambda:GetLayerVersion is granted.',
      },
    ],
  },
  {
    id: 'permissions.layer-grant-per-version',
    kind: 'rule',
    topic: 'permissions',
    statement:
      'A layer permission applies only to the one layer version it was added to, so it must be granted again for every new version.',
    why: 'Each layer version has its own resource-based policy, and publishing a new version starts with an empty one.',
    takeaway:
      'Add the sharing statement to every new layer version, for example in the pipeline that publishes it.',
    ask: 'A team shared version 3 of a layer with another account, then published version 4. Why can the other account not add version 4?',
    docs: layerGrants,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A layer permission applies to all versions of the layer, so version 4 is shared already and the failure comes from the other account’s own policies.',
        why: 'Layer permissions are set per version, and version 4 has no statement until the owner adds one.',
      },
      {
        text: 'A layer permission applies only to versions that the same IAM user publishes, so version 4 must be published again by that user.',
        why: 'Who publishes a version does not matter; each version has its own resource-based policy, which starts empty.',
      },
      {
        text: 'A layer permission takes effect only after the other account accepts a share invitation, which it has not yet received for version 4.',
        why: 'Layer sharing uses no invitations: a grant takes effect as soon as the owner adds it, and version 4 simply has none.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const resourcePolicyGrants = [
  {
    id: 'permissions.grant-service',
    kind: 'member',
    set: 'permissions.resource-policy-grants',
    label: 'Letting an AWS service such as Amazon SNS invoke the function',
    topic: 'permissions',
    statement:
      'Permission for an AWS service such as Amazon SNS or Amazon S3 to invoke a function is granted in the function’s resource-based policy.',
    why: 'The service calls Invoke on the function, so the function’s own policy must allow the service principal; the console adds that statement when it adds a trigger.',
    takeaway: 'A push trigger needs a statement in the function’s resource-based policy.',
    docs: serviceGrants,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Permission for an AWS service such as Amazon SNS to invoke a function is granted in the function’s execution role.',
        why: 'The execution role governs what the function calls; a service that calls the function is allowed in the function’s resource-based policy.',
      },
    ],
  },
  {
    id: 'permissions.grant-other-account',
    kind: 'member',
    set: 'permissions.resource-policy-grants',
    label: 'Letting another AWS account invoke the function',
    topic: 'permissions',
    statement:
      'Permission for another AWS account to invoke a function is granted in the function’s resource-based policy, with that account as principal.',
    why: 'A principal in another account reaches a function only if the function’s policy trusts it, and users in that account also need identity permissions to call Lambda.',
    takeaway:
      'Cross-account invocation needs both sides: a statement on the function and permission in the caller’s account.',
    docs: accountGrants,
    seed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Another AWS account can invoke a function once its own identity policy allows lambda:InvokeFunction, with no change to the function.',
        why: 'An identity policy in one account cannot open a resource in another; the function’s resource-based policy must allow that account as well.',
      },
    ],
  },
  {
    id: 'permissions.grant-public-url',
    kind: 'member',
    set: 'permissions.resource-policy-grants',
    label: 'Allowing public calls to a function URL with AuthType NONE',
    topic: 'permissions',
    statement:
      'A function URL with AuthType NONE still needs a statement in the function’s resource-based policy that grants public access.',
    why: 'With NONE, Lambda skips authentication, but the function’s resource-based policy is always in effect and must allow everyone before the URL accepts requests.',
    takeaway: 'AuthType NONE removes authentication, not the resource-based policy.',
    docs: urlAuth,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'A function URL with AuthType NONE ignores the function’s resource-based policy, so anyone can call it as soon as it is created.',
        why: 'The resource-based policy is always in effect for function URLs; with NONE it must grant public access before requests get through.',
      },
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
    'Execution role and resource-based policy, cross-account and service access, function URL auth, layer sharing.',
  section: seed,
  intro: [
    'Two policies decide a function’s access. Its execution role, which Lambda assumes, says what the function may call. Its resource-based policy says who may invoke it. Most permission questions come down to picking the right one.',
    'A function URL adds an AuthType on top of the resource-based policy, and each layer version has a resource-based policy of its own for sharing it with other accounts.',
  ],
  tables: [functionUrlAuthTable],
  facts: permissionFacts,
  sets: permissionSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
