import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { findTopic, topics, type Fact, type Topic } from '../../../content/index';
import { outlineTopic } from '../../../src/features/learn/topic-outline';
import { loadTopics } from '../../helpers/load-topics';
import { renderRoute } from '../../helpers/render-route';

const topicOf = (id: string): Topic => {
  const topic = findTopic(id);
  if (!topic) throw new Error(`no topic ${id}`);
  return topic;
};

const plainFacts = (topic: Topic): readonly Fact[] =>
  topic.facts.filter((f) => f.kind !== 'member');

/** The topic's parts in the order they first appear. */
const partsOf = (topic: Topic): string[] => [
  ...new Set(plainFacts(topic).flatMap((f) => (f.part === undefined ? [] : [f.part]))),
];

beforeAll(() => loadTopics());

const contentsOf = async () => screen.findByRole('navigation', { name: 'On this page' });

describe('Learn: the contents of a long topic', () => {
  it('lists the tables, key facts and each part, the sets and the misconceptions, in page order', async () => {
    const topic = topicOf('integration');
    renderRoute('/learn/integration');
    const nav = await contentsOf();
    const names = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toEqual([
      ...topic.tables.map((t) => t.title),
      'Key facts',
      ...partsOf(topic),
      ...topic.sets.map((s) => s.title),
      'Common misconceptions',
    ]);
    const keyFacts = within(nav).getByRole('link', { name: 'Key facts' }).closest('li');
    expect(
      within(keyFacts as HTMLElement)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(partsOf(topic));
  });

  it('links each entry to an element of the page by its id', async () => {
    renderRoute('/learn/architecture');
    const nav = await contentsOf();
    for (const link of within(nav).getAllByRole('link')) {
      const href = link.getAttribute('href') ?? '';
      expect(href).toMatch(/^\/learn\/architecture#[\w.-]+$/);
      const target = document.getElementById(href.split('#')[1] ?? '');
      expect(target, href).not.toBeNull();
      expect(nav.contains(target)).toBe(false);
    }
    expect(within(nav).getByRole('link', { name: 'Key facts' })).toHaveAttribute(
      'href',
      '/learn/architecture#facts-heading',
    );
    for (const table of topicOf('architecture').tables) {
      expect(within(nav).getByRole('link', { name: table.title })).toHaveAttribute(
        'href',
        `/learn/architecture#table-${table.id}`,
      );
    }
  });

  it('moves focus to a section when its link is followed, again on a second visit', async () => {
    const user = userEvent.setup();
    renderRoute('/learn/integration');
    const nav = await contentsOf();
    const streams = screen.getByRole('heading', { level: 3, name: 'Streams' });
    await user.click(within(nav).getByRole('link', { name: 'Streams' }));
    expect(streams).toHaveFocus();
    const misconceptions = within(nav).getByRole('link', { name: 'Common misconceptions' });
    misconceptions.focus();
    await user.keyboard('{Enter}');
    const summary = screen.getByText(/^Common misconceptions \(\d+\)$/);
    expect(summary).toHaveFocus();
    expect(summary.tabIndex).toBe(0);
    await user.click(within(nav).getByRole('link', { name: 'Streams' }));
    expect(streams).toHaveFocus();
    await user.click(within(nav).getByRole('link', { name: 'Streams' }));
    expect(streams).toHaveFocus();
  });

  it('lists nothing for a short topic, whose key facts stay one list', async () => {
    const topic = topicOf('concurrency');
    expect(partsOf(topic)).toEqual([]);
    renderRoute('/learn/concurrency');
    await screen.findByRole('heading', { level: 1, name: topic.title });
    expect(screen.queryByRole('navigation', { name: 'On this page' })).toBeNull();
    const keyFacts = screen.getByRole('region', { name: 'Key facts' });
    expect(within(keyFacts).queryByRole('heading', { level: 3 })).toBeNull();
    const facts = within(keyFacts)
      .getAllByRole('listitem')
      .filter((li) => li.id.startsWith('fact-'));
    expect(facts).toHaveLength(plainFacts(topic).length);
    expect(new Set(facts.map((li) => li.parentElement)).size).toBe(1);
  });

  it('lists the sections of a topic without parts when it has five or more', async () => {
    const topic = topicOf('triggers');
    expect(partsOf(topic)).toEqual([]);
    expect(outlineTopic(topic).entries.length).toBeGreaterThanOrEqual(5);
    renderRoute('/learn/triggers');
    const nav = await contentsOf();
    expect(within(nav).getByRole('link', { name: 'Key facts' }).closest('li')).toHaveTextContent(
      /^Key facts$/,
    );
    for (const set of topic.sets) {
      expect(within(nav).getByRole('link', { name: set.title })).toHaveAttribute(
        'href',
        `/learn/triggers#set-${set.id}`,
      );
    }
  });
});

describe('Learn: key facts in parts', () => {
  it('groups the facts under a subheading for each part, in the order parts first appear', async () => {
    const topic = topicOf('observability');
    renderRoute('/learn/observability');
    const keyFacts = await screen.findByRole('region', { name: 'Key facts' });
    const headings = within(keyFacts)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual(partsOf(topic));
    for (const part of partsOf(topic)) {
      const list = within(keyFacts).getByRole('list', { name: part });
      const ids = within(list)
        .getAllByRole('listitem')
        .filter((li) => li.parentElement === list)
        .map((li) => li.id);
      expect(ids, part).toEqual(
        plainFacts(topic)
          .filter((f) => f.part === part)
          .map((f) => `fact-${f.id}`),
      );
    }
  });

  it('keeps every fact of the long topics on the page, each once, with its id', async () => {
    for (const id of ['architecture', 'event-source-mappings', 'api-gateway', 'permissions']) {
      const topic = topicOf(id);
      const { unmount } = renderRoute(`/learn/${id}`);
      await screen.findByRole('navigation', { name: 'On this page' });
      for (const fact of topic.facts) {
        expect(document.querySelectorAll(`[id="fact-${fact.id}"]`), fact.id).toHaveLength(1);
      }
      unmount();
    }
  });

  it('still lands a link to a fact on that fact, inside its part', async () => {
    renderRoute('/learn/integration#fact-integration.kinesis-replay');
    const list = await screen.findByRole('list', { name: 'Streams' });
    const item = document.getElementById('fact-integration.kinesis-replay');
    expect(item).toHaveFocus();
    expect(list).toContainElement(item);
  });

  it('gives every topic with parts a contents list', () => {
    for (const topic of topics) {
      if (partsOf(topic).length > 0) expect(outlineTopic(topic).showContents, topic.id).toBe(true);
    }
  });
});
