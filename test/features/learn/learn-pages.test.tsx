import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { loadTopics } from '../../helpers/load-topics';
import { renderRoute } from '../../helpers/render-route';

beforeAll(() => loadTopics());

describe('Learn', () => {
  it('lists the study guide topics, then those beyond it, each linked to its page', async () => {
    renderRoute('/learn');
    await screen.findByRole('heading', { level: 1, name: 'Learn' });
    const guide = screen.getByRole('list', { name: 'Study guide topics' });
    const beyond = screen.getByRole('list', { name: 'Topics beyond the guide' });
    for (const topic of topics) {
      const list = topic.beyondSeed === true ? beyond : guide;
      const link = within(list).getByRole('link', { name: (name) => name.startsWith(topic.title) });
      expect(link).toHaveAttribute('href', `/learn/${topic.id}`);
    }
    expect(within(guide).getAllByRole('link')).toHaveLength(
      topics.filter((t) => t.beyondSeed !== true).length,
    );
    expect(within(beyond).getAllByRole('link').length).toBeGreaterThanOrEqual(10);
  });

  it('renders the trigger table as a real table with every source as a row header', async () => {
    renderRoute('/learn/triggers');
    const table = await screen.findByRole('table', { name: 'Lambda triggers (event sources)' });
    for (const name of ['Source', 'Invocation', 'Concurrency', 'Ordering']) {
      expect(within(table).getByRole('columnheader', { name })).toBeInTheDocument();
    }
    const sources = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent);
    const content = topics.flatMap((t) => t.tables).find((t) => t.id === 'triggers.sources');
    expect(sources).toEqual(content?.rows.map((r) => r.name));
    expect(sources).toHaveLength(9);
  });

  it('states each fact as AWS says it today, then what the notes said, with the AWS page checked', async () => {
    renderRoute('/learn/layers');
    await screen.findByRole('heading', { level: 1, name: 'Lambda layers' });
    const fact = topics.flatMap((t) => t.facts).find((f) => f.id === 'layers.use-sdk-extensions');
    const item = document.getElementById('fact-layers.use-sdk-extensions');
    expect(item).not.toBeNull();
    const note = within(item as HTMLElement).getByRole('note', { name: 'Older material' });
    expect(note).toHaveTextContent(/^The notes said “AWS SDK extensions”\./);
    const text = item?.textContent ?? '';
    expect(text.indexOf(fact?.statement ?? '?')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(fact?.statement ?? '?')).toBeLessThan(text.indexOf('The notes said'));
    expect(
      within(item as HTMLElement).getByRole('link', { name: /^Lambda docs:/ }),
    ).toHaveAttribute('href', expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\//));
  });

  it('gathers a topic’s misconceptions in one list, each with the reason it is wrong', async () => {
    renderRoute('/learn/layers');
    const summary = await screen.findByText(/^Common misconceptions \(\d+\)$/);
    expect(screen.getAllByText(/^Common misconceptions/)).toHaveLength(1);
    const list = summary.closest('details');
    const layers = topics.find((t) => t.id === 'layers');
    const first = layers?.facts[0]?.misconceptions[0];
    expect(within(list as HTMLElement).getByText(first?.why ?? '?')).toBeInTheDocument();
  });

  it('offers to practise the topic', async () => {
    renderRoute('/learn/triggers');
    expect(await screen.findByRole('link', { name: 'Practise this topic' })).toHaveAttribute(
      'href',
      '/quiz?topic=triggers',
    );
  });

  it('shows a not-found page for an unknown topic', async () => {
    renderRoute('/learn/not-a-topic');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText(/no such topic/)).toBeInTheDocument();
  });
});

describe('Learn: the edge comparison', () => {
  it('shows features as rows and the two options as columns, as the study guide does', async () => {
    renderRoute('/learn/edge');
    const table = await screen.findByRole('table', { name: 'Lambda@Edge vs CloudFront Functions' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Feature', 'Lambda@Edge', 'CloudFront Functions']);
    const edge = topics.flatMap((t) => t.tables).find((t) => t.id === 'edge.comparison');
    expect(within(table).getAllByRole('rowheader')).toHaveLength(edge?.columns.length ?? -1);
    const memory = within(table).getByRole('rowheader', { name: 'Max memory' }).closest('tr');
    expect(within(memory as HTMLElement).getByRole('cell', { name: /2 MB/ })).toBeInTheDocument();
  });
});
