import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../electron/modules/permissions';

describe('permissions', () => {
  it('lets our own page go full screen for presenter mode', () => {
    expect(isPermissionAllowed('fullscreen', 'app://abm/index.html')).toBe(true);
  });

  it('denies full screen to any other origin', () => {
    expect(isPermissionAllowed('fullscreen', 'https://evil.example/')).toBe(false);
    expect(isPermissionAllowed('fullscreen', undefined)).toBe(false);
  });

  it.each(['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal'])(
    'denies %s even to our own page',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://abm/index.html')).toBe(false);
    },
  );
});
