/** The headings of the content: topic and table titles, which no card may paste in. */
import type { Topic } from '../../../../content/schema';

/** Topic and table titles, each once. */
export function listContentTitles(topics: readonly Topic[]): string[] {
  return [...new Set(topics.flatMap((t) => [t.title, ...t.tables.map((table) => table.title)]))];
}
