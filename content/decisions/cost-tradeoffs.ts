/**
 * Lowering the bill of a steady Lambda workload: the arm64 architecture, memory tuning, Compute
 * Savings Plans of either term and payment option, or moving to Fargate or to EC2 with an EC2
 * Instance Savings Plan, against the constraints that rule each out.
 */
import type { DecisionModel } from '../schema';
import { cite, docsBase } from '../topics/authoring';

const arm64 = 'arm64';
const computePlanOneYear = 'compute-plan-one-year';
const computePlanThreeYears = 'compute-plan-three-years';
const computePlanThreeYearsMonthly = 'compute-plan-three-years-no-upfront';
const instancePlan = 'ec2-instance-plan';
const powerTuning = 'power-tuning';
const fargate = 'fargate';

export const costTradeoffs = {
  id: 'cost-tradeoffs',
  topic: 'architecture',
  title: 'Lowering the bill of a steady Lambda workload',
  exams: ['SAP-C02'],
  domains: ['sap-3'],
  settings: [
    '{company} runs {workload} on x86_64 Lambda functions at a constant {rate} requests per second, for at least three more years. Each request waits on another API for most of its 200 ms, the functions’ settings were guessed at launch, and finance wants a lower bill.',
    'The largest Lambda line on the bill of {company} is {workload}: x86_64 functions serving a constant {rate} requests per second for three more years, each mostly waiting 200 ms on another API, and configured by guesswork at launch.',
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
      why: 'arm64 functions run on AWS Graviton processors, whose lower price per GB-second can give significantly better price and performance, with no commitment.',
      facts: ['performance.arm64-price-performance', 'architecture.arm64-dependencies'],
    },
    {
      id: computePlanOneYear,
      text: 'Keep the functions unchanged, and buy a one-year Compute Savings Plan, no upfront payment, for the steady Lambda spend.',
      why: 'A Compute Savings Plan discounts Lambda usage, as well as EC2 and Fargate in any Region, in exchange for an hourly commitment, here for one year and billed monthly.',
      facts: [
        'architecture.savings-plan-type',
        'architecture.savings-plan-lambda',
        'architecture.savings-plan-payment',
      ],
    },
    {
      id: computePlanThreeYears,
      text: 'Keep the functions unchanged, and buy a three-year Compute Savings Plan, paid all upfront, for the steady Lambda spend.',
      why: 'The longer term, paid all upfront, gets the deepest discount a Compute Savings Plan offers, and the workload runs long enough to use the whole term.',
      facts: ['architecture.savings-plan-lambda', 'architecture.savings-plan-payment'],
    },
    {
      id: computePlanThreeYearsMonthly,
      text: 'Keep the functions unchanged, and buy a three-year Compute Savings Plan, no upfront payment, for the steady Lambda spend.',
      why: 'A Compute Savings Plan discounts Lambda usage in exchange for an hourly commitment, here for three years and billed monthly, so the longer term lowers the rate without any payment at purchase.',
      facts: [
        'architecture.savings-plan-type',
        'architecture.savings-plan-lambda',
        'architecture.savings-plan-payment',
      ],
    },
    {
      id: instancePlan,
      text: 'Move the code to EC2 instances of one family in an Auto Scaling group, and buy a one-year EC2 Instance Savings Plan for them.',
      why: 'An EC2 Instance Savings Plan gives a deep discount on one instance family in one Region, for a workload rebuilt to run on instances.',
      facts: ['architecture.savings-plan-type', 'architecture.savings-plan-ec2'],
    },
    {
      id: powerTuning,
      text: 'Run each function at several memory sizes with AWS Lambda Power Tuning, and set each one to the size with the lowest cost.',
      why: 'Lambda bills GB-seconds, and a function that mostly waits on another API often runs almost as fast at a smaller size, so measuring each size finds a cheaper setting than a guess.',
      facts: ['limits.cpu-follows-memory', 'performance.power-tuning'],
    },
    {
      id: fargate,
      text: 'Move the code into a container image, and run it as an Amazon ECS service on AWS Fargate, sized for the steady load.',
      why: 'Lambda bills every request and its GB-seconds, including the wait, while one container serves many waiting requests at once, so a few always-on tasks sized for a steady load cost less. Containers have no 15-minute limit.',
      facts: ['key-concepts.long-tasks', 'orchestration.ecs-fargate-task'],
    },
  ],
  requirements: [
    {
      id: 'no-rebuild',
      label: 'no rebuild of the packages',
      text: 'The change must not require rebuilding or retesting the deployment packages, which contain a native library compiled for x86_64.',
      meets: [computePlanOneYear, computePlanThreeYears, computePlanThreeYearsMonthly, powerTuning],
      breaks: {
        [arm64]: 'the native library must be rebuilt for arm64, and the new packages tested.',
        [fargate]:
          'the code must be rebuilt into a container image and retested on a new platform.',
        [instancePlan]:
          'the code must be repackaged to run as a service on EC2 instances, and retested there.',
      },
      takeaway:
        'Without touching the packages, the levers left are a Compute Savings Plan and the memory setting.',
      facts: ['architecture.arm64-dependencies'],
    },
    {
      id: 'one-year-max',
      label: 'commitments of one year at most',
      text: 'Company policy caps any spend commitment at a term of one year.',
      meets: [arm64, computePlanOneYear, instancePlan, powerTuning, fargate],
      breaks: {
        [computePlanThreeYears]:
          'a three-year plan paid upfront commits the company to its spend for three years.',
        [computePlanThreeYearsMonthly]:
          'a three-year plan commits the company to its hourly spend for three years, even with nothing paid upfront.',
      },
      takeaway:
        'Savings Plans run for one or three years: a one-year limit rules out the three-year term.',
      facts: ['architecture.savings-plan-payment'],
    },
    {
      id: 'no-commitment',
      label: 'no spend commitment',
      text: 'This year’s budget rules out any new commitment to a level of spend.',
      meets: [arm64, powerTuning, fargate],
      breaks: {
        [computePlanOneYear]:
          'the one-year plan is an hourly spend commitment that is owed for the whole year.',
        [computePlanThreeYears]:
          'the three-year plan commits the company to an hourly spend for three years, all paid at purchase.',
        [computePlanThreeYearsMonthly]:
          'the three-year plan is an hourly spend commitment owed every month for three years.',
        [instancePlan]:
          'an EC2 Instance Savings Plan is an hourly spend commitment for its whole one-year term.',
      },
      takeaway:
        'Without a commitment, the levers are the architecture, the memory size and the platform.',
      facts: ['architecture.savings-plan-payment', 'performance.arm64-price-performance'],
    },
    {
      id: 'no-upfront',
      label: 'no payment upfront',
      text: 'Cash is tight this year, so nothing may be paid in advance to get the discount.',
      meets: [
        arm64,
        computePlanOneYear,
        computePlanThreeYearsMonthly,
        instancePlan,
        powerTuning,
        fargate,
      ],
      breaks: {
        [computePlanThreeYears]:
          'a plan paid all upfront takes the whole three-year commitment out of this year’s cash.',
      },
      takeaway:
        'A Savings Plan can be bought with no upfront payment, billed monthly over its term, at a smaller discount than partial or all upfront.',
      facts: ['architecture.savings-plan-payment'],
    },
    {
      id: 'stay-on-lambda',
      label: 'staying on Lambda',
      text: 'The workload must remain on Lambda, because other teams invoke the functions directly by their ARNs.',
      meets: [
        arm64,
        computePlanOneYear,
        computePlanThreeYears,
        computePlanThreeYearsMonthly,
        powerTuning,
      ],
      breaks: {
        [fargate]:
          'the code would run as an ECS service, so the function ARNs that other teams invoke would no longer exist.',
        [instancePlan]:
          'the code would run on EC2 instances, and the function ARNs that other teams invoke would be gone.',
      },
      takeaway:
        'When the platform must stay, the levers are the architecture, the memory size and a Compute Savings Plan.',
      facts: ['permissions.grant-other-account'],
    },
    {
      id: 'long-requests',
      label: 'jobs longer than 15 minutes',
      text: 'From next quarter, the same platform must also run 40-minute jobs that cannot be split.',
      meets: [instancePlan, fargate],
      breaks: {
        [arm64]: 'a Lambda invocation stops after at most 15 minutes, whatever its architecture.',
        [computePlanOneYear]:
          'the functions stay on Lambda, whose invocations stop after at most 15 minutes, and a discount does not change that.',
        [computePlanThreeYears]:
          'a discount paid upfront does not lift the 15-minute maximum of each Lambda invocation.',
        [computePlanThreeYearsMonthly]:
          'a longer term lowers the price of Lambda, not the 15-minute maximum of each of its invocations.',
        [powerTuning]:
          'a Lambda invocation stops after at most 15 minutes, whatever its memory size.',
      },
      takeaway:
        'Work longer than 15 minutes that cannot be split leaves Lambda for containers such as Fargate, or for instances.',
      facts: ['key-concepts.max-timeout', 'key-concepts.long-tasks'],
    },
    {
      id: 'covers-fargate',
      label: 'a discount that also covers Fargate',
      text: 'The same discount must also apply to the company’s existing Fargate tasks in two other Regions.',
      meets: [computePlanOneYear, computePlanThreeYears, computePlanThreeYearsMonthly],
      breaks: {
        [arm64]: 'changing the functions’ architecture does nothing for the Fargate tasks.',
        [powerTuning]: 'tuning the functions’ memory does nothing for the Fargate tasks.',
        [fargate]:
          'moving this workload to Fargate does not discount the Fargate tasks already running.',
        [instancePlan]:
          'an EC2 Instance Savings Plan covers one instance family in one Region, never Fargate.',
      },
      takeaway:
        'One discount across Lambda, Fargate and EC2 in every Region is a Compute Savings Plan: an EC2 Instance Savings Plan covers one instance family in one Region.',
      facts: ['architecture.savings-plan-type', 'architecture.savings-plan-fargate'],
    },
    {
      id: 'memory-fixed',
      label: 'memory sizes already at their cheapest',
      text: 'Last month a tuning run replaced each guessed memory size with the size that measured cheapest, and nothing in the functions has changed since.',
      meets: [
        arm64,
        computePlanOneYear,
        computePlanThreeYears,
        computePlanThreeYearsMonthly,
        instancePlan,
        fargate,
      ],
      breaks: {
        [powerTuning]:
          'each function already runs at the size that measured cheapest, so another tuning run finds nothing left to save.',
      },
      takeaway:
        'Once each memory size is already the cheapest measured, the levers left are the architecture, the pricing model and the platform.',
      facts: ['limits.cpu-follows-memory', 'performance.power-tuning'],
    },
  ],
  qualifiers: [
    {
      id: 'cost',
      label: 'the lowest cost',
      ask: 'Which solution meets these requirements MOST cost-effectively?',
      rank: {
        [computePlanThreeYears]: 1,
        [computePlanThreeYearsMonthly]: 2,
        [computePlanOneYear]: 3,
      },
      worse: {
        [computePlanThreeYearsMonthly]:
          'with nothing paid upfront, the same three-year plan gets a smaller discount than one paid all upfront.',
        [computePlanOneYear]:
          'a one-year term gets a smaller discount than a three-year term of the same plan type.',
      },
      takeaway:
        'For a workload that will run for the whole term, the longest Savings Plan term paid most upfront gets the deepest discount.',
    },
    {
      id: 'effort',
      label: 'the least effort from the development team',
      ask: 'Which solution meets these requirements with the LEAST development effort?',
      rank: {
        [computePlanOneYear]: 1,
        [computePlanThreeYears]: 1,
        [computePlanThreeYearsMonthly]: 1,
        [powerTuning]: 2,
        [arm64]: 3,
        [fargate]: 4,
        [instancePlan]: 4,
      },
      worse: {
        [powerTuning]:
          'each function must be measured at several sizes and reconfigured, where a purchase changes nothing in the workload.',
        [arm64]:
          'the native dependencies must be rebuilt and the functions tested again on the new architecture.',
        [fargate]:
          'the code must be repackaged as a container and run as a new service, the largest change of all.',
        [instancePlan]:
          'the code must be repackaged for instances and run behind an Auto Scaling group, the largest change of all.',
      },
      takeaway:
        'The LEAST development effort comes from the change that touches the least of the workload: a purchase before a setting, a setting before a rebuild, and a rebuild before a move to another platform.',
    },
  ],
  docs: cite(`${docsBase}savingsplans/latest/userguide/plan-types.html`),
} as const satisfies DecisionModel;
