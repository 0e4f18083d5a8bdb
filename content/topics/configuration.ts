/**
 * Environment variables and their encryption, and keeping secrets in Secrets Manager or
 * Parameter Store, cached through the Parameters and Secrets extension. Extends the
 * document's "not for secrets" rule on layers.
 */
import type { Fact, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaGuide } from './authoring';

const layersSeed = '5. Lambda Layers' as const;
const envEncryption = cite(`${lambdaGuide}configuration-envvars-encryption.html`);
const secretsPage = cite(`${lambdaGuide}with-secrets-manager.html`);
const domains = ['dva-2', 'sap-2'] as const;
const dvaOnly = ['DVA-C02'] as const;

export const configurationFacts = [
  {
    id: 'configuration.env-encrypted-at-rest',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Lambda always encrypts environment variables at rest with an AWS KMS key, by default an AWS managed key that Lambda creates and that costs nothing to use.',
    why: 'Lambda creates the AWS managed key in the account and manages the permissions on it, so encryption at rest needs no setup and no KMS permissions from users or the execution role.',
    takeaway:
      'Encryption at rest is automatic: choose a customer managed key only to control the key’s rotation, its auditing or who can read the values.',
    ask: 'A developer adds environment variables to a function and changes no encryption settings. How does Lambda store the values?',
    docs: envEncryption,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'Lambda stores environment variables in plain text by default, and encrypts them at rest only after a KMS key has been chosen for the function.',
        why: 'Encryption at rest is always on; choosing a key only replaces the default AWS managed key with a customer managed key.',
      },
      {
        text: 'Lambda always encrypts environment variables at rest, but only with a customer managed KMS key that the developer must create and select first.',
        why: 'With no setting, Lambda uses an AWS managed key that it creates itself; a customer managed key is optional.',
      },
      {
        text: 'Lambda always encrypts environment variables at rest with an AWS managed key, and each decryption when an execution environment starts is billed as a KMS request.',
        why: 'AWS does not charge for the default AWS managed key; standard AWS KMS charges apply only to customer managed keys.',
      },
    ],
  },
  {
    id: 'configuration.customer-managed-key',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'With a customer managed KMS key, only users who are allowed kms:Decrypt on that key can view or manage the function’s environment variables.',
    why: 'Lambda shows the values only after decrypting them for the caller; configuring the key also needs kms:CreateGrant and kms:Encrypt, because Lambda uses the user’s permissions to create a grant on the key.',
    takeaway:
      'To hide environment variables from some users who manage a function, use a customer managed key and withhold kms:Decrypt on it.',
    ask: 'A security team wants only some of the developers who manage a function to be able to read its environment variables. What does a customer managed KMS key change?',
    docs: envEncryption,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'With a customer managed KMS key, only the function’s execution role needs kms:Decrypt on that key, and every user who can manage the function still reads the values.',
        why: 'Users need kms:Decrypt on the key to view or manage the variables; users without it can still manage the function but cannot see them.',
      },
      {
        text: 'With a customer managed KMS key, nobody can view the function’s environment variables any more, and the function code receives them still encrypted.',
        why: 'The function still receives the decrypted values, and users allowed kms:Decrypt on the key can still view and edit them.',
      },
      {
        text: 'With a customer managed KMS key, only users allowed lambda:GetFunctionConfiguration can view the function’s environment variables, whatever the key policy says.',
        why: 'Reading the configuration is not enough: the values stay hidden unless the user may also call kms:Decrypt on the customer managed key.',
      },
    ],
  },
  {
    id: 'configuration.encryption-helpers',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Encryption helpers encrypt environment variable values on the client side with a KMS key, so the function code must decrypt them and its execution role needs kms:Decrypt.',
    why: 'The console encrypts each chosen value before sending it, so Lambda stores and passes the ciphertext, and only the function, calling the AWS KMS Decrypt API with its execution role, recovers the value.',
    takeaway:
      'With encryption helpers, add a KMS Decrypt call to the code and kms:Decrypt to the execution role.',
    ask: 'A developer turns on the console’s encryption helpers for an environment variable that holds an API token. What must the function do to use the value?',
    docs: envEncryption,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'Encryption helpers encrypt environment variable values on the client side, and Lambda decrypts them before the handler runs, so the function code needs no KMS call.',
        why: 'Lambda passes the encrypted value through unchanged; only the function code, calling KMS Decrypt, can recover it.',
      },
      {
        text: 'Encryption helpers encrypt only the environment variable names on the client side, so the function code reads the values as usual and needs no KMS permission.',
        why: 'The helpers encrypt values, not names, and reading them takes a KMS Decrypt call that the execution role must allow.',
      },
      {
        text: 'Encryption helpers encrypt environment variable values on the client side, so the user who deploys the function needs kms:Decrypt and its execution role needs no KMS permission.',
        why: 'Decryption happens at run time in the function code with the execution role’s credentials, so that role needs kms:Decrypt.',
      },
    ],
  },
  {
    id: 'configuration.operational-parameters',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'AWS recommends environment variables for operational parameters, such as the name of the S3 bucket a function writes to, instead of hard-coding them.',
    why: 'Values that differ between stages or change over time stay out of the code, so a new bucket name needs a configuration change rather than a new deployment package.',
    takeaway:
      'Put resource names and settings in environment variables, and secrets in Secrets Manager or Parameter Store.',
    ask: 'A function writes to an S3 bucket whose name differs between the test and production accounts. Where does AWS recommend keeping the bucket name?',
    docs: cite(`${lambdaGuide}best-practices.html`),
    exams: dvaOnly,
    domains: ['dva-1'],
    misconceptions: [
      {
        text: 'AWS recommends hard-coding operational parameters, such as the name of the S3 bucket a function writes to, so that the configuration cannot drift between stages.',
        why: 'Hard-coding forces a code change and a new package for every stage or rename, which is why AWS recommends environment variables.',
      },
      {
        text: 'AWS recommends a layer for operational parameters, such as the name of the S3 bucket a function writes to, so that every stage reads the same shared file.',
        why: 'A layer version is the same package content in every stage; values that differ per stage belong in each function’s environment variables.',
      },
      {
        text: 'AWS recommends /tmp for operational parameters, such as the name of the S3 bucket a function writes to, written once by the first invocation for later ones.',
        why: '/tmp is scratch space of one execution environment and starts empty in every new one, so it cannot carry configuration.',
      },
    ],
  },
  {
    id: 'configuration.extension-cache',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'The AWS Parameters and Secrets Lambda Extension caches secrets and parameters in the execution environment and serves them to the function over a local HTTP endpoint.',
    why: 'The extension runs as a separate process next to the function and returns its cached copy until the time to live expires, so most invocations avoid a call to Secrets Manager or Parameter Store and its latency.',
    takeaway:
      'To read secrets on every invocation without paying for and waiting on an API call each time, add the Parameters and Secrets extension layer.',
    ask: 'A function reads the same database secret on every invocation, and the cost and latency of Secrets Manager calls keep rising. What does the AWS Parameters and Secrets Lambda Extension do?',
    docs: secretsPage,
    seed: 'Key Concepts',
    exams: bothExams,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      {
        text: 'The AWS Parameters and Secrets Lambda Extension copies secrets and parameters into the function’s environment variables at deployment, so the function never calls Secrets Manager.',
        why: 'The extension fetches values at run time through its local HTTP endpoint; putting secrets in environment variables is what AWS advises against.',
      },
      {
        text: 'The AWS Parameters and Secrets Lambda Extension forwards every request for a secret or parameter to the service, and only adds retries and request signing.',
        why: 'The point of the extension is its cache: a value is served locally until its time to live expires, which cuts the calls to the service.',
      },
      {
        text: 'The AWS Parameters and Secrets Lambda Extension caches secrets and parameters in one store shared by all execution environments, and refreshes it after every rotation.',
        why: 'Each execution environment runs its own extension with its own cache, which refreshes a value when its time to live expires, not when the secret rotates.',
      },
    ],
  },
  {
    id: 'configuration.extension-ttl',
    kind: 'limit',
    topic: 'configuration',
    subject: 'default time the Parameters and Secrets extension caches a secret',
    value: { kind: 'exact', n: 300, unit: 's' },
    statement:
      'By default the AWS Parameters and Secrets Lambda Extension caches a secret for 300 seconds (5 minutes).',
    why: 'The default time to live trades freshness against calls to Secrets Manager; an environment variable of the extension changes it, and until an entry expires the function gets the cached value.',
    takeaway:
      'After a rotation, a function can still read the previous cached value for up to five minutes by default.',
    ask: 'A function reads a secret through the AWS Parameters and Secrets Lambda Extension with default settings. For how long does the extension cache the secret?',
    docs: secretsPage,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'By default the AWS Parameters and Secrets Lambda Extension caches a secret for 3 seconds, like the default timeout.',
        why: 'Three seconds is the default function timeout, not the cache’s time to live, which is 300 seconds by default.',
        figure: { kind: 'exact', n: 3, unit: 's' },
      },
      {
        text: 'By default the AWS Parameters and Secrets Lambda Extension caches a secret for 900 seconds (15 minutes).',
        why: '900 seconds is the maximum function timeout; the extension’s default time to live is 300 seconds.',
        figure: { kind: 'exact', n: 900, unit: 's' },
      },
      {
        text: 'By default the AWS Parameters and Secrets Lambda Extension caches a secret for 86,400 seconds (24 hours).',
        why: 'A secret cached for a day would outlive rotations by hours; the extension’s default time to live is 300 seconds.',
        figure: { kind: 'exact', n: 86400, unit: 's' },
      },
    ],
  },
  {
    id: 'configuration.rotation',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'For many types of secrets, Secrets Manager rotates a secret on a schedule by invoking a Lambda rotation function that updates both the secret and the database or service.',
    why: 'Secrets Manager calls the same function for each step, creating, setting, testing and finishing the secret, so the new credential is set on the database and tested before it becomes the current version that readers get.',
    takeaway:
      'For scheduled rotation of database credentials, choose Secrets Manager with a rotation function.',
    ask: 'A company must change a database password every 30 days without editing the functions that read it. How does Secrets Manager rotate the secret?',
    docs: cite(`${docsBase}secretsmanager/latest/userguide/rotate-secrets_lambda.html`),
    exams: bothExams,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      {
        text: 'For many types of secrets, Secrets Manager rotates a secret on a schedule by redeploying every function that reads it with the new value in its configuration.',
        why: 'Rotation changes the secret and the database; functions keep reading the secret by name and get the new version without a deployment.',
      },
      {
        text: 'For many types of secrets, Secrets Manager rotates a secret on a schedule by itself, changing only the stored value without ever contacting the database or the service behind it.',
        why: 'A new value that the database does not know would break every login; the rotation function sets the new credential on the database before it becomes current.',
      },
      {
        text: 'For many types of secrets, Secrets Manager rotates a secret only when Parameter Store triggers it, by copying a new SecureString value into the secret.',
        why: 'Rotation is configured on the secret itself, with a schedule and a rotation function; Parameter Store plays no part in it.',
      },
    ],
  },
  {
    id: 'configuration.securestring',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'A Parameter Store SecureString parameter has its value encrypted with an AWS KMS key, and any principal that reads the decrypted value needs kms:Decrypt on that key.',
    why: 'Parameter Store encrypts the value with the aws/ssm AWS managed key or a customer managed key, and every way of reading the plain value decrypts through AWS KMS, so the key’s permissions decide who can read it.',
    takeaway:
      'To give principals in one account different access to SecureString values, use a customer managed key: the aws/ssm key lets every IAM principal in the account decrypt.',
    ask: 'A developer stores an API token as a Parameter Store SecureString parameter and reads it from a function with decryption. What protects the value, and what must the execution role allow?',
    docs: cite(`${docsBase}systems-manager/latest/userguide/ps-restrict-decryption.html`),
    seed: layersSeed,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A Parameter Store SecureString parameter stores its value in plain text and only masks it in the console, so any principal that reads it needs only ssm:GetParameter.',
        why: 'The value is encrypted with a KMS key, so reading the decrypted value also needs kms:Decrypt on that key.',
      },
      {
        text: 'A Parameter Store SecureString parameter has its value encrypted by Secrets Manager, so the execution role needs secretsmanager:GetSecretValue to read the value.',
        why: 'SecureString is a Parameter Store type encrypted with AWS KMS; Secrets Manager permissions play no part in reading it.',
      },
      {
        text: 'A Parameter Store SecureString parameter has its value encrypted with the aws/ssm key by default, which lets only the principal that created the parameter read the decrypted value.',
        why: 'The aws/ssm AWS managed key allows decryption to every IAM principal in the account; only a customer managed key can narrow that.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const configurationTopic = {
  id: 'configuration',
  title: 'Configuration and secrets',
  summary:
    'Environment variables and their KMS encryption, Secrets Manager and Parameter Store, and caching secrets.',
  section: layersSeed,
  intro: [
    'Environment variables carry configuration into a function without code changes. Lambda always encrypts them at rest, yet anyone who can read the function’s configuration and use its key can read them, so AWS recommends Secrets Manager or Parameter Store for credentials such as database passwords.',
    'Fetching a secret on every invocation adds latency and cost. The AWS Parameters and Secrets Lambda Extension keeps a local cache that the function reads over HTTP, and Secrets Manager can rotate the secret behind it with a Lambda rotation function.',
  ],
  tables: [],
  facts: configurationFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
