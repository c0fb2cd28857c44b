const METHODS = new Set(['GET', 'POST', 'DELETE', 'OPTIONS', 'HEAD']);

/** Event counters exposed on /metrics. Only counts: no ids, no addresses, no payload sizes. */
export type SecretEvent =
  'created' | 'revealed' | 'revoked' | 'purged' | 'rate_limited' | 'refused_full';

/** In-process counters rendered in Prometheus text format (version 0.0.4). */
export class Metrics {
  private readonly requests = new Map<string, number>();
  private readonly events = new Map<SecretEvent, number>();
  private readonly startedAt = Date.now();

  /** `route` must be a route pattern (bounded set), never a concrete path. */
  request(method: string, route: string, status: number): void {
    const m = METHODS.has(method) ? method : 'OTHER';
    const key = `method="${m}",route="${route}",status="${status}"`;
    this.requests.set(key, (this.requests.get(key) ?? 0) + 1);
  }

  count(event: SecretEvent, by = 1): void {
    this.events.set(event, (this.events.get(event) ?? 0) + by);
  }

  render(): string {
    const lines = [
      '# HELP keywarden_http_requests_total HTTP requests by method, route pattern and status.',
      '# TYPE keywarden_http_requests_total counter',
    ];
    for (const [labels, n] of [...this.requests].sort()) {
      lines.push(`keywarden_http_requests_total{${labels}} ${n}`);
    }
    lines.push(
      '# HELP keywarden_secrets_total Secret lifecycle events.',
      '# TYPE keywarden_secrets_total counter',
    );
    for (const event of [
      'created',
      'revealed',
      'revoked',
      'purged',
      'rate_limited',
      'refused_full',
    ] as const) {
      lines.push(`keywarden_secrets_total{event="${event}"} ${this.events.get(event) ?? 0}`);
    }
    lines.push(
      '# HELP keywarden_uptime_seconds Seconds since this process started serving.',
      '# TYPE keywarden_uptime_seconds gauge',
      `keywarden_uptime_seconds ${Math.floor((Date.now() - this.startedAt) / 1000)}`,
    );
    const memory = process.memoryUsage();
    lines.push(
      '# HELP process_resident_memory_bytes Resident memory of this process.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${memory.rss}`,
      '# HELP nodejs_heap_used_bytes V8 heap in use.',
      '# TYPE nodejs_heap_used_bytes gauge',
      `nodejs_heap_used_bytes ${memory.heapUsed}`,
    );
    return lines.join('\n') + '\n';
  }
}
