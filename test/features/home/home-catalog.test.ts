import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { listCards } from '../../../src/domain/quiz/generate-questions';
import { loadHomeCatalog } from '../../../src/features/home/home-catalog';
import { listHomeCatalog } from '../../../src/features/home/list-home-catalog';

describe("Home's card catalog", () => {
  it('lists every card once with its topic, exams, domains and style, and every topic with its title', () => {
    const data = listHomeCatalog();
    expect(data.cards).toEqual(
      listCards({ topics }).map(({ cardId, topic, exams, domains, style }) => ({
        cardId,
        topic,
        exams,
        domains,
        style,
      })),
    );
    expect(new Set(data.cards.map((c) => c.cardId)).size).toBe(data.cards.length);
    expect(data.titles).toEqual(topics.map((t) => [t.id, t.title]));
  });

  it('plans on the page where there are no workers, and gives the same catalog', async () => {
    const catalog = await loadHomeCatalog();
    const data = listHomeCatalog();
    expect(catalog.cards).toEqual(data.cards);
    expect([...catalog.titles]).toEqual(data.titles);
    expect(await loadHomeCatalog()).toBe(catalog);
  });
});
