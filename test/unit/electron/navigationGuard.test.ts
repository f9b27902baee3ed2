// The window never leaves the app: links and redirects to anything but app://abm are cancelled.
import { describe, expect, it } from 'vitest';
import {
  denyWindowOpen,
  guardNavigation,
  isNavigationAllowed,
  refuseWebview,
} from '../../../electron/modules/navigationGuard';

function navigation(url: string) {
  const event = { url, cancelled: false, preventDefault: () => (event.cancelled = true) };
  return event;
}

describe('navigation guard', () => {
  it('blocks a link to https://evil.example and says so', () => {
    const event = navigation('https://evil.example/phish');
    const logged: string[] = [];
    expect(guardNavigation(event, (message) => logged.push(message))).toBe(true);
    expect(event.cancelled).toBe(true);
    expect(logged).toEqual(['Blocked navigation to https://evil.example/phish']);
  });

  it('lets the app move between its own pages', () => {
    const event = navigation('app://abm/index.html#/calendar');
    expect(guardNavigation(event)).toBe(false);
    expect(event.cancelled).toBe(false);
  });

  it.each([
    'http://abm/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://evil/index.html',
    'app://abm.evil.example/index.html',
    'app://user:pass@abm/index.html',
    'app://abm:8080/index.html',
    'about:blank',
    'not a url',
    '',
  ])('blocks %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });

  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });

  it('refuses every <webview> and says so', () => {
    const event = { cancelled: false, preventDefault: () => (event.cancelled = true) };
    const logged: string[] = [];
    refuseWebview(event, { src: 'https://evil.example/' }, (message) => logged.push(message));
    expect(event.cancelled).toBe(true);
    expect(logged).toEqual(['Blocked a <webview> for https://evil.example/']);
  });
});
