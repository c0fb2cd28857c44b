/**
 * What a reader holds once a one-time secret has left its server: the ciphertext, in memory, until
 * it is decrypted. Both kinds of link server (`keywarden-reveal.ts`, `privatebin-read.ts`) give
 * one, so the viewer page and the extension's own page share a single reveal flow
 * (`components/RevealSecret.tsx`).
 */

/** A file the sender attached (PrivateBin only), as the data URL its message carries. */
export interface AttachedFile {
  name: string;
  dataUrl: string;
}

export interface OpenedSecret {
  text: string;
  files: AttachedFile[];
}

export type OpenFailure = 'wrong-passphrase' | 'broken';

/** Why `HeldSecret.open` failed; never carries the key, the passphrase or any plaintext. */
export class OpenError extends Error {
  readonly code: OpenFailure;
  constructor(code: OpenFailure) {
    super(
      code === 'wrong-passphrase'
        ? 'The passphrase is wrong, or the link was altered.'
        : 'The secret could not be decrypted.',
    );
    this.name = 'OpenError';
    this.code = code;
  }
}

export interface HeldSecret {
  /**
   * `required`: the sender set a passphrase. `unknown`: the server cannot say (PrivateBin), so a
   * failed first attempt may mean one is needed.
   */
  passphrase: 'none' | 'required' | 'unknown';
  /** Views the server still allows; `until-expiry` for a paste that does not burn on reading. */
  viewsLeft: number | 'until-expiry';
  /** Decrypts; may be called again after a wrong passphrase, since nothing is fetched twice. */
  open(passphrase?: string): Promise<OpenedSecret>;
}

/** Why a secret could not be taken from its server; the reader's page words it. */
export type TakeFailure =
  'unreachable' | 'rate-limited' | 'server-error' | 'unexpected' | 'not-privatebin';

export type TakeResult =
  { kind: 'held'; secret: HeldSecret } | { kind: 'gone' } | { kind: 'error'; reason: TakeFailure };
