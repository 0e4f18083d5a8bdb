import { render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppRoutes } from '../../../src/app/router';
import { loadTopics } from '../../helpers/load-topics';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/**
 * Renders the whole app at a path, with the current address readable by tests. The topics a
 * lab links to are loaded first, so that its links show with its results.
 */
export async function renderLab(path: string, heading: string) {
  await loadTopics();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
      <LocationProbe />
    </MemoryRouter>,
  );
  // The first visit imports the page's lazy chunk, which is slow on a busy machine.
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 15_000 });
  return view;
}

/** The address the app is at now, e.g. `/labs/concurrency?rps=800`. */
export function currentLocation(): string {
  return screen.getByTestId('location').textContent ?? '';
}
