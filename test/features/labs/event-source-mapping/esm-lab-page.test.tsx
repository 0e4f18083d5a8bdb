import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../../src/app/router';
import { simulateEventSourceMapping } from '../../../../src/domain/labs/event-source-mapping';
import { ESM_PRESETS } from '../../../../src/domain/labs/event-source-mapping-presets';
import {
  decodeEsmQuery,
  encodeEsmQuery,
} from '../../../../src/domain/labs/event-source-mapping-query';
import { DEFAULT_ESM_CONFIG } from '../../../../src/domain/labs/event-source-mapping-types';
import { PLAY_INTERVAL_MS } from '../../../../src/features/labs/event-source-mapping/esm-run';

let currentSearch = '';
function LocationProbe() {
  currentSearch = useLocation().search;
  return null;
}

async function renderLab(query = '') {
  render(
    <MemoryRouter initialEntries={[`/labs/event-source-mapping${query}`]}>
      <AppRoutes />
      <LocationProbe />
    </MemoryRouter>,
  );
  // The page is a lazy chunk: its first import is slow on a busy machine.
  await screen.findByRole(
    'heading',
    { level: 1, name: 'Event source mapping lab' },
    { timeout: 15_000 },
  );
}

const stepHeading = () => screen.getByRole('heading', { level: 3, name: /^Step \d+ of \d+/ });
const controls = () => screen.getByRole('group', { name: 'Step controls' });

afterEach(() => {
  vi.useRealTimers();
});

describe('event source mapping lab', { timeout: 30_000 }, () => {
  it('shows the default setup in labelled inputs and the first step of its run', async () => {
    await renderLab();
    expect(
      screen.getByText(/SQS standard queue · 10 records in batches of 5 · always fail: 2/),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'SQS standard queue' })).toBeChecked();
    expect(screen.getByLabelText('Batch size (records)')).toHaveValue(5);
    expect(screen.getByLabelText('Records that always fail')).toHaveValue('2');
    const steps = simulateEventSourceMapping(DEFAULT_ESM_CONFIG).steps;
    expect(stepHeading()).toHaveTextContent(`Step 1 of ${steps.length}: Function error`);
  });

  it('gives every record chip its status in words, not only a colour', async () => {
    await renderLab();
    const chips = within(screen.getByRole('list', { name: 'Records in step 1' })).getAllByRole(
      'listitem',
    );
    expect(chips.map((c) => c.textContent)).toEqual([
      '#0 ↩ returned with the batch',
      '#1 ↩ returned with the batch',
      '#2 ✗ failed',
      '#3 … not reached',
      '#4 … not reached',
    ]);
  });

  it('steps forward and back with the buttons and the arrow keys, and shows the totals at the last step', async () => {
    await renderLab();
    const user = userEvent.setup();
    const count = simulateEventSourceMapping(DEFAULT_ESM_CONFIG).steps.length;
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(stepHeading()).toHaveTextContent(`Step 2 of ${count}`);
    await user.keyboard('{ArrowRight}');
    expect(stepHeading()).toHaveTextContent(`Step 3 of ${count}`);
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(stepHeading()).toHaveTextContent(`Step 2 of ${count}`);
    expect(screen.queryByRole('heading', { name: 'Totals at the end' })).not.toBeInTheDocument();
    await user.keyboard('{End}');
    expect(stepHeading()).toHaveTextContent(
      `Step ${count} of ${count}: Moved to the dead-letter queue`,
    );
    const totals = screen
      .getByRole('heading', { name: 'Totals at the end' })
      .closest('section') as HTMLElement;
    expect(
      within(totals).getByText('Moved to the dead-letter queue').nextSibling,
    ).toHaveTextContent('5');
    expect(
      within(totals).getByRole('link', { name: 'Fact: ReportBatchItemFailures' }),
    ).toHaveAttribute('href', '/learn/event-source-mappings#fact-esm.report-batch-item-failures');
    await user.click(screen.getByRole('button', { name: 'First step' }));
    expect(stepHeading()).toHaveTextContent(`Step 1 of ${count}`);
  });

  it('keeps focus on a step button at either end instead of disabling it', async () => {
    await renderLab();
    const user = userEvent.setup();
    const previous = screen.getByRole('button', { name: 'Previous step' });
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    await user.click(previous);
    expect(previous).toHaveFocus();
    expect(stepHeading()).toHaveTextContent('Step 1 of');
  });

  it('loads a preset into the inputs and the URL, and says which one is loaded', async () => {
    await renderLab();
    const user = userEvent.setup();
    const preset = ESM_PRESETS.find((p) => p.id === 'kinesis-bisect');
    if (!preset) throw new Error('missing preset');
    await user.selectOptions(screen.getByLabelText('Scenario'), preset.title);
    expect(screen.getByText(preset.description)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load this scenario' }));
    expect(decodeEsmQuery(currentSearch).inputs).toEqual(preset.inputs);
    expect(screen.getByRole('radio', { name: 'Kinesis data stream' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'BisectBatchOnFunctionError' })).toBeChecked();
    expect(screen.getByLabelText('MaximumRetryAttempts (retries)')).toHaveValue(2);
    expect(
      screen.getByText(`The run below uses the scenario “${preset.title}”.`),
    ).toBeInTheDocument();
    expect(stepHeading()).toHaveTextContent(/^Step 1 of/);
  });

  it('reads its setup from the URL and writes every change back', async () => {
    await renderLab('?source=sqs-fifo&groups=3&rbif=1');
    const user = userEvent.setup();
    expect(screen.getByRole('radio', { name: 'SQS FIFO queue' })).toBeChecked();
    expect(screen.getByLabelText('Message groups')).toHaveValue(3);
    expect(screen.getByRole('checkbox', { name: 'ReportBatchItemFailures' })).toBeChecked();
    const size = screen.getByLabelText('Batch size (records)');
    await user.clear(size);
    await user.type(size, '4');
    await user.click(screen.getByRole('checkbox', { name: 'ReportBatchItemFailures' }));
    const after = decodeEsmQuery(currentSearch);
    expect(after.inputs).toEqual({
      ...DEFAULT_ESM_CONFIG,
      source: 'sqs-fifo',
      messageGroupCount: 3,
      batchSize: 4,
    });
    expect(currentSearch.slice(1)).toBe(encodeEsmQuery(after.inputs));
  });

  it('refuses a value out of range with an announced error and keeps the last valid one in the URL', async () => {
    await renderLab('?records=12');
    const user = userEvent.setup();
    const window = screen.getByLabelText('Batching window (s)');
    await user.clear(window);
    await user.type(window, '301');
    expect(screen.getByRole('alert')).toHaveTextContent('Batching window must be at most 300 s.');
    expect(window).toHaveAttribute('aria-invalid', 'true');
    expect(decodeEsmQuery(currentSearch).inputs.batchWindowSeconds).toBe(30);
    const fail = screen.getByLabelText('Records that always fail');
    await user.clear(fail);
    await user.type(fail, '3, 12');
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toContain('“12” is not a record id');
    expect(decodeEsmQuery(currentSearch).inputs.alwaysFail).toEqual([1, 3]);
  });

  it('shows only the settings of the chosen source and says why the others do not apply', async () => {
    await renderLab();
    const user = userEvent.setup();
    expect(screen.getByLabelText('Visibility timeout (s)')).toBeInTheDocument();
    expect(screen.queryByLabelText('MaximumRetryAttempts (retries)')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'DynamoDB stream' }));
    expect(screen.queryByLabelText('Visibility timeout (s)')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Retention period (s)')).not.toBeInTheDocument();
    expect(screen.getByLabelText('MaximumRetryAttempts (retries)')).toBeInTheDocument();
    const why = screen
      .getByRole('heading', { name: 'Not used with a DynamoDB stream' })
      .closest('section') as HTMLElement;
    expect(why).toHaveTextContent(
      'Visibility timeout, Dead-letter queue and maxReceiveCount, Message groups.',
    );
    expect(why).toHaveTextContent('keeps records for 24 hours');
  });

  it('plays one step at a time on a timer, and pauses when asked', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await renderLab();
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    await user.click(within(controls()).getByRole('button', { name: 'Play' }));
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Playing');
    await act(async () => {
      vi.advanceTimersByTime(PLAY_INTERVAL_MS);
    });
    expect(stepHeading()).toHaveTextContent(/^Step 2 of/);
    await user.click(within(controls()).getByRole('button', { name: 'Pause' }));
    expect(
      screen
        .getAllByRole('status')
        .map((s) => s.textContent)
        .join(' '),
    ).toContain('Paused at step 2');
    await act(async () => {
      vi.advanceTimersByTime(PLAY_INTERVAL_MS * 3);
    });
    expect(stepHeading()).toHaveTextContent(/^Step 2 of/);
  });

  it('reports values from a hand-edited link that it ignored', async () => {
    await renderLab('?batch=banana&source=sqs-fifo&window=30');
    expect(screen.getByText(/Ignored batch=banana/)).toBeInTheDocument();
    expect(screen.getByText(/FIFO queues have no batching window/)).toBeInTheDocument();
  });
});
