import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { loadedTopic } from '../../../content/topic-loaders';
import { renderRoute } from '../../helpers/render-route';

/*
 * Nothing here loads topics ahead: each page loads what it shows, as on a first visit. A page
 * that waits for a topic inside the test's `act` is rendered in an awaited one.
 */
async function renderLoading(path: string) {
  await act(async () => {
    renderRoute(path);
  });
}

describe('loading a topic for the page that shows it', { timeout: 30_000 }, () => {
  it('loads the topic of a Learn page, and no other', async () => {
    await renderLoading('/learn/layers');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lambda layers' }),
    ).toBeInTheDocument();
    expect(loadedTopic('layers')?.title).toBe('Lambda layers');
    expect(loadedTopic('triggers')).toBeUndefined();
    expect(loadedTopic('concurrency')).toBeUndefined();
  });

  it('lands a link to a fact on that fact once its topic is loaded', async () => {
    await renderLoading('/learn/integration#fact-integration.kinesis-replay');
    const list = await screen.findByRole('list', { name: 'Streams' });
    const item = document.getElementById('fact-integration.kinesis-replay');
    expect(item).toHaveFocus();
    expect(list).toContainElement(item);
    expect(screen.getByRole('navigation', { name: 'On this page' })).toBeInTheDocument();
  });

  it('shows the not-found page for an id that is no topic’s, without loading any', async () => {
    await renderLoading('/learn/constructor');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByText(/no such topic/)).toBeInTheDocument();
  });

  it('shows a lab’s results at once and its links once their topics are loaded', async () => {
    expect(loadedTopic('concurrency')).toBeUndefined();
    renderRoute('/labs/concurrency');
    const needed = await screen.findByRole(
      'region',
      { name: 'Concurrency needed' },
      { timeout: 15_000 },
    );
    expect(needed).toHaveTextContent('= 500 × 0.2 s = 100 concurrent executions');
    expect(
      await within(needed).findByRole('link', {
        name: /^Concurrency equals the average request rate/,
      }),
    ).toHaveAttribute('href', '/learn/concurrency#fact-concurrency.formula');
    expect(loadedTopic('concurrency')).toBeDefined();
    expect(loadedTopic('exam-tips')).toBeUndefined();
  });
});
