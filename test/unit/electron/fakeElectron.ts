/**
 * A stand-in for the 'electron' module, recording what the main process asks of it, so the
 * composed main process can be started in plain Node (the real module would try to download
 * the Electron binary). Only the calls our modules make exist here.
 */
type Listener = (...args: unknown[]) => unknown;

export function createFakeElectron() {
  const calls: string[] = [];
  const appListeners = new Map<string, Listener[]>();
  const ipcHandlers = new Map<string, Listener>();
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const windows: FakeWindow[] = [];
  let menuTemplate: unknown[] = [];
  let permissionRequest: Listener | null = null;
  let permissionCheck: Listener | null = null;

  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    readonly sent: [string, unknown][] = [];
    windowOpenHandler: Listener | null = null;
    mainFrame = { url: '', parent: null, processId: 1, routingId: 1 };
    on(event: string, listener: Listener) {
      this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
      return this;
    }
    send(channel: string, payload: unknown) {
      this.sent.push([channel, payload]);
    }
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }

  class FakeWindow {
    static getAllWindows = () => windows;
    static fromWebContents = () => windows[0] ?? null;
    readonly webContents = new FakeWebContents();
    readonly onceListeners = new Map<string, Listener>();
    visible = false;
    loadedUrl = '';
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
      calls.push('new BrowserWindow');
      for (const listener of appListeners.get('web-contents-created') ?? []) {
        listener({}, this.webContents);
      }
    }
    on() {
      return this;
    }
    once(event: string, listener: Listener) {
      this.onceListeners.set(event, listener);
      return this;
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
      this.webContents.mainFrame.url = url;
      this.onceListeners.get('ready-to-show')?.();
    }
    show() {
      this.visible = true;
    }
  }
  const electron = {
    app: {
      isPackaged: false,
      setPath: (name: string, value: string) => calls.push(`app.setPath ${name} ${value}`),
      requestSingleInstanceLock: () => {
        calls.push('app.requestSingleInstanceLock');
        return true;
      },
      whenReady: async () => {
        calls.push('app.whenReady');
      },
      on: (event: string, listener: Listener) => {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
      },
      quit: () => calls.push('app.quit'),
      exit: () => calls.push('app.exit'),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) =>
        calls.push(`protocol.registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
    },
    session: {
      fromPartition: (partition: string) => ({
        protocol: {
          handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
            calls.push(`protocol.handle ${scheme} on ${partition}`);
            protocolHandlers.set(scheme, handler);
          },
        },
        setPermissionRequestHandler: (handler: Listener) => (permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (permissionCheck = handler),
        setDevicePermissionHandler: () => undefined,
      }),
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener),
    },
    Menu: {
      buildFromTemplate: (template: unknown[]) => {
        menuTemplate = template;
        return template;
      },
      setApplicationMenu: () => calls.push('Menu.setApplicationMenu'),
    },
    BrowserWindow: FakeWindow,
    dialog: {},
  };

  return {
    electron,
    calls,
    ipcHandlers,
    protocolHandlers,
    windows,
    menu: () => menuTemplate,
    permissionRequest: () => permissionRequest,
    permissionCheck: () => permissionCheck,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
