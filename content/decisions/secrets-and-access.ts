/**
 * Where a function keeps a value it needs at run time, a setting or a secret: environment
 * variables (with the default key or a customer managed key), Parameter Store SecureString
 * parameters (standard or advanced), Secrets Manager read directly or through the Parameters
 * and Secrets extension, a layer, or the code itself.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const envDefault = 'env-default-key';
const envCmk = 'env-customer-key';
const psStandard = 'parameter-standard';
const psAdvanced = 'parameter-advanced';
const smDirect = 'secrets-manager-sdk';
const smExtension = 'secrets-manager-extension';
const layer = 'layer-file';
const hardcode = 'hard-coded';

const perInvocationCall = (store: string) =>
  `reading ${store} with the AWS SDK in every invocation adds a call to that service to each one.`;

export const secretsAndAccess = {
  id: 'secrets-and-access',
  topic: 'configuration',
  title: 'Where a function keeps a value it needs at run time',
  exams: ['DVA-C02'],
  domains: ['dva-2'],
  // a low request rate: reads on every invocation stay within Parameter Store's default throughput
  settings: [
    '{company} is building {app} with several Lambda functions that all need the same value at run time. Together they handle about {rate} requests per second.',
    'A developer at {company} is moving {app}, which handles about {rate} requests per second, to Lambda functions that need a value the old servers read from a file.',
    '{company} runs {app} on Lambda functions written in {language}, which now need a new value at run time. The app handles about {rate} requests per second.',
  ],
  slots: {
    company: ['a retailer', 'a bank', 'a travel agency', 'a logistics company'],
    app: ['an order API', 'a payment service', 'a booking back end', 'a reporting service'],
    language: ['Python', 'Node.js', 'Java'],
    days: ['30', '60', '90'],
    rate: ['5', '10', '20'],
    count: ['six', 'twelve', 'twenty'],
  },
  options: [
    {
      id: envDefault,
      text: 'Store the value in an environment variable of each function, encrypted at rest with the AWS managed key that is applied by default.',
      why: 'Lambda encrypts environment variables at rest at no charge and places them in the process, so the code reads them with no call at all, but anyone who can view the configuration sees them.',
      facts: ['configuration.env-encrypted-at-rest', 'configuration.operational-parameters'],
    },
    {
      id: envCmk,
      text: 'Store the value in an environment variable of each function, encrypted at rest with a customer managed KMS key instead of the default key.',
      why: 'With a customer managed key, only users allowed kms:Decrypt on the key can view the variables, while the function still receives the value in its environment with no call.',
      facts: ['configuration.customer-managed-key', 'configuration.env-encrypted-at-rest'],
    },
    {
      id: psStandard,
      text: 'Keep the value as a standard-tier SecureString in Parameter Store, and have the handler call GetParameter with decryption when invoked.',
      why: 'A SecureString parameter is encrypted with an AWS KMS key, so only principals allowed to get the parameter and decrypt it can read it, and every read returns the latest version. At this request rate the reads stay within the default throughput, which adds no Parameter Store charge, though the KMS requests are billed.',
      facts: [
        'configuration.securestring',
        'configuration.parameter-tiers',
        'configuration.parameter-latest-version',
      ],
    },
    {
      id: psAdvanced,
      text: 'Keep the value as an advanced-tier SecureString in Parameter Store, and fetch it with the AWS SDK in each handler on every invocation.',
      why: 'An advanced SecureString parameter works like a standard one, and every read returns the latest version, but it is billed every month and for each read, in return for larger values and parameter policies.',
      facts: [
        'configuration.parameter-tiers',
        'configuration.parameter-advanced-size',
        'configuration.parameter-latest-version',
      ],
    },
    {
      id: smDirect,
      text: 'Store the value as a secret in AWS Secrets Manager, and have each handler call GetSecretValue on every run before it uses the value.',
      why: 'Secrets Manager keeps the secret under its own permissions, and reading it in every invocation always returns the current version, at the cost of a call each time.',
      facts: ['configuration.rotation', 'configuration.secret-current-version'],
    },
    {
      id: smExtension,
      text: 'Store the value as a secret in AWS Secrets Manager, and have each handler fetch it through the Parameters and Secrets extension.',
      why: 'Secrets Manager keeps the secret under its own permissions, and the extension serves it from a cache in each execution environment, so most invocations make no call to Secrets Manager.',
      facts: [
        'configuration.rotation',
        'configuration.extension-cache',
        'configuration.extension-ttl',
      ],
    },
    {
      id: layer,
      text: 'Put the value in a file of a private layer that every function includes, and publish a new version of the layer whenever the value changes.',
      why: 'A layer’s files are extracted into /opt of every function that adds it, so the code reads the file locally, but each change needs a new layer version on every function.',
      facts: ['layers.not-for-secrets', 'layers.purpose'],
    },
    {
      id: hardcode,
      text: 'Write the value into each function’s code as a constant, and build and deploy a new package of every function whenever the value changes.',
      why: 'A constant costs nothing to read, but it travels with the deployment package, so every change is a new build and deployment.',
      facts: ['configuration.operational-parameters', 'layers.not-for-secrets'],
    },
  ],
  requirements: [
    {
      id: 'rotation',
      label: 'automatic rotation',
      text: 'The value is a database password that must rotate automatically every {days} days, with no change to any function.',
      meets: [smDirect, smExtension],
      breaks: {
        [envDefault]:
          'an environment variable changes only when someone updates the function’s configuration, and nothing rotates it.',
        [envCmk]:
          'rotating the customer managed key changes the key, not the password it protects, which changes only when the configuration is updated.',
        [psStandard]:
          'Parameter Store has no rotation schedule or rotation function, so a new password appears only when someone or some code writes it.',
        [psAdvanced]:
          'advanced parameter policies can expire a parameter or send notifications, but nothing in Parameter Store generates and sets a new password.',
        [layer]:
          'a layer version cannot change, so every new password means a new layer version added to every function.',
        [hardcode]: 'every new password means a code change and a new deployment of each function.',
      },
      takeaway:
        'Automatic rotation on a schedule points to Secrets Manager, which changes the password in the database and in the secret each time it rotates.',
      facts: ['configuration.rotation'],
    },
    {
      id: 'hidden-from-admins',
      label: 'a value hidden from the functions’ administrators',
      text: 'Developers who may only view the functions’ configuration, code and layers must not be able to read the value.',
      meets: [envCmk, psStandard, psAdvanced, smDirect, smExtension],
      breaks: {
        [envDefault]:
          'with the default AWS managed key, anyone allowed to view the function’s configuration sees its environment variables in plain text.',
        [layer]:
          'anyone who can download the layer version reads the file, since a layer has no encryption or access control for single values.',
        [hardcode]: 'anyone who downloads the deployment package reads the constant in the code.',
      },
      takeaway:
        'To keep a value from the people who manage a function, keep it out of code, layers and plain environment variables: use a store with its own permissions, or a key they cannot use.',
      facts: [
        'configuration.customer-managed-key',
        'layers.not-for-secrets',
        'configuration.securestring',
      ],
    },
    {
      id: 'per-stage',
      label: 'a different value per stage',
      text: 'The test and production stages run the same package and layer versions but need different values.',
      meets: [envDefault, envCmk, psStandard, psAdvanced, smDirect, smExtension],
      breaks: {
        [layer]:
          'the same layer versions carry the same file into both stages, so both would read the same value.',
        [hardcode]: 'the same package carries the same constant into both stages.',
      },
      takeaway:
        'Values that differ per stage belong in each stage’s configuration or in a store named per stage, never in shared code or layers.',
      facts: ['configuration.operational-parameters'],
    },
    {
      id: 'no-call-per-invocation',
      label: 'no call to another AWS service on most invocations',
      text: 'Reading the value must not add a call to another AWS service, and the wait for it, to most requests.',
      meets: [envDefault, envCmk, smExtension, layer, hardcode],
      breaks: {
        [psStandard]: perInvocationCall('the standard parameter'),
        [psAdvanced]: perInvocationCall('the advanced parameter'),
        [smDirect]: perInvocationCall('the secret from Secrets Manager'),
      },
      takeaway:
        'A value read on every invocation should come from the environment or from the extension’s cache, not from an API call each time.',
      facts: ['configuration.extension-cache'],
    },
    {
      id: 'one-place-change',
      label: 'one change that reaches every function',
      text: 'After a one-time setup, later changes of the value must reach all {count} functions without another change to any function’s code, layers or configuration.',
      meets: [psStandard, psAdvanced, smDirect, smExtension],
      breaks: {
        [envDefault]:
          'each function holds its own copy in its configuration, so every function would have to be updated.',
        [envCmk]:
          'each function holds its own encrypted copy in its configuration, so every function would have to be updated.',
        [layer]:
          'a new value means a new layer version, and every function must be updated to use it.',
        [hardcode]: 'a new value means a new build and deployment of every function.',
      },
      takeaway:
        'A value shared by many functions and changed in one place belongs in Parameter Store or Secrets Manager, read at run time.',
      facts: ['configuration.securestring', 'configuration.rotation'],
    },
    {
      id: 'fresh-on-next-invocation',
      label: 'the new value within a minute of a change',
      text: 'Within a minute of a change, every request to any function must use the new value.',
      meets: [psStandard, psAdvanced, smDirect],
      breaks: {
        [envDefault]:
          'the functions keep the old value in their environment until someone updates their configuration.',
        [envCmk]:
          'each function holds its own encrypted copy, so the configuration of every function must be updated before any of them uses the new value.',
        [smExtension]:
          'the extension serves its cached copy until the time to live expires, 300 seconds by default, so requests keep the old value for up to five minutes.',
        [layer]: 'the functions keep the old file until each is updated to a new layer version.',
        [hardcode]: 'the functions keep the old constant until each is built and deployed again.',
      },
      takeaway:
        'A cache trades freshness for speed: when a change must reach every invocation within a minute, read the store each time rather than through the extension’s five-minute default cache.',
      facts: [
        'configuration.parameter-latest-version',
        'configuration.secret-current-version',
        'configuration.extension-ttl',
      ],
    },
    {
      id: 'no-route-to-services',
      label: 'subnets with no route to AWS service endpoints',
      text: 'The functions run in private subnets with no NAT gateway or VPC endpoints, and neither may be added.',
      meets: [envDefault, envCmk, layer, hardcode],
      breaks: {
        [psStandard]:
          'a function in private subnets without a NAT gateway or an interface endpoint cannot reach Parameter Store.',
        [psAdvanced]:
          'the advanced tier changes nothing about the network: without a NAT gateway or an interface endpoint, Parameter Store is out of reach.',
        [smDirect]:
          'a function in private subnets without a NAT gateway or an interface endpoint cannot reach Secrets Manager.',
        [smExtension]:
          'the extension runs inside the function’s environment and has no route to Secrets Manager from these subnets either.',
      },
      takeaway:
        'A VPC function reaches Parameter Store or Secrets Manager only through a NAT gateway or an interface endpoint, while environment variables need neither.',
      facts: ['networking.vpc-endpoints', 'networking.nat-gateway'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Which solution meets these requirements MOST cost-effectively?',
      rank: {
        [envDefault]: 1,
        [layer]: 1,
        [hardcode]: 1,
        [envCmk]: 2,
        [psStandard]: 2,
        [smExtension]: 2,
        [psAdvanced]: 3,
        [smDirect]: 3,
      },
      worse: {
        [envCmk]:
          'a customer managed KMS key is billed every month and for its use, while the default key for environment variables costs nothing.',
        [psStandard]:
          'every invocation reads the parameter, and each read is decrypted by a billed AWS KMS request.',
        [smExtension]:
          'Secrets Manager charges for each secret every month and for its API calls, even when the extension’s cache keeps the calls down.',
        [psAdvanced]:
          'an advanced parameter is billed every month and for each read, while a standard one read within the default throughput adds no Parameter Store charge.',
        [smDirect]:
          'Secrets Manager charges for each secret every month and for every API call, and reading it in every invocation makes a call each time.',
      },
      takeaway:
        'Secrets Manager bills each secret and every API call, so the extension’s cache costs less than a read in every invocation, while a standard parameter adds only its KMS requests and an environment variable with the default key costs nothing.',
    },
    {
      id: 'latency',
      label: 'the lowest latency',
      ask: 'Which solution meets these requirements with the LOWEST latency?',
      rank: {
        [envDefault]: 1,
        [envCmk]: 1,
        [layer]: 1,
        [hardcode]: 1,
        [smExtension]: 2,
        [psStandard]: 3,
        [psAdvanced]: 3,
        [smDirect]: 3,
      },
      worse: {
        [smExtension]:
          'the code asks the extension over localhost, and the extension calls Secrets Manager whenever its cached copy expires.',
        [psStandard]: 'every invocation waits for a call to Parameter Store.',
        [psAdvanced]:
          'every invocation waits for its call to Parameter Store, whichever the tier of the parameter.',
        [smDirect]: 'every invocation waits for a call to Secrets Manager.',
      },
      takeaway:
        'Latency follows where the value is read from: an environment variable is already in the process, the extension’s cache answers over localhost, and an SDK call in every invocation waits on the network.',
    },
  ],
  docs: cite(`${lambdaGuide}with-secrets-manager.html`),
} as const satisfies DecisionModel;
