/** A record as the create route hands it to a store. Times are epoch milliseconds. */
export interface NewSecret {
  id: string;
  payload: string;
  passphraseSalt: string | null;
  views: number;
  expiresAt: number;
  /** SHA-256 (hex) of the manage token; the token itself is never stored. */
  manageTokenHash: string;
}

export interface RevealedSecret {
  payload: string;
  passphraseSalt: string | null;
  /** Views left after this one; 0 means the record is gone. */
  viewsLeft: number;
}

/**
 * Global caps on what a store holds, 0 meaning none. They count every record not yet removed, in
 * base64url bytes of payload, across all processes sharing the store: a create that would pass one
 * is refused in the same atomic step that would have stored it, so they are never exceeded.
 */
export interface StoreLimits {
  maxLiveSecrets: number;
  maxStoredBytes: number;
}

export const NO_LIMITS: StoreLimits = Object.freeze({ maxLiveSecrets: 0, maxStoredBytes: 0 });

/**
 * `exists`: the id is taken, or (Redis) its record could not be vouched for and was taken back; the
 * caller retries with a new one. `full`: a cap would be passed.
 */
export type CreateResult = 'created' | 'exists' | 'full';

/** What the caps count: records stored and not yet removed, expired ones included until purged. */
export interface StoreUsage {
  secrets: number;
  bytes: number;
}

/**
 * The store could not do what was asked, or could not confirm that it did (Redis failing over, a
 * write that no replica acknowledged in time). Nothing was handed out: the request may be retried,
 * and the API answers 503 with Retry-After. Its message is fixed text, never data.
 */
export class StoreUnavailableError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('The store is unavailable; try again', options);
    this.name = 'StoreUnavailableError';
  }
}

/** What /healthz says about a replicated store. */
export interface StoreReplication {
  topology: 'single' | 'sentinel' | 'cluster';
  /** Replicas each write must reach before it is answered; 0 when confirmation is off. */
  confirmReplicas: number;
  /** Whether every primary has that many replicas connected right now. */
  writesConfirmed: boolean;
}

export interface SecretStatus {
  viewsLeft: number;
  expiresAt: number;
}

/**
 * Storage behind the API. Every method treats an expired record exactly like a missing one, even
 * before `purgeExpired` has removed it.
 */
export interface SecretStore {
  readonly kind: 'sqlite' | 'redis';
  /**
   * Stores a new record within the store's limits. When a cap would be passed, expired records
   * (by `now`) are removed first, so that only live ones keep a create out.
   */
  create(secret: NewSecret, now: number): Promise<CreateResult>;
  /** Counts one view atomically; the view that reaches the limit deletes the record in the same step. */
  reveal(id: string, now: number): Promise<RevealedSecret | null>;
  status(id: string, manageTokenHash: string, now: number): Promise<SecretStatus | null>;
  /** Deletes the record when the token matches; false when missing, expired or the token is wrong. */
  revoke(id: string, manageTokenHash: string, now: number): Promise<boolean>;
  /** Removes expired records; returns how many it removed (an estimate where TTLs do the work). */
  purgeExpired(now: number): Promise<number>;
  usage(): Promise<StoreUsage>;
  /** Throws when the store cannot serve requests. */
  ping(): Promise<void>;
  /** Replicated stores only. */
  replication?(): Promise<StoreReplication>;
  close(): Promise<void>;
}
