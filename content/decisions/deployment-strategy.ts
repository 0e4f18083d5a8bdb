/**
 * How to release a new version of a function behind an API: SAM gradual deployments through
 * CodeDeploy (canary, linear, all at once, with alarms or hooks), a weighted alias shifted by
 * hand, a one-step alias update, $LATEST, or an API Gateway canary.
 */
import type { DecisionModel } from '../schema';
import { cite, samGuide } from '../topics/authoring';

const canaryAlarm = 'sam-canary-alarm';
const linearAlarm = 'sam-linear-alarm';
const allAtOnceHook = 'sam-all-at-once-hook';
const canaryHook = 'sam-canary-hook';
const weightedAlias = 'weighted-alias-by-hand';
const aliasFlip = 'alias-flip';
const latest = 'latest-in-place';
const apiCanary = 'api-gateway-canary';

export const deploymentStrategy = {
  id: 'deployment-strategy',
  topic: 'deployment',
  title: 'Releasing a new version of a function safely',
  exams: ['DVA-C02'],
  domains: ['dva-3'],
  settings: [
    '{company} runs {api} on an API Gateway REST API that invokes a {language} Lambda function, deployed with AWS SAM.',
    'A team at {company} releases the {language} Lambda function behind {api}, an API Gateway REST API, every week with AWS SAM.',
    '{company} is changing how it releases the {language} Lambda function behind {api}, an API Gateway REST API deployed with AWS SAM.',
  ],
  slots: {
    company: ['a payments provider', 'an airline', 'a food delivery service', 'an insurer'],
    api: ['its checkout API', 'a booking API', 'its order status API', 'a rewards API'],
    language: ['Python', 'Node.js', 'Java'],
  },
  options: [
    {
      id: canaryAlarm,
      text: 'Set AutoPublishAlias and a Canary10Percent5Minutes deployment preference in the SAM template, listing the function’s error alarm in it.',
      why: 'Each deployment publishes a version, and CodeDeploy sends it 10 percent of the alias traffic for five minutes, then the rest, rolling back at once if the listed alarm fires. The previous version stays published for the alias to return to.',
      facts: [
        'deployment.auto-publish-alias',
        'deployment.alarm-rollback',
        'versions.weighted-alias',
      ],
    },
    {
      id: linearAlarm,
      text: 'Set AutoPublishAlias and a Linear10PercentEvery10Minutes deployment preference in the SAM template, listing the function’s error alarm.',
      why: 'CodeDeploy moves another 10 percent of the alias traffic to the new version every ten minutes, and rolls back at once if the listed alarm fires. The previous version stays published for the alias to return to.',
      facts: [
        'deployment.auto-publish-alias',
        'deployment.alarm-rollback',
        'versions.weighted-alias',
      ],
    },
    {
      id: allAtOnceHook,
      text: 'Set AutoPublishAlias and an AllAtOnce deployment preference in the SAM template, and add a PreTraffic hook running a validation function.',
      why: 'CodeDeploy runs the validation function against the new version first, and moves all the alias traffic in one step once the hook reports success. The previous version stays published, so pointing the alias back to it undoes the release at once.',
      facts: [
        'deployment.auto-publish-alias',
        'deployment.traffic-hooks',
        'deployment.hook-status-report',
      ],
    },
    {
      id: canaryHook,
      text: 'Set AutoPublishAlias and a Canary10Percent10Minutes preference in the SAM template, and add a PreTraffic hook running a validation function.',
      why: 'CodeDeploy runs the validation function against the new version first, then sends it 10 percent of the alias traffic for ten minutes, then the rest. The previous version stays published for the alias to return to.',
      facts: [
        'deployment.auto-publish-alias',
        'deployment.traffic-hooks',
        'deployment.hook-status-report',
      ],
    },
    {
      id: weightedAlias,
      text: 'Publish a new function version, give the live alias a routing configuration that sends it 10 percent of invocations, and raise that weight by hand.',
      why: 'A weighted alias sends the chosen share of invocations to the second version and keeps that weight until someone changes it.',
      facts: ['versions.weighted-alias', 'versions.weighted-alias-rules'],
    },
    {
      id: aliasFlip,
      text: 'Publish a new function version, repoint the live alias to it in a single update, and repoint it to the previous version whenever errors appear.',
      why: 'Every caller of the alias moves to the new version at the same moment, and the old version stays published for a rollback.',
      facts: ['versions.alias', 'versions.immutable'],
    },
    {
      id: latest,
      text: 'Upload the new code of the function to $LATEST with update-function-code, and have the API and every other caller invoke the function’s unqualified name.',
      why: 'Each upload overwrites $LATEST, and every invocation runs the new code from then on.',
      facts: ['versions.latest'],
    },
    {
      id: apiCanary,
      text: 'Add a 10 percent canary to the API stage, whose stage variable override points at a second alias of the function, on the new version.',
      why: 'API Gateway sends the canary share of the stage requests to the alias named by the canary stage variable, until someone promotes or removes the canary.',
      facts: ['deployment.apigw-canary', 'versions.alias'],
    },
  ],
  requirements: [
    {
      id: 'small-share-first',
      label: 'a small share first',
      text: 'At first, only about one request in ten may reach the new code.',
      meets: [canaryAlarm, linearAlarm, canaryHook, weightedAlias, apiCanary],
      breaks: {
        [allAtOnceHook]:
          'AllAtOnce moves all the traffic in one step, right after the hook succeeds.',
        [aliasFlip]: 'a single alias update moves every request to the new version at once.',
        [latest]: 'every invocation runs the new code as soon as $LATEST is overwritten.',
      },
      takeaway:
        'Only a canary or linear shift sends a small share first: AllAtOnce moves every request in one step, even when a PreTraffic hook has checked the new version before it.',
      facts: ['versions.weighted-alias', 'deployment.apigw-canary'],
    },
    {
      id: 'automatic-rollback',
      label: 'automatic rollback when failures rise',
      text: 'If failures rise while customer requests run on the new code, all traffic must return to the old code with nobody acting.',
      meets: [canaryAlarm, linearAlarm],
      breaks: {
        [allAtOnceHook]:
          'the hook only tests the new version before the shift, and no alarm is listed, so errors that customers meet afterwards trigger nothing and someone must point the alias back.',
        [canaryHook]:
          'no alarm is listed, so errors among the canary’s customers trigger nothing, and CodeDeploy moves the rest on schedule.',
        [weightedAlias]:
          'a weighted alias never changes its own weights, so someone must set the new version back to zero.',
        [aliasFlip]: 'someone has to notice the errors and point the alias back by hand.',
        [latest]:
          'the old code was overwritten, so returning to it means finding and uploading it again.',
        [apiCanary]:
          'API Gateway does not watch alarms, so someone must remove the canary by hand.',
      },
      takeaway:
        'A PreTraffic hook tests the new version before customers reach it, while rollback on errors that customers meet needs CloudWatch alarms listed in the deployment preference.',
      facts: ['deployment.alarm-rollback'],
    },
    {
      id: 'check-before-traffic',
      label: 'a check before any customer',
      text: 'An automated check must call the new code and pass before any customer request reaches it.',
      meets: [allAtOnceHook, canaryHook],
      breaks: {
        [canaryAlarm]:
          'no hook is set, so the first 10 percent of customers reach the new code untested, and the alarm only reacts to their failures.',
        [linearAlarm]:
          'no hook is set, so the first 10 percent of customers reach the new code untested.',
        [weightedAlias]:
          'the routing configuration sends customers to the new version as soon as it is set, with no check first.',
        [aliasFlip]:
          'the alias update sends every customer to the new version with no check first.',
        [latest]: 'customers run the new code as soon as it is uploaded, with no check first.',
        [apiCanary]:
          'the canary sends customer requests to the new version as soon as it is created, with no check first.',
      },
      takeaway:
        'A check before any traffic is a PreTraffic hook (BeforeAllowTraffic) that reports its result to CodeDeploy.',
      facts: ['deployment.traffic-hooks', 'deployment.hook-status-report'],
    },
    {
      id: 'small-steps',
      label: 'automatic steps of a tenth at most',
      text: 'The new code’s share must grow by itself, a tenth at most per step, so that the database warms up slowly.',
      meets: [linearAlarm],
      breaks: {
        [weightedAlias]:
          'nothing raises the weight of a routing configuration on its own, so someone must make every step by hand.',
        [apiCanary]:
          'the canary stays at its percentage, and promoting it moves the remaining 90 percent in one step.',
        [canaryAlarm]:
          'a canary moves the remaining 90 percent in one step once its five minutes are over.',
        [canaryHook]: 'after ten minutes the canary moves the remaining 90 percent in one step.',
        [allAtOnceHook]: 'AllAtOnce moves all the traffic in a single step.',
        [aliasFlip]: 'the alias update moves all the traffic in a single step.',
        [latest]: 'overwriting $LATEST moves all the traffic in a single step.',
      },
      takeaway:
        'Equal small steps are a linear deployment. A canary moves a share first and then everything left at once.',
      facts: ['versions.weighted-alias'],
    },
    {
      id: 'instant-rollback',
      label: 'rollback in seconds without a redeploy',
      text: 'If a problem appears a day later, all traffic must return to the old code at once, with nothing redeployed.',
      meets: [
        canaryAlarm,
        linearAlarm,
        allAtOnceHook,
        canaryHook,
        weightedAlias,
        aliasFlip,
        apiCanary,
      ],
      breaks: {
        [latest]:
          'uploading to $LATEST overwrote the old code, so going back means rebuilding or uploading it again.',
      },
      takeaway:
        'A rollback without a redeploy needs the old code kept in a published version that an alias can point back to.',
      facts: ['versions.alias', 'versions.latest'],
    },
    {
      id: 'hands-off-progress',
      label: 'the rest moving in one step on its own',
      text: 'After a first share runs on the new code for a set time, the rest must follow in one step by itself.',
      meets: [canaryAlarm, canaryHook],
      breaks: {
        [linearAlarm]:
          'a linear deployment moves the rest 10 percent at a time, every ten minutes, not in one step.',
        [allAtOnceHook]:
          'AllAtOnce moves everything in one step, so no first share runs on the new code for a while first.',
        [weightedAlias]: 'the alias keeps its weight until someone raises it by hand.',
        [aliasFlip]: 'a single alias update has no first share, since everything moves at once.',
        [latest]: 'overwriting $LATEST has no first share, since everything moves at once.',
        [apiCanary]: 'the canary keeps its percentage until someone promotes it.',
      },
      takeaway:
        'Moving the rest in one step, on its own, after a first share has run for a set time is a CodeDeploy canary preset in the deployment preference.',
      facts: ['deployment.auto-publish-alias', 'deployment.apigw-canary'],
    },
    {
      id: 'queue-follows-split',
      label: 'queue messages that follow the split',
      text: 'An SQS queue that invokes the same qualifier as the API must see the same split between old and new code.',
      meets: [
        canaryAlarm,
        linearAlarm,
        allAtOnceHook,
        canaryHook,
        weightedAlias,
        aliasFlip,
        latest,
      ],
      breaks: {
        [apiCanary]:
          'an API Gateway canary splits only the requests that pass through the stage, while the queue keeps invoking the same qualifier.',
      },
      takeaway:
        'Shift traffic on the function alias, where every event source meets it, not in front of one caller.',
      facts: ['deployment.apigw-canary', 'versions.alias'],
    },
    {
      id: 'queue-stays-old',
      label: 'queue messages kept on the old code',
      text: 'An SQS queue also invokes the live alias, and its messages must stay on the old code until the release ends.',
      meets: [apiCanary],
      breaks: {
        [canaryAlarm]:
          'CodeDeploy shifts the live alias itself, so the queue’s messages reach the new version along with the canary share of requests.',
        [linearAlarm]:
          'CodeDeploy shifts the weights of the live alias, so a growing share of the queue’s messages runs the new code.',
        [allAtOnceHook]:
          'AllAtOnce repoints the live alias once the hook passes, so every queue message runs the new code at once.',
        [canaryHook]:
          'the canary shifts the live alias, so the queue’s messages reach the new version as well.',
        [weightedAlias]:
          'the routing configuration sits on the live alias, so the queue’s messages are split like every other invocation.',
        [aliasFlip]:
          'repointing the live alias moves the queue’s messages to the new version at the same moment.',
        [latest]:
          'every caller, the queue included, runs the new code as soon as $LATEST is overwritten.',
      },
      takeaway:
        'To expose new code to API traffic only, use an API Gateway canary whose stage variable points at a second alias; shifting the function alias reaches every event source.',
      facts: ['deployment.apigw-canary', 'versions.alias'],
    },
  ],
  qualifiers: [
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [canaryAlarm]: 1,
        [linearAlarm]: 1,
        [allAtOnceHook]: 1,
        [canaryHook]: 1,
        [weightedAlias]: 2,
        [aliasFlip]: 2,
        [apiCanary]: 2,
      },
      worse: {
        [weightedAlias]:
          'someone must raise the weight step by step and watch the metrics, which a deployment preference does on its own.',
        [aliasFlip]: 'someone must update the alias and watch for errors by hand at every release.',
        [apiCanary]:
          'someone must manage a second alias, the canary settings and its promotion by hand at every release.',
      },
      takeaway:
        'Between working release methods, the exams prefer AutoPublishAlias with a DeploymentPreference, which CodeDeploy runs without anyone acting.',
    },
    {
      id: 'fastest-full-release',
      label: 'the shortest time until all traffic runs the new code',
      ask: 'Which solution meets these requirements and moves all traffic to the new code in the SHORTEST time?',
      rank: {
        [allAtOnceHook]: 1,
        [aliasFlip]: 1,
        [latest]: 1,
        [canaryAlarm]: 2,
        [canaryHook]: 3,
        [linearAlarm]: 4,
      },
      worse: {
        [canaryAlarm]: 'the canary holds 10 percent for five minutes before it moves the rest.',
        [canaryHook]:
          'after the hook, the canary holds 10 percent for ten minutes before it moves the rest.',
        [linearAlarm]:
          'Linear10PercentEvery10Minutes adds 10 percent every ten minutes, so the shift takes about an hour and a half.',
      },
      takeaway:
        'A canary preset finishes after its one interval (Canary10Percent5Minutes in about 5 minutes), a linear preset after nine intervals (Linear10PercentEvery10Minutes in about 90), and AllAtOnce at once.',
    },
  ],
  docs: cite(`${samGuide}automating-updates-to-serverless-apps.html`),
} as const satisfies DecisionModel;
