import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_SCHEMA_VERSION, type Progress } from '../../../src/domain/progress/progress';
import { exportProgress } from '../../../src/domain/progress/transfer';
import { DAY_MS } from '../../../src/domain/srs/day-key';
import { createMemoryAdapter } from '../../../src/store/storage-adapter';
import {
  freezeDate,
  installStore,
  NOW,
  progressWith,
  storedEntry,
  uninstallStore,
} from '../../helpers/memory-app-store';
import { renderRoute } from '../../helpers/render-route';
import { storedProgress } from '../../store/helpers';
import { reviewCard } from '../review/review-fixtures';

const downloads: Blob[] = [];

beforeEach(() => {
  localStorage.clear();
  delete document.documentElement.dataset.theme;
  downloads.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    downloads.push(blob);
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  // jsdom does not navigate: a download link's click only needs to happen.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
  uninstallStore();
});

const CURRENT = progressWith({
  settings: { newCardsPerDay: 20 },
  cards: { 'trig:one': reviewCard(NOW, NOW + DAY_MS), 'conc:one': reviewCard(NOW, NOW) },
});

async function openSettings(progress: Progress = CURRENT) {
  freezeDate();
  const adapter = createMemoryAdapter([storedEntry(progress)]);
  const store = await installStore(adapter);
  renderRoute('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 10_000 });
  return { store, adapter, user: userEvent.setup() };
}

function fileInput(): HTMLInputElement {
  return screen.getByLabelText('Progress file to import (.json)');
}

describe('/settings', { timeout: 20_000 }, () => {
  it('keeps desired retention within 70–97 % and explains the trade-off', async () => {
    const { store } = await openSettings();
    const slider = screen.getByRole('slider', { name: 'Desired retention (%)' });
    expect(slider).toHaveAttribute('min', '70');
    expect(slider).toHaveAttribute('max', '97');
    expect(slider).toHaveAccessibleDescription(/more reviews each day/);
    fireEvent.change(slider, { target: { value: '85' } });
    await waitFor(() => expect(store.getState().settings.desiredRetention).toBe(0.85));
    fireEvent.change(slider, { target: { value: '99' } });
    await waitFor(() => expect(store.getState().settings.desiredRetention).toBe(0.97));
    fireEvent.change(slider, { target: { value: '50' } });
    await waitFor(() => expect(store.getState().settings.desiredRetention).toBe(0.7));
  });

  it('saves new cards a day and refuses a value out of range', async () => {
    const { store, adapter, user } = await openSettings();
    const input = screen.getByLabelText('New cards a day');
    await user.clear(input);
    await user.type(input, '35');
    await waitFor(() => expect(store.getState().settings.newCardsPerDay).toBe(35));
    expect(await screen.findByText('Saved.')).toBeInTheDocument();
    await user.clear(input);
    await user.type(input, '500');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Enter a whole number from 0 to 200/);
    expect(store.getState().settings.newCardsPerDay).toBe(50);
    expect(storedProgress(adapter).state.settings).toMatchObject({ newCardsPerDay: 50 });
  });

  it('saves the target exam and the theme', async () => {
    const { store, user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: /SAP-C02/ }));
    await waitFor(() => expect(store.getState().settings.targetExam).toBe('SAP-C02'));
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('warmstart.theme')).toBe('dark');
    await waitFor(() => expect(store.getState().settings.theme).toBe('dark'));
  });

  it('exports the progress as a Warmstart file', async () => {
    const { store, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Export progress' }));
    expect(downloads).toHaveLength(1);
    const file = JSON.parse(await (downloads[0] as Blob).text()) as Record<string, unknown>;
    expect(file).toMatchObject({ app: 'warmstart', schemaVersion: PROGRESS_SCHEMA_VERSION });
    expect((file.data as Progress).cards).toEqual(store.getState().cards);
    expect(screen.getByText(/^Downloaded warmstart-progress-2025-03-03\.json/)).toBeInTheDocument();
  });

  it('shows what an import would change and applies it only on confirm', async () => {
    const incoming = progressWith({
      settings: { newCardsPerDay: 5 },
      cards: { 'trig:one': reviewCard(NOW, NOW + 9 * DAY_MS), 'trig:two': reviewCard(NOW, NOW) },
    });
    const { store, adapter, user } = await openSettings();
    const text = exportProgress(incoming, NOW - DAY_MS);
    await user.upload(fileInput(), new File([text], 'backup.json', { type: 'application/json' }));
    const preview = await screen.findByRole('region', { name: 'Check before importing' });
    expect(preview).toHaveTextContent('1 card added, 1 updated from the file, 0 unchanged');
    expect(preview).toHaveTextContent('1 card studied only on this device would lose');
    expect(preview).toHaveTextContent('New cards a day: 20 → 5');
    expect(store.getState().cards).toEqual(CURRENT.cards);
    await user.click(within(preview).getByRole('button', { name: 'Replace my progress' }));
    expect(await screen.findByText(/^Imported: your progress/)).toBeInTheDocument();
    expect(store.getState().cards).toEqual(incoming.cards);
    expect(storedProgress(adapter).state.cards).toEqual(incoming.cards);
    expect(store.getState().settings.newCardsPerDay).toBe(5);
  });

  it('leaves progress alone when the import is cancelled', async () => {
    const { store, user } = await openSettings();
    const text = exportProgress(progressWith(), NOW);
    await user.upload(fileInput(), new File([text], 'empty.json', { type: 'application/json' }));
    const preview = await screen.findByRole('region', { name: 'Check before importing' });
    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Import cancelled: nothing changed.')).toBeInTheDocument();
    expect(store.getState().cards).toEqual(CURRENT.cards);
  });

  it.each([
    ['a file that is not ours', '{"name":"something else"}', /not a Warmstart progress file/],
    ['text that is not JSON', 'cards: many', /not valid JSON/],
    ['a forbidden key', '{"app":"warmstart","__proto__":{}}', /__proto__/],
    [
      'a newer version',
      '{"app":"warmstart","schemaVersion":99,"exportedAt":1,"data":{}}',
      /newer version/,
    ],
  ])('rejects %s with a message and changes nothing', async (_label, text, message) => {
    const { store, adapter, user } = await openSettings();
    const saved = adapter.data.get('warmstart.progress');
    await user.upload(fileInput(), new File([text], 'bad.json', { type: 'application/json' }));
    const alert = await screen.findByText(/^Not imported:/);
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent('Your progress is unchanged.');
    expect(screen.queryByRole('button', { name: 'Replace my progress' })).not.toBeInTheDocument();
    expect(store.getState().cards).toEqual(CURRENT.cards);
    expect(adapter.data.get('warmstart.progress')).toBe(saved);
  });

  it('resets progress only after a second, explicit confirmation', async () => {
    const { store, adapter, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().cards).toEqual(CURRENT.cards);
    await user.click(screen.getByRole('button', { name: 'Reset progress…' }));
    expect(screen.getByText(/Delete all your progress on this device\?/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, delete my progress' }));
    expect(await screen.findByText(/^Progress reset/)).toBeInTheDocument();
    expect(store.getState().cards).toEqual({});
    expect(storedProgress(adapter).state.cards).toEqual({});
    expect(store.getState().settings.newCardsPerDay).toBe(CURRENT.settings.newCardsPerDay);
  });
});
