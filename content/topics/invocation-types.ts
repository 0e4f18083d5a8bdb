/** The synchronous vs asynchronous comparison of the invocation topic. */
import type { AttributeTable } from '../schema';
import { beyond, citeAwsDocs, lambdaApi } from './beyond-sources';

export const invocationTable = {
  id: 'invocation.types',
  topic: 'invocation',
  title: 'Synchronous vs asynchronous invocation',
  source: citeAwsDocs(`${lambdaApi}API_Invoke.html`),
  exams: beyond.exams,
  domains: ['dva-1', 'sap-3'],
  subject: { one: 'invocation type', many: 'invocation types' },
  nameLabel: 'Invocation type',
  display: { kind: 'transposed', label: 'Attribute' },
  columns: [
    {
      key: 'caller',
      label: 'Caller',
      ask: 'With {row} invocation, what does the caller get back?',
      which: 'With which invocation type does the caller get this: {value}?',
    },
    {
      key: 'retries',
      label: 'Retries after a function error',
      ask: 'With {row} invocation, who retries after a function error?',
      which: 'For which invocation type is this the retry behaviour: {value}?',
    },
    {
      key: 'payload',
      label: 'Maximum payload',
      ask: 'With {row} invocation, what is the maximum payload?',
      which: 'Which invocation type has a maximum payload of {value}?',
    },
    {
      key: 'unprocessed',
      label: 'Events that still fail',
      ask: 'With {row} invocation, where does an event end up when it keeps failing?',
      which: 'For which invocation type can failed events go here: {value}?',
    },
  ],
  rows: [
    {
      id: 'synchronous',
      name: 'Synchronous',
      cells: {
        caller: { text: 'The function’s response, after waiting for it', means: ['waits'] },
        retries: { text: 'The client or service that called it decides', means: ['caller'] },
        payload: { text: '6 MB each way', means: ['6-mb'] },
        unprocessed: { text: 'The error goes back to the caller', means: ['caller'] },
      },
    },
    {
      id: 'asynchronous',
      name: 'Asynchronous',
      cells: {
        caller: { text: 'A confirmation that the event was queued', means: ['queued'] },
        retries: { text: 'Lambda, up to two more times by default', means: ['lambda'] },
        payload: { text: '1 MB', means: ['1-mb'] },
        unprocessed: { text: 'A dead-letter queue or an on-failure destination', means: ['dlq'] },
      },
    },
  ],
} as const satisfies AttributeTable;
