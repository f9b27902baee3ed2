/**
 * The one way the window talks to a Worker. The worker `serve()`s a map of named handlers;
 * the window calls them through `client<typeof handlers>()`, whose request, response, event
 * and failure types all come from that map (as shared/ipc/contract.ts types the IPC), so a
 * call cannot name a handler that does not exist or send it the wrong request.
 *
 * A call may send events while it runs (progress, chunks of a result), can be cancelled
 * through an AbortSignal (the handler sees its `signal` abort and answers "cancelled" by
 * throwing), and fails with the details the handler gave `fail()`. Terminating the worker,
 * or the worker dying, rejects every call still waiting, so no caller hangs.
 */

/** What a handler gets besides its request. */
export interface CallContext<Event = never, Failure = never> {
  /** Sends an event to the caller's `onEvent` while the call runs. */
  emit(event: Event): void;
  /** Aborted when the caller cancels; a handler that throws after that answers "cancelled". */
  readonly signal: AbortSignal;
  /** Ends the call: the caller's promise rejects with this message and these details. */
  fail(message: string, details: Failure): never;
}

/** Any handler: `never` parameters accept every signature, the map's own types are kept. */
export type Handler = (request: never, context: never) => unknown;
export type HandlerMap = Record<string, Handler>;

type ContextOf<F> = F extends (request: never, context: infer C) => unknown ? C : never;
/** A handler's request; `undefined` for one that takes none (called as `call(name, undefined)`). */
export type RequestOf<F> = F extends () => unknown
  ? undefined
  : F extends (request: infer R, ...rest: never[]) => unknown
    ? R
    : never;
export type ResponseOf<F> = F extends (...args: never[]) => infer R ? Awaited<R> : never;
export type EventOf<F> = ContextOf<F> extends CallContext<infer E, unknown> ? E : never;
type FailureOfHandler<F> = ContextOf<F> extends CallContext<never, infer D> ? D : never;
/** Every failure detail any handler of the map can give. */
export type FailureOf<H extends HandlerMap> = { [K in keyof H]: FailureOfHandler<H[K]> }[keyof H];

/** A call ended by the caller's signal, answered "cancelled" by the handler. */
export class CallCancelled extends Error {
  constructor() {
    super('The call was cancelled.');
    this.name = 'CallCancelled';
  }
}

/** The worker was terminated (or already was) while the call waited. */
export class WorkerTerminated extends Error {
  constructor() {
    super('The worker was stopped.');
    this.name = 'WorkerTerminated';
  }
}

/** A handler failed: its message, and the details it gave `fail()` (undefined if it threw). */
export class WorkerCallError<Details = unknown> extends Error {
  constructor(
    message: string,
    readonly details: Details | undefined,
  ) {
    super(message);
    this.name = 'WorkerCallError';
  }
}

// The wire: the only place messages are untyped, checked by the call id they answer.
type ToWorker =
  { kind: 'call'; id: number; method: string; request: unknown } | { kind: 'cancel'; id: number };
type FromWorker =
  | { kind: 'event'; id: number; event: unknown }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'failed'; id: number; message: string; details?: unknown }
  | { kind: 'cancelled'; id: number };

/** The worker's side of the channel (`self` in a worker, a MessagePort in a test). */
export interface ServerPort {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}

/** The window's side: a Worker, or a fake with the same four members in a test. */
export interface WorkerPort {
  postMessage(message: ToWorker, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** Thrown by `fail()`; serve() turns it into a 'failed' answer with its details. */
class Failure extends Error {
  constructor(
    message: string,
    readonly details: unknown,
  ) {
    super(message);
  }
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Answers calls to `handlers` arriving on `port` (the worker's global scope by default). */
export function serve<H extends HandlerMap>(handlers: H, port: ServerPort = workerScope()): void {
  const running = new Map<number, AbortController>();
  port.onmessage = (e) => {
    const msg = e.data;
    if (msg.kind === 'cancel') return running.get(msg.id)?.abort();
    const { id, method } = msg;
    const handler = Object.hasOwn(handlers, method) ? handlers[method] : undefined;
    if (!handler) {
      port.postMessage({ kind: 'failed', id, message: `The worker has no handler "${method}".` });
      return;
    }
    const abort = new AbortController();
    running.set(id, abort);
    const context: CallContext<unknown, unknown> = {
      emit: (event) => port.postMessage({ kind: 'event', id, event }),
      signal: abort.signal,
      fail: (message, details) => {
        throw new Failure(message, details);
      },
    };
    // The handler's own types were checked where the map was written; here it is any handler.
    const call = handler as unknown as (request: unknown, context: unknown) => unknown;
    new Promise((resolve) => resolve(call(msg.request, context)))
      .then(
        (value) => port.postMessage({ kind: 'result', id, value }),
        (err: unknown) => {
          if (err instanceof Failure)
            port.postMessage({ kind: 'failed', id, message: err.message, details: err.details });
          else if (abort.signal.aborted) port.postMessage({ kind: 'cancelled', id });
          else port.postMessage({ kind: 'failed', id, message: messageOf(err) });
        },
      )
      .finally(() => running.delete(id));
  };
}

function workerScope(): ServerPort {
  return globalThis as unknown as ServerPort;
}

export interface CallOptions<Event> {
  onEvent?: (event: Event) => void;
  /** Aborting asks the handler to stop; the call then rejects with CallCancelled. */
  signal?: AbortSignal;
  /**
   * Buffers of the request that move to the worker instead of being copied (a 91 MB file):
   * they are empty here once the call is sent.
   */
  transfer?: Transferable[];
}

export interface ClientOptions<Failure> {
  /** Turns a handler's failure into the error the caller sees (default: WorkerCallError). */
  failure?: (message: string, details: Failure | undefined) => Error;
  /** Called when the worker itself fails (a load or uncaught error); pending calls reject. */
  onCrash?: (message: string) => void;
  /** The message of that crash when the browser gives none. */
  crashMessage?: string;
}

export interface WorkerClient<H extends HandlerMap> {
  call<K extends keyof H & string>(
    method: K,
    request: RequestOf<H[K]>,
    options?: CallOptions<EventOf<H[K]>>,
  ): Promise<ResponseOf<H[K]>>;
  /** Stops the worker; every pending call rejects with `reason` (default WorkerTerminated). */
  terminate(reason?: Error): void;
  readonly terminated: boolean;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onEvent?: (event: unknown) => void;
  stopListening?: () => void;
}

/** The window's typed handle on a worker that `serve()`s a map of type H. */
export function client<H extends HandlerMap>(
  worker: WorkerPort,
  options: ClientOptions<FailureOf<H>> = {},
): WorkerClient<H> {
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let terminated = false;
  const failure =
    options.failure ??
    ((message: string, details: FailureOf<H> | undefined) =>
      new WorkerCallError<FailureOf<H>>(message, details));

  const settle = (id: number): Pending | undefined => {
    const p = pending.get(id);
    pending.delete(id);
    p?.stopListening?.();
    return p;
  };
  const rejectAll = (error: () => Error) => {
    for (const id of [...pending.keys()]) settle(id)?.reject(error());
  };

  worker.onmessage = (e) => {
    const msg = e.data;
    if (msg.kind === 'event') return pending.get(msg.id)?.onEvent?.(msg.event);
    const p = settle(msg.id);
    if (!p) return;
    if (msg.kind === 'result') p.resolve(msg.value);
    else if (msg.kind === 'cancelled') p.reject(new CallCancelled());
    else p.reject(failure(msg.message, msg.details as FailureOf<H> | undefined));
  };
  worker.onerror = (e) => {
    const message = e.message || options.crashMessage || 'The worker stopped.';
    rejectAll(() => failure(message, undefined));
    options.onCrash?.(message);
  };

  return {
    call(method, request, callOptions) {
      if (terminated) return Promise.reject(new WorkerTerminated());
      const signal = callOptions?.signal;
      if (signal?.aborted) return Promise.reject(new CallCancelled());
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const entry: Pending = { resolve: resolve as (v: unknown) => void, reject };
        const onEvent = callOptions?.onEvent as ((event: unknown) => void) | undefined;
        if (onEvent) entry.onEvent = onEvent;
        if (signal) {
          const onAbort = () => worker.postMessage({ kind: 'cancel', id });
          signal.addEventListener('abort', onAbort, { once: true });
          entry.stopListening = () => signal.removeEventListener('abort', onAbort);
        }
        pending.set(id, entry);
        const call: ToWorker = { kind: 'call', id, method, request };
        if (callOptions?.transfer) worker.postMessage(call, callOptions.transfer);
        else worker.postMessage(call);
      });
    },
    terminate(reason) {
      terminated = true;
      worker.terminate();
      rejectAll(() => reason ?? new WorkerTerminated());
    },
    get terminated() {
      return terminated;
    },
  };
}
