/** Classic edge scenarios, each with the option the chooser should recommend. */
import type { EdgeChoice } from './edge-limits';
import { DEFAULT_EDGE_REQUIREMENTS, type EdgeRequirements } from './edge-requirements';
import type { LabPreset } from './lab-types';

export type EdgePresetId =
  | 'url-rewrite'
  | 'header-manipulation'
  | 'redirect'
  | 'token-auth-lookup'
  | 'ab-testing'
  | 'geo-routing'
  | 'image-resizing'
  | 'report-generation';

export type EdgePreset = LabPreset<EdgeRequirements> &
  Readonly<{ id: EdgePresetId; expected: EdgeChoice }>;

const simple: EdgeRequirements = {
  ...DEFAULT_EDGE_REQUIREMENTS,
  executionTimeMs: 0.3,
  memoryMb: 1,
};

export const EDGE_PRESETS = [
  {
    id: 'url-rewrite',
    title: 'URL rewrite',
    description: 'Rewrite /about to /about/index.html on every viewer request, at high volume.',
    inputs: { ...simple, costSensitive: true, requestVolume: 'high' },
    expected: 'cloudfront-functions',
  },
  {
    id: 'header-manipulation',
    title: 'Header manipulation',
    description: 'Add security headers to every response on its way to the viewer.',
    inputs: { ...simple, triggerPoint: 'viewer-response' },
    expected: 'cloudfront-functions',
  },
  {
    id: 'redirect',
    title: 'Redirect',
    description: 'Send visitors of an old path to the new one with a 301.',
    inputs: simple,
    expected: 'cloudfront-functions',
  },
  {
    id: 'token-auth-lookup',
    title: 'Token auth with a lookup',
    description:
      'Validate a session token by looking it up in a remote store before serving the request.',
    inputs: { ...simple, needsNetworkCalls: true, executionTimeMs: 150, memoryMb: 128 },
    expected: 'lambda-at-edge',
  },
  {
    id: 'ab-testing',
    title: 'A/B testing',
    description:
      'Send each experiment group to its own origin, chosen on the origin request so each variant caches separately.',
    inputs: { ...simple, triggerPoint: 'origin-request', executionTimeMs: 20, memoryMb: 128 },
    expected: 'lambda-at-edge',
  },
  {
    id: 'geo-routing',
    title: 'Geo-routing',
    description:
      "A Python function picks the nearest regional origin from the viewer's country header.",
    inputs: {
      ...simple,
      language: 'python',
      triggerPoint: 'origin-request',
      executionTimeMs: 10,
      memoryMb: 128,
    },
    expected: 'lambda-at-edge',
  },
  {
    id: 'image-resizing',
    title: 'Image resizing',
    description: 'Fetch the original image, resize it and return the result to be cached.',
    inputs: {
      ...simple,
      needsNetworkCalls: true,
      triggerPoint: 'origin-response',
      executionTimeMs: 2000,
      memoryMb: 1536,
    },
    expected: 'lambda-at-edge',
  },
  {
    id: 'report-generation',
    title: 'PDF report generation',
    description:
      'A Java service renders a report for two minutes: too long and too heavy for the edge.',
    inputs: {
      ...simple,
      language: 'other',
      needsNetworkCalls: true,
      triggerPoint: 'origin-request',
      executionTimeMs: 120_000,
      memoryMb: 2048,
    },
    expected: 'regional',
  },
] as const satisfies readonly EdgePreset[];
