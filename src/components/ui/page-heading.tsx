import { useEffect, useRef, type ReactNode } from 'react';
import { consumeNavigationFocus } from '../../app/navigation-focus';

type Props = Readonly<{ children: ReactNode; title: string }>;

/**
 * The page's one h1. Sets the document title and, after an in-app navigation, takes focus
 * so that keyboard and screen-reader users start reading the new page.
 */
export function PageHeading({ children, title }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Warmstart`;
    if (consumeNavigationFocus()) ref.current?.focus();
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
