/**
 * Functions inside a VPC: network interfaces, reaching the internet and AWS services from
 * private subnets, and RDS Proxy for database connections.
 */
import type { Fact, Topic } from '../schema';
import { cfnGuide, lambdaGuide } from './authoring';
import { beyond, citeAwsDocs, docsBase, managedPolicies } from './beyond-sources';

const vpcConfig = citeAwsDocs(`${cfnGuide}aws-properties-lambda-function-vpcconfig.html`);
const natGateways = citeAwsDocs(`${docsBase}vpc/latest/userguide/vpc-nat-gateway.html`);
const vpcEndpoints = citeAwsDocs(
  `${docsBase}prescriptive-guidance/latest/aws-startup-security-baseline/wkld-12.html`,
);
const rdsProxy = citeAwsDocs(`${docsBase}AmazonRDS/latest/UserGuide/rds-proxy.html`);
const domains = ['dva-2', 'sap-2'] as const;

export const networkingFacts = [
  {
    ...beyond,
    id: 'networking.eni-per-combination',
    kind: 'rule',
    topic: 'networking',
    statement:
      'When a function connects to a VPC, Lambda creates an elastic network interface for each combination of subnet and security group in its VPC configuration.',
    source: vpcConfig,
    domains,
    misconceptions: [
      'Lambda creates a new network interface for every invocation of a VPC-connected function.',
      'A VPC-connected function borrows the network interfaces of EC2 instances in its subnets.',
    ],
  },
  {
    ...beyond,
    id: 'networking.only-through-vpc',
    kind: 'rule',
    topic: 'networking',
    statement:
      'A function connected to a VPC can reach resources and the internet only through that VPC.',
    source: vpcConfig,
    domains,
    misconceptions: [
      'A VPC-connected function keeps its default internet access through the Lambda service network.',
      'A VPC-connected function can reach other VPCs without peering, because Lambda routes between them.',
    ],
  },
  {
    ...beyond,
    id: 'networking.nat-gateway',
    kind: 'rule',
    topic: 'networking',
    statement:
      'Resources in private subnets, such as a VPC-connected function, reach the internet through a public NAT gateway placed in a public subnet.',
    source: natGateways,
    domains,
    misconceptions: [
      'A NAT gateway lets internet hosts open inbound connections to functions in private subnets.',
      'A public NAT gateway must sit in the same private subnet as the function it serves.',
    ],
  },
  {
    ...beyond,
    id: 'networking.vpc-endpoints',
    kind: 'rule',
    topic: 'networking',
    statement:
      'VPC endpoints give private subnets a route to AWS services without an internet gateway or NAT device: DynamoDB uses a gateway endpoint, S3 supports gateway and interface endpoints.',
    source: vpcEndpoints,
    domains,
    misconceptions: [
      'A VPC-connected function can reach Amazon S3 only through a NAT gateway.',
      'VPC endpoints send traffic to AWS services over the public internet, encrypted.',
    ],
  },
  {
    ...beyond,
    id: 'networking.gateway-endpoint-cost',
    kind: 'rule',
    topic: 'networking',
    statement:
      'Gateway endpoints, the kind used for S3 and DynamoDB, come at no additional charge.',
    source: vpcEndpoints,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'Gateway endpoints are billed per hour and per gigabyte, like NAT gateways.',
      'Gateway endpoints are free only for traffic to DynamoDB, never for S3.',
    ],
  },
  {
    ...beyond,
    id: 'networking.vpc-access-policy',
    kind: 'rule',
    topic: 'networking',
    statement:
      'The AWSLambdaVPCAccessExecutionRole managed policy lets the execution role create, describe and delete network interfaces, and write CloudWatch Logs.',
    source: citeAwsDocs(`${managedPolicies}AWSLambdaVPCAccessExecutionRole.html`),
    domains,
    misconceptions: [
      'VPC access needs no extra permissions, because Lambda manages network interfaces with its own service role.',
      'AWSLambdaVPCAccessExecutionRole lets resources in the VPC invoke the function.',
    ],
  },
  {
    ...beyond,
    id: 'networking.eni-quota',
    kind: 'limit',
    topic: 'networking',
    subject: 'default quota of elastic network interfaces per VPC',
    value: { kind: 'exact', n: 250, unit: 'count' },
    statement:
      'The default quota is 250 elastic network interfaces per VPC, shared with other services such as Amazon EFS; it can be raised.',
    source: citeAwsDocs(`${lambdaGuide}gettingstarted-limits.html`),
    domains: ['dva-4', 'sap-1'],
    misconceptions: [
      'Every Lambda function gets its own network interface quota, independent of other services.',
      'The network interface quota per VPC is fixed and cannot be raised.',
    ],
  },
  {
    ...beyond,
    id: 'networking.rds-proxy-pooling',
    kind: 'rule',
    topic: 'networking',
    statement:
      'RDS Proxy keeps a pool of database connections and reuses them, so many concurrent function instances don’t each open their own connection.',
    source: rdsProxy,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'RDS Proxy caches query results so that functions can skip the database.',
      'RDS Proxy raises the database’s connection limit by adding read replicas.',
    ],
  },
  {
    ...beyond,
    id: 'networking.rds-proxy-auth',
    kind: 'rule',
    topic: 'networking',
    statement:
      'RDS Proxy can require IAM authentication from clients and connect to the database with credentials stored in Secrets Manager.',
    source: rdsProxy,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      'RDS Proxy needs the database password in every function’s environment variables.',
      'RDS Proxy supports only database-native passwords, never IAM authentication.',
    ],
  },
  {
    ...beyond,
    id: 'networking.rds-proxy-failover',
    kind: 'rule',
    topic: 'networking',
    statement:
      'During a database failover RDS Proxy connects to the standby instance while preserving application connections.',
    source: rdsProxy,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      'During a failover RDS Proxy drops every client connection, so functions must reconnect.',
      'RDS Proxy works only with single-instance databases that have no standby.',
    ],
  },
] as const satisfies readonly Fact[];

export const networkingTopic = {
  id: 'networking',
  title: 'Networking: VPC access and RDS Proxy',
  summary:
    'Functions in a VPC: network interfaces, NAT for internet access, VPC endpoints, RDS Proxy.',
  section: 'Key Concepts',
  intro: [
    'A function runs outside your VPC unless you connect it to subnets and security groups. Once connected, it reaches private resources such as databases, and it reaches the internet and AWS services only through that VPC.',
    'Functions scale out fast and each instance may open its own database connection. RDS Proxy pools those connections so that the database is not overwhelmed.',
  ],
  tables: [],
  facts: networkingFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
