import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseEdgeCompute } from '../../../../src/domain/labs/edge-chooser';
import { EDGE_PRESETS } from '../../../../src/domain/labs/edge-presets';
import { currentLocation, renderLab } from '../render-lab';

const TITLE = 'Lambda@Edge or CloudFront Functions';
const section = (name: string) => screen.getByRole('region', { name });
const headline = () => screen.getByText(/^Recommendation: /, { selector: 'p.lab-headline' });

// Whole-app renders with simulations: generous limits for a shared, busy machine.
describe('Lambda@Edge or CloudFront Functions chooser', { timeout: 30_000 }, () => {
  // Load the lazy page once, outside any test's time limit (slow on a busy machine).
  beforeAll(() => import('../../../../src/features/labs/edge-chooser/edge-chooser-page'), 60_000);

  it('labels the requirements, with units on the numbers', async () => {
    await renderLab('/labs/edge-chooser', TITLE);
    expect(screen.getByRole('radio', { name: 'JavaScript' })).toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Calls other services over the network' }),
    ).not.toBeChecked();
    expect(
      screen.getByRole('checkbox', { name: 'Reads or rewrites the request body' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Execution time (ms)')).toHaveValue(0.5);
    expect(screen.getByLabelText('Memory (MB)')).toHaveValue(1);
    expect(screen.getByRole('group', { name: 'Trigger point' })).toBeInTheDocument();
    expect(headline()).toHaveTextContent('Recommendation: CloudFront Functions.');
  });

  it.each(EDGE_PRESETS.map((p) => [p.title, p] as const))(
    'recommends what the %s preset calls for',
    async (_title, preset) => {
      await renderLab('/labs/edge-chooser', TITLE);
      const user = userEvent.setup();
      await user.click(screen.getByRole('button', { name: preset.title }));
      expect(screen.getByRole('button', { name: preset.title })).toHaveAttribute(
        'aria-pressed',
        'true',
      );
      expect(headline()).toHaveTextContent(
        `Recommendation: ${chooseEdgeCompute(preset.inputs).headline}.`,
      );
    },
  );

  it('ties each deciding reason to the comparison table or the AWS page it comes from', async () => {
    await renderLab('/labs/edge-chooser', TITLE);
    const user = userEvent.setup();
    await user.click(
      screen.getByRole('checkbox', { name: 'Calls other services over the network' }),
    );
    expect(headline()).toHaveTextContent('Recommendation: Lambda@Edge.');
    const why = section('Why');
    const items = within(why)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('edge-reason'));
    expect(items[0]).toHaveTextContent('Rules out CloudFront Functions');
    for (const item of items) {
      expect(within(item).getAllByRole('link').length).toBeGreaterThan(0);
    }
    const tableLinks = within(why).getAllByRole('link', { name: /^Comparison table:/ });
    for (const link of tableLinks)
      expect(link).toHaveAttribute('href', '/learn/edge#table-edge.comparison');
    expect(currentLocation()).toBe('/labs/edge-chooser?network=1');
  });

  it('shows where the notes said otherwise than a table cell', async () => {
    await renderLab('/labs/edge-chooser?timeMs=2', TITLE);
    const why = section('Why');
    expect(within(why).getByText(/beyond CloudFront Functions' 1 ms/)).toBeInTheDocument();
    expect(within(why).getAllByText(/The notes said “/).length).toBeGreaterThan(0);
  });

  it('lists every option with what rules it out', async () => {
    await renderLab('/labs/edge-chooser?lang=other&timeMs=120000&memoryMb=2048', TITLE);
    const verdicts = section('Every option, cheapest first');
    expect(verdicts).toHaveTextContent('Ruled out: CloudFront Functions');
    expect(verdicts).toHaveTextContent('Ruled out: Lambda@Edge');
    expect(verdicts).toHaveTextContent('Fits: A regional function');
    expect(headline()).toHaveTextContent('Neither: a regional Lambda function behind the origin');
  });

  it('says when a number is out of range', async () => {
    await renderLab('/labs/edge-chooser', TITLE);
    const user = userEvent.setup();
    const memory = screen.getByLabelText('Memory (MB)');
    await user.clear(memory);
    await user.type(memory, '20000');
    expect(screen.getByRole('alert')).toHaveTextContent('Memory must be at most 10,240 MB.');
  });

  it('restores the requirements from a shared address', async () => {
    await renderLab('/labs/edge-chooser', TITLE);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /Origin response/ }));
    await user.click(screen.getByRole('radio', { name: 'Python' }));
    const shared = currentLocation();
    cleanup();
    await renderLab(shared, TITLE);
    expect(screen.getByRole('radio', { name: /Origin response/ })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Python' })).toBeChecked();
    expect(headline()).toHaveTextContent('Recommendation: Lambda@Edge.');
  });

  it('explains a broken link and keeps the defaults', async () => {
    await renderLab('/labs/edge-chooser?trigger=sideways', TITLE);
    expect(screen.getByRole('alert')).toHaveTextContent('trigger=sideways');
    expect(screen.getByRole('radio', { name: /Viewer request/ })).toBeChecked();
  });
});
