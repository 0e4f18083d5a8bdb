import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LABS } from '../../../src/domain/labs/lab-catalog';
import { renderLab } from './render-lab';

// Whole-app renders: generous limits for a shared, busy machine.
describe('Labs list', { timeout: 30_000 }, () => {
  it('links every lab to its page with its one-line description', async () => {
    await renderLab('/labs', 'Labs');
    const list = screen.getByRole('list', { name: 'Labs' });
    for (const lab of LABS) {
      expect(within(list).getByRole('link', { name: lab.title })).toHaveAttribute(
        'href',
        `/labs/${lab.slug}`,
      );
      expect(within(list).getByText(lab.description)).toBeInTheDocument();
    }
  });

  it('keeps the illustrations out of the accessibility tree', async () => {
    await renderLab('/labs', 'Labs');
    const list = screen.getByRole('list', { name: 'Labs' });
    const drawings = list.querySelectorAll('svg');
    expect(drawings).toHaveLength(LABS.length);
    for (const svg of drawings) expect(svg).toHaveAttribute('aria-hidden', 'true');
  });
});
