import { connect, createServer, type Socket } from 'node:net';

export interface CuttingRelay {
  url: string;
  /**
   * The next request goes through, then its connection is cut before the reply comes back: a
   * command that ran, its answer lost with the connection, as when a primary dies.
   */
  cutAfterNextRequest(): void;
  /** Connections made from now on are accepted but relay nothing until `release`. */
  hold(): void;
  release(): void;
  close(): Promise<void>;
}

/** A TCP relay on loopback to the Redis at `port`, for a connection cut at a chosen moment. */
export async function startCuttingRelay(port: number): Promise<CuttingRelay> {
  let armed = false;
  let held: Socket[] | undefined;
  const sockets = new Set<Socket>();
  const relay = (client: Socket) => {
    const upstream = connect(port, '127.0.0.1');
    let cut = false;
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.on('data', (chunk) => {
      upstream.write(chunk);
      if (!armed) return;
      armed = false;
      cut = true;
      // Time for Redis to run the command; its reply is dropped, then the connection cut.
      setTimeout(() => {
        client.destroy();
        upstream.destroy();
      }, 100);
    });
    upstream.on('data', (chunk) => {
      if (!cut) client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  };
  // A held client's requests wait in its socket's buffer: nothing reads it before `relay`.
  const server = createServer((client) => {
    if (!held) return relay(client);
    client.on('error', () => undefined);
    held.push(client);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the relay has no port');
  return {
    url: `redis://127.0.0.1:${address.port}`,
    cutAfterNextRequest: () => (armed = true),
    hold: () => (held = []),
    release: () => {
      const waiting = held ?? [];
      held = undefined;
      for (const client of waiting) relay(client);
    },
    close: async () => {
      for (const client of held ?? []) client.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}
