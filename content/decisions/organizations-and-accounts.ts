/**
 * How the member accounts of an organization use logic that a platform team owns: invoke one
 * shared function, send it events through a central bus, share it as a layer, or deploy a copy
 * to every account, and why an SCP cannot grant any of it.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const orgPolicy = 'org-resource-policy';
const accountList = 'account-statements';
const hubRole = 'hub-role';
const centralBus = 'central-bus';
const centralQueue = 'central-queue';
const stackSet = 'stackset-copies';
const orgLayer = 'organization-layer';
const scpAllow = 'scp-allow';

export const organizationsAndAccounts = {
  id: 'organizations-and-accounts',
  topic: 'architecture',
  title: 'Sharing a platform team’s logic with every account of an organization',
  exams: ['SAP-C02'],
  domains: ['sap-1', 'sap-2'],
  settings: [
    '{company} runs its workloads in {accounts} AWS accounts under AWS Organizations. A platform team in a shared services account owns {logic} that functions in every member account must use.',
    'At {company}, a platform team maintains {logic} in a shared services account. The functions in the {accounts} member accounts of the company’s organization need it.',
  ],
  slots: {
    company: ['a bank', 'a logistics company', 'a media company', 'a retailer'],
    // a few dozen: one function policy statement per account, or one role that trusts each
    // account, stays within the 20 KB function policy and the role trust policy size limits
    accounts: ['15', '25', '40'],
    logic: [
      'the customer validation logic',
      'the fraud scoring logic',
      'the address normalization logic',
    ],
  },
  options: [
    {
      id: orgPolicy,
      text: 'Keep one function that callers invoke synchronously, and allow lambda:InvokeFunction to the organization with aws:PrincipalOrgID.',
      why: 'One statement with aws:PrincipalOrgID covers every current and future account, and callers invoke the single function directly with their own roles.',
      facts: ['permissions.organization', 'permissions.grant-other-account'],
    },
    {
      id: accountList,
      text: 'Keep one function that callers invoke synchronously, and allow lambda:InvokeFunction to each account ID of the organization, one by one.',
      why: 'Each listed account can invoke the single function directly, and a few dozen statements fit in the function policy’s 20 KB, but every new account needs another statement.',
      facts: ['permissions.grant-other-account'],
    },
    {
      id: hubRole,
      text: 'Keep one function, give it a role that trusts each account ID of the organization, and have callers assume it and invoke synchronously.',
      why: 'Callers assume the role in the shared services account and invoke the function with its temporary credentials.',
      facts: ['permissions.cross-account-assume-role'],
    },
    {
      id: centralBus,
      text: 'Keep one function as the target of a central event bus that allows events:PutEvents for the organization, and send events to it.',
      why: 'Member accounts put events on the central bus, which the organization grant opens to every account, and a rule invokes the function asynchronously with each event.',
      facts: ['architecture.bus-resource-policy', 'invocation.retry-intervals'],
    },
    {
      id: centralQueue,
      text: 'Keep one function that polls a central SQS queue whose policy allows sqs:SendMessage to the organization, and send messages to it.',
      why: 'A queue policy with aws:PrincipalOrgID lets every account send messages, which wait until the function’s event source mapping reads them; a failed message returns after its visibility timeout and is retried while the queue keeps it.',
      facts: ['triggers.poll-sqs', 'integration.sqs-retention'],
    },
    {
      id: stackSet,
      text: 'Deploy a copy of the function, which callers invoke synchronously, to every account with a service-managed StackSet and auto-deployment.',
      why: 'Each account gets its own copy of the function, and accounts that join a target OU receive one automatically.',
      facts: ['architecture.stacksets-organization'],
    },
    {
      id: orgLayer,
      text: 'Publish the code as a layer version that grants lambda:GetLayerVersion to the organization, and add it to each account’s functions.',
      why: 'The layer is packaged once and granted to the whole organization, and each account’s functions run the code in their own execution environments.',
      facts: ['layers.cross-account', 'permissions.layer-grant-per-version'],
    },
    {
      id: scpAllow,
      text: 'Keep one function, and attach a service control policy that allows lambda:InvokeFunction on that function to the root of the organization.',
      why: 'An SCP only caps what identity-based policies allow: it grants no access to anything.',
      facts: ['architecture.scp-grants-nothing'],
    },
  ],
  requirements: [
    {
      id: 'new-accounts',
      label: 'new accounts that need no change',
      text: 'Accounts that join the organization next year must be able to use it without any change by the platform team.',
      meets: [orgPolicy, centralBus, centralQueue, stackSet, orgLayer],
      breaks: {
        [accountList]:
          'each new account needs another statement in the function’s resource-based policy.',
        [hubRole]:
          'each new account must be added to the trust policy of the role before it can assume it.',
        [scpAllow]:
          'new accounts would inherit the SCP, but an SCP grants no permissions, so they could not invoke the function.',
      },
      takeaway:
        'Access for future accounts is granted to the organization, with aws:PrincipalOrgID, or delivered by automatic deployment.',
      facts: ['permissions.organization', 'architecture.stacksets-organization'],
    },
    {
      id: 'one-deployment',
      label: 'one deployment to fix',
      text: 'The logic must run as one deployed function, so that a fix released by the platform team applies everywhere at once.',
      meets: [orgPolicy, accountList, hubRole, centralBus, centralQueue],
      breaks: {
        [stackSet]:
          'every account runs its own copy, so a fix reaches callers only as each stack instance is updated.',
        [orgLayer]:
          'the code runs inside each account’s functions, which keep the old layer version until each one is updated.',
        [scpAllow]:
          'there would be one function, but an SCP grants nothing, so no account could invoke it to receive the fix.',
      },
      takeaway:
        'Only one function in one account, reached from the other accounts by invocation, a bus or a queue, lets a single deployment reach every caller.',
      facts: ['layers.version-after-delete', 'permissions.grant-other-account'],
    },
    {
      id: 'sync-result',
      label: 'the result in the same call',
      text: 'Each calling function needs the result in the same request, within a second, before it answers its own client.',
      meets: [orgPolicy, accountList, hubRole, stackSet, orgLayer],
      breaks: {
        [centralBus]:
          'EventBridge delivers events to targets asynchronously, so the sender never receives the function’s result.',
        [centralQueue]:
          'a sender gets back only a message ID, and the function reads the message later, so no result returns in the call.',
        [scpAllow]:
          'the SCP only caps permissions and no policy grants lambda:InvokeFunction, so no caller ever gets a result.',
      },
      takeaway:
        'A caller that needs the answer invokes synchronously; an event bus or a queue never returns a result to the sender.',
      facts: ['triggers.push-model', 'architecture.bus-cross-account-target'],
    },
    {
      id: 'own-roles',
      label: 'callers that keep their own roles',
      text: 'Callers must use their own execution roles, without calling sts:AssumeRole to get the credentials of another role.',
      // the SCP leaves callers on their own roles: it fails every other requirement instead
      meets: [orgPolicy, accountList, centralBus, centralQueue, stackSet, orgLayer, scpAllow],
      breaks: {
        [hubRole]:
          'callers must assume the shared role with sts:AssumeRole before every use of the function.',
      },
      takeaway:
        'A resource-based policy on the function, a bus or a queue lets callers from other accounts use their own roles; a shared role adds an AssumeRole step.',
      facts: ['permissions.grant-other-account', 'permissions.cross-account-assume-role'],
    },
    {
      id: 'data-stays',
      label: 'records that stay in their own account',
      text: 'Each account’s records must be processed inside that account and must never be sent to the shared services account.',
      meets: [stackSet, orgLayer],
      breaks: {
        [orgPolicy]:
          'every caller in the organization sends its records to the one function in the shared services account.',
        [accountList]:
          'each listed account sends its records to the one function in the shared services account.',
        [hubRole]:
          'callers send their records, under the assumed role, to the function in the shared services account.',
        [centralBus]:
          'every event carries the records to the bus and the function in the shared services account.',
        [centralQueue]:
          'every message carries its record into the queue and to the function in the shared services account.',
        [scpAllow]:
          'the records would go to the shared services account, and the SCP grants no right to invoke the function anyway.',
      },
      takeaway:
        'When data may not leave an account, bring the code to it: a copy of the function in each account, or a layer for functions packaged as .zip archives.',
      facts: ['layers.purpose', 'architecture.stacksets-organization'],
    },
    {
      id: 'outage-tolerant',
      label: 'a hand-off that survives an hour of failures',
      text: 'Callers must hand each record off without waiting for it, and every record must still be processed if the logic fails on every call for up to an hour.',
      meets: [centralQueue],
      breaks: {
        [centralBus]:
          'the rule invokes the function asynchronously, and Lambda retries a failing function only twice, over about three minutes, before it discards the event.',
        [orgPolicy]:
          'callers invoke the shared function synchronously and wait for it, and each call made during the failure fails with it.',
        [accountList]:
          'each listed account invokes the function synchronously and waits, and every call made during the failure is lost.',
        [hubRole]:
          'the invocation made with the assumed role is synchronous, so callers wait, and a call made during the failure fails.',
        [stackSet]:
          'callers invoke their own copy synchronously and wait for it to finish, and a call fails if that copy fails.',
        [orgLayer]:
          'the code runs inside the caller’s own invocation, which waits for it and fails with it.',
        [scpAllow]:
          'calls are denied in every case, because an SCP that allows an action still grants it to nobody.',
      },
      takeaway:
        'To ride out a long failure of a shared consumer, buffer records in a queue that keeps each message until it is processed; an asynchronous invocation retries a function error only twice.',
      facts: ['esm.sqs-on-failure', 'invocation.retry-intervals', 'integration.sqs-retention'],
    },
    {
      id: 'image-callers',
      label: 'callers packaged as container images',
      text: 'Several of the calling functions are Java functions packaged as container images, and they must use the logic too.',
      meets: [orgPolicy, accountList, hubRole, centralBus, centralQueue, stackSet],
      breaks: {
        [orgLayer]:
          'layers work only with functions deployed as .zip archives, so the container image functions cannot add the layer.',
        [scpAllow]:
          'the container image functions, like all the others, get no permission from an SCP to invoke the function.',
      },
      takeaway:
        'Container image functions cannot use layers: share the logic as a function or in a base image.',
      facts: ['layers.zip-only'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [orgPolicy]: 1,
        [accountList]: 2,
        [centralBus]: 2,
        [centralQueue]: 2,
        [stackSet]: 2,
        [hubRole]: 3,
        [orgLayer]: 3,
      },
      worse: {
        [centralBus]:
          'a bus, its resource policy, a rule and a target are more parts to run, and every sender needs permission to put events.',
        [centralQueue]:
          'a queue, its policy and an event source mapping are more parts to run, and every sender needs permission to send messages.',
        [stackSet]:
          'a copy of the function in every account is one more stack instance per account to deploy, update and watch.',
        [accountList]:
          'the policy needs a new statement for every account that joins, where one organization-wide statement would do.',
        [hubRole]:
          'callers must assume a role before each use, and the role’s trust policy must list every account.',
        [orgLayer]:
          'every account must add the layer and redeploy its functions for each new version, which must also be granted again.',
      },
      takeaway:
        'The least overhead across an organization comes from one grant to the whole organization, with aws:PrincipalOrgID, so that no account, present or future, needs a step of its own.',
    },
  ],
  docs: cite(`${lambdaGuide}permissions-function-cross-account.html`),
} as const satisfies DecisionModel;
