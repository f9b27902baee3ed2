/**
 * The one way main registers an IPC handler: from the shared contract, so the channel name,
 * request schema and response type cannot drift; and guarded, so a message from a foreign
 * frame or with a malformed payload is rejected before the handler runs. Takes ipcMain as an
 * argument (structural type): no Electron at run time, tested in plain Node.
 */
import {
  invokeContract,
  type InvokeMethod,
  type IpcRequest,
  type IpcResponse,
} from '../../shared/ipc/contract';
import { untrustedSenderReason, type IpcSenderInfo } from './trustedSender';

export interface IpcMainLike<Event extends IpcSenderInfo> {
  handle(channel: string, listener: (event: Event, ...args: unknown[]) => Promise<unknown>): void;
}

export type ContractHandler<M extends InvokeMethod, Event> = (
  request: IpcRequest<M>,
  event: Event,
) => Promise<IpcResponse<M>>;

export type ContractHandlers<Event> = { [M in InvokeMethod]: ContractHandler<M, Event> };

export class IpcRejection extends Error {
  override readonly name = 'IpcRejection';
}

/** Validates one request; the message names the channel and every bad field. */
export function parseRequest<M extends InvokeMethod>(method: M, payload: unknown): IpcRequest<M> {
  const { channel, request } = invokeContract[method];
  const result = request.safeParse(payload);
  if (!result.success) {
    const problems = result.error.issues
      .map((issue) => `${issue.path.length ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
      .join('; ');
    throw new IpcRejection(`${channel}: malformed request: ${problems}`);
  }
  return result.data as IpcRequest<M>;
}

export function guardHandler<M extends InvokeMethod, Event extends IpcSenderInfo>(
  method: M,
  handler: ContractHandler<M, Event>,
  log: (message: string) => void = () => undefined,
): (event: Event, ...args: unknown[]) => Promise<IpcResponse<M>> {
  const { channel } = invokeContract[method];
  return async (event, ...args) => {
    const senderProblem = untrustedSenderReason(event);
    if (senderProblem !== null) {
      log(`${channel}: rejected: ${senderProblem}`);
      throw new IpcRejection(`${channel}: rejected: ${senderProblem}`);
    }
    if (args.length !== 1) {
      throw new IpcRejection(`${channel}: malformed request: expected one argument`);
    }
    const request = parseRequest(method, args[0]);
    return handler(request, event);
  };
}

/** Registers every contract channel; the handler map's type makes a missing one a compile error. */
export function registerContractHandlers<Event extends IpcSenderInfo>(
  ipcMain: IpcMainLike<Event>,
  handlers: ContractHandlers<Event>,
  log?: (message: string) => void,
): void {
  for (const method of Object.keys(invokeContract) as InvokeMethod[]) {
    const handler = handlers[method] as ContractHandler<typeof method, Event>;
    ipcMain.handle(invokeContract[method].channel, guardHandler(method, handler, log));
  }
}
