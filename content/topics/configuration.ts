/**
 * Environment variables and their encryption, and keeping secrets in Secrets Manager or
 * Parameter Store, cached through the Parameters and Secrets extension. Extends the
 * document's "not for secrets" rule on layers.
 */
import type { Fact, Topic } from '../schema';
import { lambdaGuide } from './authoring';
import { beyond, citeAwsDocs, docsBase } from './beyond-sources';

const envEncryption = citeAwsDocs(`${lambdaGuide}configuration-envvars-encryption.html`);
const secretsPage = citeAwsDocs(`${lambdaGuide}with-secrets-manager.html`);
const domains = ['dva-2', 'sap-2'] as const;

export const configurationFacts = [
  {
    ...beyond,
    id: 'configuration.env-encrypted-at-rest',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Lambda always encrypts environment variables at rest with an AWS KMS key, by default an AWS managed key that costs nothing.',
    source: envEncryption,
    domains,
    misconceptions: [
      'Environment variables are stored in plain text unless you turn encryption on.',
      'Encrypting environment variables at rest always requires a customer managed KMS key.',
    ],
  },
  {
    ...beyond,
    id: 'configuration.customer-managed-key',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'With a customer managed KMS key, only users who can use that key can view or manage the function’s environment variables.',
    source: envEncryption,
    domains,
    misconceptions: [
      'A customer managed key changes nothing about who can view the environment variables.',
      'A customer managed key makes the environment variables unreadable to the function itself.',
    ],
  },
  {
    ...beyond,
    id: 'configuration.encryption-helpers',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Encryption helpers encrypt environment variable values on the client side for protection in transit; the function code then decrypts them with KMS.',
    source: envEncryption,
    domains,
    misconceptions: [
      'With encryption helpers, Lambda decrypts the values before the handler runs, so the code needs no KMS call.',
      'Encryption helpers encrypt only the variable names, not their values.',
    ],
  },
  {
    ...beyond,
    id: 'configuration.operational-parameters',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Environment variables suit operational parameters such as a bucket name, which would otherwise be hard-coded.',
    source: citeAwsDocs(`${lambdaGuide}best-practices.html`),
    domains: ['dva-1', 'sap-2'],
    misconceptions: [
      'AWS recommends hard-coding resource names in the handler so that configuration cannot drift.',
      'Environment variables can be read only during the Init phase, not in the handler.',
    ],
  },
  {
    ...beyond,
    id: 'configuration.extension-cache',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'The AWS Parameters and Secrets Lambda Extension caches secrets and parameters and serves them to the function over a local HTTP interface, cutting calls to Secrets Manager.',
    source: secretsPage,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'The Parameters and Secrets extension copies secrets into environment variables at deploy time.',
      'The Parameters and Secrets extension calls Secrets Manager on every request and caches nothing.',
    ],
  },
  {
    ...beyond,
    id: 'configuration.extension-ttl',
    kind: 'limit',
    topic: 'configuration',
    subject: 'default time the Parameters and Secrets extension caches a secret',
    value: { kind: 'exact', n: 300, unit: 's' },
    statement:
      'By default the AWS Parameters and Secrets Lambda Extension caches a secret for 300 seconds (5 minutes).',
    source: secretsPage,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'The extension keeps a secret for the whole life of the execution environment, with no expiry.',
      'The extension caches a secret for 24 hours by default.',
    ],
  },
  {
    ...beyond,
    id: 'configuration.rotation',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Secrets Manager rotates a secret on a schedule by calling a Lambda rotation function.',
    source: citeAwsDocs(`${docsBase}secretsmanager/latest/userguide/rotate-secrets_lambda.html`),
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'Secrets Manager rotation works only by redeploying every function that reads the secret.',
      'Secrets Manager cannot rotate secrets; rotation needs Parameter Store.',
    ],
  },
  {
    ...beyond,
    id: 'configuration.securestring',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'A Parameter Store SecureString parameter has its value encrypted with an AWS KMS key.',
    source: citeAwsDocs(`${docsBase}cdk/api/v1/python/aws_cdk.aws_ssm/ParameterType.html`),
    domains,
    misconceptions: [
      'A SecureString parameter is stored in plain text and only masked in the console.',
      'SecureString is a Secrets Manager feature that Parameter Store does not offer.',
    ],
  },
] as const satisfies readonly Fact[];

export const configurationTopic = {
  id: 'configuration',
  title: 'Configuration and secrets',
  summary:
    'Environment variables and their KMS encryption; Secrets Manager, Parameter Store and caching secrets.',
  section: '5. Lambda Layers',
  intro: [
    'Environment variables carry configuration into a function without code changes. Lambda encrypts them at rest, yet they remain part of the function’s configuration, so AWS recommends Secrets Manager rather than environment variables for credentials such as database passwords.',
    'Fetching a secret on every invocation adds latency and cost. The AWS Parameters and Secrets Lambda Extension keeps a local cache that the function reads over HTTP.',
  ],
  tables: [],
  facts: configurationFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
