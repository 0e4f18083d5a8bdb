import type { ExamProfile } from './schema';

const shared = {
  scaledMin: 100,
  scaledMax: 1000,
  questionTypes: [
    'Multiple choice: one correct answer out of four options.',
    'Multiple response: two or more correct answers out of five or more options.',
  ],
} as const;

/** Exam formats and domain weights, from the AWS exam guides. */
export const examProfiles = [
  {
    ...shared,
    code: 'DVA-C02',
    name: 'AWS Certified Developer – Associate',
    questions: 65,
    scoredQuestions: 50,
    minutes: 130,
    passingScore: 720,
    domains: [
      { id: 'dva-1', name: 'Development with AWS Services', weight: 32 },
      { id: 'dva-2', name: 'Security', weight: 26 },
      { id: 'dva-3', name: 'Deployment', weight: 24 },
      { id: 'dva-4', name: 'Troubleshooting and Optimization', weight: 18 },
    ],
    notes: [
      '65 questions: 50 scored and 15 unscored, which are not marked.',
      'Unanswered questions count as wrong; there is no penalty for guessing.',
    ],
  },
  {
    ...shared,
    code: 'SAP-C02',
    name: 'AWS Certified Solutions Architect – Professional',
    questions: 75,
    scoredQuestions: 75,
    minutes: 180,
    passingScore: 750,
    domains: [
      { id: 'sap-1', name: 'Design Solutions for Organizational Complexity', weight: 26 },
      { id: 'sap-2', name: 'Design for New Solutions', weight: 29 },
      { id: 'sap-3', name: 'Continuous Improvement for Existing Solutions', weight: 25 },
      { id: 'sap-4', name: 'Accelerate Workload Migration and Modernization', weight: 20 },
    ],
    notes: ['Unanswered questions count as wrong; there is no penalty for guessing.'],
  },
] as const satisfies readonly ExamProfile[];
