/** CodeDeploy traffic-shifting types for Lambda (canary, linear, all-at-once). */
import type { AttributeTable } from '../schema';
import { bothExams, cfnTemplateReference, cite, samGuide } from './authoring';

const samGradual = cite(`${samGuide}automating-updates-to-serverless-apps.html`);

export const trafficShiftingTable = {
  id: 'deployment.traffic-shifting',
  topic: 'deployment',
  title: 'CodeDeploy traffic shifting for Lambda',
  docs: cite(
    `${cfnTemplateReference}aws-properties-codedeploy-deploymentconfig-trafficroutingconfig.html`,
  ),
  exams: bothExams,
  domains: ['dva-3', 'sap-3'],
  subject: { one: 'traffic-shifting type', many: 'traffic-shifting types' },
  nameLabel: 'Type',
  columns: [
    {
      key: 'shift',
      label: 'How traffic moves to the new version',
      ask: 'With {row} traffic shifting, how does CodeDeploy move traffic to the new Lambda version?',
      which:
        'Which traffic-shifting type moves traffic to the new Lambda version like this: {value}?',
      distractors: [
        {
          text: 'A share that doubles at each interval, until the new version finally has all of the traffic',
          why: 'CodeDeploy never grows the step of a Lambda deployment: a canary configuration moves one share and then the rest, and a linear one repeats the same share at each interval.',
        },
        {
          text: 'Every request sent to both versions at once, with their answers compared before any switch',
          why: 'CodeDeploy never copies requests. It changes the weights of the alias, so each request reaches exactly one of the two versions.',
        },
      ],
    },
    {
      key: 'steps',
      label: 'Number of traffic shifts',
      ask: 'With {row} traffic shifting, in how many increments does traffic move to the new Lambda version?',
      which: 'Which traffic-shifting type moves traffic to the new Lambda version in {value}?',
      distractors: [
        {
          text: 'One increment for each execution environment, as the environments restart one by one',
          why: 'A Lambda deployment restarts nothing. CodeDeploy changes the alias weights, and environments of the new version start on demand as requests reach it.',
        },
        {
          text: 'Increments that CodeDeploy sizes from the error rate of the new version',
          why: 'The deployment configuration fixes the increments in advance. Alarms can stop the deployment and roll it back, but they never resize a step.',
        },
      ],
    },
    {
      key: 'preset',
      label: 'A predefined SAM deployment type',
      ask: 'Which predefined SAM deployment type uses {row} traffic shifting?',
      which: 'Which traffic-shifting type does the SAM deployment type {value} use?',
      distractors: [
        {
          text: 'HalfAtATime',
          why: 'HalfAtATime is a CodeDeploy configuration for EC2 and on-premises instances, which updates half of the instances at a time. Lambda deployments cannot use it.',
        },
        {
          text: 'BlueGreen10PercentEvery5Minutes',
          why: 'SAM has no BlueGreen type. Every CodeDeploy deployment to Lambda moves traffic between two versions, and the type names only the canary, linear or all-at-once schedule.',
        },
      ],
    },
  ],
  rows: [
    {
      id: 'canary',
      name: 'Canary',
      cells: {
        shift: {
          text: 'A set share first, then all the remaining traffic after a set number of minutes',
          means: ['share-then-rest'],
          why: 'A canary configuration names one percentage and one interval: that share moves first, and the rest follows when the interval ends if no alarm has fired.',
        },
        steps: {
          text: 'Two increments',
          means: ['two'],
          why: 'The canary share is the first increment and the remaining traffic is the second, so a canary deployment always shifts twice.',
        },
        preset: {
          text: 'Canary10Percent5Minutes',
          means: ['canary-preset'],
          why: 'Canary10Percent5Minutes moves 10 percent of the traffic first and the other 90 percent five minutes later. SAM also offers canary types with 10, 15 and 30 minutes.',
          docs: samGradual,
        },
      },
    },
    {
      id: 'linear',
      name: 'Linear',
      cells: {
        shift: {
          text: 'The same share every set number of minutes, until the new version has all the traffic',
          means: ['equal-shares'],
          why: 'A linear configuration names a percentage and an interval, and CodeDeploy repeats that step until all the traffic has moved.',
        },
        steps: {
          text: 'Equal increments, repeated until the shift is complete',
          means: ['equal-increments'],
          why: 'Each step of a linear deployment moves the same percentage, so the number of increments follows from it: ten percent a step means ten increments.',
        },
        preset: {
          text: 'Linear10PercentEvery1Minute',
          means: ['linear-preset'],
          why: 'Linear10PercentEvery1Minute moves another 10 percent of the traffic every minute, so the new version has all of it after ten steps. SAM also offers linear types every 2, 3 and 10 minutes.',
          docs: samGradual,
        },
      },
    },
    {
      id: 'all-at-once',
      name: 'All-at-once',
      cells: {
        shift: {
          text: 'All the traffic at once, as soon as the deployment starts',
          means: ['at-once'],
          why: 'All-at-once has no percentage and no interval: the alias points entirely to the new version in one step.',
        },
        steps: {
          text: 'A single increment',
          means: ['single'],
          why: 'An all-at-once deployment moves everything in one step, so no small first group of users limits the impact if the new version fails.',
        },
        preset: {
          text: 'AllAtOnce',
          means: ['all-at-once-preset'],
          why: 'AllAtOnce moves all the traffic immediately, while hooks and alarms of the deployment preference still apply.',
          docs: samGradual,
        },
      },
    },
  ],
} as const satisfies AttributeTable;
