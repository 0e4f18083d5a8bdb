/**
 * Who may call a function (resource-based policy, function URL auth) and what the function
 * may call (execution role); sharing layers across accounts.
 */
import type { AttributeTable, Fact, FactSet, Topic } from '../schema';
import {
  bothExams,
  cite,
  cloudFrontGuide,
  docsBase,
  lambdaApi,
  lambdaGuide,
  managedPolicies,
} from './authoring';
import { functionUrlAuthTable } from './function-url-auth';
import { crossAccountAccess } from '../decisions/cross-account-access';

const seed = 'Key Concepts' as const;
const executionRole = cite(`${lambdaGuide}lambda-intro-execution-role.html`);
const basicPolicy = cite(`${managedPolicies}AWSLambdaBasicExecutionRole.html`);
const addPermission = cite(`${lambdaApi}API_AddPermission.html`);
const serviceGrants = cite(`${lambdaGuide}permissions-function-services.html`);
const accountGrants = cite(`${lambdaGuide}permissions-function-cross-account.html`);
const urlAuth = cite(`${lambdaGuide}urls-auth.html`);
const layerGrants = cite(`${lambdaGuide}permissions-layer-cross-account.html`);
const managedRolePolicies = cite(`${lambdaGuide}permissions-managed-policies.html`);
const albTargets = cite(`${docsBase}elasticloadbalancing/latest/application/lambda-functions.html`);
const apiGatewayAccess = cite(`${docsBase}apigateway/latest/developerguide/permissions.html`);
const crossAccountLogic = cite(
  `${docsBase}IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html`,
);
const externalKeyUse = cite(
  `${docsBase}kms/latest/developerguide/key-policy-modifying-external-accounts.html`,
);
const urlOriginAccess = cite(`${cloudFrontGuide}private-content-restricting-access-to-lambda.html`);
const domains = ['dva-2', 'sap-1'] as const;
const dvaOnly = ['DVA-C02'] as const;

export const permissionSets = [
  {
    id: 'permissions.resource-policy-grants',
    topic: 'permissions',
    title: 'Permissions granted in the function’s resource-based policy',
    ask: 'A developer sorts a function’s permissions into its execution role and its resource-based policy. Which of these belongs in the resource-based policy?',
    askMany:
      'A developer sorts a function’s permissions into its execution role and its resource-based policy. Which of these belong in the resource-based policy?',
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
    part: 'The execution role',
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
    part: 'The execution role',
    statement:
      'The AWSLambdaBasicExecutionRole managed policy grants only logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents, so that the function can write to CloudWatch Logs.',
    why: 'Lambda sends the function’s output to CloudWatch Logs with the execution role’s credentials, so the role needs the actions that create log groups and streams and put log events, and the policy grants nothing else.',
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
    part: 'Who can invoke a function',
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
    part: 'Who can invoke a function',
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
    part: 'Who can invoke a function',
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
    part: 'Who can invoke a function',
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
    part: 'Function URLs',
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
    id: 'permissions.layer-grant-per-version',
    kind: 'rule',
    topic: 'permissions',
    part: 'Access to other accounts',
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
  {
    id: 'permissions.grant-load-balancer',
    kind: 'member',
    set: 'permissions.resource-policy-grants',
    label: 'Letting an Application Load Balancer invoke the function',
    topic: 'permissions',
    statement:
      'Permission for an Application Load Balancer to invoke a function is granted in the function’s resource-based policy, for elasticloadbalancing.amazonaws.com.',
    why: 'The load balancer invokes the function for each request routed to its target group. The console adds the statement when it registers the function; with the AWS CLI, add-permission grants it, best limited to the target group’s ARN.',
    takeaway:
      'A function registered as a target with the AWS CLI also needs add-permission for elasticloadbalancing.amazonaws.com.',
    docs: albTargets,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'Permission for an Application Load Balancer to invoke a function comes from the load balancer’s security group, which must allow outbound traffic to Lambda.',
        why: 'The load balancer invokes the function directly, not over a network connection, so its security groups play no part; the function’s resource-based policy must allow it.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const invokeGrants = [
  {
    id: 'permissions.trigger-outside-console',
    kind: 'rule',
    topic: 'permissions',
    part: 'Who can invoke a function',
    statement:
      'The Lambda console adds a trigger’s invoke permission to the function’s resource-based policy, but a trigger set up with the AWS CLI or CloudFormation needs its own statement.',
    why: 'A push source such as Amazon SNS calls Invoke on the function, and Lambda lets the call through only if a statement names that service. The console writes the statement when it adds the trigger; elsewhere, add-permission or an AWS::Lambda::Permission resource must.',
    takeaway:
      'A trigger that never fires after a CLI or CloudFormation deployment usually lacks add-permission or an AWS::Lambda::Permission resource.',
    ask: 'A team subscribes a function to an Amazon SNS topic with the AWS CLI. Messages reach the topic, but the function never runs. What is missing?',
    docs: serviceGrants,
    exams: dvaOnly,
    domains: ['dva-2', 'dva-4'],
    misconceptions: [
      {
        text: 'The Lambda console adds sns:Subscribe to the function’s execution role, and a trigger set up with the AWS CLI or CloudFormation must add it, because the function pulls each message.',
        why: 'Amazon SNS pushes each message by invoking the function; it needs a statement in the function’s resource-based policy, not a permission on the execution role.',
      },
      {
        text: 'The Lambda console adds lambda:InvokeFunction to the topic’s access policy, and a trigger set up with the AWS CLI or CloudFormation must add it there, because the topic decides what it calls.',
        why: 'A topic’s access policy controls who may publish to or subscribe to the topic; permission to invoke the function lives in the function’s own resource-based policy.',
      },
      {
        text: 'The Lambda console publishes a version for each trigger, and a trigger set up with the AWS CLI or CloudFormation must name a version, because a trigger cannot invoke $LATEST.',
        why: 'A trigger can invoke $LATEST, a version or an alias; what the CLI leaves out is the statement that lets Amazon SNS invoke the function.',
      },
    ],
  },
  {
    id: 'permissions.api-gateway-invoke',
    kind: 'rule',
    topic: 'permissions',
    part: 'Who can invoke a function',
    statement:
      'API Gateway can invoke a function through a statement for apigateway.amazonaws.com in the function’s resource-based policy, or through an IAM role named as the integration’s credentials.',
    why: 'API Gateway calls the Lambda Invoke API for each request, so it needs lambda:InvokeFunction from one of two places: the function’s own policy, which the API Gateway console adds for you, or a role that API Gateway assumes and that allows the call.',
    takeaway:
      'An API that cannot invoke its function needs lambda:InvokeFunction, granted in the function’s resource-based policy or in the integration’s role.',
    ask: 'A team imports a REST API from an OpenAPI file, and every request fails because API Gateway is not allowed to invoke the integrated function. How can API Gateway get that permission?',
    docs: apiGatewayAccess,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'API Gateway can invoke a function only when the function’s own execution role trusts apigateway.amazonaws.com and also allows lambda:InvokeFunction on the function itself for each request.',
        why: 'The execution role is what the function uses for its own calls; API Gateway is allowed in the function’s resource-based policy or through a role named as the integration’s credentials.',
      },
      {
        text: 'API Gateway can invoke a function only when the API’s own resource policy allows lambda:InvokeFunction on the function’s ARN for the stage that serves each request.',
        why: 'An API’s resource policy controls who may call the API, with execute-api:Invoke; it grants API Gateway nothing on the function.',
      },
      {
        text: 'API Gateway can invoke any function in the same account without any statement or role, because the two services always trust each other inside one AWS account.',
        why: 'No service may invoke a function by default; the console only seems to allow it because it adds the resource-based statement when it creates the integration.',
      },
    ],
  },
  {
    id: 'permissions.alb-same-account',
    kind: 'rule',
    topic: 'permissions',
    part: 'Who can invoke a function',
    statement:
      'A function registered as a target must be in the same account and the same Region as its target group.',
    why: 'Elastic Load Balancing invokes the function directly for the target group, and it supports Lambda targets only from the target group’s own account and Region, whatever the function’s resource-based policy allows.',
    takeaway:
      'A shared load balancer in a networking account cannot target functions of other accounts; no policy statement lifts that limit.',
    ask: 'A networking account runs a shared Application Load Balancer, and a team wants to register a function of its own workload account as a target. What applies?',
    docs: albTargets,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      {
        text: 'A function of another account can be registered as a target once its resource-based policy allows elasticloadbalancing.amazonaws.com to invoke it.',
        why: 'The limit is on the target group: the function must be in its account and Region, and no statement in the function’s policy changes that.',
      },
      {
        text: 'A function of another account can be registered as a target when the networking account assumes a role there that allows lambda:InvokeFunction.',
        why: 'Target groups accept Lambda targets only from their own account and Region; a role in the other account does not extend that.',
      },
      {
        text: 'A function registered as a target must be in the same Region as its target group, but it may belong to any account in the same organization as the load balancer.',
        why: 'Both must match: the function and the target group have to be in the same account as well as in the same Region.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const crossAccountFacts = [
  {
    id: 'permissions.cross-account-both-policies',
    kind: 'rule',
    topic: 'permissions',
    part: 'Access to other accounts',
    statement:
      'For a function to read a bucket of another account, its execution role must allow the read, and that account’s bucket policy must allow the execution role.',
    why: 'In a cross-account request AWS checks both sides: the identity policy of the calling principal in its own account, and the resource-based policy in the account that owns the resource. Access is granted only when both allow it.',
    takeaway:
      'Cross-account access through a resource-based policy takes two grants: one on the execution role, and one on the resource naming that role.',
    ask: 'A function in the orders account must read objects from an S3 bucket that the analytics account owns, without assuming a role. Which policies must allow the read?',
    docs: crossAccountLogic,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'For a function to read a bucket of another account, only that account’s bucket policy must allow the execution role, because a bucket policy grants access to any principal it names.',
        why: 'That is enough inside one account; across accounts the execution role’s own policy must allow the action as well.',
      },
      {
        text: 'For a function to read a bucket of another account, only its execution role must allow the read on the bucket’s ARN, because the role’s policies decide what the function can reach.',
        why: 'An identity policy cannot open a resource in another account; the bucket owner must also allow the execution role in the bucket policy.',
      },
      {
        text: 'For a function to read a bucket of another account, the function’s resource-based policy must name that account, and the bucket policy must allow the function’s ARN.',
        why: 'The function’s resource-based policy decides who may invoke it; a bucket policy names the execution role as principal, not the function.',
      },
    ],
  },
  {
    id: 'permissions.cross-account-assume-role',
    kind: 'rule',
    topic: 'permissions',
    part: 'Access to other accounts',
    statement:
      'A function can act in another account by assuming a role there: that role’s trust policy names the execution role, and the execution role is allowed sts:AssumeRole on it.',
    why: 'AWS STS returns temporary credentials for the role, and the code uses them for its calls, so the role’s permissions in the other account decide what the function can do there, across many resources and services.',
    takeaway:
      'When a function needs many resources of another account, or services without resource-based policies, have it assume a role in that account.',
    ask: 'A function must use several tables, queues and buckets in a partner account, and the partner wants to manage all of that access in one role of its own. How can the function act in that account?',
    docs: crossAccountLogic,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A function can act in another account by assuming a role there: the execution role’s trust policy names that role, and that role is allowed sts:AssumeRole on the execution role.',
        why: 'It is the other way round: the role being assumed must trust the execution role, and the execution role must be allowed to call sts:AssumeRole on it.',
      },
      {
        text: 'A function can act in another account once a role there names the function’s ARN as its principal, and Lambda then switches the function to that role at each invocation.',
        why: 'Nothing switches by itself: the code calls sts:AssumeRole and uses the credentials returned, and the trust policy names the execution role, not the function.',
      },
      {
        text: 'A function can act in another account by adding that account’s role to the function’s resource-based policy, which passes the role’s permissions to the function.',
        why: 'A resource-based policy decides who may invoke the function; it never hands the function the permissions of another role.',
      },
      {
        text: 'A function can act in another account with the long-term access keys of an IAM user created in that account, kept in the function’s own environment variables, encrypted at rest.',
        why: 'Long-term keys in configuration are what roles replace: assuming a role returns temporary credentials and stores no secret.',
      },
    ],
  },
  {
    id: 'permissions.cross-account-kms-key',
    kind: 'rule',
    topic: 'permissions',
    part: 'Access to other accounts',
    statement:
      'When data of another account is encrypted with that account’s customer managed KMS key, the key policy must allow the function’s execution role, and the role must allow kms:Decrypt.',
    why: 'Using a KMS key across accounts takes two grants: the key policy in the owner’s account names the external principal, and an IAM policy in the external account allows the action. Neither is enough on its own.',
    takeaway:
      'Cross-account reads of encrypted data need access to the key as well as to the data: kms:Decrypt in the key policy and in the execution role.',
    ask: 'A function can list the objects in a partner’s bucket, but reading objects encrypted with the partner’s customer managed KMS key fails with AccessDenied. What must change?',
    docs: externalKeyUse,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'When data of another account is encrypted with that account’s customer managed KMS key, only the function’s execution role must allow kms:Decrypt, because IAM policies decide who uses a key.',
        why: 'For a key of another account, the key policy must also allow the role; an IAM policy alone cannot grant use of that key.',
      },
      {
        text: 'When data of another account is encrypted with that account’s customer managed KMS key, only the bucket policy must allow the function’s execution role, because Amazon S3 decrypts for any reader it allows.',
        why: 'Amazon S3 decrypts with the requester’s permissions on the key, so the key policy and the role’s policy must both allow kms:Decrypt.',
      },
      {
        text: 'When data of another account is encrypted with that account’s customer managed KMS key, the function must copy it and encrypt it again with an AWS managed key, which other accounts may use.',
        why: 'It is the other way round: a customer managed key can be shared through its key policy, while the policy of an AWS managed key cannot be changed to allow other accounts.',
      },
    ],
  },
  {
    id: 'permissions.url-cloudfront-oac',
    kind: 'rule',
    topic: 'permissions',
    part: 'Function URLs',
    statement:
      'CloudFront origin access control can sign requests to a function URL only if its AuthType is AWS_IAM and the function’s policy allows the CloudFront service principal.',
    why: 'With origin access control, CloudFront signs each origin request with Signature Version 4, so Lambda authenticates it as cloudfront.amazonaws.com for that distribution, while unsigned requests sent straight to the URL are refused.',
    takeaway:
      'To let viewers reach a function URL only through CloudFront, set AuthType AWS_IAM and attach origin access control to the distribution.',
    ask: 'A team serves a function URL through a CloudFront distribution and wants requests sent straight to the function URL to be refused. What must be configured?',
    docs: urlOriginAccess,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'CloudFront origin access control can sign requests to a function URL only when its AuthType is NONE, so that Lambda accepts the signature without running an IAM check first.',
        why: 'With NONE, Lambda authenticates no one, so the URL stays open to direct requests; origin access control requires AWS_IAM.',
      },
      {
        text: 'CloudFront can restrict a function URL only by sending a secret custom header with each request, which the function URL itself checks before it invokes the function.',
        why: 'A function URL checks no custom headers, only the function code could; with origin access control and AWS_IAM, Lambda itself refuses unsigned requests.',
      },
      {
        text: 'CloudFront can restrict a function URL only when the function is attached to a VPC whose security group allows the address ranges of CloudFront’s edge locations.',
        why: 'A function URL stays a public endpoint whatever the function’s VPC settings; access to it is decided by AuthType and the resource-based policy.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const noDomainTableAccess = {
  text: 'Reading and writing items in any DynamoDB table of the account, and writing to CloudWatch Logs',
  why: 'The AWS managed policies for Lambda execution roles grant no access to tables: AWSLambdaDynamoDBExecutionRole reads streams only, and table access needs a policy of its own.',
};

export const executionRolePoliciesTable = {
  id: 'permissions.execution-role-policies',
  topic: 'permissions',
  title: 'AWS managed policies for the execution role',
  docs: managedRolePolicies,
  exams: dvaOnly,
  domains: ['dva-2'],
  subject: { one: 'managed policy', many: 'managed policies' },
  nameLabel: 'Managed policy',
  columns: [
    {
      key: 'grants',
      label: 'What it allows',
      ask: 'What does the {row} managed policy allow when it is attached to a function’s execution role?',
      which:
        'Which AWS managed policy, attached to a function’s execution role, allows this: {value}?',
      distractors: [
        noDomainTableAccess,
        {
          text: 'Letting other accounts and AWS services invoke the function, and writing to CloudWatch Logs',
          why: 'Who may invoke the function is set in its resource-based policy; an execution role policy covers only calls that Lambda and the function make.',
        },
        {
          text: 'Reading secrets from Secrets Manager and parameters from Parameter Store, and decrypting them with AWS KMS',
          why: 'The AWS managed policies for Lambda execution roles grant no access to secrets or parameters, so the role needs a statement for each secret or parameter it reads.',
        },
      ],
    },
    {
      key: 'neededWhen',
      label: 'When the function needs it',
      ask: 'When does a function’s execution role need the {row} managed policy?',
      which:
        'A function’s execution role needs permissions for this case: {value}. Which AWS managed policy provides them?',
      distractors: [
        {
          text: 'The function reads and writes items of a DynamoDB table inside its handler code',
          why: 'Reading a table is a call of the function’s own code, allowed by a statement for that table; the Lambda managed policy for DynamoDB reads streams only.',
        },
        {
          text: 'An Amazon SNS topic pushes each of its messages to the function',
          why: 'An SNS topic that pushes to a function is allowed in the function’s resource-based policy, so the execution role needs no SNS permission for it.',
        },
        {
          text: 'Another account calls the function through its function URL',
          why: 'Callers are allowed in the function’s resource-based policy and their own identity policies, not in the execution role.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'basic',
      name: 'AWSLambdaBasicExecutionRole',
      cells: {
        grants: {
          text: 'Writing logs to CloudWatch Logs, and no access to any other service',
          means: ['logs-only'],
          why: 'AWSLambdaBasicExecutionRole holds only logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents, the actions Lambda needs to send the function’s output to CloudWatch Logs.',
          docs: cite(`${managedPolicies}AWSLambdaBasicExecutionRole.html`),
        },
        neededWhen: {
          text: 'The function only writes logs, with no VPC, no event source mapping and no tracing',
          means: ['logs-only'],
          why: 'Every function needs the CloudWatch Logs actions, and for a function that uses no other Lambda feature AWSLambdaBasicExecutionRole grants exactly those and nothing more.',
        },
      },
    },
    {
      id: 'vpc',
      name: 'AWSLambdaVPCAccessExecutionRole',
      cells: {
        grants: {
          text: 'Creating, describing and deleting network interfaces, and writing to CloudWatch Logs',
          means: ['eni'],
          why: 'Lambda creates the network interfaces of a VPC-attached function with the execution role, so AWSLambdaVPCAccessExecutionRole adds the EC2 network interface actions to the logging actions.',
        },
        neededWhen: {
          text: 'The function is attached to subnets and security groups of a VPC',
          means: ['vpc'],
          why: 'Lambda creates the network interfaces of a VPC-attached function with its execution role, so without those EC2 actions the VPC configuration update fails.',
        },
      },
    },
    {
      id: 'sqs',
      name: 'AWSLambdaSQSQueueExecutionRole',
      cells: {
        grants: {
          text: 'Receiving and deleting messages of an SQS queue and reading its attributes, and writing to CloudWatch Logs',
          means: ['sqs'],
          why: 'An SQS event source mapping polls the queue with the execution role, so the role must receive messages, delete them after success and read the queue’s attributes.',
        },
        neededWhen: {
          text: 'An event source mapping polls an SQS queue for the function',
          means: ['sqs'],
          why: 'Lambda reads the queue with the function’s execution role, so the role, not a resource-based policy, needs the SQS actions.',
        },
      },
    },
    {
      id: 'kinesis',
      name: 'AWSLambdaKinesisExecutionRole',
      cells: {
        grants: {
          text: 'Reading records from a Kinesis data stream, and writing to CloudWatch Logs',
          means: ['kinesis'],
          why: 'A Kinesis event source mapping reads the shards with the execution role, so the role needs the stream’s read actions.',
        },
        neededWhen: {
          text: 'An event source mapping reads a Kinesis data stream for the function',
          means: ['kinesis'],
          why: 'Lambda reads a Kinesis data stream with the function’s execution role, so the role needs permission to read that stream.',
        },
      },
    },
    {
      id: 'dynamodb',
      name: 'AWSLambdaDynamoDBExecutionRole',
      cells: {
        grants: {
          text: 'Reading records from a DynamoDB stream, and writing to CloudWatch Logs',
          means: ['dynamodb-stream'],
          why: 'AWSLambdaDynamoDBExecutionRole covers the stream that feeds an event source mapping, not the table itself, whose items need a statement of their own.',
        },
        neededWhen: {
          text: 'An event source mapping reads a DynamoDB stream for the function',
          means: ['dynamodb-stream'],
          why: 'Lambda reads a DynamoDB stream with the function’s execution role, so the role needs the stream’s read actions.',
        },
      },
    },
    {
      id: 'xray',
      name: 'AWSXRayDaemonWriteAccess',
      cells: {
        grants: {
          text: 'Uploading trace segments and telemetry to X-Ray, and reading its sampling rules',
          means: ['xray'],
          why: 'Trace data is sent to X-Ray with the execution role’s credentials, so active tracing needs the X-Ray write actions that AWSXRayDaemonWriteAccess grants.',
        },
        neededWhen: {
          text: 'Active tracing sends the function’s traces to X-Ray',
          means: ['xray'],
          why: 'Lambda uploads the trace segments with the execution role; without X-Ray write actions no traces appear.',
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const permissionFacts = [
  ...roleFacts,
  ...resourcePolicyGrants,
  ...invokeGrants,
  ...crossAccountFacts,
] as const satisfies readonly Fact[];

export const permissionsTopic = {
  id: 'permissions',
  title: 'Permissions',
  summary:
    'Execution role and resource-based policy, how services and other accounts get access, function URL auth, layer sharing.',
  section: seed,
  intro: [
    'Two policies decide a function’s access. Its execution role, which Lambda assumes, says what the function and Lambda acting for it may call: CloudWatch Logs, a VPC’s network interfaces, the queue or stream an event source mapping reads, X-Ray. Its resource-based policy says who may invoke it. Most permission questions come down to picking the right one.',
    'Services that push events, such as Amazon S3, Amazon SNS, API Gateway or an Application Load Balancer, need permission to invoke it, usually a statement in the function’s resource-based policy limited to their source with SourceArn. The console writes that statement when it adds a trigger; the AWS CLI and templates must add it themselves.',
    'Across accounts, both sides must agree: the caller’s own policy allows the action, and the resource in the other account allows the caller, or the caller assumes a role in that account. Encrypted data adds a third party, the KMS key, whose key policy must allow the reader too.',
    'A function URL adds an AuthType on top of the resource-based policy, and each layer version has a resource-based policy of its own for sharing it with other accounts.',
  ],
  tables: [functionUrlAuthTable, executionRolePoliciesTable],
  facts: permissionFacts,
  sets: permissionSets,
  checklist: [],
  tips: [],
  decisions: [crossAccountAccess],
  beyondSeed: true,
} as const satisfies Topic;
