/**
 * Small helpers shared by the topic modules, so that sources and fact-check notes are
 * written the same way everywhere. Data only: no logic beyond building literals.
 */
import type { ExamCode, FactCheck, SeedSection } from '../schema';

/** The month every fact-check note was last compared with AWS documentation. */
export const factCheckedOn = '2026-11';

export const bothExams = ['DVA-C02', 'SAP-C02'] as const satisfies readonly ExamCode[];

export const lambdaGuide = 'https://docs.aws.amazon.com/lambda/latest/dg/';
export const cloudFrontGuide =
  'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/';
export const sqsGuide =
  'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/';
export const cfnGuide = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/';

/** A source pointing at a section of the study document. */
export function citeSection<S extends SeedSection>(section: S) {
  return { kind: 'seed', section } as const;
}

/**
 * A fact-check note: what AWS documentation says now, with its page.
 * `examNote` is set only when older exam questions may still expect the document's figure.
 */
export function noteFactCheck(says: string, url: string, examNote?: string): FactCheck {
  const source = { kind: 'aws-docs', url, checked: factCheckedOn } as const;
  return examNote === undefined ? { says, source } : { says, source, examNote };
}
