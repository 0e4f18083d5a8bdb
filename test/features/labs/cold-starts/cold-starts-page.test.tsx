import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COLD_START_INPUTS } from '../../../../src/domain/labs/cold-start-model';
import { COLD_START_PRESETS } from '../../../../src/domain/labs/cold-start-presets';
import { simulateColdStarts } from '../../../../src/domain/labs/cold-start-simulation';
import { currentLocation, renderLab } from '../render-lab';

const TITLE = 'Cold-start timeline';
/** A short run (about 1,500 requests) keeps tests that do not need the default setup quick. */
const SHORT = '/labs/cold-starts?minutes=5';
const preset = (id: string) => {
  const found = COLD_START_PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
};
const section = (name: string) => screen.getByRole('region', { name });
const summaryValue = (term: string) =>
  within(section('Summary')).getByText(term).nextElementSibling?.textContent;

// Whole-app renders with simulations: generous limits for a shared, busy machine.
describe('Cold-start timeline', { timeout: 30_000 }, () => {
  // Load the lazy page once, outside any test's time limit (slow on a busy machine).
  beforeAll(() => import('../../../../src/features/labs/cold-starts/cold-starts-page'), 60_000);

  it('labels every input with its unit and marks runtime figures as typical', async () => {
    await renderLab(SHORT, TITLE);
    expect(screen.getByLabelText('Runtime')).toHaveValue('nodejs');
    expect(screen.getByLabelText('Runtime')).toHaveAccessibleDescription(/typical, approximate/);
    for (const label of [
      'Package size (MB)',
      'Init work (ms)',
      'Provisioned concurrency (environments)',
      'Idle time before recycling (min)',
      'Average requests per second (req/s)',
      'Average handler time (ms)',
      'Simulated duration (min)',
    ]) {
      expect(screen.getByLabelText(label)).toBeInTheDocument();
    }
    expect(screen.getByRole('radio', { name: /Steady/ })).toBeChecked();
  });

  it('offers SnapStart only for runtimes that support it', async () => {
    await renderLab(SHORT, TITLE);
    expect(screen.queryByRole('checkbox', { name: /SnapStart/ })).toBeNull();
    expect(screen.getByText(/SnapStart isn't available for Node.js/)).toBeInTheDocument();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Runtime'), 'java');
    expect(
      screen.getByRole('checkbox', { name: 'SnapStart (Java 11 and later)' }),
    ).not.toBeChecked();
  });

  it('shows the summary of the seeded run for a preset, with its findings', async () => {
    await renderLab('/labs/cold-starts', TITLE);
    const user = userEvent.setup();
    const java = preset('java-api');
    await user.click(screen.getByRole('button', { name: java.title }));
    const expected = simulateColdStarts(java.inputs).summary;
    expect(summaryValue('Requests')).toBe(expected.requests.toLocaleString('en-US'));
    expect(summaryValue('Cold starts')).toMatch(new RegExp(`^${expected.coldStarts} `));
    expect(summaryValue('Latency p99')).toBe(
      `${expected.latencyMs.p99.toLocaleString('en-US')} ms`,
    );
    expect(within(section('Findings')).getAllByText(/Warning:/).length).toBeGreaterThan(0);
    expect(within(section('Findings')).getAllByText(/Suggestion:/).length).toBeGreaterThan(0);
    expect(currentLocation()).toMatch(/runtime=java/);
  });

  it('draws the timeline with a summary label, a legend and a table of environments', async () => {
    await renderLab('/labs/cold-starts?runtime=java', TITLE);
    const timeline = section('Timeline');
    expect(within(timeline).getByRole('img')).toHaveAccessibleName(
      /cold starts drawn as tall bars/,
    );
    const legend = within(timeline).getByRole('list', { name: 'Legend' });
    expect(legend).toHaveTextContent('Init (cold start): tall, hatched');
    expect(legend).toHaveTextContent('Handler running: short, solid');
    const lanes = simulateColdStarts({ ...DEFAULT_COLD_START_INPUTS, runtime: 'java' }).lanes;
    // Built only when opened, so a run's first paint does not pay for hundreds of rows.
    expect(within(timeline).queryByRole('table')).not.toBeInTheDocument();
    await userEvent.click(within(timeline).getByText('The timeline as a table'));
    const table = await within(timeline).findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(1 + lanes.length);
    expect(within(table).getByRole('columnheader', { name: 'Cold start' })).toBeInTheDocument();
  });

  it('zooms with buttons and stops at the ends', async () => {
    await renderLab(SHORT, TITLE);
    const user = userEvent.setup();
    const zoomOut = screen.getByRole('button', { name: 'Zoom out' });
    const zoomIn = screen.getByRole('button', { name: 'Zoom in' });
    const svg = within(section('Timeline')).getByRole('img');
    const before = Number(svg.getAttribute('width'));
    expect(zoomOut).toBeDisabled();
    await user.click(zoomIn);
    expect(Number(svg.getAttribute('width'))).toBeGreaterThan(before);
    expect(screen.getByText('Zoom 2×')).toBeInTheDocument();
    for (let i = 0; i < 10; i++) if (!zoomIn.hasAttribute('disabled')) await user.click(zoomIn);
    expect(zoomIn).toBeDisabled();
  });

  it('says on screen when the drawing is capped', async () => {
    await renderLab('/labs/cold-starts', TITLE);
    const user = userEvent.setup();
    const curve = preset('daily-curve-container');
    await user.click(screen.getByRole('button', { name: curve.title }));
    const total = simulateColdStarts(curve.inputs).lanes.length;
    expect(
      within(section('Timeline')).getByText(new RegExp(`Drawing \\d+ of ${total} environments`)),
    ).toBeInTheDocument();
  });

  it('refuses a run of more requests than the lab simulates', async () => {
    await renderLab(SHORT, TITLE);
    const user = userEvent.setup();
    const minutes = screen.getByLabelText('Simulated duration (min)');
    await user.clear(minutes);
    await user.type(minutes, '600');
    expect(screen.getByRole('alert')).toHaveTextContent(/the lab simulates at most 50,000/);
    expect(screen.getByText(/results are for the last valid setup/)).toBeInTheDocument();
  });

  it('keeps the setup in the address and restores it', async () => {
    await renderLab(SHORT, TITLE);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: /Spiky/ }));
    const idle = screen.getByLabelText('Idle time before recycling (min)');
    await user.clear(idle);
    await user.type(idle, '3');
    const shared = currentLocation();
    expect(shared).toBe('/labs/cold-starts?idleMin=3&traffic=spiky&minutes=5');
    cleanup();
    await renderLab(shared, TITLE);
    expect(screen.getByRole('radio', { name: /Spiky/ })).toBeChecked();
    expect(screen.getByLabelText('Idle time before recycling (min)')).toHaveValue(3);
  });

  it('explains a link that asks for SnapStart on a runtime without it', async () => {
    await renderLab('/labs/cold-starts?runtime=ruby&snapStart=1', TITLE);
    expect(screen.getByRole('alert')).toHaveTextContent(/SnapStart isn't available for Ruby/);
    expect(screen.getByLabelText('Runtime')).toHaveValue('nodejs');
  });
});
