/**
 * Functions inside a VPC: network interfaces, reaching the internet and AWS services from
 * private subnets, and RDS Proxy for database connections.
 */
import type { AttributeTable, Fact, Topic } from '../schema';
import { networkAccess } from '../decisions/network-access';
import { bothExams, cite, docsBase, lambdaGuide, managedPolicies } from './authoring';

const vpcPage = cite(`${lambdaGuide}configuration-vpc.html`);
const natGateways = cite(`${docsBase}vpc/latest/userguide/vpc-nat-gateway.html`);
const vpcEndpoints = cite(
  `${docsBase}prescriptive-guidance/latest/aws-startup-security-baseline/wkld-12.html`,
);
const rdsProxy = cite(`${docsBase}AmazonRDS/latest/UserGuide/rds-proxy.html`);
const securityGroupRules = cite(`${docsBase}vpc/latest/userguide/security-group-rules.html`);
const lambdaControls = cite(`${docsBase}securityhub/latest/userguide/lambda-controls.html`);
const privateLinkServices = cite(
  `${docsBase}vpc/latest/privatelink/privatelink-access-aws-services.html`,
);
const privateLinkPricing = cite(`${docsBase}vpc/latest/privatelink/what-is-privatelink.html`);
const functionStates = cite(`${lambdaGuide}functions-states.html`);
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
        why: 'A gateway endpoint for Amazon S3 carries no additional charge, just like one for DynamoDB, whatever volume of data goes through it.',
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
  {
    id: 'networking.public-subnet-no-ip',
    kind: 'rule',
    topic: 'networking',
    statement:
      'Connecting a function to a public subnet gives it neither a public IP address nor internet access, so its internet traffic still needs a NAT gateway.',
    why: 'Lambda gives the function’s network interfaces private IP addresses only, and an internet gateway carries traffic only for addresses that have a public IP address, so calls from the function never get out.',
    takeaway:
      'Put VPC-connected functions in private subnets and route their internet traffic to a NAT gateway; a public subnet does not help.',
    ask: 'A developer moves a VPC-connected function from private subnets to public subnets whose route table points to an internet gateway, hoping to reach an external API. What happens?',
    docs: vpcPage,
    exams: dvaOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'Connecting a function to a public subnet gives it a public IP address from the subnet’s settings, so it reaches the internet through the internet gateway directly.',
        why: 'Lambda never assigns a public IP address to a function’s network interfaces, whatever the subnet’s auto-assign setting.',
      },
      {
        text: 'Connecting a function to a public subnet gives it internet access once the execution role has the AWSLambdaVPCAccessExecutionRole managed policy attached.',
        why: 'That policy lets Lambda manage network interfaces; it adds no public address and no route, so the calls still fail.',
      },
      {
        text: 'Connecting a function to a public subnet gives it internet access as long as its security group allows inbound traffic from the internet on port 443.',
        why: 'A security group filters traffic but adds no public address; what is missing is network address translation, not an inbound rule.',
      },
    ],
  },
  {
    id: 'networking.database-security-group',
    kind: 'rule',
    topic: 'networking',
    statement:
      'For a VPC-connected function to reach a database, the database’s security group must allow inbound traffic on the database port from the function’s security group.',
    why: 'A security group rule can name another security group as its source, which admits every network interface that carries it, including Lambda’s; security groups are stateful, so replies return without an inbound rule on the function’s side.',
    takeaway:
      'Add the inbound rule to the database’s security group with the function’s security group as the source; the function’s own group needs only outbound access.',
    ask: 'A function attached to the same VPC as an RDS for PostgreSQL instance times out when it connects on port 5432. Which security group rule lets it in?',
    docs: securityGroupRules,
    exams: dvaOnly,
    domains: ['dva-2', 'dva-4'],
    misconceptions: [
      {
        text: 'For a VPC-connected function to reach a database, the function’s security group must allow inbound traffic on the database port from the database’s security group.',
        why: 'That rule is on the wrong group: the function opens the connection, so the database’s group must admit it, and the replies come back because security groups are stateful.',
      },
      {
        text: 'For a VPC-connected function to reach a database, the database’s security group must allow inbound traffic on the database port from the Lambda service principal.',
        why: 'Security group rules name IP ranges, prefix lists and security groups, never IAM service principals.',
      },
      {
        text: 'For a VPC-connected function to reach a database, the database’s security group must allow inbound traffic on the database port from the function’s public IP address.',
        why: 'A VPC-connected function has no public IP address, and its private addresses are Lambda’s to manage; reference its security group instead.',
      },
    ],
  },
  {
    id: 'networking.multi-az-subnets',
    kind: 'rule',
    topic: 'networking',
    statement:
      'A VPC-connected function should be attached to subnets in at least two Availability Zones, so that it keeps running when one zone fails.',
    why: 'Lambda runs the function only through the subnets in its configuration; if they all sit in one zone, an outage of that zone leaves the function no network path, which is why AWS Security Hub flags single-zone VPC functions.',
    takeaway:
      'Give a VPC-connected function private subnets in two or more Availability Zones, each with its own route out where one is needed.',
    ask: 'An architect reviews a VPC-connected function that is attached to a single private subnet. What does AWS recommend for its subnets?',
    docs: lambdaControls,
    exams: bothExams,
    domains: ['dva-4', 'sap-3'],
    misconceptions: [
      {
        text: 'A VPC-connected function should be attached to one subnet only, because Lambda cannot spread its network interfaces across several Availability Zones.',
        why: 'Lambda creates interfaces in every subnet it is given and uses all of them; subnets in more zones make the function more available.',
      },
      {
        text: 'A VPC-connected function needs no choice of zones, because Lambda adds subnets in other Availability Zones automatically when one zone fails.',
        why: 'Lambda uses only the subnets in the function’s configuration and never adds subnets of its own.',
      },
      {
        text: 'A VPC-connected function should be attached to subnets in at least two Regions, so that it keeps running when one whole Region fails.',
        why: 'A VPC and its subnets belong to one Region; surviving a Regional outage takes a copy of the function in another Region.',
      },
    ],
  },
  {
    id: 'networking.interface-endpoint-dns',
    kind: 'rule',
    topic: 'networking',
    statement:
      'With private DNS turned on, an interface endpoint makes the service’s default DNS name resolve to the endpoint’s private IP addresses, so the SDK code needs no change.',
    why: 'AWS associates a private hosted zone with the VPC for the service’s regional name, and it points at the endpoint’s network interfaces in your subnets, so the usual SDK endpoint already goes through the endpoint.',
    takeaway:
      'Create interface endpoints with private DNS turned on, and the function’s existing SDK calls use them without any code change.',
    ask: 'A team adds an interface endpoint for AWS Secrets Manager, with private DNS turned on, to the private subnets of a VPC-connected function. What happens to the function’s existing SDK calls to Secrets Manager?',
    docs: privateLinkServices,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'With private DNS turned on, an interface endpoint works only when the code sets the endpoint’s own DNS name as the endpoint URL of every SDK client that it creates for the service.',
        why: 'Private DNS makes the default service name resolve to the endpoint, so SDK clients need no endpoint override.',
      },
      {
        text: 'With private DNS turned on, an interface endpoint adds a route for the service to the subnets’ route tables, like a gateway endpoint, so the SDK code needs no change.',
        why: 'Interface endpoints work through DNS and network interfaces in the subnets; route table entries are how gateway endpoints work.',
      },
      {
        text: 'With private DNS turned on, an interface endpoint still sends each request through the VPC’s NAT gateway and only hides the service’s public IP address from the function’s code.',
        why: 'Requests go to the endpoint’s network interfaces inside the VPC and stay on the AWS network; no NAT gateway is involved.',
      },
    ],
  },
  {
    id: 'networking.nat-gateway-per-az',
    kind: 'rule',
    topic: 'networking',
    statement:
      'A NAT gateway lives in one Availability Zone, so for resilience each zone gets its own NAT gateway and its private subnets route to the one in the same zone.',
    why: 'A NAT gateway is created in one subnet of one zone and does not move; if private subnets of other zones send their traffic to it and its zone fails, those subnets lose internet access too.',
    takeaway:
      'For a highly available VPC-connected function with internet access, create one NAT gateway per Availability Zone and route each zone to its own.',
    ask: 'A VPC-connected function uses private subnets in three Availability Zones, and all of them route to one NAT gateway. What does AWS recommend to keep internet access through a zone failure?',
    docs: natGateways,
    exams: ['SAP-C02'],
    domains: ['sap-2', 'sap-3'],
    misconceptions: [
      {
        text: 'A NAT gateway serves every Availability Zone of its VPC and fails over to another zone by itself, so all private subnets can route to one NAT gateway per VPC.',
        why: 'A NAT gateway is zonal and does not move to another zone; subnets in other zones that depend on it lose access when its zone fails.',
      },
      {
        text: 'A NAT gateway lives in one Availability Zone, so for resilience the function is attached to a single private subnet in the same zone as its NAT gateway.',
        why: 'Keeping everything in one zone removes the cross-zone dependency but makes the function fail with that zone; one NAT gateway per zone avoids both.',
      },
      {
        text: 'A NAT gateway lives in one Availability Zone, so for resilience the private subnets fall back to the internet gateway whenever their zone’s NAT gateway fails.',
        why: 'Functions have only private addresses, so a route to an internet gateway gives them no internet access; each zone needs its own NAT gateway.',
      },
    ],
  },
  {
    id: 'networking.nat-elastic-ip',
    kind: 'rule',
    topic: 'networking',
    statement:
      'Traffic from a VPC-connected function through a public NAT gateway reaches the internet from the NAT gateway’s Elastic IP address, a fixed address that partners can allow-list.',
    why: 'The NAT gateway replaces the private source address of each outgoing packet with its own Elastic IP address, which stays the same until you release it; outside a VPC, a function uses Lambda’s network, whose addresses you cannot choose.',
    takeaway:
      'When a partner allow-lists source IP addresses, attach the function to private subnets and route its traffic through a NAT gateway with an Elastic IP address.',
    ask: 'A payment provider accepts API calls only from allow-listed IP addresses. How can a Lambda function call it from a fixed public IP address?',
    docs: natGateways,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'Traffic from a function that runs outside any VPC reaches the internet from one fixed public IP address per function, which Lambda shows in the function’s configuration.',
        why: 'A function outside a VPC has no address of its own to allow-list; only a NAT gateway’s Elastic IP address is an address you own and keep.',
      },
      {
        text: 'Traffic from a VPC-connected function through a public NAT gateway reaches the internet from the function’s own Elastic IP address, assigned to its network interface.',
        why: 'Lambda’s network interfaces cannot carry Elastic IP addresses; the fixed address belongs to the NAT gateway.',
      },
      {
        text: 'Traffic from a VPC-connected function through a gateway VPC endpoint reaches the internet from the endpoint’s own Elastic IP address, a fixed address that partners can allow-list.',
        why: 'Gateway endpoints reach only Amazon S3 and DynamoDB and have no Elastic IP address; internet traffic needs a NAT gateway.',
      },
    ],
  },
  {
    id: 'networking.inactive-function',
    kind: 'rule',
    topic: 'networking',
    statement:
      'A VPC-connected function that stays idle long enough becomes Inactive when Lambda reclaims its network interfaces, and the next invocation fails while the function is Pending.',
    why: 'Lambda frees the external resources of functions it has not used for a long time; the first call afterwards fails and sets the function to Pending until the network interfaces exist again, and then it is Active.',
    takeaway:
      'A rarely used VPC-connected function that fails once after a long silence was Inactive: retry, or check its State with GetFunction before invoking it.',
    ask: 'A monthly report function attached to a VPC fails on its first invocation after a long idle period and succeeds when it is retried a few minutes later. What explains it?',
    docs: functionStates,
    exams: dvaOnly,
    domains: ['dva-4'],
    misconceptions: [
      {
        text: 'A VPC-connected function that stays idle long enough is deleted along with its network interfaces, and it must be deployed again before any further invocation can succeed.',
        why: 'Lambda never deletes an idle function; it reclaims its network interfaces and recreates them when the function is invoked again.',
      },
      {
        text: 'A VPC-connected function that stays idle long enough loses its reserved concurrency setting, and the next invocation is throttled until someone sets that concurrency again by hand.',
        why: 'Idleness does not change concurrency settings; what Lambda reclaims is the function’s network interfaces.',
      },
      {
        text: 'A VPC-connected function that stays idle long enough has its deployment package archived to Amazon S3, and the next invocation fails while Lambda restores the package.',
        why: 'The package is not archived; the function became Inactive because Lambda reclaimed its VPC network interfaces.',
      },
    ],
  },
  {
    id: 'networking.rds-proxy-in-vpc',
    kind: 'rule',
    topic: 'networking',
    statement:
      'An RDS Proxy must be in the same VPC as its database and can’t be publicly accessible, so a function must be connected to that VPC to use it.',
    why: 'The proxy’s endpoints exist only inside the VPC; a function that runs outside any VPC has no network path to them, even when the database itself is publicly accessible.',
    takeaway:
      'Using RDS Proxy from Lambda means a VPC-connected function, with security groups that let it reach the proxy.',
    ask: 'A function runs outside any VPC and connects to a publicly accessible RDS database. The team adds RDS Proxy to pool the function’s connections. What else must change?',
    docs: rdsProxy,
    exams: bothExams,
    domains: ['dva-2', 'sap-2'],
    misconceptions: [
      {
        text: 'An RDS Proxy gets a public endpoint whenever its database is publicly accessible, so a function outside any VPC can keep connecting to it without changes.',
        why: 'A proxy can’t be publicly accessible, even when its database is.',
      },
      {
        text: 'An RDS Proxy must be in the same VPC as its database, but a function outside any VPC reaches it through the Lambda service’s own network without changes.',
        why: 'Lambda’s own network has no route into your VPC; the function must be attached to the VPC to reach the proxy.',
      },
      {
        text: 'An RDS Proxy can sit in any VPC of the account and reach the database through VPC peering, so the function can stay outside any VPC as it is today.',
        why: 'The proxy must be in the same VPC as the database, and a function outside any VPC cannot reach it either way.',
      },
    ],
  },
] as const satisfies readonly Fact[];

export const networkingEgressTable = {
  id: 'networking.egress',
  topic: 'networking',
  title: 'NAT gateway vs VPC endpoints',
  docs: vpcPage,
  exams: bothExams,
  domains,
  subject: { one: 'way out of private subnets', many: 'ways out of private subnets' },
  nameLabel: 'Option',
  columns: [
    {
      key: 'reaches',
      label: 'What it reaches',
      ask: 'What does the {row} let a function in private subnets reach?',
      which: 'Which option lets a function in private subnets reach this: {value}?',
      distractors: [
        {
          text: 'Only resources in other VPCs of the same account that are peered with this one',
          why: 'A peered VPC is reached through a VPC peering connection and the route table entries that point to it, a link between two VPCs rather than a way out to services or the internet.',
        },
        {
          text: 'Only on-premises networks that are connected to the VPC through AWS Direct Connect',
          why: 'On-premises networks are reached through Direct Connect or a VPN and a virtual private gateway or transit gateway, not through NAT or VPC endpoints.',
        },
      ],
    },
    {
      key: 'placement',
      label: 'Where it sits',
      ask: 'Where does the {row} sit in the VPC?',
      which: 'Which option sits in the VPC this way: {value}?',
      distractors: [
        {
          text: 'Inside the function’s own execution environment, managed by Lambda with the function',
          why: 'The execution environment holds the function’s code and runtime; every way out of the VPC is a resource of the VPC itself.',
        },
        {
          text: 'In the Lambda service’s own VPC, outside your account, shared by all functions',
          why: 'Lambda’s own VPC is where functions without a VPC configuration run; a function attached to your VPC leaves its private subnets only through resources you create in that VPC.',
        },
      ],
    },
    {
      key: 'charge',
      label: 'What it costs',
      ask: 'How is the {row} charged?',
      which: 'Which option is charged this way: {value}?',
      distractors: [
        {
          text: 'A fee for each request that goes through it, the same way an API Gateway API is billed',
          why: 'Per-request pricing is how API Gateway bills, not VPC networking: NAT gateways and interface endpoints charge per hour and per gigabyte, and gateway endpoints carry no additional charge.',
        },
        {
          text: 'A fixed monthly fee for each VPC, whatever the volume of traffic that goes through it',
          why: 'VPC networking has no flat monthly fee per VPC: NAT gateways and interface endpoints grow with hours and data, and gateway endpoints cost nothing extra.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'nat-gateway',
      name: 'NAT gateway',
      cells: {
        reaches: {
          text: 'The internet and the public endpoints of every AWS service',
          means: ['internet-and-aws'],
          why: 'A NAT gateway translates the function’s private addresses to its own Elastic IP address, so any public destination can answer, AWS service endpoints included.',
          docs: natGateways,
        },
        placement: {
          text: 'In a public subnet, as the target of the private subnets’ default route',
          means: ['public-subnet-route'],
          why: 'A public NAT gateway needs a subnet whose route table leads to the internet gateway, and the private subnets send their internet-bound traffic to it.',
          docs: natGateways,
        },
        charge: {
          text: 'For each hour it runs and for each gigabyte it processes',
          means: ['hourly-and-data'],
          why: 'NAT gateways are billed per hour and per gigabyte processed, which adds up when functions move large volumes through them, even to AWS services.',
          docs: natGateways,
        },
      },
    },
    {
      id: 'gateway-endpoint',
      name: 'gateway VPC endpoint',
      cells: {
        reaches: {
          text: 'Amazon S3 and DynamoDB, and no other service',
          means: ['s3-dynamodb'],
          why: 'Only Amazon S3 and DynamoDB offer gateway endpoints; every other service is reached through an interface endpoint or NAT.',
          docs: vpcEndpoints,
        },
        placement: {
          text: 'In the subnets’ route tables, as the target of a route for the service',
          means: ['route-table'],
          why: 'A gateway endpoint is not a network interface: it is a route target, so the subnets whose route tables list it send that service’s traffic to it.',
          docs: vpcEndpoints,
        },
        charge: {
          text: 'No additional charge, however much data goes through it',
          means: ['free'],
          why: 'Gateway endpoints come at no additional charge, which is why they remove NAT data processing costs for S3 and DynamoDB traffic.',
          docs: vpcEndpoints,
        },
      },
    },
    {
      id: 'interface-endpoint',
      name: 'interface VPC endpoint',
      cells: {
        reaches: {
          text: 'The one AWS service it was created for, through AWS PrivateLink',
          means: ['one-service'],
          why: 'Each interface endpoint connects to one service, such as Secrets Manager or SQS, so a function that calls several services needs one endpoint for each.',
          docs: privateLinkServices,
        },
        placement: {
          text: 'With private IP addresses taken from each of the chosen subnets',
          means: ['eni-in-subnets'],
          why: 'For an interface endpoint, AWS creates a network interface in each chosen subnet, and private DNS points the service’s name at those addresses.',
          docs: privateLinkServices,
        },
        charge: {
          text: 'For each hour in each Availability Zone and for each gigabyte processed',
          means: ['hourly-per-az-and-data'],
          why: 'An interface endpoint is billed for every hour it is provisioned in each Availability Zone and for the data it processes.',
          docs: privateLinkPricing,
        },
      },
    },
  ],
} as const satisfies AttributeTable;

export const networkingTopic = {
  id: 'networking',
  title: 'Networking: VPC access and RDS Proxy',
  summary:
    'Functions in a VPC: subnets and security groups, NAT gateways, VPC endpoints and RDS Proxy.',
  section: 'Key Concepts',
  intro: [
    'A function runs in a network that Lambda owns, with internet access, unless you connect it to subnets and security groups of your own VPC. Once connected, Lambda places shared network interfaces in those subnets, and the function reaches private resources such as databases and caches, but everything else only through your VPC. Choose private subnets in at least two Availability Zones.',
    'The way out of private subnets depends on the destination. A NAT gateway in a public subnet gives internet access from a fixed Elastic IP address and is billed per hour and per gigabyte. A gateway endpoint reaches Amazon S3 and DynamoDB at no extra charge, and interface endpoints reach most other AWS services privately. A public subnet does not help, because a function never gets a public IP address.',
    'Security groups decide who may talk to whom: the database’s security group admits the function’s security group on the database port, and replies flow back because security groups are stateful.',
    'Functions scale out fast, and each execution environment may open its own database connection. RDS Proxy, which lives in the database’s VPC, pools those connections so that the database is not overwhelmed, keeps them through a failover and lets functions authenticate with IAM instead of a password.',
  ],
  tables: [networkingEgressTable],
  facts: networkingFacts,
  sets: [],
  checklist: [],
  tips: [],
  decisions: [networkAccess],
  beyondSeed: true,
} as const satisfies Topic;
