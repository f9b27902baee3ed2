/**
 * The worker messaging module, over a fake Worker/MessagePort pair that delivers messages
 * asynchronously and as structured clones, like the browser: typed calls, events, failures,
 * cancellation, and a stopped worker rejecting what still waits.
 */
import { describe, expect, it } from 'vitest';
import {
  CallCancelled,
  WorkerCallError,
  WorkerTerminated,
  client,
  serve,
  type CallContext,
  type ServerPort,
  type WorkerPort,
} from '../../../renderer/src/platform/workerRpc';

/** A window-side Worker and its worker-side scope, joined like postMessage joins them. */
function fakeWorkerPair(): { worker: WorkerPort; scope: ServerPort; crash(message: string): void } {
  let alive = true;
  const deliver = (to: { onmessage: ((e: MessageEvent) => void) | null }, message: unknown) => {
    const data: unknown = structuredClone(message);
    setTimeout(() => {
      if (alive) to.onmessage?.({ data } as MessageEvent);
    }, 0);
  };
  const scope: ServerPort = {
    onmessage: null,
    postMessage: (message) => deliver(worker, message),
  };
  const worker: WorkerPort = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => deliver(scope, message),
    terminate: () => {
      alive = false;
    },
  };
  return {
    worker,
    scope,
    crash: (message) => worker.onerror?.({ message } as ErrorEvent),
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Row {
  name: string;
  rows: number;
}

const handlers = {
  count(request: { names: string[] }): Row[] {
    return request.names.map((name) => ({ name, rows: name.length }));
  },
  ping(): string {
    return 'pong';
  },
  async longSum(
    request: { upTo: number },
    context: CallContext<{ done: number }, { at: number }>,
  ): Promise<number> {
    let sum = 0;
    for (let i = 1; i <= request.upTo; i++) {
      if (context.signal.aborted) throw new Error('stopped');
      if (i === 13) context.fail('thirteen is unlucky', { at: i });
      sum += i;
      context.emit({ done: i });
      await wait(1);
    }
    return sum;
  },
  brokenParse(request: string): number {
    throw new Error(`cannot read ${request}`);
  },
  forever(): Promise<never> {
    return new Promise(() => undefined);
  },
};
type Handlers = typeof handlers;

function connect() {
  const pair = fakeWorkerPair();
  serve(handlers, pair.scope);
  return { ...pair, rpc: client<Handlers>(pair.worker) };
}

describe('workerRpc', () => {
  it('answers a call with the handler’s typed result, across the structured clone', async () => {
    const { rpc } = connect();
    const rows: Row[] = await rpc.call('count', { names: ['accounts.csv', 'x'] });
    expect(rows).toEqual([
      { name: 'accounts.csv', rows: 12 },
      { name: 'x', rows: 1 },
    ]);
    await expect(rpc.call('ping', undefined)).resolves.toBe('pong');
    // @ts-expect-error: the request type comes from the handler map.
    void rpc.call('count', { names: 3 }).catch(() => undefined);
    // @ts-expect-error: a handler the map does not have cannot be called.
    void rpc.call('nothing', undefined).catch(() => undefined);
  });

  it('passes events to the caller while the call runs, then the result', async () => {
    const { rpc } = connect();
    const seen: number[] = [];
    const sum = await rpc.call('longSum', { upTo: 5 }, { onEvent: (e) => seen.push(e.done) });
    expect(sum).toBe(15);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
  });

  it('rejects with the failure details the handler gave, or the message of what it threw', async () => {
    const { rpc } = connect();
    const failed = await rpc.call('longSum', { upTo: 20 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(WorkerCallError);
    expect((failed as WorkerCallError).message).toBe('thirteen is unlucky');
    expect((failed as WorkerCallError).details).toEqual({ at: 13 });

    const thrown = await rpc.call('brokenParse', 'a.csv').catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(WorkerCallError);
    expect((thrown as WorkerCallError).message).toBe('cannot read a.csv');
    expect((thrown as WorkerCallError).details).toBeUndefined();
  });

  it('lets the caller map failures to its own error type', async () => {
    const pair = fakeWorkerPair();
    serve(handlers, pair.scope);
    const rpc = client<Handlers>(pair.worker, {
      failure: (message, details) => new RangeError(`${message} at ${details?.at ?? '?'}`),
    });
    await expect(rpc.call('longSum', { upTo: 20 })).rejects.toThrow(
      new RangeError('thirteen is unlucky at 13'),
    );
  });

  it('cancels: the handler sees its signal abort and the call rejects with CallCancelled', async () => {
    const { rpc } = connect();
    const cancel = new AbortController();
    const seen: number[] = [];
    const running = rpc.call(
      'longSum',
      { upTo: 12 },
      {
        signal: cancel.signal,
        onEvent: (e) => {
          seen.push(e.done);
          if (e.done === 3) cancel.abort();
        },
      },
    );
    await expect(running).rejects.toBeInstanceOf(CallCancelled);
    expect(seen.length).toBeLessThan(12);
    // The worker still answers the next call.
    await expect(rpc.call('ping', undefined)).resolves.toBe('pong');
    // A signal aborted before the call never reaches the worker.
    await expect(rpc.call('ping', undefined, { signal: cancel.signal })).rejects.toBeInstanceOf(
      CallCancelled,
    );
  });

  it('a call the handler completes despite the cancel resolves as usual', async () => {
    const { rpc } = connect();
    const cancel = new AbortController();
    const done = rpc.call('count', { names: ['a'] }, { signal: cancel.signal });
    cancel.abort(); // arrives after the synchronous handler has answered
    await expect(done).resolves.toEqual([{ name: 'a', rows: 1 }]);
  });

  it('terminating the worker rejects every pending call, and later calls', async () => {
    const { rpc } = connect();
    const first = rpc.call('forever', undefined);
    const second = rpc.call('longSum', { upTo: 1000 });
    rpc.terminate();
    await expect(first).rejects.toBeInstanceOf(WorkerTerminated);
    await expect(second).rejects.toBeInstanceOf(WorkerTerminated);
    await expect(rpc.call('ping', undefined)).rejects.toBeInstanceOf(WorkerTerminated);
    expect(rpc.terminated).toBe(true);

    const other = connect().rpc;
    const waiting = other.call('forever', undefined);
    other.terminate(new Error('Import cancelled'));
    await expect(waiting).rejects.toThrow('Import cancelled');
  });

  it('a worker that dies rejects its pending calls and says so', async () => {
    const pair = fakeWorkerPair();
    serve(handlers, pair.scope);
    const crashes: string[] = [];
    const rpc = client<Handlers>(pair.worker, { onCrash: (m) => crashes.push(m) });
    const waiting = rpc.call('forever', undefined);
    await wait(5);
    pair.crash('out of memory');
    await expect(waiting).rejects.toThrow('out of memory');
    expect(crashes).toEqual(['out of memory']);
  });

  it('answers a method the worker does not serve with a failure, not silence', async () => {
    const pair = fakeWorkerPair();
    serve({ ping: handlers.ping }, pair.scope);
    const rpc = client<Handlers>(pair.worker);
    await expect(rpc.call('count', { names: [] })).rejects.toThrow(
      'The worker has no handler "count".',
    );
  });
});
