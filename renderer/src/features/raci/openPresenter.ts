/**
 * Opens presenter mode from anywhere (menu, shortcut): goes to the RACI section and asks it
 * to present. The request is also remembered, so a section that mounts after the event
 * fired still picks it up.
 */
export const PRESENTER_EVENT = 'abm:presenter';

let pending = false;

export function openPresenter(): void {
  pending = true;
  if (!window.location.hash.startsWith('#/raci')) window.location.hash = '#/raci';
  window.dispatchEvent(new CustomEvent(PRESENTER_EVENT));
}

/** True once per request: the section calls this on mount and on each event. */
export function takePresenterRequest(): boolean {
  const was = pending;
  pending = false;
  return was;
}
