/** CodeDeploy traffic-shifting types for Lambda (canary, linear, all-at-once). */
import type { AttributeTable } from '../schema';
import { cfnGuide } from './authoring';
import { beyond, citeAwsDocs } from './beyond-sources';

export const trafficShiftingTable = {
  id: 'deployment.traffic-shifting',
  topic: 'deployment',
  title: 'CodeDeploy traffic shifting for Lambda',
  source: citeAwsDocs(
    `${cfnGuide}aws-properties-codedeploy-deploymentconfig-trafficroutingconfig.html`,
  ),
  exams: beyond.exams,
  domains: ['dva-3', 'sap-3'],
  subject: { one: 'traffic-shifting type', many: 'traffic-shifting types' },
  nameLabel: 'Type',
  columns: [
    {
      key: 'shift',
      label: 'How traffic moves to the new version',
      ask: 'With {row} traffic shifting, how does traffic move to the new version?',
      which: 'Which traffic-shifting type works like this: {value}?',
    },
    {
      key: 'steps',
      label: 'Traffic increments',
      ask: 'With {row} traffic shifting, in how many increments does traffic move?',
      which: 'Which traffic-shifting type shifts traffic in this many increments: {value}?',
    },
  ],
  rows: [
    {
      id: 'canary',
      name: 'Canary',
      cells: {
        shift: {
          text: 'A first percentage, then all the rest after a set interval',
          means: ['first-then-rest'],
        },
        steps: { text: 'Two', means: ['two'] },
      },
    },
    {
      id: 'linear',
      name: 'Linear',
      cells: {
        shift: {
          text: 'Equal increments with an equal number of minutes between them',
          means: ['equal-increments'],
        },
        steps: { text: 'Several equal ones', means: ['several'] },
      },
    },
    {
      id: 'all-at-once',
      name: 'All-at-once',
      cells: {
        shift: { text: 'Everything moves to the new version at once', means: ['at-once'] },
        steps: { text: 'One', means: ['one'] },
      },
    },
  ],
} as const satisfies AttributeTable;
