import type { TopicId } from '../../content/schema';
import type { SourceRef } from '../domain/quiz/question';
import { findSourceTopic } from '../domain/quiz/source-topic';
import { paths } from './paths';

/**
 * Where a card's subject is explained: its place on the Learn page of the topic that lists it,
 * which can be another topic than the card's (a decision question rests on facts of several).
 * @param cardTopic the card's topic, shown when the card has no subject
 */
export function learnLink(cardTopic: TopicId, source: SourceRef | null | undefined): string {
  if (source === null || source === undefined) return paths.topic(cardTopic);
  return paths.learnSource(findSourceTopic(source) ?? cardTopic, source);
}
