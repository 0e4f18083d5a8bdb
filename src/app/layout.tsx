import { lazy, Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { BrandMark, Icon, type IconName } from '../components/ui/icon';
import { KeyboardHelp } from './keyboard-help';
import { paths } from './paths';
import { requestNavigationFocus } from './navigation-focus';
import { RouteErrorBoundary } from './route-error';
import { useSavedTheme } from './theme';
import { ThemeToggle } from './theme-toggle';
import { UpdatePrompt } from './update-prompt';

/* Its own chunk: it brings the store, which the shell itself does not need. */
const StorageBanner = lazy(() =>
  import('../components/ui/storage-banner').then((m) => ({ default: m.StorageBanner })),
);

type NavItem = Readonly<{ to: string; label: string; icon: IconName; end?: true; tab: boolean }>;

/** `tab`: shown in the phone's bottom tab bar; the rest sit in the phone's top bar. */
const navItems: readonly NavItem[] = [
  { to: paths.home, label: 'Home', icon: 'home', end: true, tab: true },
  { to: paths.learn, label: 'Learn', icon: 'learn', tab: true },
  { to: paths.quiz, label: 'Quiz', icon: 'quiz', tab: true },
  { to: paths.review, label: 'Review', icon: 'review', tab: true },
  { to: paths.exam, label: 'Exam', icon: 'exam', tab: true },
  { to: paths.labs, label: 'Labs', icon: 'labs', tab: true },
  { to: paths.progress, label: 'Progress', icon: 'progress', tab: false },
  { to: paths.settings, label: 'Settings', icon: 'settings', tab: false },
];

function NavLinks({
  items,
  className,
}: Readonly<{ items: readonly NavItem[]; className: string }>) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end ?? false} className="nav-link">
            <Icon name={item.icon} />
            <span>{item.label}</span>
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * Focuses the new page's heading after every in-app navigation to another page (not on first
 * load), unless the link pointed at a place on the page, which the page itself focuses.
 */
function useFocusOnNavigation(): void {
  const { pathname, hash } = useLocation();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const first = shown.current === null;
    if (shown.current === pathname) return;
    shown.current = pathname;
    if (first) return;
    if (hash.length > 1 && document.getElementById(decodeURIComponent(hash.slice(1)))) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    // A lazily loaded page has no heading yet: it takes focus itself when it mounts.
    if (heading) heading.focus();
    else requestNavigationFocus();
  }, [pathname, hash]);
}

export function Layout() {
  useFocusOnNavigation();
  useSavedTheme();
  const { pathname } = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <NavLink to={paths.home} className="brand" aria-label="Warmstart home">
          <BrandMark />
          <span>Warmstart</span>
        </NavLink>
        <nav aria-label="More" className="topbar-nav">
          <NavLinks items={navItems.filter((i) => !i.tab)} className="topbar-links" />
        </nav>
        <KeyboardHelp />
        <ThemeToggle />
      </header>
      <nav aria-label="Main" className="mainnav">
        <NavLinks items={navItems} className="mainnav-links" />
      </nav>
      <main id="main" tabIndex={-1}>
        <Suspense fallback={null}>
          <StorageBanner />
        </Suspense>
        <RouteErrorBoundary resetKey={pathname}>
          <Suspense fallback={<p className="loading">Loading…</p>}>
            <Outlet />
          </Suspense>
        </RouteErrorBoundary>
      </main>
      <UpdatePrompt />
    </div>
  );
}
