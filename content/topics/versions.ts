/**
 * $LATEST, published versions and aliases, and the features that attach to a published
 * version: provisioned concurrency, SnapStart, Lambda@Edge.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaApi, lambdaGuide } from './authoring';

const dva = ['DVA-C02'] as const;
const versionsPage = cite(`${lambdaGuide}configuration-versions.html`);
const aliasRouting = cite(`${lambdaGuide}configuring-alias-routing.html`);

export const versionSets = [
  {
    id: 'versions.published-settings',
    topic: 'versions',
    title: 'Settings you can still change on a published version',
    ask: 'A team published version 7 of a function last week. Which of these can the team still configure on version 7 without publishing a new version?',
    askMany:
      'A team published version 7 of a function last week. Which of these can the team still configure on version 7 without publishing a new version?',
    nonMembers: [
      {
        text: 'Its function code and its handler',
        why: 'Code and handler are locked when a version is published. New code goes to $LATEST and is published as a new version.',
      },
      {
        text: 'Its memory and its timeout settings',
        why: 'Memory and timeout are among the settings Lambda locks at publish time, so changing them needs a new version.',
      },
      {
        text: 'Its environment variables and their values',
        why: 'Environment variables are part of the version’s configuration and are locked with it when it is published.',
      },
      {
        text: 'Its runtime and its list of layers',
        why: 'The runtime and the layers are locked together with the code when the version is published.',
      },
    ],
    docs: versionsPage,
  },
] as const satisfies readonly FactSet[];

const versionFacts = [
  {
    id: 'versions.latest',
    kind: 'definition',
    topic: 'versions',
    term: '$LATEST',
    definition: 'The unpublished version of a function, which every code deployment overwrites.',
    statement:
      '$LATEST is the unpublished version of a function, and every code deployment overwrites it.',
    why: 'Code and settings can be changed only on $LATEST. Publishing copies $LATEST into a new numbered version that later deployments cannot touch.',
    takeaway:
      '$LATEST is the one editable version, so production callers should use a published version or an alias instead.',
    ask: 'A developer deploys new code to a function several times a day and never publishes. What is $LATEST?',
    docs: versionsPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: '$LATEST is an alias that Lambda moves to the highest published version number after every publish.',
        why: '$LATEST is not an alias and never points to a published version. It is the editable, unpublished version itself.',
      },
      {
        text: '$LATEST is a frozen copy of the first deployment of a function, and every later code deployment creates a numbered version.',
        why: 'Deployments overwrite $LATEST. Numbered versions appear only when you publish.',
      },
      {
        text: '$LATEST is the most recently published version of a function, and every code deployment publishes it automatically.',
        why: 'Deploying code publishes nothing. $LATEST stays unpublished until a version is published from it.',
      },
    ],
  },
  {
    id: 'versions.immutable',
    kind: 'rule',
    topic: 'versions',
    statement:
      'A published version’s code, runtime, memory, layers and most other settings can no longer be changed.',
    why: 'Lambda locks the code and most settings at publish time, so every caller of a version gets the same behaviour. Changes are made on $LATEST and published as a new version.',
    takeaway:
      'To fix a published version, publish a new one and move the alias to it. Rolling back means moving the alias back.',
    ask: 'A team finds a bug in published version 12 of a function and wants to fix it in place. What does Lambda allow?',
    docs: versionsPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'A published version’s code can be updated in place with UpdateFunctionCode, just like the code of $LATEST.',
        why: 'UpdateFunctionCode changes only $LATEST. A fix must be published as a new version and the alias moved to it.',
      },
      {
        text: 'A published version’s code and settings keep following $LATEST, so deploying a fix to $LATEST also updates the published version.',
        why: 'A published version is a snapshot. Later changes to $LATEST never reach it.',
      },
      {
        text: 'A published version’s settings can all still be changed, and only its code is locked when it is published.',
        why: 'Runtime, memory, layers, environment variables and most other settings are locked together with the code.',
      },
    ],
  },
  {
    id: 'versions.publish-needs-change',
    kind: 'rule',
    topic: 'versions',
    statement:
      'Lambda creates no new version while $LATEST is identical to the last published version.',
    why: 'A version is a snapshot of code and configuration. Until the code or a setting on $LATEST changes, there is nothing new to snapshot, so no new version number is created.',
    takeaway:
      'A new version number appears only after the code or the configuration of $LATEST changes.',
    ask: 'A pipeline publishes a version at the end of every run, even when nothing changed since the last publish. What happens on such a run?',
    docs: versionsPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'Lambda creates a new version number on every publish, even when $LATEST is identical to the last published version.',
        why: 'Lambda creates a version only when the code or configuration on $LATEST differs from the last published version.',
      },
      {
        text: 'Lambda replaces the last published version with a fresh copy of $LATEST and keeps its version number.',
        why: 'Published versions are never overwritten, and with nothing changed no new version is created either.',
      },
      {
        text: 'Lambda creates a new version and deletes the previous one, because a function keeps only one published version.',
        why: 'A function can keep many published versions, and publishing never deletes older ones.',
      },
    ],
  },
  {
    id: 'versions.env-vars-per-version',
    kind: 'rule',
    topic: 'versions',
    statement:
      'Environment variables belong to a version’s configuration, so a published version keeps the values it was published with.',
    why: 'Lambda stores environment variables in the version-specific configuration of a function, and that configuration is locked when the version is published.',
    takeaway:
      'Changing an environment variable takes effect for an alias only after a new version is published and the alias is moved.',
    ask: 'A developer changes a TABLE_NAME environment variable on $LATEST, while an alias still points to published version 4. Which value does version 4 use?',
    docs: cite(`${lambdaApi}API_Environment.html`),
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'Environment variables belong to the function as a whole, so a published version picks up a new value at its next cold start.',
        why: 'Each version stores its own environment variables, fixed when the version was published.',
      },
      {
        text: 'Environment variables belong to the alias, so a published version uses whatever value was last set on the alias that points to it.',
        why: 'Aliases hold no environment variables. The values come from the configuration of the published version.',
      },
      {
        text: 'Environment variables belong to the account and Region, so every function and every published version sees the new value at once.',
        why: 'Variables are set on a function version and are never shared across an account.',
      },
    ],
  },
  {
    id: 'versions.alias',
    kind: 'definition',
    topic: 'versions',
    term: 'Alias',
    definition:
      'A named pointer to a function version, which can be updated to point to another version.',
    statement:
      'An alias is a named pointer to a function version, and it can be updated to point to a different version.',
    why: 'Callers and triggers use the alias ARN instead of a version number, so a release or a rollback only moves the pointer.',
    takeaway:
      'Point clients and event sources at an alias, and release by updating the alias, not every caller.',
    ask: 'An event source and several clients call a function through its PROD alias. What is the alias?',
    docs: cite(`${lambdaGuide}configuration-aliases.html`),
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'An alias is a named copy of a function version’s code, and it can be edited without publishing a new version.',
        why: 'An alias holds no code of its own. It only points to a version.',
      },
      {
        text: 'An alias is a named pointer to a function version, and it can never point to a different version once it is created.',
        why: 'An alias can be moved to another version at any time, which is how releases and rollbacks work.',
      },
      {
        text: 'An alias is a second name for the whole function, and it always follows the newest version that is published.',
        why: 'An alias points to the version you choose and moves only when you update it.',
      },
    ],
  },
  {
    id: 'versions.weighted-alias',
    kind: 'rule',
    topic: 'versions',
    statement:
      'A weighted alias splits invocations between two versions, sending a chosen percentage of them to the second version at random.',
    why: 'The alias has a main version and one additional version with a weight. Lambda picks the version for each invocation with a simple probabilistic model, so at low traffic the actual split can differ from the weight.',
    takeaway:
      'A weighted alias is the canary tool: two versions, one weight, and a rollback that only resets the weight.',
    ask: 'A team wants to send 10 percent of production invocations to a new version of a function before a full release. What does a weighted alias offer?',
    docs: aliasRouting,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'A weighted alias splits invocations among up to five versions, sending a chosen percentage of them to each version.',
        why: 'An alias can point to at most two versions: its main version and one additional version.',
      },
      {
        text: 'A weighted alias splits invocations between two versions, and always sends a given caller to the same version.',
        why: 'Routing is probabilistic for each invocation. No caller is pinned to a version.',
      },
      {
        text: 'A weighted alias splits invocations between two versions, and raises the percentage for the second version on its own until all traffic has moved.',
        why: 'A weighted alias keeps the weight you set. Gradual shifting is done by CodeDeploy or by updating the weight yourself.',
      },
    ],
  },
  {
    id: 'versions.weighted-alias-rules',
    kind: 'rule',
    topic: 'versions',
    statement:
      'Both versions behind a weighted alias must be published and share the same execution role and dead-letter queue configuration, so $LATEST is not allowed.',
    why: 'Lambda checks both versions when the routing is set: they must be published versions with the same execution role, and with the same dead-letter queue configuration or none at all.',
    takeaway:
      'A canary needs two published versions with the same role and dead-letter queue setup. $LATEST can never take part.',
    ask: 'A developer tries to route 20 percent of an alias to $LATEST and 80 percent to version 5, and Lambda rejects the change. Why?',
    docs: aliasRouting,
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'Both versions behind a weighted alias must use the same runtime and memory, so $LATEST is allowed only when it matches the other version.',
        why: 'Runtime and memory may differ. What must match is the execution role and the dead-letter queue configuration, and both versions must be published.',
      },
      {
        text: 'Both versions behind a weighted alias must share the same execution role, and one of the two must always be $LATEST, the version that receives all new code.',
        why: '$LATEST can never be part of a weighted alias, because both versions must be published.',
      },
      {
        text: 'Both versions behind a weighted alias must have provisioned concurrency configured on them, so $LATEST, which can never have it, is not allowed.',
        why: 'Provisioned concurrency is optional for a weighted alias. $LATEST is rejected because both versions must be published.',
      },
    ],
  },
  {
    id: 'versions.snapstart-on-publish',
    kind: 'rule',
    topic: 'versions',
    statement:
      'SnapStart takes its snapshot when a version is published, so it applies to published versions and their aliases, not to $LATEST.',
    why: 'With ApplyOn set to PublishedVersions, Lambda initializes the function when a version is published, snapshots the initialized environment, and restores that snapshot on the version’s cold starts.',
    takeaway:
      'To benefit from SnapStart, publish a version and invoke it or an alias, never $LATEST.',
    ask: 'A developer turns on SnapStart for a Java function and tests it by invoking $LATEST, but cold starts stay slow. What explains this?',
    docs: cite(`${lambdaApi}API_SnapStart.html`),
    exams: bothExams,
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      {
        text: 'SnapStart takes its snapshot after every code deployment to $LATEST, so invoking $LATEST already gets fast cold starts.',
        why: 'Deploying code creates no snapshot. Lambda takes one only when a version is published.',
      },
      {
        text: 'SnapStart takes a new snapshot at every cold start, so only the cold starts after the first one become fast.',
        why: 'The snapshot is taken once, when the version is published, and every cold start of that version restores from it.',
      },
      {
        text: 'SnapStart takes its snapshot only when provisioned concurrency is configured, so the function also needs provisioned concurrency.',
        why: 'SnapStart needs no provisioned concurrency, and the two cannot be used together on the same version.',
      },
    ],
  },
  {
    id: 'versions.edge-numbered-version',
    kind: 'rule',
    topic: 'versions',
    statement:
      'A CloudFront distribution must reference a numbered version of a Lambda@Edge function, not an alias or $LATEST.',
    why: 'A CloudFront function association takes the ARN of a function version, and triggers cannot be created for $LATEST. Each code change is published as a new version and the association is moved to it.',
    takeaway:
      'Lambda@Edge needs a version ARN ending in a number. Every code change means publishing and updating the distribution.',
    ask: 'A developer associates a Lambda@Edge function with a CloudFront cache behavior by using the function’s PROD alias ARN, and CloudFront rejects it. Which ARN does CloudFront accept?',
    docs: cite(`${docsBase}cloudfront/latest/APIReference/API_LambdaFunctionAssociation.html`),
    exams: bothExams,
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      {
        text: 'A CloudFront distribution must reference the $LATEST version of a Lambda@Edge function, so that edge code updates automatically.',
        why: 'CloudFront does not accept $LATEST. Triggers cannot be created for it, so every change needs a new numbered version.',
      },
      {
        text: 'A CloudFront distribution must reference an alias of a Lambda@Edge function, so that versions can change without a distribution update.',
        why: 'An alias ARN is not accepted in a function association. Only the ARN of a numbered version is.',
      },
      {
        text: 'A CloudFront distribution must reference the unqualified ARN of a Lambda@Edge function, and CloudFront then picks the newest version.',
        why: 'An unqualified ARN means $LATEST, which CloudFront does not accept. The ARN must end in a version number.',
      },
    ],
  },
] as const satisfies readonly Fact[];

const publishedSettings = [
  {
    id: 'versions.set-triggers',
    kind: 'member',
    set: 'versions.published-settings',
    label: 'Its triggers from event sources',
    topic: 'versions',
    statement: 'Triggers can still be added to or removed from a published function version.',
    why: 'Lambda lists triggers among the items that stay configurable on a published version, because a trigger is a separate resource that points at the version.',
    takeaway: 'Event sources can be wired to a published version or an alias at any time.',
    docs: versionsPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'A published version cannot get new triggers, so only $LATEST can be wired to event sources.',
        why: 'Triggers can point at a published version or an alias, which is the usual setup in production.',
      },
    ],
  },
  {
    id: 'versions.set-destinations',
    kind: 'member',
    set: 'versions.published-settings',
    label: 'Its destinations',
    topic: 'versions',
    statement: 'Destinations can still be configured on a published function version.',
    why: 'Destinations are part of the asynchronous invocation configuration, which is set for a function, a version or an alias apart from the locked code and settings.',
    takeaway: 'Where a version sends its success and failure records can change after publishing.',
    docs: versionsPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'Destinations are locked when a version is published, so changing them needs a new version.',
        why: 'Lambda lists destinations among the items that stay configurable on a published version.',
      },
    ],
  },
  {
    id: 'versions.set-async-config',
    kind: 'member',
    set: 'versions.published-settings',
    label: 'Its retry and event age settings',
    topic: 'versions',
    statement:
      'Asynchronous invocation settings, such as retry attempts and maximum event age, can still be configured on a published version.',
    why: 'The asynchronous invocation configuration accepts a version or an alias as its target, so each published version can have its own retry and event age settings.',
    takeaway:
      'Retry attempts and maximum event age can be tuned on a version after it is published.',
    docs: cite(`${lambdaGuide}invocation-async-configuring.html`),
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'Retry attempts and maximum event age apply only to $LATEST and can never be set on a published version.',
        why: 'Error handling settings can be configured on a function, a version or an alias.',
      },
    ],
  },
  {
    id: 'versions.set-provisioned-concurrency',
    kind: 'member',
    set: 'versions.published-settings',
    label: 'Its provisioned concurrency',
    topic: 'versions',
    statement: 'Provisioned concurrency can still be configured on a published function version.',
    why: 'Provisioned concurrency is a separate configuration attached to a version or an alias, so it can be added, changed or removed after the version is published.',
    takeaway:
      'Provisioned concurrency is set on a version after it is published, never frozen into it.',
    docs: versionsPage,
    exams: dva,
    domains: ['dva-3'],
    misconceptions: [
      {
        text: 'Provisioned concurrency must be chosen before a version is published, because it is locked with the version.',
        why: 'Lambda lists provisioned concurrency among the items that stay configurable on a published version.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const versionFactsAll = [
  ...versionFacts,
  ...publishedSettings,
] as const satisfies readonly Fact[];

export const versionsTopic = {
  id: 'versions',
  title: 'Versions and aliases',
  summary:
    '$LATEST, immutable published versions, weighted aliases and what attaches to a version.',
  section: 'Key Concepts',
  intro: [
    'Every deployment updates $LATEST. Publishing locks a numbered copy of the code and most settings, and an alias gives callers a stable name that you move from one version to the next.',
    'Several features need a published version rather than $LATEST: provisioned concurrency, SnapStart, weighted aliases and Lambda@Edge.',
  ],
  tables: [],
  facts: versionFactsAll,
  sets: versionSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
