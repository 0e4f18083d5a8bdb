/**
 * Environment variables and their encryption, and keeping secrets in Secrets Manager or
 * Parameter Store, cached through the Parameters and Secrets extension. Extends the
 * document's "not for secrets" rule on layers.
 */
import type { Fact, Topic } from '../schema';
import { secretsAndAccess } from '../decisions/secrets-and-access';
import { bothExams, cite, docsBase, lambdaGuide } from './authoring';

const layersSeed = '5. Lambda Layers' as const;
const envEncryption = cite(`${lambdaGuide}configuration-envvars-encryption.html`);
const secretsPage = cite(`${lambdaGuide}with-secrets-manager.html`);
const parameterTiers = cite(
  `${docsBase}systems-manager/latest/userguide/parameter-store-advanced-parameters.html`,
);
const extensionForParameters = cite(
  `${docsBase}systems-manager/latest/userguide/ps-integration-lambda-extensions.html`,
);
const rotationStrategies = cite(
  `${docsBase}secretsmanager/latest/userguide/rotation-strategy.html`,
);
const crossAccountSecrets = cite(
  `${docsBase}secretsmanager/latest/userguide/auth-and-access_examples_cross.html`,
);
const parameterVersions = cite(
  `${docsBase}systems-manager/latest/userguide/sysman-paramstore-versions.html`,
);
const secretValueUpdate = cite(
  `${docsBase}secretsmanager/latest/userguide/manage_update-secret-value.html`,
);
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
  {
    id: 'configuration.parameter-latest-version',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'A Parameter Store read that names no version returns the latest version of the parameter, so a read made right after an update already gets the new value.',
    why: 'Each change to a parameter’s value creates a new version, and a call such as GetParameter uses the latest one unless it names a version number or a label. Parameter Store keeps no cache in front of the function, so only a cache that the function adds, such as the extension’s, can serve an older value.',
    takeaway:
      'A function that reads Parameter Store in every invocation sees a change on its next read; a cache in between delays it.',
    ask: 'A function calls GetParameter at the start of every invocation and names no version. An operator then changes the parameter’s value. What does the next invocation read?',
    docs: parameterVersions,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'A Parameter Store read that names no version returns the first version of the parameter, so a read made after an update still gets the original value.',
        why: 'Without a version or label, Parameter Store returns the latest version; the first one is returned only when a call asks for it.',
      },
      {
        text: 'A Parameter Store read that names no version returns the version an operator labeled current, so a read made after an update gets the old value until the label moves.',
        why: 'A label selects a version only when the call names that label. A call without one gets the latest version.',
      },
      {
        text: 'A Parameter Store read that names no version returns a copy the service caches for five minutes, so a read made after an update gets the old value until it expires.',
        why: 'Parameter Store has no such cache. A five-minute cache is the default of the Parameters and Secrets extension, when a function uses it.',
      },
    ],
  },
  {
    id: 'configuration.secret-current-version',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'A GetSecretValue call that names no version or staging label returns the AWSCURRENT version, and by default an update of the secret moves that label to the new value.',
    why: 'Updating a secret’s value creates a new version and, unless the update names other staging labels, labels it AWSCURRENT and gives the version it replaced the label AWSPREVIOUS. A call without VersionId or VersionStage therefore returns the newest value, while the old one stays readable by its label.',
    takeaway:
      'A function that calls GetSecretValue in every invocation gets a new secret value on its next call; a cached copy may lag.',
    ask: 'A function calls GetSecretValue at the start of every invocation, without a version or staging label. An administrator then stores a new value in the secret. What does the next call return?',
    docs: secretValueUpdate,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'A GetSecretValue call that names no version or staging label returns the AWSPREVIOUS version, and by default an update of the secret moves that label to the value it replaced.',
        why: 'AWSPREVIOUS is returned only when a call asks for it. The default is AWSCURRENT, which an update moves to the new value.',
      },
      {
        text: 'A GetSecretValue call that names no version or staging label returns the AWSPENDING version, and by default an update of the secret moves that label to the new value.',
        why: 'AWSPENDING marks a version while a rotation is testing it. Without a label, the call returns AWSCURRENT.',
      },
      {
        text: 'A GetSecretValue call that names no version or staging label returns the first version of the secret, and by default each later update adds a version that callers must name.',
        why: 'Callers need not name versions: without one, the call returns AWSCURRENT, which an update moves to the new value.',
      },
    ],
  },
  {
    id: 'configuration.parameter-tiers',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Standard parameters have no additional charge and no parameter policies, while advanced parameters are billed and allow larger values and policies.',
    why: 'Each parameter belongs to a tier. The standard tier is the default and free; the billed advanced tier raises the value size and the number of parameters and adds policies such as expiration. An advanced parameter can never be turned back into a standard one.',
    takeaway:
      'Keep small secrets as standard SecureString parameters at no extra cost; choose the advanced tier only for larger values or parameter policies.',
    ask: 'A team keeps a few dozen small secrets as Parameter Store SecureString parameters and wants to keep costs down. How do the standard and advanced tiers differ?',
    docs: parameterTiers,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'Standard parameters are charged for each parameter and each API call, while advanced parameters have no additional charge but need a customer managed KMS key.',
        why: 'It is the other way round: the standard tier has no additional charge, and the advanced tier is the one that is billed.',
      },
      {
        text: 'Standard parameters cannot be SecureString parameters, while advanced parameters are encrypted with an AWS KMS key and are charged for that encryption.',
        why: 'SecureString works in both tiers; the tiers differ in value size, number of parameters, parameter policies and cost.',
      },
      {
        text: 'Standard and advanced parameters cost the same, and the advanced tier only adds automatic rotation of its SecureString values by a Lambda rotation function.',
        why: 'The advanced tier is billed, and it adds larger values, more parameters and parameter policies; scheduled rotation by a function is a Secrets Manager feature.',
      },
    ],
  },
  {
    id: 'configuration.parameter-standard-size',
    kind: 'limit',
    topic: 'configuration',
    subject: 'maximum size of a standard-tier parameter value',
    value: { kind: 'exact', n: 4, unit: 'KB' },
    statement: 'A standard-tier Parameter Store parameter can hold a value of up to 4 KB.',
    why: 'The standard tier limits each value to 4 KB; a larger value needs the advanced tier, which holds up to 8 KB, and an existing parameter can be moved up to it at any time.',
    takeaway: 'Above 4 KB a parameter must be advanced, up to 8 KB.',
    ask: 'A developer wants to store a TLS certificate chain as a standard-tier SecureString parameter. What is the largest value that tier can hold?',
    docs: parameterTiers,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'A standard-tier Parameter Store parameter can hold a value of up to 8 KB.',
        why: '8 KB is the limit of the advanced tier; a standard parameter holds up to 4 KB.',
        figure: { kind: 'exact', n: 8, unit: 'KB' },
      },
      {
        text: 'A standard-tier Parameter Store parameter can hold a value of up to 1 KB.',
        why: 'The standard tier allows four times that: up to 4 KB per value.',
        figure: { kind: 'exact', n: 1, unit: 'KB' },
      },
      {
        text: 'A standard-tier Parameter Store parameter can hold a value of up to 64 KB.',
        why: 'No Parameter Store tier holds that much: standard values stop at 4 KB, advanced values at 8 KB.',
        figure: { kind: 'exact', n: 64, unit: 'KB' },
      },
    ],
  },
  {
    id: 'configuration.parameter-advanced-size',
    kind: 'limit',
    topic: 'configuration',
    subject: 'maximum size of an advanced-tier parameter value',
    value: { kind: 'exact', n: 8, unit: 'KB' },
    statement: 'An advanced-tier Parameter Store parameter can hold a value of up to 8 KB.',
    why: 'The advanced tier doubles the 4 KB value limit of the standard tier; it is billed, and a parameter moved up to it cannot go back, because its value would be cut to 4 KB.',
    takeaway: 'A value between 4 KB and 8 KB needs an advanced parameter.',
    ask: 'A configuration document of about 6 KB must be kept in Parameter Store. What is the largest value an advanced-tier parameter can hold?',
    docs: parameterTiers,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'An advanced-tier Parameter Store parameter can hold a value of up to 4 KB.',
        why: '4 KB is the standard tier’s limit; the advanced tier allows up to 8 KB.',
        figure: { kind: 'exact', n: 4, unit: 'KB' },
      },
      {
        text: 'An advanced-tier Parameter Store parameter can hold a value of up to 16 KB.',
        why: 'The advanced tier stops at 8 KB, twice the standard tier’s 4 KB.',
        figure: { kind: 'exact', n: 16, unit: 'KB' },
      },
      {
        text: 'An advanced-tier Parameter Store parameter can hold a value of up to 256 KB.',
        why: 'Parameter values are small: the advanced tier allows up to 8 KB per value.',
        figure: { kind: 'exact', n: 256, unit: 'KB' },
      },
    ],
  },
  {
    id: 'configuration.extension-permissions',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'The Parameters and Secrets extension reads with the function’s execution role, which needs ssm:GetParameter, plus kms:Decrypt for SecureString values, or secretsmanager:GetSecretValue.',
    why: 'The extension has no credentials of its own: it signs its calls to Parameter Store and Secrets Manager with the same temporary credentials that Lambda gives the function, so a read the role does not allow fails.',
    takeaway:
      'Adding the extension layer is not enough: the execution role must allow reading each parameter or secret it fetches.',
    ask: 'A developer adds the Parameters and Secrets extension layer to a function, and every request for a SecureString parameter fails with an access error. Whose permissions does the extension use?',
    docs: extensionForParameters,
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'The Parameters and Secrets extension reads parameters and secrets with an AWS service role of its own, so the function’s execution role needs no permission, even for SecureString values.',
        why: 'The extension uses the same credentials as the function, so the execution role must allow every read.',
      },
      {
        text: 'The Parameters and Secrets extension reads parameters and secrets with the credentials of the user who deployed the function, so that user needs ssm:GetParameter and kms:Decrypt for SecureString values.',
        why: 'A function never runs with its deployer’s permissions; the extension uses the execution role.',
      },
      {
        text: 'The Parameters and Secrets extension reads parameters and SecureString values through the function’s resource-based policy, which must allow ssm.amazonaws.com to invoke the function.',
        why: 'The resource-based policy decides who may invoke the function; the extension’s outbound calls are allowed by the execution role.',
      },
    ],
  },
  {
    id: 'configuration.extension-token-header',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'Each request to the Parameters and Secrets extension must carry the X-Aws-Parameters-Secrets-Token header, set to the AWS_SESSION_TOKEN that Lambda gives the function.',
    why: 'The header shows that the caller runs inside the function’s execution environment. The extension listens on localhost, on port 2773 by default, and serves cached values only to requests that carry it.',
    takeaway:
      'Call http://localhost:2773 with the X-Aws-Parameters-Secrets-Token header set to the value of AWS_SESSION_TOKEN.',
    ask: 'A function sends GET requests to the Parameters and Secrets extension on localhost, but it gets no parameter values back. What must each request include?',
    docs: extensionForParameters,
    exams: dvaOnly,
    domains: ['dva-1', 'dva-2'],
    misconceptions: [
      {
        text: 'Each request to the Parameters and Secrets extension must be signed with Signature Version 4, using the access key and the secret access key of the function’s execution role.',
        why: 'The extension expects a header holding the session token, not a signed request; it signs its own calls to the services.',
      },
      {
        text: 'Each request to the Parameters and Secrets extension must carry an x-api-key header, set to the API key that the Lambda console creates when the extension layer is added.',
        why: 'There is no API key: the header is X-Aws-Parameters-Secrets-Token, holding the value of AWS_SESSION_TOKEN.',
      },
      {
        text: 'Each request to the Parameters and Secrets extension must carry the ARN of the execution role in the Authorization header, so that the extension can assume that role.',
        why: 'The extension already runs with the function’s credentials; requests carry X-Aws-Parameters-Secrets-Token with AWS_SESSION_TOKEN.',
      },
    ],
  },
  {
    id: 'configuration.extension-invoke-only',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'The Parameters and Secrets extension can be called only during the Invoke phase, not from initialization code that runs during Init.',
    why: 'AWS documents the extension’s local endpoint for requests made while the function handles an invocation, so a value needed by initialization code outside the handler must come from an SDK call instead.',
    takeaway:
      'Read cached values through the extension inside the handler; initialization code fetches with the SDK.',
    ask: 'A developer moves the call that fetches a database secret through the Parameters and Secrets extension into the function’s initialization code, outside the handler. What applies?',
    docs: extensionForParameters,
    exams: dvaOnly,
    domains: ['dva-1', 'dva-4'],
    misconceptions: [
      {
        text: 'The Parameters and Secrets extension can be called only from initialization code during Init, because it fills its cache once for each execution environment.',
        why: 'It is the other way round: the extension serves requests during the Invoke phase, and calls during Init are not supported.',
      },
      {
        text: 'The Parameters and Secrets extension can be called during any phase, and a call during Init also fills the cache of every other execution environment.',
        why: 'Calls during Init are not supported, and each execution environment keeps a cache of its own.',
      },
      {
        text: 'The Parameters and Secrets extension can be called only from the code of another layer, never from the function’s own handler or its initialization code.',
        why: 'The handler calls the extension over localhost; only calls made during Init are not supported.',
      },
    ],
  },
  {
    id: 'configuration.rotation-alternating-users',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'With the alternating users rotation strategy, Secrets Manager alternates between two database users, so the previous credentials remain valid after a rotation.',
    why: 'The rotation function changes the password of the user that is not current, so after a rotation both the user and its clone can sign in, and an application that still holds the previous version keeps connecting.',
    takeaway:
      'When functions cache a database secret, alternating users rotation keeps a cached previous version working until the cache refreshes.',
    ask: 'Functions cache a database secret for a few minutes, and logins sometimes fail right after single user rotation. Which rotation strategy keeps the previous credentials valid?',
    docs: rotationStrategies,
    exams: bothExams,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      {
        text: 'With the single user rotation strategy, Secrets Manager keeps the previous password of the user valid until the next rotation, so cached credentials keep working.',
        why: 'Single user rotation changes the one user’s password, so the previous password stops working; only alternating users keeps two valid users.',
      },
      {
        text: 'With the alternating users rotation strategy, Secrets Manager creates a new database user at every rotation and deletes the previous database user at once.',
        why: 'The user is cloned once; after that, each rotation updates the password of whichever of the two users is not current.',
      },
      {
        text: 'With any rotation strategy, Secrets Manager holds back every client until it has fetched the new secret, so no function ever uses cached credentials after a rotation.',
        why: 'Nothing holds clients back: they keep whatever version they fetched, which is why alternating users suits applications that must stay available.',
      },
    ],
  },
  {
    id: 'configuration.secret-cross-account-key',
    kind: 'rule',
    topic: 'configuration',
    statement:
      'A secret that another account must read needs a customer managed KMS key, because the AWS managed key aws/secretsmanager cannot be used across accounts.',
    why: 'A cross-account read needs the secret’s resource policy, the reader’s identity policy and permission to decrypt with the secret’s key. The policy of an AWS managed key cannot be changed, so only a customer managed key can allow the other account.',
    takeaway:
      'To share a secret: a customer managed key whose key policy allows the reader, a resource policy on the secret, and an identity policy in the reader’s account.',
    ask: 'A function in the analytics account must read a database secret that Secrets Manager stores in the data account with its default encryption key. What must change first?',
    docs: crossAccountSecrets,
    exams: bothExams,
    domains: ['dva-2', 'sap-1'],
    misconceptions: [
      {
        text: 'A secret that another account must read has to be replicated into that account, because the resource policy of a secret cannot name principals of other accounts.',
        why: 'A secret’s resource policy can allow another account; replication copies a secret to other Regions, not to other accounts.',
      },
      {
        text: 'A secret that another account must read needs only a resource policy naming that account, because aws/secretsmanager decrypts for every principal that the policy allows.',
        why: 'The AWS managed key cannot be used across accounts, so the secret must use a customer managed key the reader may decrypt with.',
      },
      {
        text: 'A secret that another account must read has to be copied into a SecureString parameter, because only Parameter Store supports reads from principals of other accounts.',
        why: 'Secrets Manager supports cross-account reads through a resource policy, an identity policy and a customer managed key.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const configurationTopic = {
  id: 'configuration',
  title: 'Configuration and secrets',
  summary:
    'Environment variables and their KMS encryption, Parameter Store tiers and Secrets Manager, caching, rotation and sharing secrets.',
  section: layersSeed,
  intro: [
    'Environment variables carry configuration into a function without code changes, such as the name of the bucket it writes to in each stage. Lambda always encrypts them at rest, by default with an AWS managed key, yet anyone who can read the function’s configuration and use that key sees the values. A customer managed key limits who can read them, and encryption helpers also protect a value in transit, at the cost of a KMS Decrypt call in the code.',
    'Credentials belong in Parameter Store or Secrets Manager, fetched at run time with the execution role’s permissions. A standard SecureString parameter costs nothing extra and holds up to 4 KB; the billed advanced tier holds up to 8 KB and adds parameter policies. Secrets Manager is billed for its secrets and API calls, and in return it rotates a secret on a schedule with a rotation function and can share it with other accounts through a customer managed key.',
    'Fetching a value on every invocation adds latency and cost. The AWS Parameters and Secrets Lambda Extension keeps a cache in each execution environment that the handler reads over localhost, for up to five minutes by default, so a function may briefly use a value that was just rotated.',
  ],
  tables: [],
  facts: configurationFacts,
  sets: [],
  checklist: [],
  tips: [],
  decisions: [secretsAndAccess],
  beyondSeed: true,
} as const satisfies Topic;
