import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderRoute } from '../helpers/render-route';

describe('app shell', () => {
  beforeEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
  });

  it('offers a skip link to the main content first', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Warmstart' });
    const user = userEvent.setup();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveAttribute('href', '#main');
  });

  it('names the brand link by its label, its mark drawn inline and hidden from screen readers', async () => {
    renderRoute('/learn');
    await screen.findByRole('heading', { level: 1, name: 'Learn' });
    const brand = screen.getByRole('link', { name: 'Warmstart home' });
    expect(brand).toHaveAttribute('href', '/');
    expect(within(brand).queryByRole('img')).toBeNull();
    expect(brand.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('lists every area in the main navigation and marks the current one', async () => {
    renderRoute('/learn');
    await screen.findByRole('heading', { level: 1, name: 'Learn' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    for (const name of [
      'Home',
      'Learn',
      'Quiz',
      'Review',
      'Exam',
      'Labs',
      'Progress',
      'Settings',
    ]) {
      expect(within(nav).getByRole('link', { name })).toBeInTheDocument();
    }
    expect(within(nav).getByRole('link', { name: 'Learn' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('moves focus to the new page heading after navigating', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Warmstart' });
    const user = userEvent.setup();
    await user.click(
      within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Learn' }),
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Learn' });
    expect(heading).toHaveFocus();
    expect(document.title).toBe('Learn · Warmstart');
  });

  it('switches to the dark theme and remembers the choice', async () => {
    renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Warmstart' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Use dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('warmstart.theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Use light theme' })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown address', async () => {
    renderRoute('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the topics' })).toHaveAttribute(
      'href',
      '/learn',
    );
  });
});
