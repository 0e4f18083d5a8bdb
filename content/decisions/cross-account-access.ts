/**
 * Access between a function and another account, in both directions: the function reading the
 * other account's data (execution role with a bucket policy, or a role it assumes there), and the
 * other account calling the function (resource-based policy, a role callers assume, or a
 * function URL with AuthType AWS_IAM or NONE).
 */
import type { DecisionModel } from '../schema';
import { cite, docsBase } from '../topics/authoring';

const bucketPolicy = 'role-and-bucket-policy';
const assumeRole = 'function-assumes-role';
const roleOnly = 'execution-role-only';
const accessKeys = 'iam-user-keys';
const rbpAccount = 'resource-policy-statement';
const callerAssumes = 'callers-assume-role';
const urlIam = 'url-aws-iam';
const urlNone = 'url-none';

export const crossAccountAccess = {
  id: 'cross-account-access',
  topic: 'permissions',
  title: 'Access between a function and another account',
  exams: ['DVA-C02'],
  domains: ['dva-2'],
  settings: [
    '{company} runs {app} as a Lambda function in one AWS account. The {team} team’s account holds an S3 bucket and runs applications of its own.',
    'A developer at {company} maintains {app}, a Lambda function in the {env} account. The {team} team keeps an S3 bucket and its own applications in another account.',
    '{company} gives each team its own account. One team runs {app} as a Lambda function, and the {team} team’s account holds an S3 bucket and several applications.',
  ],
  slots: {
    company: ['a retailer', 'a bank', 'an insurance company', 'a media company'],
    app: ['an invoicing service', 'a pricing engine', 'a fraud scoring service', 'an export job'],
    team: ['analytics', 'data platform', 'finance', 'reporting'],
    env: ['production', 'workloads', 'services'],
  },
  options: [
    {
      id: bucketPolicy,
      text: 'Allow the read in the function’s execution role, and add a statement naming the execution role to the other account’s bucket policy.',
      why: 'A cross-account request is allowed only when both sides allow it: the execution role’s identity policy in the function’s account, and the bucket policy in the bucket owner’s account.',
      facts: ['permissions.cross-account-both-policies', 'key-concepts.execution-role'],
    },
    {
      id: assumeRole,
      text: 'Create a role in the other account that trusts the execution role, and have the function assume it and use its temporary credentials.',
      why: 'The function calls sts:AssumeRole and gets temporary credentials for a role that the other account manages, so that one role decides everything the function may do there.',
      facts: ['permissions.cross-account-assume-role'],
    },
    {
      id: roleOnly,
      text: 'Allow the read on the other account’s bucket in the function’s execution role, and leave every policy in the other account unchanged.',
      why: 'An identity policy can allow the call, but a resource in another account must also allow the caller, so this grants nothing on its own.',
      facts: ['permissions.cross-account-both-policies'],
    },
    {
      id: accessKeys,
      text: 'Create an IAM user in the other account, keep its access keys in Secrets Manager, and have the function build its SDK client from them.',
      why: 'The function would act as a user of the other account, but with long-term access keys that never expire unless someone rotates them.',
      facts: ['permissions.cross-account-assume-role', 'key-concepts.execution-role'],
    },
    {
      id: rbpAccount,
      text: 'Add a statement to the function’s resource-based policy that allows a role of the other account to invoke the function directly.',
      why: 'The function’s resource-based policy lets the other account in, and the caller’s own identity policy allows the call, so the caller invokes the function with its own credentials.',
      facts: ['permissions.grant-other-account', 'key-concepts.resource-policy'],
    },
    {
      id: callerAssumes,
      text: 'Create a role in the function’s account that may invoke the function and trusts the other account, and have callers assume it first.',
      why: 'Callers switch to a role of the function’s account, whose identity policy allows the invocation, so the function’s resource-based policy needs no statement for them.',
      facts: ['permissions.cross-account-assume-role'],
    },
    {
      id: urlIam,
      text: 'Create a function URL with AuthType AWS_IAM, and allow a role of the other account to invoke it in the function’s resource-based policy.',
      why: 'The function gets its own HTTPS endpoint, and Lambda accepts only requests signed with AWS credentials that both the caller’s policy and the function’s policy allow. A function URL created since October 2025 needs both lambda:InvokeFunctionUrl and lambda:InvokeFunction in those policies.',
      facts: ['key-concepts.function-url', 'permissions.url-invoke-actions'],
    },
    {
      id: urlNone,
      text: 'Create a function URL with AuthType NONE, grant public access in the function’s resource-based policy, and check a shared token in code.',
      why: 'The function gets a public HTTPS endpoint that anyone can call without AWS credentials, so the code itself must reject requests without the right token.',
      facts: ['key-concepts.function-url', 'permissions.grant-public-url'],
    },
  ],
  requirements: [
    {
      id: 'read-bucket',
      label: 'reading the other account’s bucket without long-term keys',
      text: 'The function must read the objects in the other account’s bucket without any long-term access keys.',
      meets: [bucketPolicy, assumeRole],
      breaks: {
        [roleOnly]:
          'an identity policy cannot open a bucket of another account, and the bucket policy there must also allow the execution role.',
        [accessKeys]:
          'an IAM user’s access keys are long-term credentials, which the requirement rules out.',
        [rbpAccount]:
          'the function’s resource-based policy decides who may invoke the function, and it gives the function no access to the bucket.',
        [callerAssumes]:
          'that role lets others invoke the function, and it gives the function nothing in the other account.',
        [urlIam]:
          'a function URL lets others call the function, and it gives the function no access to anyone’s bucket.',
        [urlNone]:
          'a public function URL opens the function to callers, and it does nothing for the function’s own reads.',
      },
      takeaway:
        'A function reads another account’s bucket either with its execution role plus a bucket policy naming that role, or by assuming a role in that account.',
      facts: ['permissions.cross-account-both-policies', 'permissions.cross-account-assume-role'],
    },
    {
      id: 'one-role-there',
      label: 'all access managed in one role of the other account',
      text: 'The other team wants to control everything the function may do in its account, across several services, in one IAM role.',
      meets: [assumeRole],
      breaks: {
        [bucketPolicy]:
          'the access would be split between the execution role in the function’s account and a policy on each resource in the other account.',
        [roleOnly]:
          'the access would sit in the function’s account, and without grants in the other account it would not work at all.',
        [accessKeys]:
          'an IAM user is not a role, and its long-term keys stay valid until someone rotates them.',
        [rbpAccount]:
          'a statement on the function lets the other account call it, and it gives the function nothing in the other account.',
        [callerAssumes]:
          'that role lives in the function’s account and only lets callers invoke the function.',
        [urlIam]:
          'a function URL controls who may call the function, not what the function may do elsewhere.',
        [urlNone]:
          'a public function URL lets anyone call the function, and it gives the function no role in the other account.',
      },
      takeaway:
        'When the other account wants one place to control what a function does there, the function assumes a role that the other account owns.',
      facts: ['permissions.cross-account-assume-role'],
    },
    {
      id: 'invoke-api',
      label: 'invocation through the Lambda Invoke API',
      text: 'The other team’s applications must run the function synchronously through the Invoke API of the AWS SDK.',
      meets: [rbpAccount, callerAssumes],
      breaks: {
        [bucketPolicy]:
          'a bucket policy and the execution role govern the function’s own reads; invoking from another account takes a statement in the function’s resource-based policy.',
        [assumeRole]:
          'a role that the function assumes lets the function act in the other account, not the other account invoke the function.',
        [roleOnly]:
          'the execution role governs what the function may call, not who may call the function, so the Invoke calls are denied.',
        [accessKeys]:
          'an IAM user in the other account serves the function’s outbound calls, and it does not allow that account to invoke the function.',
        [urlIam]:
          'callers of a function URL send HTTPS requests to the URL, which is not a call of the Invoke API.',
        [urlNone]:
          'a public function URL takes plain HTTPS requests, which are not calls of the Invoke API.',
      },
      takeaway:
        'Another account invokes a function when the function’s resource-based policy allows it, or when its callers assume a role of the function’s account.',
      facts: ['permissions.grant-other-account', 'key-concepts.resource-policy'],
    },
    {
      id: 'no-role-switch',
      label: 'callers that keep their own IAM roles',
      text: 'The other team’s applications must call the function as their own IAM roles, without assuming a role in the function’s account.',
      meets: [rbpAccount, urlIam],
      breaks: {
        [urlNone]:
          'with AuthType NONE, Lambda ignores who the caller is, so the callers’ IAM roles play no part and anyone with the token gets in.',
        [callerAssumes]: 'callers must assume the role of the function’s account before each call.',
        [bucketPolicy]:
          'nothing here lets the other account call the function, with or without a role switch.',
        [assumeRole]:
          'the role serves the function’s calls into the other account and lets no caller invoke the function.',
        [roleOnly]: 'the execution role lets no caller invoke the function.',
        [accessKeys]:
          'an IAM user for the function’s own calls lets no caller invoke the function.',
      },
      takeaway:
        'To let another account call a function with its own credentials, allow it in the function’s resource-based policy, directly or for a function URL.',
      facts: ['permissions.grant-other-account'],
    },
    {
      id: 'https-url',
      label: 'a dedicated HTTPS URL for authenticated requests',
      text: 'Callers must reach the function at a dedicated HTTPS URL of its own, with no API Gateway in front, and every request must be authenticated.',
      meets: [urlIam, urlNone],
      breaks: {
        [rbpAccount]:
          'a statement in the resource-based policy creates no endpoint, and callers would use the Lambda Invoke API.',
        [callerAssumes]:
          'a role for callers creates no endpoint, and they would use the Lambda Invoke API.',
        [bucketPolicy]: 'nothing here gives the function an endpoint that callers could reach.',
        [assumeRole]: 'a role the function assumes gives it no endpoint for callers.',
        [roleOnly]: 'a change to the execution role gives the function no endpoint.',
        [accessKeys]: 'an IAM user for the function’s own calls gives it no endpoint.',
      },
      takeaway:
        'A dedicated HTTPS endpoint without API Gateway is a function URL, with AuthType AWS_IAM or NONE.',
      facts: ['key-concepts.function-url'],
    },
    {
      id: 'signed-requests',
      label: 'every request authenticated with AWS credentials',
      text: 'Every request to run the function must be authenticated with AWS credentials of the requester.',
      meets: [rbpAccount, callerAssumes, urlIam],
      breaks: {
        [urlNone]:
          'with AuthType NONE, Lambda authenticates no one, and anyone who holds the token can call the function.',
        [bucketPolicy]:
          'it lets no one invoke the function, so no caller can be authenticated at all.',
        [assumeRole]:
          'it serves the function’s calls into the other account and lets no one invoke the function.',
        [roleOnly]: 'a change to the execution role lets no one invoke the function.',
        [accessKeys]:
          'the IAM user’s keys serve the function’s own calls, not callers of the function.',
      },
      takeaway:
        'Authenticated callers point to IAM: a resource-based statement, an assumed role, or a function URL with AuthType AWS_IAM, never NONE.',
      facts: ['key-concepts.function-url', 'permissions.grant-public-url'],
    },
    {
      id: 'no-aws-credentials',
      label: 'a caller without AWS credentials',
      text: 'A SaaS provider with no AWS account must be able to post events to the function over HTTPS.',
      meets: [urlNone],
      breaks: {
        [urlIam]:
          'AuthType AWS_IAM accepts only requests signed with AWS credentials, which the provider does not have.',
        [rbpAccount]:
          'a resource-based statement allows AWS principals, and the provider has no AWS identity to name.',
        [callerAssumes]: 'assuming a role needs AWS credentials, which the provider does not have.',
        [bucketPolicy]: 'it lets no one call the function, least of all a caller outside AWS.',
        [assumeRole]:
          'it serves the function’s calls into the other account and gives the provider nothing to call.',
        [roleOnly]: 'a change to the execution role gives an outside caller nothing to call.',
        [accessKeys]: 'the IAM user’s keys serve the function’s own calls, not an outside caller.',
      },
      takeaway:
        'A caller without AWS credentials needs a public endpoint, such as a function URL with AuthType NONE, and a check of its own, such as a shared token that the code verifies.',
      facts: ['key-concepts.function-url', 'permissions.grant-public-url'],
    },
    {
      id: 'no-code-change',
      label: 'no change to the function code',
      text: 'The function’s code must not change: it builds its SDK clients from the default credentials and authenticates no one itself.',
      meets: [bucketPolicy, roleOnly, rbpAccount, callerAssumes, urlIam],
      breaks: {
        [assumeRole]:
          'the code must call sts:AssumeRole and build its clients from the temporary credentials returned.',
        [accessKeys]:
          'the code must fetch the keys from Secrets Manager and build its SDK client from them.',
        [urlNone]:
          'the code must check the shared token on every request, since Lambda authenticates no one.',
      },
      takeaway:
        'A solution that needs no code change keeps the default credentials (execution role) and leaves authentication to IAM.',
      facts: ['key-concepts.execution-role', 'permissions.cross-account-assume-role'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [bucketPolicy]: 1,
        [assumeRole]: 2,
        [rbpAccount]: 1,
        [urlIam]: 2,
        [callerAssumes]: 3,
      },
      worse: {
        [urlIam]:
          'the team adds a function URL, and callers must sign each HTTPS request themselves, where one statement on the function lets them call Invoke.',
        [assumeRole]:
          'the team adds a role, a trust policy and code that assumes the role and refreshes its credentials, where two policy statements would do.',
        [callerAssumes]:
          'the team adds a role and a trust policy, and every caller must assume the role before it can invoke, where one statement on the function would do.',
      },
      takeaway:
        'Across accounts, policy statements on the resources involved are the least work. A role to assume or a function URL adds parts to build, run and call.',
    },
  ],
  docs: cite(
    `${docsBase}IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html`,
  ),
} as const satisfies DecisionModel;
