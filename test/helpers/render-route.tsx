import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../../src/app/router';
// The shell loads the banner after its first render; loaded here so that no import outlives a test.
import '../../src/components/ui/storage-banner';

/** Renders the whole app at a path, the way a learner would arrive there. */
export function renderRoute(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
}
