/**
 * Functions inside a VPC: network interfaces, reaching the internet and AWS services from
 * private subnets, and RDS Proxy for database connections.
 */
import type { Fact, Topic } from '../schema';
import { bothExams, cite, docsBase, lambdaGuide, managedPolicies } from './authoring';

const vpcPage = cite(`${lambdaGuide}configuration-vpc.html`);
const natGateways = cite(`${docsBase}vpc/latest/userguide/vpc-nat-gateway.html`);
const vpcEndpoints = cite(
  `${docsBase}prescriptive-guidance/latest/aws-startup-security-baseline/wkld-12.html`,
);
const rdsProxy = cite(`${docsBase}AmazonRDS/latest/UserGuide/rds-proxy.html`);
const domains = ['dva-2', 'sap-2'] as const;
const dvaOnly = ['DVA-C02'] as const;

export const networkingFacts = [
  {
    id: 'networking.eni-per-combination',
    kind: 'rule',
    topic: 'networking',
    statement:
      'When a function connects to a VPC, Lambda creates a network interface for each combination of subnet and security groups, shared by functions with the same combination.',
    why: 'Lambda creates this Hyperplane interface when the VPC configuration is applied, not when the function is invoked, and all execution environments send their VPC traffic through it, so scaling out does not add one interface per invocation.',
    takeaway: 'Network interfaces follow subnet and security group combinations, not concurrency.',
    ask: 'A VPC-connected function scales from 10 to 1,000 concurrent executions. How does Lambda provide its network interfaces in the VPC?',
    docs: vpcPage,
    exams: bothExams,
    domains: ['dva-4', 'sap-2'],
    misconceptions: [
      {
        text: 'When a function connects to a VPC, Lambda creates a network interface for each of the function’s execution environments, so the number of interfaces grows as its concurrency grows.',
        why: 'Interfaces are created per combination of subnet and security groups when the function is configured, and all its execution environments share them.',
      },
      {
        text: 'When a function connects to a VPC, Lambda creates an elastic network interface for each invocation and deletes the interface when the invocation ends.',
        why: 'Creating an interface is far slower than an invocation; Lambda creates interfaces ahead of time and reuses them.',
      },
      {
        text: 'When a function connects to a VPC, Lambda borrows the network interfaces of the EC2 instances that already run in the same subnets and security groups as the function.',
        why: 'Lambda creates and manages its own Hyperplane interfaces with the execution role’s permissions and never uses an instance’s interface.',
      },
    ],
  },
  {
    id: 'networking.only-through-vpc',
    kind: 'rule',
    topic: 'networking',
    statement:
      'A function connected to a VPC reaches resources and the internet only through that VPC, so it loses the internet access it had outside the VPC.',
    why: 'By default a function runs in a VPC that Lambda owns, with internet access; once attached to your subnets, all its traffic follows your subnets’ route tables.',
    takeaway:
      'Attaching a function to private subnets without NAT or VPC endpoints cuts it off from the internet and from public AWS endpoints.',
    ask: 'A function that calls a public third-party API works until the team attaches it to private subnets of their VPC. Why do the calls now time out?',
    docs: vpcPage,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'A function connected to a VPC reaches the internet through the Lambda service network as before, and only its traffic to private resources goes through the VPC.',
        why: 'Once attached, all the function’s traffic uses the VPC’s network, so without a NAT gateway its internet calls have no route out.',
      },
      {
        text: 'A function connected to a VPC reaches the internet only through a public IP address, which Lambda assigns when the subnets are private.',
        why: 'Lambda never gives a function a public IP address, in private or public subnets; internet access needs a NAT gateway.',
      },
      {
        text: 'A function connected to a VPC reaches the internet only when its security group allows inbound traffic from the API’s address range.',
        why: 'Security groups are stateful, so replies to outbound calls are allowed anyway; what is missing is a route to the internet through NAT.',
      },
    ],
  },
  {
    id: 'networking.nat-gateway',
    kind: 'rule',
    topic: 'networking',
    statement:
      'To reach the internet from private subnets, a VPC-connected function routes outbound traffic to a public NAT gateway in a public subnet, which uses the internet gateway.',
    why: 'The function’s network interfaces have only private addresses; the NAT gateway translates them to its elastic IP address, and external hosts can reply but cannot open connections to the function.',
    takeaway:
      'Internet access for a VPC function takes private subnets, a route to a NAT gateway in a public subnet, and an internet gateway.',
    ask: 'A VPC-connected function in private subnets must call an external payment API. What gives it internet access?',
    docs: natGateways,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'To reach the internet from private subnets, a VPC-connected function routes outbound traffic to a public NAT gateway placed in those same private subnets, next to the function.',
        why: 'A public NAT gateway must sit in a public subnet whose route table points to the internet gateway; in a private subnet it has no way out.',
      },
      {
        text: 'To reach the internet, a VPC-connected function is attached to a public subnet instead, where it routes outbound traffic straight to the internet gateway.',
        why: 'Connecting a function to a public subnet gives it neither internet access nor a public IP address, so it still needs NAT.',
      },
      {
        text: 'To reach the internet from private subnets, a VPC-connected function routes outbound traffic to a gateway VPC endpoint, which forwards it to hosts outside AWS.',
        why: 'Gateway endpoints reach only Amazon S3 and DynamoDB and carry no traffic to the internet.',
      },
    ],
  },
  {
    id: 'networking.vpc-endpoints',
    kind: 'rule',
    topic: 'networking',
    statement:
      'VPC endpoints let a VPC-connected function reach AWS services without a NAT gateway, through gateway endpoints for Amazon S3 and DynamoDB and interface endpoints for others.',
    why: 'A gateway endpoint adds a route for the service to the subnets’ route tables, and an interface endpoint places a private network interface for the service in the subnets, so requests never need the internet.',
    takeaway: 'A VPC function that only calls AWS services needs VPC endpoints, not a NAT gateway.',
    ask: 'A function in private subnets without a NAT gateway must read objects from Amazon S3 and fetch a secret from Secrets Manager. What lets it reach both services?',
    docs: vpcEndpoints,
    exams: bothExams,
    domains,
    misconceptions: [
      {
        text: 'VPC endpoints cannot serve Amazon S3 or DynamoDB, so a VPC-connected function reaches those two services only through a NAT gateway in a public subnet.',
        why: 'S3 and DynamoDB are exactly the services that offer gateway endpoints, and both also offer interface endpoints.',
      },
      {
        text: 'VPC endpoints send requests to AWS services over the public internet with TLS, so a VPC-connected function still needs a route to an internet gateway.',
        why: 'Endpoint traffic stays on the AWS network, through the route or the interface in your VPC, with no internet gateway involved.',
      },
      {
        text: 'VPC endpoints let a VPC-connected function reach AWS services without a NAT gateway, through the gateway endpoints that every AWS service offers as routes in the route tables.',
        why: 'Only S3 and DynamoDB offer gateway endpoints; other services, such as Secrets Manager, are reached through interface endpoints.',
      },
    ],
  },
  {
    id: 'networking.gateway-endpoint-cost',
    kind: 'rule',
    topic: 'networking',
    statement: 'Gateway endpoints for Amazon S3 and DynamoDB come at no additional charge.',
    why: 'A gateway endpoint is only a route in the subnets’ route tables, so AWS charges nothing extra for it, whereas a NAT gateway bills for each gigabyte it processes and interface endpoints bill per hour and per gigabyte.',
    takeaway:
      'For heavy S3 or DynamoDB traffic from a VPC, a gateway endpoint removes the NAT gateway’s data processing charges.',
    ask: 'A VPC-connected function moves terabytes to and from Amazon S3 through a NAT gateway each month. What does a gateway endpoint for S3 cost?',
    docs: vpcEndpoints,
    exams: bothExams,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      {
        text: 'Gateway endpoints for Amazon S3 and DynamoDB are billed per hour and per gigabyte processed, the same way as NAT gateways.',
        why: 'Per-gigabyte processing charges are what a NAT gateway adds; gateway endpoints have no additional charge.',
      },
      {
        text: 'Gateway endpoints for DynamoDB come at no additional charge, but Amazon S3 traffic through a gateway endpoint is billed per gigabyte.',
        why: 'Neither service’s gateway endpoint carries an additional charge.',
      },
      {
        text: 'Gateway endpoints for Amazon S3 and DynamoDB are billed per hour in each Availability Zone, the same way as interface endpoints.',
        why: 'Hourly charges per Availability Zone apply to interface endpoints; gateway endpoints have no additional charge.',
      },
    ],
  },
  {
    id: 'networking.vpc-access-policy',
    kind: 'rule',
    topic: 'networking',
    statement:
      'The AWSLambdaVPCAccessExecutionRole managed policy lets the execution role create, describe and delete network interfaces, and write to CloudWatch Logs.',
    why: 'Lambda creates and manages the function’s network interfaces with the execution role’s permissions, so a role without the EC2 network interface actions cannot be used with a VPC configuration.',
    takeaway:
      'When attaching a function to a VPC, add AWSLambdaVPCAccessExecutionRole, which already includes the logging actions.',
    ask: 'A developer attaches a function to a VPC, and the update fails because the execution role cannot call ec2:CreateNetworkInterface. Which managed policy fixes it, and what does it grant?',
    docs: cite(`${managedPolicies}AWSLambdaVPCAccessExecutionRole.html`),
    exams: dvaOnly,
    domains: ['dva-2'],
    misconceptions: [
      {
        text: 'The AWSLambdaBasicExecutionRole managed policy lets the execution role create, describe and delete network interfaces, and write to CloudWatch Logs.',
        why: 'The basic policy has only the three CloudWatch Logs actions; the network interface actions are in AWSLambdaVPCAccessExecutionRole.',
      },
      {
        text: 'The AWSLambdaVPCAccessExecutionRole managed policy lets resources inside the VPC invoke the function, and lets the function write to CloudWatch Logs.',
        why: 'Who may invoke is set in the function’s resource-based policy; this policy grants the role network interface and logging actions.',
      },
      {
        text: 'The AWSLambdaVPCAccessExecutionRole managed policy lets the execution role create NAT gateways and routes, so that the function gets internet access in the VPC.',
        why: 'The policy grants network interface actions only; NAT gateways and routes are part of the VPC that the network owner sets up.',
      },
    ],
  },
  {
    id: 'networking.eni-quota',
    kind: 'limit',
    topic: 'networking',
    subject: 'default quota of elastic network interfaces per VPC',
    value: { kind: 'exact', n: 250, unit: 'count' },
    statement:
      'The default quota is 250 elastic network interfaces per VPC, shared with other services such as Amazon EFS.',
    why: 'Lambda’s interfaces count against the same per-VPC quota as other services’ interfaces; when it is used up, Lambda cannot create an interface and reports ENILimitReachedException, until interfaces are freed or the quota is raised, which can go up to thousands.',
    takeaway:
      'Many subnet and security group combinations across functions can use up the per-VPC network interface quota.',
    ask: 'A team attaches many functions to one VPC with different subnet and security group combinations. What is the default quota of elastic network interfaces per VPC?',
    docs: cite(`${lambdaGuide}gettingstarted-limits.html`),
    exams: dvaOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'The default quota is 1,000 elastic network interfaces per VPC, the same as the default concurrency quota.',
        why: '1,000 is the default concurrent executions quota per Region; the default network interface quota per VPC is 250.',
        figure: { kind: 'exact', n: 1000, unit: 'count' },
      },
      {
        text: 'The default quota is 100 elastic network interfaces per VPC, the same as the unreserved concurrency floor.',
        why: '100 is the concurrency that must stay unreserved, not a network interface quota; the default per VPC is 250.',
        figure: { kind: 'exact', n: 100, unit: 'count' },
      },
      {
        text: 'The default quota is 5,000 elastic network interfaces per VPC, shared with other services, and it can be raised further.',
        why: 'The Lambda quota is 250 network interfaces per VPC by default, and going higher takes a quota increase.',
        figure: { kind: 'exact', n: 5000, unit: 'count' },
      },
    ],
  },
  {
    id: 'networking.rds-proxy-pooling',
    kind: 'rule',
    topic: 'networking',
    statement:
      'RDS Proxy keeps a pool of database connections and reuses them, so many concurrent function instances do not each open their own connection to the database.',
    why: 'Without a proxy every execution environment opens its own connection, and a burst of concurrency can exhaust the database’s connections and memory; the proxy shares pooled connections and queues or throttles what it cannot serve at once.',
    takeaway:
      'For functions that use a relational database at high concurrency, put RDS Proxy in front of the database.',
    ask: 'A burst of traffic scales a function to 800 concurrent executions, and its MySQL database starts refusing connections. What does RDS Proxy do about it?',
    docs: rdsProxy,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'RDS Proxy caches query results in memory, so many concurrent function instances read from the proxy instead of opening connections to the database.',
        why: 'RDS Proxy pools and shares connections; it does not store query results, so every query still runs on the database.',
      },
      {
        text: 'RDS Proxy adds read replicas automatically, so many concurrent function instances can each open their own connection to a different database instance.',
        why: 'RDS Proxy never creates replicas; it lowers the number of database connections by reusing pooled ones.',
      },
      {
        text: 'RDS Proxy raises the database’s maximum connection setting for you, so many concurrent function instances can each keep their own connection to the database open.',
        why: 'The proxy does not change the database’s limits; it lets you cap the connections it opens and shares them among clients.',
      },
    ],
  },
  {
    id: 'networking.rds-proxy-auth',
    kind: 'rule',
    topic: 'networking',
    statement:
      'RDS Proxy can require IAM authentication from clients, and it connects to the database with either IAM database authentication or credentials stored in Secrets Manager.',
    why: 'Functions then authenticate with their execution role’s IAM credentials instead of a database password, and only the proxy obtains the database credentials.',
    takeaway:
      'With RDS Proxy, functions need no database password: IAM authentication to the proxy, and the database credentials stay with the proxy.',
    ask: 'A security team wants functions to connect to an Aurora database through RDS Proxy without storing any database password in the functions. What can RDS Proxy do?',
    docs: rdsProxy,
    exams: bothExams,
    domains: ['dva-2', 'sap-3'],
    misconceptions: [
      {
        text: 'RDS Proxy requires each function to pass the database password from its own environment variables, and it forwards that password to the database unchanged.',
        why: 'Clients can authenticate to the proxy with IAM, and the proxy connects with IAM database authentication or a secret in Secrets Manager.',
      },
      {
        text: 'RDS Proxy accepts only native database passwords from clients, never IAM authentication, and it connects to the database with credentials stored in Parameter Store parameters.',
        why: 'RDS Proxy can enforce IAM authentication for clients, and it gets database credentials from Secrets Manager or IAM database authentication, not Parameter Store.',
      },
      {
        text: 'RDS Proxy can require Amazon Cognito tokens from clients, and it connects to the database with credentials stored in Secrets Manager.',
        why: 'RDS Proxy authenticates clients with IAM or with database credentials; it does not accept Cognito tokens.',
      },
    ],
  },
  {
    id: 'networking.rds-proxy-failover',
    kind: 'rule',
    topic: 'networking',
    statement:
      'During a database failover, RDS Proxy connects to the standby DB instance while preserving application connections.',
    why: 'Clients stay connected to the proxy, which sends their traffic to the new primary instance, so functions do not have to detect the failover and open new connections.',
    takeaway: 'RDS Proxy makes a Multi-AZ failover far less disruptive for functions.',
    ask: 'A Multi-AZ database fails over to its standby while functions are connected through RDS Proxy. What happens to their connections?',
    docs: rdsProxy,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'During a database failover, RDS Proxy closes every client connection, so each function must open a new connection to the standby DB instance.',
        why: 'Preserving application connections through a failover is one of the stated purposes of RDS Proxy.',
      },
      {
        text: 'During a database failover, RDS Proxy keeps client connections open but sends their traffic to a read replica until the original instance is repaired.',
        why: 'The proxy connects to the standby that becomes the new primary; it does not move writers to a read replica.',
      },
      {
        text: 'During a database failover, RDS Proxy cannot help, because it works only with single-instance databases that have no standby DB instance.',
        why: 'RDS Proxy works with Multi-AZ deployments, and connecting to the standby during a failover is what it is built for.',
      },
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
    'A function runs outside your VPC unless you connect it to subnets and security groups. Once connected, it reaches private resources such as databases, and it reaches the internet and AWS services only through that VPC: through a NAT gateway for the internet, and through VPC endpoints for AWS services.',
    'Functions scale out fast and each execution environment may open its own database connection. RDS Proxy pools those connections so that the database is not overwhelmed.',
  ],
  tables: [],
  facts: networkingFacts,
  sets: [],
  checklist: [],
  tips: [],
  beyondSeed: true,
} as const satisfies Topic;
