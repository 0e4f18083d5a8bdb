/**
 * $LATEST, published versions and aliases, and the features that attach to a published
 * version: provisioned concurrency, SnapStart, Lambda@Edge.
 */
import type { Fact, FactSet, Topic } from '../schema';
import { lambdaGuide } from './authoring';
import { beyond, citeAwsDocs, docsBase, lambdaApi } from './beyond-sources';

const versionsPage = citeAwsDocs(`${lambdaGuide}configuration-versions.html`);
const aliasRouting = citeAwsDocs(`${lambdaGuide}configuring-alias-routing.html`);
const domains = ['dva-3', 'sap-3'] as const;

export const versionSets = [
  {
    id: 'versions.published-settings',
    topic: 'versions',
    title: 'Settings you can still change on a published version',
    ask: 'Which of these can you still configure on a published function version?',
    nonMembers: ['Function code', 'Runtime', 'Memory', 'Layers'],
    source: versionsPage,
  },
] as const satisfies readonly FactSet[];

const versionFacts = [
  {
    ...beyond,
    id: 'versions.latest',
    kind: 'definition',
    topic: 'versions',
    term: '$LATEST',
    definition: 'The unpublished version of a function, overwritten by every code deployment.',
    statement:
      '$LATEST is the unpublished version of a function, and every code deployment overwrites it.',
    source: versionsPage,
    domains,
    misconceptions: [
      '$LATEST is an alias that always points to the highest published version number.',
      '$LATEST is a frozen copy of the code that later deployments cannot change.',
    ],
  },
  {
    ...beyond,
    id: 'versions.immutable',
    kind: 'rule',
    topic: 'versions',
    statement:
      'Once a version is published, its code, runtime, memory, layers and most other settings can no longer change.',
    source: versionsPage,
    domains,
    misconceptions: [
      'You can update the code of a published version in place, as you can for $LATEST.',
      'A published version keeps following $LATEST; publishing only adds a label.',
    ],
  },
  {
    ...beyond,
    id: 'versions.publish-needs-change',
    kind: 'rule',
    topic: 'versions',
    statement:
      'You cannot publish a new version while $LATEST is identical to the last published version.',
    source: versionsPage,
    domains,
    misconceptions: [
      'Every publish call creates a new version number, even when nothing changed.',
      'Publishing a version also deletes the previous version.',
    ],
  },
  {
    ...beyond,
    id: 'versions.env-vars-per-version',
    kind: 'rule',
    topic: 'versions',
    statement:
      'Environment variables are part of a version’s configuration, so a published version keeps the values it was published with.',
    source: citeAwsDocs(`${lambdaGuide}API_Environment.html`),
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      'Changing an environment variable on $LATEST also changes it in every published version.',
      'Environment variables are stored per account and shared by all functions.',
    ],
  },
  {
    ...beyond,
    id: 'versions.alias',
    kind: 'definition',
    topic: 'versions',
    term: 'Alias',
    definition: 'A named pointer to a function version that you can update to point elsewhere.',
    statement:
      'An alias is a named pointer to a function version that you can update to point to a different version.',
    source: citeAwsDocs(`${lambdaApi}API_CreateAlias.html`),
    domains,
    misconceptions: [
      'An alias is a copy of the function’s code that can be edited independently.',
      'An alias can never change the version it points to once created.',
    ],
  },
  {
    ...beyond,
    id: 'versions.weighted-alias',
    kind: 'rule',
    topic: 'versions',
    statement:
      'A weighted alias splits traffic between at most two versions, sending a set percentage to the second one.',
    source: aliasRouting,
    domains,
    misconceptions: [
      'A weighted alias can spread traffic across up to five versions.',
      'A weighted alias always sends a given caller to the same version.',
    ],
  },
  {
    ...beyond,
    id: 'versions.weighted-alias-rules',
    kind: 'rule',
    topic: 'versions',
    statement:
      'Both versions behind a weighted alias must be published and share the same execution role and dead-letter queue setup; $LATEST is not allowed.',
    source: aliasRouting,
    domains,
    misconceptions: [
      'A weighted alias may combine versions that use different execution roles.',
      'A weighted alias must include $LATEST as one of its versions.',
    ],
  },
  {
    ...beyond,
    id: 'versions.provisioned-concurrency',
    kind: 'rule',
    topic: 'versions',
    statement:
      'Provisioned concurrency is configured on a published version or an alias, never on $LATEST.',
    source: citeAwsDocs(`${lambdaApi}API_PutProvisionedConcurrencyConfig.html`),
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      'Provisioned concurrency is set once per function and covers all its versions.',
      'Provisioned concurrency can be configured only on $LATEST.',
    ],
  },
  {
    ...beyond,
    id: 'versions.snapstart-on-publish',
    kind: 'rule',
    topic: 'versions',
    statement:
      'SnapStart takes its snapshot when you publish a version (ApplyOn PublishedVersions), so it does not apply to $LATEST.',
    source: citeAwsDocs(`${lambdaGuide}API_SnapStart.html`),
    domains: ['dva-3', 'sap-3'],
    misconceptions: [
      'SnapStart snapshots $LATEST after every code deployment, without publishing.',
      'SnapStart takes a fresh snapshot at every cold start.',
    ],
  },
  {
    ...beyond,
    id: 'versions.edge-numbered-version',
    kind: 'rule',
    topic: 'versions',
    statement:
      'A CloudFront distribution must reference a numbered Lambda@Edge function version, not an alias or $LATEST.',
    source: citeAwsDocs(
      `${docsBase}sdk-for-kotlin/api/latest/cloudfront/aws.sdk.kotlin.services.cloudfront.model/-lambda-function-association/lambda-function-arn.html`,
    ),
    domains: ['dva-3', 'sap-2'],
    misconceptions: [
      'A CloudFront distribution should reference $LATEST so that edge code updates automatically.',
      'A CloudFront distribution can reference a Lambda@Edge alias to switch versions without redeploying.',
    ],
  },
] as const satisfies readonly Fact[];

const publishedSettings = [
  {
    ...beyond,
    id: 'versions.set-triggers',
    kind: 'member',
    set: 'versions.published-settings',
    label: 'Triggers',
    topic: 'versions',
    statement: 'Triggers can still be configured on a published function version.',
    source: versionsPage,
    domains,
    misconceptions: ['A published version cannot get new triggers; only $LATEST can.'],
  },
  {
    ...beyond,
    id: 'versions.set-destinations',
    kind: 'member',
    set: 'versions.published-settings',
    label: 'Destinations',
    topic: 'versions',
    statement: 'Destinations can still be configured on a published function version.',
    source: versionsPage,
    domains,
    misconceptions: ['Destinations are frozen when a version is published and cannot be changed.'],
  },
  {
    ...beyond,
    id: 'versions.set-async-config',
    kind: 'member',
    set: 'versions.published-settings',
    label: 'Asynchronous invocation settings',
    topic: 'versions',
    statement: 'Asynchronous invocation settings can still be configured on a published version.',
    source: versionsPage,
    domains,
    misconceptions: [
      'Retry and maximum event age settings apply only to $LATEST, never to published versions.',
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
    'Every deployment updates $LATEST. Publishing freezes a numbered copy of the code and most settings, and an alias gives callers a stable name that you move from one version to the next.',
    'Several features need a published version rather than $LATEST: provisioned concurrency, SnapStart, weighted aliases and Lambda@Edge.',
  ],
  tables: [],
  facts: versionFactsAll,
  sets: versionSets,
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
