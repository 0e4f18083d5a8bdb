/**
 * Whether the next page heading should take focus. Set on in-app navigation only, so the
 * first load of a page leaves focus where the browser puts it.
 */
let pending = false;

export function requestNavigationFocus(): void {
  pending = true;
}

export function consumeNavigationFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}
