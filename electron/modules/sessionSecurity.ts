/**
 * Session and web-contents rules: every permission request and check is denied except full
 * screen for our own app:// page (presenter mode), navigation is confined to app://,
 * window.open and <webview> are refused.
 */
import { app, session } from 'electron';
import type { MainModule } from '../context';
import { denyWindowOpen, guardNavigation, refuseWebview } from './navigationGuard';
import { isPermissionAllowed } from './permissions';
import { SESSION_PARTITION } from './windowOptions';

export const sessionSecurity: MainModule = {
  enable(context) {
    const appSession = session.fromPartition(SESSION_PARTITION);
    appSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
      const allowed = isPermissionAllowed(permission, details?.requestingUrl);
      if (!allowed) context.log(`Denied permission request: ${permission}`);
      callback(allowed);
    });
    appSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
      isPermissionAllowed(permission, requestingOrigin),
    );
    appSession.setDevicePermissionHandler(() => false);

    app.on('web-contents-created', (_event, contents) => {
      const log = (message: string) => context.log(message);
      contents.on('will-navigate', (event) => guardNavigation(event, log));
      contents.on('will-redirect', (event) => guardNavigation(event, log));
      contents.on('will-attach-webview', (event, _preferences, params) =>
        refuseWebview(event, params, log),
      );
      contents.setWindowOpenHandler(denyWindowOpen);
    });
  },
};
