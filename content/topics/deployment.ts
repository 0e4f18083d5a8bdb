/**
 * Deploying functions: SAM templates and the SAM CLI, gradual deployments through CodeDeploy
 * with alarms and hooks, and container images.
 */
import { deploymentStrategy } from '../decisions/deployment-strategy';
import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaGuide, samGuide } from './authoring';
import { trafficShiftingTable } from './traffic-shifting';

const gradual = cite(`${samGuide}automating-updates-to-serverless-apps.html`);
const deploymentPreference = cite(`${samGuide}sam-property-function-deploymentpreference.html`);
const imagesPage = cite(`${lambdaGuide}images-create.html`);
const appSpecHooks = cite(
  `${docsBase}codedeploy/latest/userguide/reference-appspec-file-structure-hooks.html`,
);
const hookStatusApi = cite(
  `${docsBase}codedeploy/latest/APIReference/API_PutLifecycleEventHookExecutionStatus.html`,
);
const apiCanaryPage = cite(
  `${docsBase}apigateway/latest/developerguide/promote-canary-deployment.html`,
);
const dvaOnly = ['DVA-C02'] as const;
const domains = ['dva-3'] as const;

export const deploymentSets = [
  {
    id: 'deployment.lambda-hooks',
    topic: 'deployment',
    title: 'Lifecycle hooks of a CodeDeploy deployment to Lambda',
    ask: 'A team adds validation functions to the AppSpec file of a CodeDeploy deployment to Lambda. Which of these lifecycle hooks can it use?',
    askMany:
      'A team adds validation functions to the AppSpec file of a CodeDeploy deployment to Lambda. Which of these lifecycle hooks can it use for them?',
    nonMembers: [
      {
        text: 'BeforeInstall',
        why: 'BeforeInstall exists for EC2, on-premises and Amazon ECS deployments. A Lambda deployment installs nothing, and its only hooks are BeforeAllowTraffic and AfterAllowTraffic.',
      },
      {
        text: 'AfterAllowTestTraffic',
        why: 'AfterAllowTestTraffic belongs to Amazon ECS deployments, which can send test traffic through a test listener. Lambda deployments have no test listener.',
      },
      {
        text: 'ApplicationStart',
        why: 'ApplicationStart runs scripts on EC2 and on-premises instances to restart services. It is not available for Lambda.',
      },
      {
        text: 'ValidateService',
        why: 'ValidateService checks an EC2 or on-premises deployment with a script on the instance. Lambda deployments validate with BeforeAllowTraffic and AfterAllowTraffic functions.',
      },
    ],
    docs: appSpecHooks,
  },
] as const satisfies readonly FactSet[];

const samFacts = [
  {
    id: 'deployment.sam-transform',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A SAM template needs the AWS::Serverless-2016-10-31 transform declared in its Transform section, which marks it as a SAM template for CloudFormation.',
    why: 'CloudFormation runs the AWS::Serverless-2016-10-31 transform to turn AWS::Serverless resources into standard resources such as functions, roles and permissions. Without the declaration, those resource types are unknown to it.',
    takeaway:
      'Serverless resource types need Transform: AWS::Serverless-2016-10-31 at the top of the template.',
    ask: 'A developer adds an AWS::Serverless::Function resource to a CloudFormation template, and CloudFormation rejects the resource type. What does the template need?',
    docs: cite(`${samGuide}sam-specification-template-anatomy.html`),
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'A SAM template needs a Globals section, which every template must declare before it can contain any of the AWS::Serverless resource types.',
        why: 'Globals is optional and only sets shared properties. Transform and Resources are the sections a SAM template requires.',
      },
      {
        text: 'A SAM template needs the AWS::Include transform declared in its Transform section, which imports the serverless resource types into the template.',
        why: 'AWS::Include inserts template snippets stored in Amazon S3. The serverless resource types come from AWS::Serverless-2016-10-31.',
      },
      {
        text: 'A SAM template needs to be deployed by the SAM CLI, because CloudFormation accepts AWS::Serverless resources only when they come from sam deploy.',
        why: 'CloudFormation itself processes the transform, and sam deploy also deploys through CloudFormation. The template needs the Transform declaration either way.',
      },
    ],
  },
  {
    id: 'deployment.sam-cli',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'The sam local start-api command runs the functions locally in Docker containers behind a local HTTP endpoint that emulates API Gateway.',
    why: 'The SAM CLI reads the template, starts each function in a container built from a Lambda image, and maps the API routes of the template to a local HTTP server.',
    takeaway:
      'Test API-backed functions on a laptop with sam local start-api, and direct Invoke calls with sam local invoke.',
    ask: 'A developer wants to call an API-backed function over HTTP on a laptop before deploying it. What does the SAM CLI offer?',
    docs: cite(`${samGuide}using-sam-cli-local-start-api.html`),
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'The sam local start-api command deploys the functions to a temporary stage in the AWS account and returns that stage’s HTTP URL to the developer.',
        why: 'sam local commands run everything on the developer’s machine. Deploying to the account is done with sam deploy or sam sync.',
      },
      {
        text: 'The sam local start-api command runs the functions directly in the local Node.js runtime, so it supports only Node.js functions.',
        why: 'The functions run in Docker containers built from Lambda images, so every runtime that has a Lambda image is supported.',
      },
      {
        text: 'The sam local start-api command starts a local HTTP endpoint that emulates the Lambda Invoke API for the AWS CLI and the AWS SDKs.',
        why: 'That endpoint is started by sam local start-lambda. start-api serves the template’s API routes over HTTP.',
      },
    ],
  },
  {
    id: 'deployment.auto-publish-alias',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A SAM DeploymentPreference requires AutoPublishAlias on the function, so that each deployment publishes a new version and CodeDeploy shifts the alias to it.',
    why: 'Traffic shifting works on the weights of an alias between two versions. AutoPublishAlias publishes a version when the code changes and points the alias to it, which gives CodeDeploy something to shift.',
    takeaway: 'Gradual deployments in SAM need AutoPublishAlias and DeploymentPreference together.',
    ask: 'A SAM template sets a DeploymentPreference of type Canary10Percent5Minutes on a function, and the deployment fails with a template error. What must the function also declare?',
    docs: deploymentPreference,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'A SAM DeploymentPreference requires VersionDescription on the function, so that each deployment publishes a new version for CodeDeploy to shift traffic to.',
        why: 'VersionDescription only describes the version that AutoPublishAlias publishes. Without AutoPublishAlias there is no alias and no new version.',
      },
      {
        text: 'A SAM DeploymentPreference requires a CodeDeploy application and deployment group in the template, so that CodeDeploy can shift traffic on $LATEST.',
        why: 'SAM creates the CodeDeploy resources itself. Traffic always shifts on an alias between published versions, never on $LATEST.',
      },
      {
        text: 'A SAM DeploymentPreference requires ProvisionedConcurrencyConfig on the function, so that each new version has warm environments before CodeDeploy shifts traffic.',
        why: 'Provisioned concurrency is optional. The property a DeploymentPreference requires is AutoPublishAlias.',
      },
    ],
  },
  {
    id: 'deployment.alarm-rollback',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'CodeDeploy stops the deployment and moves the alias back to the previous version when an alarm listed in the deployment preference goes into ALARM.',
    why: 'The Alarms of a DeploymentPreference are watched while traffic shifts. An alarm that fires means the new version is unhealthy, so CodeDeploy rolls the alias back without waiting for anyone.',
    takeaway:
      'List error and latency alarms in the DeploymentPreference: they turn a bad canary into an automatic rollback.',
    ask: 'During a canary deployment through SAM and CodeDeploy, the error alarm of the new version goes into ALARM. What happens?',
    docs: gradual,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'CodeDeploy sends a notification and keeps shifting traffic to the new version, because alarms listed in the deployment preference can notify but never roll back.',
        why: 'SAM documents the opposite: the deployment rolls back automatically when one of its CloudWatch alarms is triggered.',
      },
      {
        text: 'CodeDeploy pauses the deployment at its current traffic split until an operator approves the next step or rolls the alias back by hand.',
        why: 'The rollback is automatic. CodeDeploy does not wait for an operator when a listed alarm fires.',
      },
      {
        text: 'CodeDeploy keeps shifting traffic and moves the alias back only if the alarm that goes into ALARM is still there once all the traffic has moved.',
        why: 'Rolling back after the last shift would expose every user to the faulty version. CodeDeploy rolls back as soon as the alarm fires.',
      },
    ],
  },
  {
    id: 'deployment.traffic-hooks',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A test function placed in the PreTraffic hook of the DeploymentPreference runs before any traffic shifts, and a failed check stops the deployment.',
    why: 'Hooks are validation functions that CodeDeploy runs once per deployment, PreTraffic before traffic shifting and PostTraffic after it. A hook that reports Failed rolls the deployment back.',
    takeaway:
      'PreTraffic tests the new version before users reach it, and PostTraffic checks it after the shift.',
    ask: 'A team wants a test function to check the new version before any production traffic reaches it. Where does the function go in the SAM template?',
    docs: deploymentPreference,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'A test function placed in the PostTraffic hook of the DeploymentPreference runs before any traffic shifts, and a failed check stops the deployment.',
        why: 'PostTraffic runs after the traffic has shifted. The hook that runs first is PreTraffic.',
      },
      {
        text: 'A test function placed in the Alarms list of the DeploymentPreference runs before any traffic shifts, and a failed check stops the deployment.',
        why: 'Alarms lists CloudWatch alarms to watch, not functions to run. Test functions go in Hooks.',
      },
      {
        text: 'A test function placed in the Events section of the function runs on every request to the new version while the deployment lasts.',
        why: 'Events defines what triggers the function itself. Hook functions run once per deployment, not on each request.',
      },
    ],
  },
  {
    id: 'deployment.hook-status-report',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A hook function must report its result to CodeDeploy by calling PutLifecycleEventHookExecutionStatus with Succeeded or Failed.',
    why: 'CodeDeploy passes the deployment ID and the hook execution ID to the validation function and then waits for this call. Without it, the hook never succeeds and the deployment fails when the hook times out.',
    takeaway:
      'A validation function ends by calling PutLifecycleEventHookExecutionStatus, and its role must allow that action.',
    ask: 'A pre-traffic validation function runs all its checks successfully, yet the deployment waits and finally fails. What did the function leave out?',
    docs: hookStatusApi,
    exams: dvaOnly,
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'A hook function must report its result to CodeDeploy by returning true from its handler, which CodeDeploy reads as Succeeded.',
        why: 'CodeDeploy does not read the function’s return value. The result is reported with PutLifecycleEventHookExecutionStatus.',
      },
      {
        text: 'A hook function must report its result to CodeDeploy by publishing it to the Amazon SNS topic named in the deployment group’s triggers.',
        why: 'Triggers send notifications out of CodeDeploy about the deployment. They do not carry a hook’s result back to it.',
      },
      {
        text: 'A hook function must report its result to CodeDeploy by setting a CloudWatch alarm to OK, which CodeDeploy checks before it shifts traffic.',
        why: 'Alarms are watched separately for rollback. A hook reports its outcome through the CodeDeploy API.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const hookFacts = [
  {
    id: 'deployment.hook-before-allow-traffic',
    kind: 'member',
    set: 'deployment.lambda-hooks',
    label: 'BeforeAllowTraffic',
    topic: 'deployment',
    statement:
      'BeforeAllowTraffic is a CodeDeploy hook that runs a validation function before traffic shifts to the new Lambda version.',
    why: 'It is the AppSpec name of the pre-traffic hook. SAM’s PreTraffic hook is deployed as BeforeAllowTraffic.',
    takeaway: 'BeforeAllowTraffic validates the new version before any user reaches it.',
    docs: appSpecHooks,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'BeforeAllowTraffic exists only for EC2 and on-premises deployments, not for deployments to Lambda.',
        why: 'A Lambda deployment has exactly two hooks, BeforeAllowTraffic and AfterAllowTraffic.',
      },
    ],
  },
  {
    id: 'deployment.hook-after-allow-traffic',
    kind: 'member',
    set: 'deployment.lambda-hooks',
    label: 'AfterAllowTraffic',
    topic: 'deployment',
    statement:
      'AfterAllowTraffic is a CodeDeploy hook that runs a validation function after all the traffic has shifted to the new Lambda version.',
    why: 'It is the AppSpec name of the post-traffic hook. SAM’s PostTraffic hook is deployed as AfterAllowTraffic.',
    takeaway: 'AfterAllowTraffic checks the new version once it serves all the traffic.',
    docs: appSpecHooks,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'AfterAllowTraffic runs before any traffic reaches the new Lambda version, right after the version is published.',
        why: 'That is BeforeAllowTraffic. AfterAllowTraffic runs once the traffic has shifted.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const imageFacts = [
  {
    id: 'deployment.image-registry',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A container image function’s image must be in an Amazon ECR repository in the same Region as the function, and the repository may belong to another account.',
    why: 'Lambda creates container image functions only from Amazon ECR. The repository must be in the function’s Region, and cross-account use works when the repository policy grants Lambda access.',
    takeaway:
      'Container image functions take their image from Amazon ECR in the same Region, from any account that allows it.',
    ask: 'A team in us-east-1 wants to create a container image function from an image that another account built. Where must the image be?',
    docs: imagesPage,
    exams: bothExams,
    domains: ['dva-3', 'sap-4'],
    misconceptions: [
      {
        text: 'A container image function’s image can be in any public registry, such as Docker Hub, because Lambda pulls it again from there at every cold start.',
        why: 'Lambda takes images only from Amazon ECR. Even an AWS Marketplace image must first be copied to a private ECR repository.',
      },
      {
        text: 'A container image function’s image can be in an Amazon ECR repository in any Region, because Lambda copies it to the function’s Region when the function is created.',
        why: 'The ECR repository must be in the same Region as the function. Lambda does not copy images across Regions.',
      },
      {
        text: 'A container image function’s image must be in an Amazon ECR repository owned by the function’s own account, so other accounts’ images must be copied there first.',
        why: 'An image in another account’s repository in the same Region can be used, as long as that repository grants the permissions.',
      },
    ],
  },
  {
    id: 'deployment.package-type-fixed',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'The package type of an existing function cannot be changed, so moving from a .zip archive to a container image means creating a new function.',
    why: 'The package type is chosen when the function is created and applies to all its versions. Code updates must use the same type.',
    takeaway:
      'Switching between .zip and container image means a new function and moving its callers.',
    ask: 'A team wants to switch an existing function from a .zip archive to a container image. What must it do?',
    docs: cite(`${lambdaGuide}configuration-function-zip.html`),
    exams: bothExams,
    domains: ['dva-3', 'sap-4'],
    misconceptions: [
      {
        text: 'The package type of an existing function changes when update-function-code is called with an image URI, and Lambda converts the function.',
        why: 'A code update must use the function’s existing package type. Lambda never converts a .zip function into an image function.',
      },
      {
        text: 'The package type of an existing function can differ between versions, so the team publishes a new version that uses the container image.',
        why: 'All versions of a function share its package type. A different type needs a different function.',
      },
      {
        text: 'The package type of an existing function stays .zip, but the container image can be attached as a layer that Lambda runs instead of the archive.',
        why: 'Layers are .zip archives for .zip functions. A container image cannot be a layer.',
      },
    ],
  },
  {
    id: 'deployment.runtime-interface-client',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'An image built from a non-AWS base image must include the runtime interface client for its language, which implements the Lambda Runtime API.',
    why: 'Lambda talks to the code in the image through the Runtime API. AWS base images include a runtime interface client, while OS-only and other base images need it added.',
    takeaway:
      'Alpine, Debian or in-house base images work on Lambda once the runtime interface client is added.',
    ask: 'A team builds a Lambda container image from a plain Debian base image. What must the image include for Lambda to run it?',
    docs: imagesPage,
    exams: dvaOnly,
    domains,
    misconceptions: [
      {
        text: 'An image built from a non-AWS base image must include the runtime interface emulator, which Lambda uses to pass events to the code in the cloud.',
        why: 'The emulator is for testing the image locally. In Lambda, the runtime interface client handles the events.',
      },
      {
        text: 'An image built from a non-AWS base image needs nothing extra, because Lambda adds the runtime interface client to any image at deployment.',
        why: 'Lambda adds nothing to the image. Only AWS base images already contain a runtime interface client.',
      },
      {
        text: 'An image built from a non-AWS base image cannot run on Lambda, so the team must rebuild it from an AWS base image for Lambda.',
        why: 'Non-AWS base images, such as Alpine or Debian, are supported when they include the runtime interface client.',
      },
    ],
  },
  {
    id: 'deployment.image-read-only',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'Lambda runs a container image on a read-only file system, and the code can write only to the /tmp directory of the environment.',
    why: 'An image must be able to run on a read-only file system. Lambda provides a writable /tmp of 512 MB to 10,240 MB for files the code creates.',
    takeaway:
      'Write temporary files of an image function to /tmp, never to the image’s own folders.',
    ask: 'A container image function writes temporary files under /app/cache and fails on Lambda, although it ran fine locally. Why?',
    docs: imagesPage,
    exams: dvaOnly,
    domains: ['dva-3', 'dva-4'],
    misconceptions: [
      {
        text: 'Lambda runs a container image on a writable file system, but only the user named in the USER instruction of the Dockerfile may write to it.',
        why: 'The file system is read-only whoever the user is. Only /tmp is writable.',
      },
      {
        text: 'Lambda runs a container image with no writable storage at all, not even /tmp, so temporary files must go to Amazon S3.',
        why: 'A writable /tmp directory is available to image functions, as to .zip functions.',
      },
      {
        text: 'Lambda runs a container image on a writable file system that is reset after each invocation, so files under /app/cache disappear.',
        why: 'Nothing outside /tmp is writable, so the write fails. /tmp itself is kept across warm invocations.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const releaseFacts = [
  {
    id: 'deployment.apigw-canary',
    kind: 'rule',
    topic: 'deployment',
    statement:
      'A canary on a REST API stage sends a set percentage of the stage’s requests to a canary deployment and keeps that split until someone promotes or removes the canary.',
    why: 'The canary settings hold the percentage of traffic and stage-variable overrides, which can point the canary at another function alias. Promoting copies the canary’s deployment and variables to the stage; API Gateway neither raises the percentage nor watches alarms by itself.',
    takeaway:
      'An API Gateway canary splits only the API’s own requests and is promoted by hand. A CodeDeploy deployment on a function alias shifts and rolls back on its own.',
    ask: 'A team adds a canary that takes 10 percent of the traffic of the prod stage of a REST API, pointing at a new function alias. What happens to the share of requests afterwards?',
    docs: apiCanaryPage,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'A canary on a REST API stage sends a set percentage of the stage’s requests to a canary deployment and raises that share step by step on its own until the canary has all of them.',
        why: 'The percentage stays as it was set. Moving the rest of the traffic means promoting the canary, by hand or from a pipeline.',
      },
      {
        text: 'A canary on a REST API stage sends a set percentage of the stage’s requests to a canary deployment and removes the canary by itself when a CloudWatch alarm on it goes into ALARM.',
        why: 'API Gateway canaries have no alarm-based rollback. Automatic rollback on alarms belongs to CodeDeploy deployments of a function alias.',
      },
      {
        text: 'A canary on a REST API stage sends a set percentage of all invocations of the function behind it, including those from queues and other event sources, to a canary deployment.',
        why: 'The canary splits only the requests that pass through that API stage. Other event sources keep invoking whatever alias or version they name.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const deploymentFacts = [
  ...samFacts,
  ...hookFacts,
  ...imageFacts,
  ...releaseFacts,
] as const satisfies readonly Fact[];

export const deploymentTopic = {
  id: 'deployment',
  title: 'Deployment: SAM, CodeDeploy and container images',
  summary:
    'SAM templates and CLI, canary and linear traffic shifting with alarms and hooks, images.',
  section: 'Key Concepts',
  intro: [
    'AWS SAM extends CloudFormation with serverless resources. With AutoPublishAlias and a DeploymentPreference, each deployment publishes a new version and CodeDeploy shifts the alias to it gradually, watching CloudWatch alarms and running validation hooks.',
    'The type of the preference sets the pace: a canary sends a small share first and the rest after a few minutes, a linear deployment moves equal shares at fixed intervals, and AllAtOnce moves everything in one step. Alarms listed in the preference roll the alias back on their own, and a PreTraffic hook tests the new version before any user reaches it.',
    'A weighted alias or a canary on an API Gateway stage can also split traffic, but they keep their split until someone changes it, and an API Gateway canary splits only the requests of that API. Because every release is a published version behind an alias, going back to the previous version is a single alias update.',
    'A function is deployed either as a .zip archive or as a container image stored in Amazon ECR in the same Region. The choice is made when the function is created and cannot be changed later.',
  ],
  tables: [trafficShiftingTable],
  facts: deploymentFacts,
  sets: deploymentSets,
  checklist: [],
  tips: [],
  decisions: [deploymentStrategy],
  beyondSeed: true,
} as const satisfies Topic;
