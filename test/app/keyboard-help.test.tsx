import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../helpers/render-route';

async function openHelpWithKey(heading: string, path: string) {
  renderRoute(path);
  await screen.findByRole('heading', { level: 1, name: heading });
  const user = userEvent.setup();
  await user.keyboard('?');
  return { user, dialog: screen.getByRole('dialog', { name: 'Keyboard shortcuts' }) };
}

describe('keyboard help', () => {
  it('opens with ? and lists the shortcuts of the screen on display', async () => {
    const { dialog } = await openHelpWithKey('Review', '/review');
    const table = within(dialog).getByRole('table', { name: 'Review' });
    expect(within(table).getByRole('rowheader', { name: 'U' })).toBeInTheDocument();
    expect(within(table).getByText('Undo the last grade')).toBeInTheDocument();
    expect(within(dialog).getByRole('table', { name: 'Everywhere' })).toBeInTheDocument();
  });

  it('says so on a screen without shortcuts, and closes with its button', async () => {
    const { user, dialog } = await openHelpWithKey('Learn', '/learn');
    expect(dialog).toHaveTextContent('This screen has no shortcuts of its own.');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('opens from the top bar button too', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Warmstart' });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });

  it('leaves a ? typed into a text box as text', async () => {
    renderRoute('/labs/review');
    await screen.findByRole('heading', { level: 1, name: 'Configuration reviewer' });
    const box = screen.getByRole('textbox', { name: /template/i });
    const user = userEvent.setup();
    await user.clear(box);
    await user.type(box, 'why?');
    expect(box).toHaveValue('why?');
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });
});
