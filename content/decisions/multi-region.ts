/**
 * How a serverless API survives the loss of its Region: which disaster recovery strategy, how
 * the data is replicated and how Route 53 routes users, from recovery time and recovery point
 * objectives, routing needs and cost.
 */
import type { DecisionModel } from '../schema';
import { cite, docsBase } from '../topics/authoring';

const activeActive = 'active-active';
const activePassive = 'active-passive';
const backupRestore = 'backup-restore';
const singleRegion = 'single-region';
const strongThreeRegions = 'strong-three-regions';
const pilotLight = 'pilot-light';
const streamsCopy = 'streams-copy';

export const multiRegion = {
  id: 'multi-region',
  topic: 'architecture',
  title: 'Keeping a serverless API running when its Region fails',
  exams: ['SAP-C02'],
  domains: ['sap-2', 'sap-3'],
  // the table is new: a global table's consistency mode is chosen when it is created
  settings: [
    '{company} is building {workload} on API Gateway, Lambda and a new DynamoDB table, to launch in {region}. Leadership asks for a design that keeps the service running if that Region fails.',
    '{company} will launch {workload} from {region} with an API Gateway API, Lambda functions and a new DynamoDB table. A review found that the loss of the Region would stop the business.',
  ],
  slots: {
    company: [
      'an online retailer',
      'a ticketing company',
      'a payments provider',
      'a travel agency',
    ],
    workload: ['its order API', 'its booking API', 'its checkout service'],
    region: ['us-east-1', 'eu-west-1', 'ap-northeast-1'],
  },
  options: [
    {
      id: activeActive,
      text: 'Deploy the stack in two Regions with an eventually consistent global table, and route with Route 53 latency records and health checks.',
      why: 'Both Regions serve the users nearest to them and write to their local replica, which copies each write to the other after acknowledging it. Health checks on the latency records drop a failed Region from DNS answers.',
      facts: [
        'architecture.route53-latency',
        'architecture.route53-active-active',
        'architecture.global-table-writes',
      ],
    },
    {
      id: activePassive,
      text: 'Deploy the stack in two Regions with an eventually consistent global table, and route with Route 53 failover records and health checks.',
      why: 'The primary Region serves everyone while healthy, and Route 53 answers with the standby Region, already deployed and holding data replicated after each write, when the primary’s health check fails.',
      facts: [
        'architecture.route53-active-active',
        'architecture.global-table-writes',
        'architecture.lambda-multi-az',
      ],
    },
    {
      id: backupRestore,
      text: 'Copy DynamoDB table backups to a second Region with AWS Backup, and deploy the whole stack there from its template after a disaster.',
      why: 'Only backups wait in the second Region; the stack is deployed and the data restored after a failure, which is the cheapest and slowest strategy.',
      facts: ['architecture.rpo', 'architecture.rto'],
    },
    {
      id: singleRegion,
      text: 'Stay in one Region, spread the functions over subnets in three Availability Zones, and turn on point-in-time recovery for DynamoDB.',
      why: 'Lambda already spreads across Availability Zones and point-in-time recovery protects against bad writes, but nothing survives the loss of the Region.',
      facts: ['architecture.lambda-multi-az'],
    },
    {
      id: strongThreeRegions,
      text: 'Deploy the stack in two more Regions of its Region set with a strongly consistent global table, and latency records and health checks.',
      why: 'The new table is created in multi-Region strong consistency mode, in which each write is replicated synchronously to at least one other Region before it is acknowledged, so no acknowledged order is lost with a Region. Latency records with health checks spread users over the three Regions that are up.',
      facts: ['architecture.global-table-strong', 'architecture.route53-latency'],
    },
    {
      id: pilotLight,
      text: 'Make its DynamoDB table a global table with a replica in a second Region, and deploy the rest of the stack there after a disaster.',
      why: 'The data is live in the second Region, and the rest of the stack is deployed from its template when the primary Region fails.',
      facts: ['architecture.global-table-writes', 'architecture.rto'],
    },
    {
      id: streamsCopy,
      text: 'Deploy the stack in two Regions behind failover records, and copy each write to a second table with DynamoDB Streams and custom code.',
      why: 'The standby Region is deployed and receives a copy of every write, made by a function the team writes and runs.',
      facts: ['triggers.poll-dynamodb-streams', 'architecture.route53-active-active'],
    },
  ],
  requirements: [
    {
      id: 'rto-minutes',
      label: 'recovery within minutes',
      text: 'If the primary Region fails, the service must be back within minutes, without anything being deployed during the outage.',
      meets: [activeActive, activePassive, strongThreeRegions, streamsCopy],
      breaks: {
        [backupRestore]:
          'the stack is deployed and the backups restored only after the failure, which takes hours rather than minutes.',
        [singleRegion]:
          'no stack is deployed outside the one Region, so the service stays down until that Region recovers.',
        [pilotLight]:
          'the API and functions are deployed only after the failure, during the outage itself.',
      },
      takeaway:
        'A recovery time of minutes needs the stack already deployed in the other Region, with routing that moves users there.',
      facts: ['architecture.rto', 'architecture.lambda-multi-az'],
    },
    {
      id: 'rpo-zero',
      label: 'no loss of acknowledged orders',
      text: 'If a Region fails, the remaining Regions must already hold every order that was acknowledged before the failure.',
      meets: [strongThreeRegions],
      breaks: {
        [activeActive]:
          'in the default eventual consistency mode, each Region’s replica acknowledges a write before copying it, so the latest orders can be lost.',
        [activePassive]:
          'the global table’s default eventual consistency mode replicates after the primary acknowledges a write, so its latest orders can be lost.',
        [pilotLight]:
          'the replica is filled asynchronously in the default eventual consistency mode, so orders acknowledged just before the failure can be missing.',
        [streamsCopy]:
          'the function copies each write after it is acknowledged, so the latest orders can be lost with the Region.',
        [backupRestore]:
          'backups are taken from time to time, so every order since the last backup is lost.',
        [singleRegion]:
          'point-in-time recovery keeps its backups in the same Region, so every order is out of reach when that Region fails.',
      },
      takeaway:
        'A recovery point objective of zero across Regions points to a global table in multi-Region strong consistency mode.',
      facts: ['architecture.global-table-strong', 'architecture.rpo'],
    },
    {
      id: 'nearest-region',
      label:
        'users on two continents served by the Region with the shortest network delay for them',
      text: 'During normal operation, the service must run in a Region on each of two continents, and each user must be served by the Region with the shortest network delay for them.',
      meets: [activeActive],
      breaks: {
        [strongThreeRegions]:
          'all Regions of a strongly consistent global table must belong to one Region set (US, Europe or Asia Pacific), so the stack cannot run on two continents.',
        [activePassive]:
          'failover records send every user to the primary Region while it is healthy, wherever the user is.',
        [streamsCopy]:
          'its failover records keep all users on the primary Region, and the standby only receives copied writes.',
        [backupRestore]: 'only one Region runs the stack until a failure happens.',
        [singleRegion]: 'a single Region serves every user, wherever they are.',
        [pilotLight]: 'the second Region runs no API or functions until a failure happens.',
      },
      takeaway:
        'Serving each user from the Region with the shortest network delay is active-active with Route 53 latency records; failover records keep everyone on the primary while it is healthy.',
      facts: [
        'architecture.route53-latency',
        'architecture.route53-active-active',
        'architecture.global-table-strong',
      ],
    },
    {
      id: 'managed-replication',
      label: 'copies made by AWS services',
      text: 'Any copy of the data in another Region must be made by AWS services, with no copying code for the team to write or operate.',
      meets: [activeActive, activePassive, backupRestore, strongThreeRegions, pilotLight],
      breaks: {
        [streamsCopy]:
          'the function that copies each write from the stream is code that the team writes and operates.',
        [singleRegion]: 'no copy of the data is made in another Region at all.',
      },
      takeaway:
        'DynamoDB global tables replicate between Regions without code, while copying writes with DynamoDB Streams and a function is code that the team must write and run.',
      facts: ['architecture.global-table-writes'],
    },
    {
      id: 'primary-only',
      label: 'processing in the primary Region',
      text: 'Regulators require every order to be processed in the primary Region while it is healthy, and in the second Region only after a failure.',
      meets: [activePassive, backupRestore, pilotLight, streamsCopy],
      breaks: {
        [activeActive]:
          'latency records send some users to the second Region while the primary is healthy.',
        [strongThreeRegions]:
          'latency records send users to every Region of the design while the primary is healthy.',
        [singleRegion]: 'there is no second Region to take over after a failure.',
      },
      takeaway:
        'One Region serving until it fails is an active-passive design, with Route 53 failover records.',
      facts: ['architecture.route53-active-active'],
    },
    {
      id: 'data-live',
      label: 'data already live in the second Region',
      text: 'The data must already be live in the second Region before any failure, with nothing to restore after it.',
      meets: [activeActive, activePassive, strongThreeRegions, pilotLight, streamsCopy],
      breaks: {
        [backupRestore]:
          'the data must be restored from a backup in the second Region after the failure.',
        [singleRegion]: 'no copy of the data is live in any other Region.',
      },
      takeaway:
        'Live replicated data separates pilot light and warm standby from backup and restore.',
      facts: ['architecture.global-table-writes', 'architecture.rpo'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Which solution meets these requirements MOST cost-effectively?',
      rank: {
        [backupRestore]: 1,
        [pilotLight]: 2,
        [activePassive]: 3,
        [activeActive]: 3,
        [strongThreeRegions]: 4,
      },
      worse: {
        [pilotLight]:
          'a live replica of the table costs more than backups that only wait in the second Region.',
        [activePassive]:
          'a deployed standby stack with health checks and a live replica costs more than a replica alone.',
        [activeActive]:
          'a deployed second stack with health checks and a live replica costs more than a replica alone.',
        [strongThreeRegions]:
          'a third Region with its own stack and replica costs more than a design in two Regions.',
      },
      takeaway:
        'Cost rises from backup and restore through pilot light and warm standby to multi-site: choose the cheapest strategy that meets the RTO and RPO.',
    },
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [activeActive]: 1,
        [activePassive]: 1,
        [strongThreeRegions]: 1,
        [pilotLight]: 2,
        [streamsCopy]: 2,
        [backupRestore]: 3,
      },
      worse: {
        [pilotLight]: 'the team must deploy the stack and move traffic during the outage.',
        [streamsCopy]: 'the team writes and operates the function that copies every write.',
        [backupRestore]:
          'the team must restore the data and deploy the whole stack during the outage.',
      },
      takeaway:
        'Managed replication with the stack already deployed leaves nothing to do at failover; every manual step is overhead.',
    },
  ],
  docs: cite(
    `${docsBase}whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html`,
  ),
} as const satisfies DecisionModel;
