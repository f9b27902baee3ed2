/**
 * Whether an IPC message comes from our own page: the sending frame must be the window's
 * main frame (not an iframe) and show a URL of our app:// origin. Structural types keep
 * this free of Electron at run time so it is tested in plain Node.
 */
import { isAppUrl } from './appOrigin';

/** The parts of Electron's WebFrameMain we look at. */
export interface SenderFrame {
  url: string;
  parent?: unknown;
  processId?: number;
  routingId?: number;
}

export interface IpcSenderInfo {
  sender: { mainFrame: SenderFrame };
  senderFrame: SenderFrame | null;
}

/**
 * Electron normally hands out one WebFrameMain object per frame, so identity is the check;
 * the id comparison covers a fresh wrapper for the same top-level frame.
 */
function isMainFrame(frame: SenderFrame, mainFrame: SenderFrame): boolean {
  if (frame === mainFrame) return true;
  return (
    frame.parent === null &&
    frame.processId !== undefined &&
    frame.routingId !== undefined &&
    frame.processId === mainFrame.processId &&
    frame.routingId === mainFrame.routingId
  );
}

export function untrustedSenderReason(event: IpcSenderInfo): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (!isMainFrame(frame, event.sender.mainFrame)) return 'the sender is not the main frame';
  if (!isAppUrl(frame.url)) return `the sender ${frame.url} is not the app origin`;
  return null;
}
