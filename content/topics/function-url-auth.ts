/** Function URL auth types, AWS_IAM vs NONE, for the permissions topic. */
import type { AttributeTable } from '../schema';
import { bothExams, cite, cloudFrontGuide, lambdaGuide } from './authoring';

export const functionUrlAuthTable = {
  id: 'permissions.function-url-auth',
  topic: 'permissions',
  title: 'Function URL auth types',
  docs: cite(`${lambdaGuide}urls-auth.html`),
  seed: 'Key Concepts',
  exams: bothExams,
  domains: ['dva-2', 'sap-1'],
  subject: { one: 'auth type', many: 'auth types' },
  nameLabel: 'AuthType',
  display: { kind: 'transposed', label: 'Attribute' },
  columns: [
    {
      key: 'authentication',
      label: 'Authentication by Lambda',
      ask: 'How does Lambda authenticate requests to a function URL with AuthType {row}?',
      which: 'Which function URL auth type works this way: {value}?',
      distractors: [
        {
          text: 'Lambda validates an Amazon Cognito user pool token sent with each request before it invokes the function',
          why: 'Function URLs have no Cognito or JWT authorizer; that is an API Gateway feature, and with NONE any token check is left to the function code.',
        },
        {
          text: 'Lambda validates an API key sent in a request header before it invokes the function',
          why: 'Function URLs issue no API keys; API keys and usage plans belong to API Gateway REST APIs.',
        },
        {
          text: 'Lambda requires a client certificate over mutual TLS before it invokes the function',
          why: 'AuthType offers only AWS_IAM and NONE; mutual TLS is set up on an API Gateway custom domain, not on a function URL.',
        },
      ],
    },
    {
      key: 'resourcePolicy',
      label: 'Resource-based policy',
      ask: 'What must the function’s resource-based policy do for a function URL with AuthType {row}?',
      which: 'For which function URL auth type must the resource-based policy do this: {value}?',
      distractors: [
        {
          text: 'Must do nothing, because Lambda evaluates only the caller’s identity policy for function URLs',
          why: 'The function’s resource-based policy is always in effect for function URLs, whatever the AuthType.',
        },
        {
          text: 'Must name the Lambda service principal, so that Lambda may call the function for each request',
          why: 'Naming lambda.amazonaws.com belongs in an execution role’s trust policy; the function’s resource-based policy names the callers.',
        },
        {
          text: 'Must list the IP address ranges of all callers, because function URLs accept only listed addresses',
          why: 'No AuthType requires IP ranges: the policy grants the invoke actions to principals, to everyone for NONE or to IAM principals for AWS_IAM.',
        },
      ],
    },
    {
      key: 'callers',
      label: 'Who can call',
      ask: 'Who can call a function URL with AuthType {row}?',
      which: 'Which function URL auth type lets these callers in: {value}?',
      distractors: [
        {
          text: 'Only principals of the function’s own AWS account, never callers from other accounts',
          why: 'With AWS_IAM, principals in other accounts can call too when both their identity policy and the function’s policy allow it.',
        },
        {
          text: 'Only users who signed in through an Amazon Cognito user pool linked to the function URL',
          why: 'Function URLs cannot be linked to a Cognito user pool; the choice is authenticated IAM principals or anyone.',
        },
        {
          text: 'Only clients that present an API key issued for the function URL in each request',
          why: 'Function URLs issue no API keys; API keys and usage plans belong to API Gateway REST APIs.',
        },
      ],
    },
    {
      key: 'use',
      label: 'Typical use',
      ask: 'What is a typical use of a function URL with AuthType {row}?',
      which: 'Which function URL auth type suits this use: {value}?',
      distractors: [
        {
          text: 'A public API that needs usage plans, API keys and throttling limits for each client',
          why: 'Function URLs offer no usage plans, API keys or per-client throttling; those are API Gateway features, whatever the AuthType.',
        },
        {
          text: 'A mobile app whose users sign in through an authorizer for an Amazon Cognito user pool',
          why: 'A function URL cannot use a Cognito authorizer; that needs API Gateway, or token checks written in the function code.',
        },
        {
          text: 'A private endpoint that is reached only from inside a VPC through an interface endpoint',
          why: 'A function URL is always a public HTTPS endpoint; AuthType decides who is authenticated, not where requests come from.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'aws-iam',
      name: 'AWS_IAM',
      cells: {
        authentication: {
          text: 'Lambda checks each signed request against the IAM principal’s identity and the function’s policy',
          means: ['iam'],
          why: 'With AWS_IAM, callers sign requests with their AWS credentials, and Lambda checks the principal’s identity policy and the function’s resource-based policy.',
        },
        resourcePolicy: {
          text: 'Must allow callers from other accounts, and is optional for callers in the function’s account',
          means: ['cross-account'],
          why: 'A principal in the function’s account needs the permission in either its identity policy or the function’s policy, while a principal in another account needs it in both.',
        },
        callers: {
          text: 'Only authenticated IAM users and roles that the policies allow',
          means: ['authenticated'],
          why: 'With AWS_IAM, Lambda rejects unsigned requests and callers whose policies do not allow them to invoke the URL, so only authenticated IAM users and roles get through.',
        },
        use: {
          text: 'Calls from other AWS workloads, or from CloudFront signing with origin access control',
          means: ['signed-callers'],
          why: 'AWS services and applications with AWS credentials can sign their requests, and CloudFront origin access control signs origin requests only to a URL with AuthType AWS_IAM.',
          docs: cite(`${cloudFrontGuide}private-content-restricting-access-to-lambda.html`),
        },
      },
    },
    {
      id: 'none',
      name: 'NONE',
      cells: {
        authentication: {
          text: 'Lambda performs no authentication before it invokes the function',
          means: ['none'],
          why: 'With NONE, Lambda does not check who is calling, so any access control beyond the public grant must be written in the function code.',
        },
        resourcePolicy: {
          text: 'Must grant public access to all principals, or the function URL refuses every request',
          means: ['public'],
          why: 'The resource-based policy is always in effect, so with NONE it must allow everyone before the function URL can receive requests.',
        },
        callers: {
          text: 'Anyone on the internet, without authentication, once the policy grants public access',
          means: ['public'],
          why: 'With NONE, Lambda checks no credentials, so once the resource-based policy grants public access anyone who knows the URL can call it, and the code must make any checks it needs.',
        },
        use: {
          text: 'A public webhook whose sender has no AWS credentials, with checks written in the handler',
          means: ['public-webhook'],
          why: 'A sender without AWS credentials cannot sign requests, so the URL must accept unauthenticated calls, and the code verifies what it needs, such as a signature header.',
        },
      },
    },
  ],
} as const satisfies AttributeTable;
