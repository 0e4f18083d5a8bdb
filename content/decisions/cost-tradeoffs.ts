/**
 * Lowering the bill of a steady Lambda workload: the arm64 architecture, memory tuning, Compute
 * Savings Plans and their terms, or moving to Fargate, against the constraints that rule each
 * out, and the levers that save nothing (EC2 Instance Savings Plans, reserved concurrency).
 */
import type { DecisionModel } from '../schema';
import { cite, docsBase } from '../topics/authoring';

const arm64 = 'arm64';
const computePlanOneYear = 'compute-plan-one-year';
const computePlanThreeYears = 'compute-plan-three-years';
const instancePlan = 'ec2-instance-plan';
const powerTuning = 'power-tuning';
const fargate = 'fargate';
const reserved = 'reserved-concurrency';

export const costTradeoffs = {
  id: 'cost-tradeoffs',
  topic: 'architecture',
  title: 'Lowering the bill of a steady Lambda workload',
  exams: ['SAP-C02'],
  domains: ['sap-3'],
  settings: [
    '{company} runs {workload} on Lambda functions on x86_64. Traffic is steady at about {rate} requests per second around the clock, and finance asks for a lower bill.',
    'A review of the AWS bill at {company} shows that {workload} is its largest Lambda line item. The functions run on x86_64 and handle about {rate} requests per second, day and night.',
  ],
  slots: {
    company: ['a media company', 'an insurance company', 'a gaming company', 'a retailer'],
    workload: ['a thumbnail generator', 'a pricing engine', 'an event enrichment workload'],
    rate: ['300', '800', '1,500'],
  },
  options: [
    {
      id: arm64,
      text: 'Rebuild any native dependencies for arm64, switch the functions to that architecture, and keep paying the on-demand rates.',
      why: 'arm64 functions on AWS Graviton processors can give significantly better price and performance, with no commitment.',
      facts: ['performance.arm64-price-performance', 'architecture.arm64-dependencies'],
    },
    {
      id: computePlanOneYear,
      text: 'Keep the functions unchanged, and buy a one-year Compute Savings Plan, no upfront payment, for the steady Lambda spend.',
      why: 'A Compute Savings Plan discounts Lambda usage, as well as EC2 and Fargate in any Region, in exchange for a one-year hourly commitment.',
      facts: [
        'architecture.savings-plan-type',
        'architecture.savings-plan-lambda',
        'architecture.savings-plan-payment',
      ],
    },
    {
      id: computePlanThreeYears,
      text: 'Keep the functions unchanged, and buy a three-year Compute Savings Plan, paid all upfront, for the steady Lambda spend.',
      why: 'The same plan type over a longer term, paid upfront, gets the deepest discount a Compute Savings Plan offers.',
      facts: ['architecture.savings-plan-lambda', 'architecture.savings-plan-payment'],
    },
    {
      id: instancePlan,
      text: 'Keep the functions unchanged, and buy a one-year EC2 Instance Savings Plan, no upfront payment, for the steady Lambda spend.',
      why: 'An EC2 Instance Savings Plan discounts one EC2 instance family in one Region and does not apply to Lambda.',
      facts: ['architecture.savings-plan-type'],
    },
    {
      id: powerTuning,
      text: 'Run each function at several memory sizes with AWS Lambda Power Tuning, and set each one to the size with the lowest cost.',
      why: 'Memory also sets CPU, so a CPU-bound function can finish sooner at a larger size; measuring each size finds the one that costs least per invocation.',
      facts: ['limits.cpu-follows-memory', 'architecture.memory-recommendations'],
    },
    {
      id: fargate,
      text: 'Move the code into a container image, and run it as an Amazon ECS service on AWS Fargate, sized for the steady load.',
      why: 'A steady load keeps a few always-on tasks busy, and containers have no 15-minute limit on a request.',
      facts: ['key-concepts.long-tasks', 'orchestration.ecs-fargate-task'],
    },
    {
      id: reserved,
      text: 'Keep the functions unchanged, and set reserved concurrency on each one to match its steady level of concurrent requests.',
      why: 'Reserved concurrency guarantees and caps a function’s concurrency; it has no charge and no discount.',
      facts: ['concurrency.reserved'],
    },
  ],
  requirements: [
    {
      id: 'no-rebuild',
      label: 'no rebuild of the packages',
      text: 'The change must not require rebuilding or retesting the deployment packages, which contain a native library compiled for x86_64.',
      meets: [computePlanOneYear, computePlanThreeYears, powerTuning],
      breaks: {
        [arm64]: 'the native library must be rebuilt for arm64, and the new packages tested.',
        [fargate]:
          'the code must be rebuilt into a container image and retested on a new platform.',
        [instancePlan]:
          'it needs no rebuild, but an EC2 Instance Savings Plan applies only to EC2 instances, so this Lambda workload saves nothing.',
        [reserved]:
          'it needs no rebuild, but reserved concurrency has no charge and changes no price, so nothing is saved.',
      },
      takeaway:
        'Without touching the packages, the levers left are a Compute Savings Plan and the memory setting.',
      facts: ['architecture.arm64-dependencies'],
    },
    {
      id: 'one-year-max',
      label: 'commitments of one year at most',
      text: 'Finance approves commitments of one year at most.',
      meets: [arm64, computePlanOneYear, powerTuning, fargate],
      breaks: {
        [computePlanThreeYears]:
          'a three-year plan commits the company to an hourly spend for three years.',
        [instancePlan]:
          'the one-year term is allowed, but an EC2 Instance Savings Plan never applies to Lambda, so the commitment buys no saving.',
        [reserved]:
          'it involves no commitment, but reserved concurrency only guarantees and caps concurrency, so the bill stays the same.',
      },
      takeaway:
        'Savings Plans run for one or three years: a one-year limit rules out the three-year term.',
      facts: ['architecture.savings-plan-payment'],
    },
    {
      id: 'no-commitment',
      label: 'no spend commitment',
      text: 'The workload may be retired within months, so the saving must come without any commitment to a level of spend.',
      meets: [arm64, powerTuning, fargate],
      breaks: {
        [computePlanOneYear]:
          'the one-year plan is an hourly spend commitment that stays owed for the rest of the year if the workload is retired.',
        [computePlanThreeYears]:
          'the three-year plan commits the company to an hourly spend that stays owed for years after the workload is retired.',
        [instancePlan]:
          'it is an hourly commitment for a year, and as an EC2 Instance Savings Plan it does not even discount Lambda usage.',
        [reserved]:
          'it needs no commitment, but reserved concurrency is free and discounts nothing, so the bill does not go down.',
      },
      takeaway:
        'Without a commitment, the levers are the architecture, the memory size and the platform.',
      facts: ['architecture.savings-plan-payment', 'performance.arm64-price-performance'],
    },
    {
      id: 'no-upfront',
      label: 'no payment upfront',
      text: 'Cash is tight this year, so nothing may be paid in advance to get the discount.',
      meets: [arm64, computePlanOneYear, powerTuning, fargate],
      breaks: {
        [computePlanThreeYears]:
          'a plan paid all upfront takes the whole three-year commitment out of this year’s cash.',
        [instancePlan]:
          'nothing is paid upfront, but an EC2 Instance Savings Plan never applies to Lambda, so the commitment buys no saving.',
        [reserved]:
          'nothing is paid upfront, but reserved concurrency only guarantees and caps concurrency, so the bill stays the same.',
      },
      takeaway:
        'Savings Plans can be paid with no upfront, partial upfront or all upfront: the more paid upfront, the larger the discount.',
      facts: ['architecture.savings-plan-payment'],
    },
    {
      id: 'stay-on-lambda',
      label: 'staying on Lambda',
      text: 'The change must keep the workload on Lambda, because other teams invoke the functions directly by their ARNs.',
      meets: [arm64, computePlanOneYear, computePlanThreeYears, powerTuning],
      breaks: {
        [fargate]:
          'the code would run as an ECS service, so the function ARNs that other teams invoke would no longer exist.',
        [instancePlan]:
          'the functions stay on Lambda, but an EC2 Instance Savings Plan covers EC2 instances only, so they get no discount.',
        [reserved]:
          'the functions stay on Lambda, but reserved concurrency changes no price, so they cost exactly what they cost today.',
      },
      takeaway:
        'When the platform must stay, the levers are the architecture, the memory size and a Compute Savings Plan.',
      facts: ['permissions.grant-other-account'],
    },
    {
      id: 'long-requests',
      label: 'jobs longer than 15 minutes',
      text: 'Next quarter the workload will also take jobs of up to 40 minutes of work that cannot be split, and the cheaper platform must run them too.',
      meets: [fargate],
      breaks: {
        [arm64]: 'a Lambda invocation stops after at most 15 minutes, whatever its architecture.',
        [computePlanOneYear]:
          'the functions stay on Lambda, whose invocations stop after at most 15 minutes, so a one-year discount cannot help.',
        [computePlanThreeYears]:
          'a discount over three years does not lift the 15-minute maximum of each Lambda invocation.',
        [powerTuning]:
          'a Lambda invocation stops after at most 15 minutes, whatever its memory size.',
        [instancePlan]:
          'a Lambda invocation stops after at most 15 minutes, and this plan does not apply to Lambda anyway.',
        [reserved]:
          'a Lambda invocation stops after at most 15 minutes, whatever its concurrency settings.',
      },
      takeaway:
        'Work longer than 15 minutes that cannot be split leaves Lambda for containers such as Fargate.',
      facts: ['key-concepts.max-timeout', 'key-concepts.long-tasks'],
    },
    {
      id: 'covers-fargate',
      label: 'a discount that also covers Fargate',
      text: 'The same discount must also apply to the company’s existing Fargate tasks in two other Regions.',
      meets: [computePlanOneYear, computePlanThreeYears],
      breaks: {
        [arm64]: 'changing the functions’ architecture does nothing for the Fargate tasks.',
        [powerTuning]: 'tuning the functions’ memory does nothing for the Fargate tasks.',
        [fargate]:
          'moving this workload to Fargate does not discount the Fargate tasks already running.',
        [instancePlan]:
          'an EC2 Instance Savings Plan applies only to EC2 instances, neither to Lambda nor to Fargate.',
        [reserved]:
          'reserved concurrency is a Lambda setting with no price effect, so it saves nothing on Lambda or on Fargate.',
      },
      takeaway:
        'One discount across Lambda, Fargate and EC2 in every Region is a Compute Savings Plan.',
      facts: ['architecture.savings-plan-type', 'architecture.savings-plan-fargate'],
    },
    {
      id: 'memory-fixed',
      label: 'unchanged memory sizes',
      text: 'The change must leave each function’s memory size as it is, because a recent load test fixed it.',
      meets: [arm64, computePlanOneYear, computePlanThreeYears],
      breaks: {
        [powerTuning]: 'the tool’s purpose is to change each function’s memory size.',
        [fargate]: 'the functions are replaced by tasks whose size is chosen anew.',
        [instancePlan]:
          'the memory sizes stay as they are, but an EC2 Instance Savings Plan gives Lambda usage no discount at all.',
        [reserved]:
          'the memory sizes stay as they are, but reserved concurrency has no charge and no discount, so nothing is saved.',
      },
      takeaway:
        'With the memory size fixed, the levers are the architecture and the pricing model.',
      facts: ['limits.cpu-follows-memory'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Which solution meets these requirements MOST cost-effectively?',
      rank: { [computePlanThreeYears]: 1, [computePlanOneYear]: 2 },
      worse: {
        [computePlanOneYear]:
          'a one-year term with no upfront payment gets a smaller discount than a three-year term paid all upfront.',
      },
      takeaway:
        'Among Savings Plans, the longest term paid most upfront gets the deepest discount, if the company can commit to it.',
    },
    {
      id: 'effort',
      label: 'the least effort from the development team',
      ask: 'Which solution meets these requirements with the LEAST development effort?',
      rank: {
        [computePlanOneYear]: 1,
        [computePlanThreeYears]: 1,
        [powerTuning]: 2,
        [arm64]: 3,
        [fargate]: 4,
      },
      worse: {
        [powerTuning]:
          'each function must be measured at several sizes and reconfigured, where a purchase changes nothing in the workload.',
        [arm64]:
          'the native dependencies must be rebuilt and the functions tested again on the new architecture.',
        [fargate]:
          'the code must be repackaged as a container and run as a new service, the largest change of all.',
      },
      takeaway:
        'A Savings Plan changes nothing in the code; memory tuning is configuration; arm64 means rebuilding; moving platforms is the most work.',
    },
  ],
  docs: cite(`${docsBase}savingsplans/latest/userguide/plan-types.html`),
} as const satisfies DecisionModel;
