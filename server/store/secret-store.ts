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
  /** Stores a new record; false when the id already exists (the caller retries with a new id). */
  create(secret: NewSecret): Promise<boolean>;
  /** Counts one view atomically; the view that reaches the limit deletes the record in the same step. */
  reveal(id: string, now: number): Promise<RevealedSecret | null>;
  status(id: string, manageTokenHash: string, now: number): Promise<SecretStatus | null>;
  /** Deletes the record when the token matches; false when missing, expired or the token is wrong. */
  revoke(id: string, manageTokenHash: string, now: number): Promise<boolean>;
  /** Removes expired records; returns how many it removed (an estimate where TTLs do the work). */
  purgeExpired(now: number): Promise<number>;
  /** Throws when the store cannot serve requests. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
