/**
 * Deploying functions: SAM templates and the SAM CLI, gradual deployments through CodeDeploy
 * with alarms and hooks, and container images.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { lambdaGuide } from './authoring';
import { beyond, citeAwsDocs, docsBase, samGuide } from './beyond-sources';
import { trafficShiftingTable } from './traffic-shifting';

const gradual = citeAwsDocs(`${samGuide}automating-updates-to-serverless-apps.html`);
const deploymentPreference = citeAwsDocs(
  `${samGuide}sam-property-function-deploymentpreference.html`,
);
const imagesPage = citeAwsDocs(`${lambdaGuide}images-create.html`);
const appSpecHooks = citeAwsDocs(
  `${docsBase}codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html`,
);
const domains = ['dva-3', 'sap-3'] as const;

export const deploymentSets = [
  {
    id: 'deployment.lambda-hooks',
    topic: 'deployment',
    title: 'Lifecycle hooks of a CodeDeploy deployment to Lambda',
    ask: 'Which of these lifecycle hooks can run a validation function in a CodeDeploy deployment to Lambda?',
    nonMembers: ['BeforeInstall', 'ApplicationStart', 'ValidateService'],
    source: appSpecHooks,
  },
] as const satisfies readonly FactSet[];

const samFacts = [
  {
    ...beyond,
    id: 'deployment.sam-transform',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A SAM template must declare Transform: AWS::Serverless-2016-10-31, which marks a CloudFormation template as a SAM template.',
    source: citeAwsDocs(`${samGuide}sam-specification-template-anatomy.html`),
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      'SAM templates never pass through CloudFormation; the SAM CLI creates the resources itself.',
      'The SAM transform is optional: AWS::Serverless resources work in any template without it.',
    ],
  },
  {
    ...beyond,
    id: 'deployment.sam-cli',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'The SAM CLI builds, tests and debugs serverless applications locally before they are deployed to the cloud.',
    source: citeAwsDocs(`${samGuide}using-sam-cli.html`),
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      'The SAM CLI can only deploy; testing a function locally needs a separate tool.',
      'The SAM CLI runs functions locally only for Node.js.',
    ],
  },
  {
    ...beyond,
    id: 'deployment.auto-publish-alias',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A SAM DeploymentPreference requires AutoPublishAlias on the function, so that each deployment publishes a version behind an alias.',
    source: deploymentPreference,
    domains,
    misconceptions: [
      'A SAM DeploymentPreference shifts traffic on $LATEST, without any alias.',
      'AutoPublishAlias and DeploymentPreference cannot be used on the same function.',
    ],
  },
  {
    ...beyond,
    id: 'deployment.alarm-rollback',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A gradual deployment through SAM and CodeDeploy rolls back automatically when one of its CloudWatch alarms is triggered.',
    source: gradual,
    domains,
    misconceptions: [
      'CloudWatch alarms on a gradual deployment only send notifications; rollback is always manual.',
      'A gradual deployment rolls back only after all of its traffic has been shifted.',
    ],
  },
  {
    ...beyond,
    id: 'deployment.traffic-hooks',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'Pre-traffic and post-traffic hooks run validation Lambda functions before and after traffic shifting.',
    source: deploymentPreference,
    domains,
    misconceptions: [
      'Traffic hooks run on every invocation of the new version while the deployment lasts.',
      'Traffic hooks can only send notifications; they cannot stop a deployment.',
    ],
  },
] as const satisfies readonly Fact[];

const hookFacts = [
  {
    ...beyond,
    id: 'deployment.hook-before-allow-traffic',
    kind: 'member',
    set: 'deployment.lambda-hooks',
    label: 'BeforeAllowTraffic',
    topic: 'deployment',
    statement:
      'BeforeAllowTraffic is a CodeDeploy hook that runs a validation function before traffic shifts to the new Lambda version.',
    source: appSpecHooks,
    domains,
    misconceptions: ['BeforeAllowTraffic exists only for EC2 deployments, not for Lambda.'],
  },
  {
    ...beyond,
    id: 'deployment.hook-after-allow-traffic',
    kind: 'member',
    set: 'deployment.lambda-hooks',
    label: 'AfterAllowTraffic',
    topic: 'deployment',
    statement:
      'AfterAllowTraffic is a CodeDeploy hook that runs a validation function after traffic has shifted to the new Lambda version.',
    source: appSpecHooks,
    domains,
    misconceptions: ['AfterAllowTraffic runs before any traffic reaches the new Lambda version.'],
  },
] as const satisfies readonly Fact[];

const imageFacts = [
  {
    ...beyond,
    id: 'deployment.image-registry',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A container image function’s image must be in an Amazon ECR repository in the same Region as the function, though the repository may belong to another account.',
    source: imagesPage,
    domains: ['dva-3', 'sap-4'],
    misconceptions: [
      'Lambda pulls a function’s image from any public registry, such as Docker Hub, at invoke time.',
      'The ECR repository of a container image function may be in any Region.',
    ],
  },
  {
    ...beyond,
    id: 'deployment.package-type-fixed',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'You cannot switch an existing function between a .zip archive and a container image; you create a new function instead.',
    source: imagesPage,
    domains: ['dva-3', 'sap-4'],
    misconceptions: [
      'An existing .zip function can be converted to a container image with update-function-code.',
      'A function can use a .zip archive and a container image at the same time.',
    ],
  },
  {
    ...beyond,
    id: 'deployment.runtime-interface-client',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A container image built from a non-AWS base image must include the runtime interface client for its language.',
    source: imagesPage,
    domains: ['dva-3', 'sap-4'],
    misconceptions: [
      'Any container image runs on Lambda unchanged; no runtime interface is needed.',
      'Only AWS base images need the runtime interface client added by hand.',
    ],
  },
  {
    ...beyond,
    id: 'deployment.image-read-only',
    kind: 'rule',
    topic: 'deployment',
    statement: 'A Lambda container image runs on a read-only file system; only /tmp is writable.',
    source: imagesPage,
    domains: ['dva-3', 'sap-4'],
    misconceptions: [
      'A container image function can write anywhere in its file system, like any container.',
      'A container image function has no writable storage at all, not even /tmp.',
    ],
  },
] as const satisfies readonly Fact[];

export const deploymentFacts = [
  ...samFacts,
  ...hookFacts,
  ...imageFacts,
] as const satisfies readonly Fact[];

export const deploymentTopic = {
  id: 'deployment',
  title: 'Deployment: SAM, CodeDeploy and container images',
  summary:
    'SAM templates and CLI, canary and linear traffic shifting with alarms and hooks, images.',
  section: 'Key Concepts',
  intro: [
    'AWS SAM extends CloudFormation with serverless resources. With AutoPublishAlias and a DeploymentPreference, each deployment publishes a new version and CodeDeploy shifts the alias to it gradually, watching CloudWatch alarms and running validation hooks.',
    'A function is deployed either as a .zip archive or as a container image stored in Amazon ECR; the choice is made when the function is created.',
  ],
  tables: [trafficShiftingTable],
  facts: deploymentFacts,
  sets: deploymentSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
