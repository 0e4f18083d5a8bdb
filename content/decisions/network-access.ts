/**
 * How a function reaches what it needs from a VPC: no VPC at all, a NAT gateway, gateway or
 * interface endpoints or both, RDS Proxy, the right security group rule, or (wrongly) a public subnet.
 */
import type { DecisionModel } from '../schema';
import { cite, lambdaGuide } from '../topics/authoring';

const noVpc = 'no-vpc';
const nat = 'nat-gateway';
const gateway = 'gateway-endpoints';
const iface = 'interface-endpoints';
const mixed = 'gateway-and-interface-endpoints';
const proxy = 'rds-proxy';
const dbRule = 'database-sg-rule';
const wrongRule = 'function-sg-rule';
const publicSubnet = 'public-subnets';

export const networkAccess = {
  id: 'network-access',
  topic: 'networking',
  title: 'Network access for a Lambda function',
  // the network configuration of one function: an associate-level choice
  exams: ['DVA-C02'],
  domains: ['dva-1', 'dva-2'],
  settings: [
    '{company} runs {job} as a {language} Lambda function that reads and writes objects in Amazon S3. An Amazon RDS for {engine} database runs in private subnets of the company’s VPC.',
    'A developer at {company} is moving {job}, which stores its files in Amazon S3, to a {language} Lambda function. The company’s VPC has private subnets and an Amazon RDS for {engine} database.',
    '{company} has a {language} Lambda function that runs {job} and stores its output in Amazon S3. The company also runs an Amazon RDS for {engine} database in private subnets of its VPC.',
  ],
  slots: {
    company: ['a logistics company', 'an insurance company', 'a media company', 'a retailer'],
    job: [
      'an order-processing backend',
      'an invoicing job',
      'a document conversion job',
      'a reporting backend',
    ],
    language: ['Python', 'Java', 'Node.js'],
    engine: ['MySQL', 'PostgreSQL'],
    partner: ['a payment provider’s', 'a shipping partner’s', 'a tax authority’s'],
    // within the default Regional quota of 1,000 concurrent executions
    concurrency: ['400', '600', '800'],
    terabytes: ['5', '20', '40'],
  },
  options: [
    {
      id: noVpc,
      text: 'Leave the function without any VPC configuration, so that it keeps running in the default network that AWS manages for all functions.',
      why: 'Without a VPC configuration the function runs in a network that Lambda owns, which already has internet access, so there are no subnets, routes or gateways to manage.',
      facts: ['networking.only-through-vpc'],
    },
    {
      id: nat,
      text: 'Attach the function to private subnets in two Availability Zones, each routing to a NAT gateway with an Elastic IP address in that zone.',
      why: 'The NAT gateways translate the function’s private addresses to their Elastic IP addresses, so the function reaches the internet and public AWS endpoints while keeping its private resources in reach.',
      facts: [
        'networking.nat-gateway',
        'networking.nat-gateway-per-az',
        'networking.nat-elastic-ip',
      ],
    },
    {
      id: gateway,
      text: 'Attach the function to private subnets in two Availability Zones, and add a gateway endpoint for Amazon S3 to the subnets’ route tables.',
      why: 'A gateway endpoint adds a route for Amazon S3 to the subnets’ route tables, so that S3 traffic stays on private routes of the VPC at no additional charge.',
      facts: ['networking.vpc-endpoints', 'networking.gateway-endpoint-cost'],
    },
    {
      id: iface,
      text: 'Attach the function to private subnets in two Availability Zones, and add interface endpoints with private DNS for every AWS API it uses, S3 included.',
      why: 'Each interface endpoint places network interfaces for one AWS service in the subnets, and private DNS points the service’s usual name at them, so SDK calls stay inside the VPC. Each endpoint is billed per hour in each zone and per gigabyte it processes.',
      facts: ['networking.vpc-endpoints', 'networking.interface-endpoint-dns'],
    },
    {
      id: mixed,
      text: 'Attach the function to private subnets in two Availability Zones, with a gateway endpoint for Amazon S3 and interface endpoints for its other AWS APIs.',
      why: 'The gateway endpoint is a route that carries S3 traffic at no additional charge, and interface endpoints with private DNS carry the calls to every other AWS service the function uses inside the VPC.',
      facts: [
        'networking.vpc-endpoints',
        'networking.gateway-endpoint-cost',
        'networking.interface-endpoint-dns',
      ],
    },
    {
      id: proxy,
      text: 'Attach the function to private subnets in two Availability Zones, and point its database client at an RDS Proxy created in the database’s VPC.',
      why: 'RDS Proxy sits in the database’s VPC and shares a pool of database connections among all the function’s execution environments, so bursts do not exhaust the database.',
      facts: ['networking.rds-proxy-pooling', 'networking.rds-proxy-in-vpc'],
    },
    {
      id: dbRule,
      text: 'Attach the function to private subnets in two Availability Zones, and add its security group as an inbound source in the database’s group.',
      why: 'An inbound rule on the database’s security group with the function’s security group as its source admits every network interface Lambda uses for the function, and replies return because security groups are stateful.',
      facts: ['networking.database-security-group'],
    },
    {
      id: wrongRule,
      text: 'Attach the function to private subnets in two Availability Zones, and add an inbound rule for the database port to its own security group.',
      why: 'An inbound rule on the function’s security group admits connections to the function, which nothing opens; it does not change what the database accepts.',
      facts: ['networking.database-security-group'],
    },
    {
      id: publicSubnet,
      text: 'Attach the function to public subnets in two Availability Zones, whose route tables send all internet traffic to the VPC’s internet gateway.',
      why: 'A function in a public subnet still has only private addresses, so it reaches resources inside the VPC but nothing through the internet gateway.',
      facts: ['networking.public-subnet-no-ip'],
    },
  ],
  requirements: [
    {
      id: 'private-database',
      label: 'a private RDS database',
      text: 'The function must query the RDS database, which is not publicly accessible.',
      meets: [nat, gateway, iface, mixed, proxy, dbRule, wrongRule, publicSubnet],
      breaks: {
        [noVpc]:
          'outside the VPC the function has no network path to a database that accepts connections only from inside the VPC.',
      },
      takeaway:
        'A function reaches a database without a public endpoint only when it is attached to a VPC with a network path to it, such as the database’s own VPC; outside any VPC it has none.',
      facts: ['networking.only-through-vpc', 'networking.eni-per-combination'],
    },
    {
      id: 'refused-connections',
      label: 'fixing the refused database connections',
      text: 'Inside the VPC, the function’s connections to the RDS database must get through, but they time out because the database’s security group admits only the web servers.',
      meets: [dbRule],
      breaks: {
        [noVpc]:
          'leaving the VPC removes the function’s only path to a database that has no public endpoint.',
        [nat]:
          'a NAT gateway changes the route to the internet, and the database’s security group still refuses the function.',
        [gateway]:
          'a gateway endpoint adds a route to S3 only, and the database’s security group still refuses the function.',
        [iface]:
          'interface endpoints reach AWS service APIs, not the database, whose security group still refuses the function.',
        [mixed]:
          'VPC endpoints reach S3 and AWS service APIs, not the database, whose security group still refuses the function.',
        [proxy]:
          'a proxy adds a hop, but the database’s security group still admits only the web servers, so it would refuse the proxy as well.',
        [wrongRule]:
          'the rule sits on the wrong group, since the function opens the connection and the database’s group is the one that must admit it.',
        [publicSubnet]:
          'moving to public subnets changes only the route to the internet, and the database’s security group still refuses the function.',
      },
      takeaway:
        'When a VPC function cannot reach its database, add an inbound rule to the database’s security group with the function’s security group as the source.',
      facts: ['networking.database-security-group'],
    },
    {
      id: 'internet-api',
      label: 'calls to an API on the internet',
      text: 'The function must call {partner} API, which is hosted on the public internet.',
      meets: [noVpc, nat],
      breaks: {
        [gateway]:
          'a gateway endpoint carries traffic to S3 only, so the private subnets still have no route to the internet.',
        [iface]:
          'interface endpoints reach AWS services only, so the partner’s API on the internet stays out of reach.',
        [mixed]:
          'gateway and interface endpoints reach AWS services only, and the private subnets still have no route to the internet.',
        [proxy]:
          'an RDS Proxy carries database connections only, and the private subnets have no route to the internet.',
        [dbRule]:
          'a security group rule opens no route, and the private subnets still have no way to the internet.',
        [wrongRule]:
          'an inbound rule on the function’s own group adds no route, so the private subnets still cannot reach the internet.',
        [publicSubnet]:
          'the function gets no public IP address in a public subnet, so the internet gateway cannot carry its traffic.',
      },
      takeaway:
        'A function reaches the internet either outside any VPC or, when it must be in a VPC, from private subnets through a NAT gateway.',
      facts: [
        'networking.only-through-vpc',
        'networking.nat-gateway',
        'networking.public-subnet-no-ip',
      ],
    },
    {
      id: 'allow-listed-ip',
      label: 'fixed source IP addresses for an allow list',
      text: 'The partner that the function calls over the internet allow-lists source IP addresses once, so the function’s public addresses must never change.',
      meets: [nat],
      breaks: {
        [noVpc]:
          'outside a VPC the function uses Lambda’s network, whose addresses the team cannot choose or keep for an allow list.',
        [gateway]:
          'a gateway endpoint has no public address and does not reach the internet, so no call reaches the partner.',
        [iface]:
          'interface endpoints have private addresses only and reach AWS services, so no call reaches the partner.',
        [mixed]:
          'VPC endpoints have no public address and reach AWS services only, so no call reaches the partner.',
        [proxy]:
          'an RDS Proxy gives the subnets no way to the internet, so there is no address to allow-list.',
        [dbRule]:
          'a security group rule gives neither a route to the internet nor a fixed public address.',
        [wrongRule]:
          'an inbound rule on the function’s group gives neither a route to the internet nor a fixed public address.',
        [publicSubnet]:
          'the function gets no public IP address in a public subnet, so it has no address to allow-list and no way out.',
      },
      takeaway:
        'A fixed source IP address for a function means private subnets and a NAT gateway with an Elastic IP address.',
      facts: ['networking.nat-elastic-ip'],
    },
    {
      id: 'private-s3',
      label: 'private routes to Amazon S3',
      text: 'The function’s Amazon S3 traffic must stay on private paths inside the VPC, never through a NAT gateway or an internet gateway.',
      meets: [gateway, iface, mixed],
      breaks: {
        [noVpc]:
          'outside the VPC the calls go to the public S3 endpoint through Lambda’s network, not along private routes of the VPC.',
        [nat]:
          'the calls would leave through the NAT gateway to the public S3 endpoint, which the rule forbids.',
        [proxy]:
          'the private subnets have no route to S3 at all, since a proxy serves only the database.',
        [dbRule]: 'a database security group rule gives the private subnets no route to S3.',
        [wrongRule]:
          'a rule on the function’s own group gives the private subnets no route to S3 either.',
        [publicSubnet]:
          'the traffic would head for the internet gateway, which the rule forbids, and without a public address it fails anyway.',
      },
      takeaway:
        'S3 traffic that must stay private goes through a VPC endpoint, either a gateway endpoint, which costs nothing extra, or an interface endpoint.',
      facts: ['networking.vpc-endpoints'],
    },
    {
      id: 'private-secrets-manager',
      label: 'Secrets Manager without an internet route',
      text: 'The function’s calls to AWS Secrets Manager must stay inside the company’s VPC, whose subnets must have no route to the internet.',
      meets: [iface, mixed],
      breaks: {
        [noVpc]:
          'without a VPC configuration the calls leave from Lambda’s own network for the public Secrets Manager endpoint, never through the company’s VPC.',
        [nat]:
          'a default route to a NAT gateway is exactly the internet route that the subnets must not have.',
        [gateway]:
          'an S3 gateway endpoint routes only S3 traffic, and Secrets Manager offers no gateway endpoint, so its calls have no private path.',
        [proxy]:
          'an RDS Proxy serves database connections only, so Secrets Manager stays out of reach.',
        [dbRule]:
          'a database security group rule gives the private subnets no path to Secrets Manager.',
        [wrongRule]:
          'a rule on the function’s own group gives the private subnets no path to Secrets Manager.',
        [publicSubnet]:
          'public subnets route to the internet, which is forbidden, and the function still has no public address.',
      },
      takeaway:
        'A service with no gateway endpoint, such as Secrets Manager, is reached privately through an interface endpoint, with private DNS so that the code stays the same.',
      facts: ['networking.vpc-endpoints', 'networking.interface-endpoint-dns'],
    },
    {
      id: 'connection-bursts',
      label: 'database connections during bursts',
      text: 'Traffic bursts scale the function to about {concurrency} concurrent executions, and the RDS database it queries must not run out of connections.',
      meets: [proxy],
      breaks: {
        [noVpc]:
          'outside the VPC the function cannot reach the database at all, and nothing would share its connections.',
        [nat]:
          'a NAT gateway leaves every execution environment opening its own database connection, which a burst can exhaust.',
        [gateway]:
          'an S3 endpoint leaves each execution environment with its own database connection, so a burst can exhaust them.',
        [iface]:
          'interface endpoints do nothing for the database, where each execution environment still holds a connection of its own.',
        [mixed]:
          'VPC endpoints do nothing for the database, so every execution environment still opens its own connection.',
        [dbRule]:
          'direct connections mean one per execution environment, so a burst of that size can use up the database’s connections.',
        [wrongRule]:
          'the database would refuse the function, and even with the right rule each environment would open its own connection.',
        [publicSubnet]:
          'each execution environment still opens its own connection to the database, so a burst can exhaust them.',
      },
      takeaway:
        'When concurrency bursts threaten a relational database’s connection limit, put RDS Proxy between the function and the database.',
      facts: ['networking.rds-proxy-pooling', 'networking.rds-proxy-in-vpc'],
    },
    {
      id: 'no-nat-charges',
      label: 'S3 traffic without per-gigabyte charges',
      text: 'The function copies about {terabytes} TB a month to and from Amazon S3, and that traffic must incur no per-gigabyte processing charges.',
      meets: [noVpc, gateway, mixed],
      breaks: {
        [nat]:
          'every gigabyte between the function and S3 would go through the NAT gateway, which bills for each one.',
        [iface]:
          'the S3 traffic would pass through an interface endpoint, which bills for every gigabyte it processes.',
        [proxy]: 'the private subnets have no route to S3, so the copies cannot run at all.',
        [dbRule]:
          'a security group rule gives the private subnets no route to S3, so the copies fail.',
        [wrongRule]: 'a rule on the function’s own group gives the private subnets no route to S3.',
        [publicSubnet]:
          'a function in a public subnet gets no public IP address, so the internet gateway carries none of its traffic and the copies never run.',
      },
      takeaway:
        'Heavy S3 traffic from a VPC goes through a gateway endpoint, which has no per-gigabyte charge, unlike a NAT gateway or an interface endpoint.',
      facts: ['networking.gateway-endpoint-cost', 'networking.public-subnet-no-ip'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Which solution meets these requirements MOST cost-effectively?',
      rank: { [gateway]: 1, [mixed]: 2, [iface]: 3, [nat]: 3 },
      worse: {
        [mixed]:
          'its interface endpoints are billed for every hour in each Availability Zone, while a gateway endpoint alone costs nothing extra.',
        [iface]:
          'interface endpoints are billed for every hour in each Availability Zone and for every gigabyte, S3 traffic included, while a gateway endpoint costs nothing extra.',
        [nat]:
          'a NAT gateway is billed for every hour and every gigabyte it processes, while gateway endpoints cost nothing extra.',
      },
      takeaway:
        'For Amazon S3 or DynamoDB traffic from a VPC, a gateway endpoint is the cheapest private path: it carries no additional charge.',
    },
    {
      id: 'overhead',
      label: 'the least operational overhead',
      ask: 'Which solution meets these requirements with the LEAST operational overhead?',
      rank: {
        [noVpc]: 1,
        [nat]: 2,
        [gateway]: 2,
        [iface]: 2,
        [mixed]: 2,
        [proxy]: 2,
        [dbRule]: 2,
        [wrongRule]: 2,
        [publicSubnet]: 2,
      },
      worse: {
        [nat]:
          'subnets in two zones, NAT gateways and route tables are network resources the team must build and maintain.',
        [gateway]:
          'subnets in two zones, route tables and an endpoint are network resources the team must build and maintain.',
        [iface]:
          'subnets in two zones and one interface endpoint per service are resources the team must build and maintain.',
        [mixed]:
          'subnets in two zones, route tables and several endpoints are network resources the team must build and maintain.',
        [proxy]: 'a VPC configuration and a proxy are resources the team must build and maintain.',
        [dbRule]:
          'a VPC configuration and its security groups are resources the team must build and maintain.',
        [wrongRule]:
          'a VPC configuration and its security groups are extra resources the team must keep up.',
        [publicSubnet]:
          'public subnets in two zones are network resources the team must build and maintain.',
      },
      takeaway:
        'A function that needs nothing private runs best outside any VPC: Lambda’s own network already reaches the internet and AWS services.',
    },
  ],
  docs: cite(`${lambdaGuide}configuration-vpc.html`),
} as const satisfies DecisionModel;
