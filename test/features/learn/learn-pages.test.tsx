import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { topics } from '../../../content/index';
import { renderRoute } from '../../helpers/render-route';

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
    expect(sources).toEqual([
      'API Gateway / ALB',
      'S3',
      'SNS',
      'EventBridge',
      'SQS',
      'DynamoDB Streams',
      'Kinesis Data Streams',
      'Cognito',
      'Step Functions',
    ]);
  });

  it('marks where AWS documentation differs, with a link to the source', async () => {
    renderRoute('/learn/triggers');
    await screen.findByRole('table', { name: 'Lambda triggers (event sources)' });
    const note = screen.getAllByRole('note', { name: 'AWS documentation note' })[0];
    expect(note).toBeDefined();
    expect(within(note as HTMLElement).getByText('AWS docs now say:')).toBeInTheDocument();
    expect(within(note as HTMLElement).getByRole('link')).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/docs\.aws\.amazon\.com\//),
    );
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
    expect(within(table).getAllByRole('rowheader')).toHaveLength(8);
    const memory = within(table).getByRole('rowheader', { name: 'Max memory' }).closest('tr');
    expect(within(memory as HTMLElement).getByRole('cell', { name: /2MB/ })).toBeInTheDocument();
  });
});
