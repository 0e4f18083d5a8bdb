import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONCURRENCY_PRESETS } from '../../../../src/domain/labs/concurrency-presets';
import { currentLocation, renderLab } from '../render-lab';

const TITLE = 'Concurrency calculator';
const preset = (id: string) => {
  const found = CONCURRENCY_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};
const section = (name: string) => screen.getByRole('region', { name });

// Whole-app renders with simulations: generous limits for a shared, busy machine.
describe('Concurrency calculator', { timeout: 30_000 }, () => {
  // Load the lazy page once, outside any test's time limit (slow on a busy machine).
  beforeAll(() => import('../../../../src/features/labs/concurrency/concurrency-page'), 60_000);

  it('labels every input with its unit and shows the formula with the numbers filled in', async () => {
    await renderLab('/labs/concurrency', TITLE);
    expect(screen.getByLabelText('Requests per second (req/s)')).toHaveValue(500);
    expect(screen.getByLabelText('Average duration (ms)')).toHaveValue(200);
    expect(screen.getByLabelText('Account concurrency limit (executions)')).toHaveValue(1000);
    expect(screen.getByLabelText("This function's reserved concurrency (executions)")).toHaveValue(
      null,
    );
    const needed = section('Concurrency needed');
    expect(needed).toHaveTextContent('concurrency = requests/s × average duration (s)');
    expect(needed).toHaveTextContent('= 500 × 0.2 s = 100 concurrent executions');
    expect(
      within(needed).getByRole('link', { name: /^Concurrency equals the average request rate/ }),
    ).toHaveAttribute('href', '/learn/concurrency#fact-concurrency.formula');
  });

  it('recalculates as an input changes and keeps the setup in the address', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const user = userEvent.setup();
    const rps = screen.getByLabelText('Requests per second (req/s)');
    await user.clear(rps);
    await user.type(rps, '2000');
    expect(section('Concurrency needed')).toHaveTextContent('= 2,000 × 0.2 s = 400');
    expect(currentLocation()).toBe('/labs/concurrency?rps=2000');
  });

  it('says when an input is out of range and keeps the last valid results', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const user = userEvent.setup();
    const duration = screen.getByLabelText('Average duration (ms)');
    await user.clear(duration);
    await user.type(duration, '1000000');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Average duration must be at most 900,000 ms.',
    );
    expect(duration).toHaveAttribute('aria-invalid', 'true');
    expect(duration).toHaveAccessibleDescription(/900,000 ms/);
    expect(screen.getByText(/results are for the last valid setup/)).toBeInTheDocument();
    // 100000 was the last value in range while typing 1000000.
    expect(section('Concurrency needed')).toHaveTextContent('= 500 × 100 s = 50,000');
    expect(currentLocation()).toBe('/labs/concurrency?durationMs=100000');
  });

  it('refuses provisioned concurrency above the reservation, as AWS does', async () => {
    await renderLab('/labs/concurrency?reserved=50', TITLE);
    const user = userEvent.setup();
    const provisioned = screen.getByLabelText('Provisioned concurrency (environments)');
    await user.clear(provisioned);
    await user.type(provisioned, '80');
    expect(screen.getByRole('alert')).toHaveTextContent(
      /can't exceed this function's reserved concurrency \(50\)/,
    );
  });

  it('loads a preset, marks it chosen and shows its critical finding with a text label', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const user = userEvent.setup();
    const zero = preset('reserved-zero');
    await user.click(screen.getByRole('button', { name: zero.title }));
    expect(screen.getByRole('button', { name: zero.title })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText(zero.description)).toBeInTheDocument();
    expect(screen.getByLabelText("This function's reserved concurrency (executions)")).toHaveValue(
      0,
    );
    const findings = section('Findings');
    expect(within(findings).getAllByText(/Critical:/).length).toBeGreaterThan(0);
    expect(section('Capacity and throttling')).toHaveTextContent('100% of requests');
    expect(currentLocation()).toBe('/labs/concurrency?reserved=0');
  });

  it('flags an unreserved pool below 100 and links the checklist item', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const user = userEvent.setup();
    await user.click(
      screen.getByRole('button', { name: preset('reservation-starves-pool').title }),
    );
    expect(section('Unreserved pool')).toHaveTextContent('= 1,000 − 950 − 0 = 50 unreserved');
    expect(section('Unreserved pool')).toHaveTextContent('Problem: below the minimum of 100');
    expect(
      within(section('Findings')).getAllByRole('link', {
        name: /Checklist: One function consuming the account’s whole concurrency/,
      })[0],
    ).toHaveAttribute(
      'href',
      '/learn/checklist#check-checklist.function-takes-account-concurrency',
    );
  });

  it('reloads the form from a preset, dropping an out-of-range entry', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Requests per second (req/s)'));
    expect(screen.getByRole('alert')).toHaveTextContent('Requests per second must be a number');
    await user.click(screen.getByRole('button', { name: preset('worked-example').title }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Requests per second (req/s)')).toHaveValue(500);
    expect(screen.queryByText(/results are for the last valid setup/)).toBeNull();
  });

  it('draws the burst as a chart with a table alternative', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: preset('burst-3000').title }));
    const burst = section('Burst scaling');
    const chart = within(burst).getByRole('img');
    expect(chart).toHaveAccessibleName(/fully served after 20 s/);
    const table = within(burst).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + 4);
    expect(within(table).getByRole('rowheader', { name: '20 s' })).toBeInTheDocument();
  });

  it('restores the setup from a shared address', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: preset('reservation-throttles').title }));
    const shared = currentLocation();
    cleanup();
    await renderLab(shared, TITLE);
    expect(screen.getByLabelText('Requests per second (req/s)')).toHaveValue(1000);
    expect(screen.getByLabelText("This function's reserved concurrency (executions)")).toHaveValue(
      200,
    );
    expect(section('Capacity and throttling')).toHaveTextContent('60% of requests');
  });

  it('explains a broken address and falls back to the defaults', async () => {
    await renderLab('/labs/concurrency?rps=lots&durationMs=300', TITLE);
    expect(screen.getByRole('alert')).toHaveTextContent('Part of this link could not be used');
    expect(screen.getByRole('alert')).toHaveTextContent('rps=lots');
    expect(screen.getByLabelText('Requests per second (req/s)')).toHaveValue(500);
    expect(screen.getByLabelText('Average duration (ms)')).toHaveValue(300);
  });

  it('announces the headline result politely', async () => {
    await renderLab('/labs/concurrency', TITLE);
    const status = screen.getAllByRole('status').find((s) => s.textContent?.startsWith('Needs'));
    expect(status).toHaveTextContent('Needs 100 concurrent executions; no throttling');
  });
});
