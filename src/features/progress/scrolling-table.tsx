import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own box (focusable, so keyboards can scroll it)
 * instead of widening the page when the screen is narrower than the table.
 */
export function ScrollingTable({
  label,
  children,
}: Readonly<{ label: string; children: ReactNode }>) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
