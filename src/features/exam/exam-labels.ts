import { findTopic } from '../../../content/index';
import type { DomainId, ExamCode, ExamProfile, TopicId } from '../../../content/schema';
import { findExamProfile } from '../../domain/exam/assemble-exam';
import { assertNever } from '../../domain/lib/assert-never';
import { formatDuration } from '../../domain/exam/exam-timing';
import type { AssemblyNote, ExamLength } from '../../domain/exam/exam-types';

/** "Domain 2: Security". */
export function domainName(profile: ExamProfile, id: DomainId | string): string {
  const index = profile.domains.findIndex((d) => d.id === id);
  const domain = profile.domains[index];
  return domain ? `Domain ${index + 1}: ${domain.name}` : id;
}

export function topicTitle(id: TopicId | string): string {
  return findTopic(id)?.title ?? id;
}

/** "Full length: 65 questions, 2 h 10 min" or "10 questions, 20 min". */
export function describeLength(profile: ExamProfile, length: ExamLength, minutes: number): string {
  const time = formatDuration(minutes * 60_000);
  return length === 'full'
    ? `Full length: ${profile.questions} questions, ${time}`
    : `${length} questions, ${time}`;
}

/** A sentence for each assembly shortfall, for the start and result pages. */
export function describeNote(code: ExamCode, note: AssemblyNote): string {
  const profile = findExamProfile(code);
  switch (note.kind) {
    case 'domain-short':
      return `${domainName(profile, note.domain)} has ${note.got} of the ${note.wanted} questions its weight asks for: the content holds too few cards for it, so the other domains filled its place.`;
    case 'multiple-response-short':
      return `${domainName(profile, note.domain)} has ${note.got} multiple-response questions of the ${note.wanted} wanted: the content holds too few such cards for it.`;
    case 'bank-short':
      return `The content holds ${note.got} questions for this exam, fewer than the ${note.wanted} asked for.`;
    default:
      return assertNever(note);
  }
}

/** Percent for people: whole numbers, "72%". */
export function formatPercent(correct: number, total: number): string {
  return `${total === 0 ? 0 : Math.round((correct / total) * 100)}%`;
}
