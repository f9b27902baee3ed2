/**
 * Whether an IPC message comes from our own page: the sending frame must be the window's
 * main frame (not an iframe) and show a URL of our app:// origin. Structural types keep
 * this free of Electron at run time so it is tested in plain Node.
 */
import { isAppUrl } from './appOrigin';

export interface IpcSenderInfo {
  sender: { mainFrame: unknown };
  senderFrame: { url: string } | null;
}

export function untrustedSenderReason(event: IpcSenderInfo): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (frame !== event.sender.mainFrame) return 'the sender is not the main frame';
  if (!isAppUrl(frame.url)) return `the sender ${frame.url} is not the app origin`;
  return null;
}
