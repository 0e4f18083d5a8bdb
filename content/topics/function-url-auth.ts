/** Function URL auth types, AWS_IAM vs NONE, for the permissions topic. */
import type { AttributeTable } from '../schema';
import { lambdaGuide } from './authoring';
import { beyond, citeAwsDocs } from './beyond-sources';

export const functionUrlAuthTable = {
  id: 'permissions.function-url-auth',
  topic: 'permissions',
  title: 'Function URL auth types',
  source: citeAwsDocs(`${lambdaGuide}urls-auth.html`),
  exams: beyond.exams,
  domains: ['dva-2', 'sap-1'],
  subject: { one: 'auth type', many: 'auth types' },
  nameLabel: 'AuthType',
  display: { kind: 'transposed', label: 'Attribute' },
  columns: [
    {
      key: 'authentication',
      label: 'Authentication by Lambda',
      ask: 'How does Lambda authenticate requests to a function URL with AuthType {row}?',
      which: 'Which function URL auth type means this: {value}?',
    },
    {
      key: 'resourcePolicy',
      label: 'Resource-based policy',
      ask: 'What must the resource-based policy do for a function URL with AuthType {row}?',
      which: 'For which function URL auth type is this the resource-based policy’s role: {value}?',
    },
    {
      key: 'callers',
      label: 'Who can call',
      ask: 'Who can call a function URL with AuthType {row}?',
      which: 'Which function URL auth type allows this: {value}?',
    },
  ],
  rows: [
    {
      id: 'aws-iam',
      name: 'AWS_IAM',
      cells: {
        authentication: {
          text: 'Authenticates and authorizes the IAM principal',
          means: ['iam'],
        },
        resourcePolicy: {
          text: 'Grant callers from other accounts; same-account callers may rely on their identity policy',
          means: ['cross-account'],
        },
        callers: { text: 'Authenticated IAM users and roles only', means: ['authenticated'] },
      },
    },
    {
      id: 'none',
      name: 'NONE',
      cells: {
        authentication: { text: 'No authentication at all', means: ['none'] },
        resourcePolicy: {
          text: 'Grant public access, or no request gets through',
          means: ['public'],
        },
        callers: { text: 'Anyone, without authentication', means: ['public'] },
      },
    },
  ],
} as const satisfies AttributeTable;
