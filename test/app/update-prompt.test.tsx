import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { announceUpdate, dismissUpdateNotice } from '../../src/app/service-worker';
import { UpdatePrompt } from '../../src/app/update-prompt';

function renderAt(path: string) {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Link to="/progress">Leave</Link>
      <UpdatePrompt />
    </MemoryRouter>,
  );
}

describe('update prompt', () => {
  afterEach(() => act(() => dismissUpdateNotice()));

  it('offers to reload into a new version, or later', async () => {
    renderAt('/learn');
    act(() => announceUpdate());
    expect(screen.getByRole('status')).toHaveTextContent('A new version of Warmstart is ready.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('stays quiet during a running exam and speaks up once the learner leaves it', async () => {
    renderAt('/exam/exam-1');
    act(() => announceUpdate());
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('link', { name: 'Leave' }));
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });

  it('shows on the exam result, when the exam is over', () => {
    renderAt('/exam/exam-1/result');
    act(() => announceUpdate());
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
