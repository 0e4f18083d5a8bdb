/**
 * Small helpers shared by the topic modules, so that documentation pages are cited the same way
 * everywhere. Data only: no logic beyond building literals.
 */
import type { DocRef, ExamCode } from '../schema';

/** The month every cited page was last compared with the claims that cite it. */
export const checkedOn = '2026-12';

export const bothExams = ['DVA-C02', 'SAP-C02'] as const satisfies readonly ExamCode[];

export const docsBase = 'https://docs.aws.amazon.com/';
export const lambdaGuide = `${docsBase}lambda/latest/dg/`;
export const lambdaApi = `${docsBase}lambda/latest/api/`;
export const lambdaOperatorGuide = `${docsBase}lambda/latest/operatorguide/`;
export const cloudFrontGuide = `${docsBase}AmazonCloudFront/latest/DeveloperGuide/`;
export const sqsGuide = `${docsBase}AWSSimpleQueueService/latest/SQSDeveloperGuide/`;
export const cfnGuide = `${docsBase}AWSCloudFormation/latest/UserGuide/`;
/** Resource and property pages of CloudFormation templates (moved out of the User Guide). */
export const cfnTemplateReference = `${docsBase}AWSCloudFormation/latest/TemplateReference/`;
export const samGuide = `${docsBase}serverless-application-model/latest/developerguide/`;
export const stepFunctionsGuide = `${docsBase}step-functions/latest/dg/`;
export const managedPolicies = `${docsBase}aws-managed-policy/latest/reference/`;

/** A documentation page, checked in the current review month. */
export function cite(url: string): DocRef {
  return { url, checked: checkedOn };
}
