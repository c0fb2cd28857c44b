import type { Redis } from 'ioredis';

/**
 * Confirms that writes made over a connection have reached `replicas` replicas, with Redis's
 * WAIT: https://redis.io/docs/latest/commands/wait/
 *
 * WAIT counts the writes its own connection made, so it is sent over the connection that ran the
 * script, and only counts when that connection stayed up from the script to WAIT's answer: after a
 * reconnect (ioredis resends unanswered commands, possibly to a new primary) a WAIT would vouch
 * for a connection that made no writes. Each connection's closes are counted (its epoch); a write
 * confirms only when the epoch did not move.
 *
 * One WAIT is in flight per connection and covers every write answered before it was sent (group
 * commit): Redis blocks the connection while WAIT waits, so one per request would serialise them.
 */
export class ReplicaConfirmer {
  private readonly epochs = new WeakMap<Redis, { value: number }>();
  private readonly queues = new WeakMap<Redis, { waiting: Waiter[]; busy: boolean }>();

  constructor(
    readonly replicas: number,
    private readonly timeoutMs: number,
  ) {}

  /** The connection's epoch now; take it before sending the write. */
  epoch(client: Redis): number {
    let epoch = this.epochs.get(client);
    if (!epoch) {
      const counter = { value: 0 };
      epoch = counter;
      this.epochs.set(client, counter);
      client.on('close', () => counter.value++);
    }
    return epoch.value;
  }

  /**
   * Resolves true once the writes `client` answered since `epoch` are on enough replicas; false
   * when they are not within the timeout, or the connection dropped in between. Never rejects.
   */
  confirm(client: Redis, epoch: number): Promise<boolean> {
    if (this.epoch(client) !== epoch) return Promise.resolve(false);
    let queue = this.queues.get(client);
    if (!queue) {
      queue = { waiting: [], busy: false };
      this.queues.set(client, queue);
    }
    const waiting = queue;
    return new Promise<boolean>((resolve) => {
      waiting.waiting.push({ epoch, resolve });
      if (!waiting.busy) {
        // After the replies already read in this turn of the event loop, so that one WAIT
        // covers them all.
        waiting.busy = true;
        setImmediate(() => this.flush(client, waiting));
      }
    });
  }

  private flush(client: Redis, queue: { waiting: Waiter[]; busy: boolean }): void {
    const batch = queue.waiting.splice(0);
    const sentEpoch = this.epoch(client);
    queue.busy = true;
    const done = (acks: number) => {
      const ok = acks >= this.replicas && this.epoch(client) === sentEpoch;
      for (const waiter of batch) waiter.resolve(ok && waiter.epoch === sentEpoch);
      queue.busy = false;
      if (queue.waiting.length > 0) this.flush(client, queue);
    };
    (client.call('WAIT', this.replicas, this.timeoutMs) as Promise<number>).then(
      (acks) => done(Number(acks)),
      () => done(-1),
    );
  }
}

interface Waiter {
  epoch: number;
  resolve: (confirmed: boolean) => void;
}
