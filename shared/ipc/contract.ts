/**
 * The one IPC contract between the renderer (through the preload) and the main process.
 * Every invoke channel names its request schema (checked in main before any handler runs)
 * and its response type; the preload and main are both typed from this map, so a channel
 * cannot exist on one side only.
 */
import { z } from '../validation/zod';
import { INVOKE_CHANNELS, isMenuCommand, type InvokeMethod, type MenuCommand } from './channels';

export * from './channels';

/** A plain file name the user may rename in the dialog: never a path. */
const fileName = z
  .string()
  .min(1, 'a file name is required')
  .max(255, 'a file name has at most 255 characters')
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'a file name must not contain a path',
  });

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'an extension is letters/digits or *'))
    .min(1)
    .max(20),
});

/**
 * The largest file the app opens: 512 MB, the CSV import's file limit too. Larger files are
 * refused (main process: before they are read) with a message naming the file.
 */
export const MAX_OPEN_BYTES = 512 * 1024 * 1024;

/** Larger writes are a bug, not a workspace: 1 GiB. */
export const MAX_SAVE_BYTES = 1024 * 1024 * 1024;

const bytes = z
  .custom<Uint8Array>((value) => value instanceof Uint8Array, 'bytes must be a Uint8Array')
  .refine((value) => value.byteLength <= MAX_SAVE_BYTES, { message: 'file is larger than 1 GiB' });

export const openFilesRequest = z.strictObject({
  title: z.string().min(1).max(200),
  filters: z.array(fileFilter).max(20),
  multiple: z.boolean().optional(),
});

export const saveFileRequest = z.strictObject({
  suggestedName: fileName,
  filters: z.array(fileFilter).max(20),
  bytes,
});

export const printToPdfRequest = z.strictObject({
  suggestedName: fileName,
  landscape: z.boolean(),
  /** 'a4' (default: the RACI grids) or 'slide': 16:9 pages sized by the page's CSS (the QBR pack). */
  pageSize: z.enum(['a4', 'slide']).optional(),
});

export interface OpenedFileResponse {
  name: string;
  bytes: Uint8Array;
}

/** Declares one invoke channel: its wire name, request schema and response type. */
function invokeChannel<M extends InvokeMethod, Request extends z.ZodType, Response>(
  method: M,
  request: Request,
) {
  return { channel: INVOKE_CHANNELS[method], request, response: undefined as unknown as Response };
}

/** Method name (as seen on `window.abm`) → channel, request schema, response type. */
export const invokeContract = {
  openFiles: invokeChannel<'openFiles', typeof openFilesRequest, OpenedFileResponse[]>(
    'openFiles',
    openFilesRequest,
  ),
  saveFile: invokeChannel<'saveFile', typeof saveFileRequest, boolean>('saveFile', saveFileRequest),
  printToPdf: invokeChannel<'printToPdf', typeof printToPdfRequest, boolean>(
    'printToPdf',
    printToPdfRequest,
  ),
} as const satisfies Record<InvokeMethod, unknown>;

export type IpcRequest<M extends InvokeMethod> = z.infer<(typeof invokeContract)[M]['request']>;
export type IpcResponse<M extends InvokeMethod> = (typeof invokeContract)[M]['response'];

export const INVOKE_METHODS = Object.keys(invokeContract) as InvokeMethod[];

/** For tests and anyone receiving a command from outside TypeScript's reach. */
export const menuCommandSchema = z.custom<MenuCommand>(isMenuCommand, 'unknown menu command');

/** The one object the preload puts on `window.abm`. */
export type AbmApi = {
  readonly [M in InvokeMethod]: (request: IpcRequest<M>) => Promise<IpcResponse<M>>;
} & {
  /** Subscribe to native menu commands; returns an unsubscribe. */
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};

/** Exactly the keys of `window.abm`, for the smoke test and the preload's own check. */
export const ABM_API_KEYS: readonly (keyof AbmApi)[] = [...INVOKE_METHODS, 'onMenuCommand'];
