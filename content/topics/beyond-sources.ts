/**
 * Shared pieces of the topics that go beyond the study document. Every claim there cites
 * the AWS documentation page that states it; the base URLs keep those citations uniform.
 */
import { factCheckedOn } from './authoring';

export const docsBase = 'https://docs.aws.amazon.com/';
export const lambdaApi = `${docsBase}lambda/latest/api/`;
export const lambdaOperatorGuide = `${docsBase}lambda/latest/operatorguide/`;
export const samGuide = `${docsBase}serverless-application-model/latest/developerguide/`;
export const stepFunctionsGuide = `${docsBase}step-functions/latest/dg/`;
export const managedPolicies = `${docsBase}aws-managed-policy/latest/reference/`;

/** A source pointing at an AWS documentation page, checked in the current review month. */
export function citeAwsDocs(url: string) {
  return { kind: 'aws-docs', url, checked: factCheckedOn } as const;
}

/** Fields every fact beyond the document shares: marked as such, tagged for both exams. */
export const beyond = { beyondSeed: true, exams: ['DVA-C02', 'SAP-C02'] } as const;
