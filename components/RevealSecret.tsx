import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  OpenError,
  type AttachedFile,
  type HeldSecret,
  type OpenedSecret,
  type TakeResult,
} from '../lib/received-secret';

type Step =
  | { name: 'ready'; error?: string }
  | { name: 'revealing' }
  | { name: 'passphrase'; held: HeldSecret; error?: string; busy?: boolean }
  | { name: 'shown'; opened: OpenedSecret; viewsLeft: HeldSecret['viewsLeft'] }
  | { name: 'broken' }
  | { name: 'gone' };

export interface RevealSecretProps {
  /** Takes the secret from its server: called once, on the reader's click. */
  take: () => Promise<TakeResult>;
  /** Where the secret is decrypted, said under the first heading. */
  where: ComponentChildren;
}

/**
 * The reveal of a one-time secret, shared by the server's viewer page and the extension's own
 * page: one state machine, one heading that takes focus on every step. Nothing is fetched before
 * the click, so a link preview burns nothing.
 */
export function RevealSecret({ take, where }: RevealSecretProps) {
  const [step, setStep] = useState<Step>({ name: 'ready' });
  const heading = useRef<HTMLHeadingElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Screen readers and keyboard users land on the new content after each step.
    if (step.name === 'passphrase') passphraseInput.current?.focus();
    else heading.current?.focus();
  }, [step.name]);

  async function onReveal() {
    setStep({ name: 'revealing' });
    const result = await take();
    if (result.kind === 'gone') return setStep({ name: 'gone' });
    if (result.kind === 'error') return setStep({ name: 'ready', error: result.message });
    const held = result.secret;
    if (held.passphrase === 'required') return setStep({ name: 'passphrase', held });
    try {
      setStep({ name: 'shown', opened: await held.open(), viewsLeft: held.viewsLeft });
    } catch {
      // PrivateBin cannot say whether a password was set: its own page asks after this failure.
      setStep(held.passphrase === 'unknown' ? { name: 'passphrase', held } : { name: 'broken' });
    }
  }

  async function onUnlock(event: Event) {
    event.preventDefault();
    if (step.name !== 'passphrase' || step.busy) return;
    const passphrase = passphraseInput.current?.value ?? '';
    if (passphrase === '') return setStep({ ...step, error: 'Enter the passphrase.' });
    setStep({ ...step, busy: true, error: undefined });
    try {
      const opened = await step.held.open(passphrase);
      setStep({ name: 'shown', opened, viewsLeft: step.held.viewsLeft });
    } catch (error) {
      const wrong = error instanceof OpenError && error.code === 'wrong-passphrase';
      // The ciphertext stays in memory, so a wrong passphrase costs no view.
      setStep({
        ...step,
        busy: false,
        error: wrong
          ? 'That passphrase is not right. Try again.'
          : 'This secret could not be decrypted.',
      });
      if (passphraseInput.current) {
        passphraseInput.current.value = '';
        passphraseInput.current.focus();
      }
    }
  }

  switch (step.name) {
    case 'ready':
    case 'revealing':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            Someone shared a secret with you. It can be viewed once.
          </h1>
          <p class="muted">{where} Reveal it only when you are ready to copy it.</p>
          {step.name === 'ready' && step.error && (
            <p class="error" role="alert">
              {step.error}
            </p>
          )}
          <div class="row">
            <button type="button" onClick={onReveal} disabled={step.name === 'revealing'}>
              {step.name === 'revealing' ? 'Revealing…' : 'Reveal'}
            </button>
          </div>
        </>
      );
    case 'passphrase':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {step.held.passphrase === 'required'
              ? 'This secret is protected by a passphrase'
              : 'This secret needs a password, or its link is damaged'}
          </h1>
          <p>Ask the sender for the passphrase if you do not have it. You can try again.</p>
          <form onSubmit={onUnlock}>
            <label for="passphrase">Passphrase</label>
            <input
              id="passphrase"
              ref={passphraseInput}
              type="password"
              autocomplete="off"
              aria-invalid={step.error ? 'true' : undefined}
              aria-describedby={step.error ? 'passphrase-error' : undefined}
            />
            {step.error && (
              <p id="passphrase-error" class="error" role="alert">
                {step.error}
              </p>
            )}
            <div class="row">
              <button type="submit" disabled={step.busy}>
                {step.busy ? 'Unlocking…' : 'Unlock'}
              </button>
            </div>
          </form>
          <p class="muted">Keep this page open: the secret has already left the server.</p>
        </>
      );
    case 'shown':
      return <Shown opened={step.opened} viewsLeft={step.viewsLeft} headingRef={heading} />;
    case 'broken':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            This secret could not be decrypted
          </h1>
          <p>
            The link looks damaged: make sure it was copied completely, then ask the sender for a
            new one.
          </p>
        </>
      );
    case 'gone':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            This secret is no longer available
          </h1>
          <p>It has already been viewed, it expired, or the sender revoked it.</p>
          <p>
            <strong>If you did not open it yourself</strong>, someone else may have: ask the sender
            to rotate the secret (revoke it and issue a new one).
          </p>
        </>
      );
  }
}

function Shown(props: {
  opened: OpenedSecret;
  viewsLeft: HeldSecret['viewsLeft'];
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const box = useRef<HTMLPreElement>(null);
  const { text, files } = props.opened;

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('done');
    } catch {
      // Clipboard API refused (permissions, old browser): select the text for a manual copy.
      const selection = window.getSelection();
      if (box.current && selection) {
        selection.selectAllChildren(box.current);
      }
      setCopied(document.execCommand('copy') ? 'done' : 'failed');
    }
  }

  return (
    <>
      <h1 ref={props.headingRef} tabIndex={-1}>
        Your secret
      </h1>
      <pre class="secret" ref={box} tabIndex={0} aria-label="Secret" data-testid="secret">
        {text}
      </pre>
      <div class="row">
        <button type="button" onClick={onCopy}>
          Copy
        </button>
        <span role="status" class={copied === 'failed' ? 'error' : 'ok'}>
          {copied === 'done'
            ? 'Copied.'
            : copied === 'failed'
              ? 'Select the text and copy it.'
              : ''}
        </span>
      </div>
      {files.length > 0 && <Files files={files} />}
      {props.viewsLeft === 'until-expiry' ? (
        <p>
          The sender did not make this paste burn after reading: it stays on the server until it
          expires.
        </p>
      ) : props.viewsLeft === 0 ? (
        <p>This secret has been deleted from the server.</p>
      ) : (
        <p>
          This link can be opened {props.viewsLeft} more {props.viewsLeft === 1 ? 'time' : 'times'}{' '}
          before the server deletes the secret.
        </p>
      )}
    </>
  );
}

/** The bytes of a data URL, or undefined when it is malformed. */
function dataUrlBytes(dataUrl: string): Uint8Array<ArrayBuffer> | undefined {
  const comma = dataUrl.indexOf(',');
  if (!dataUrl.startsWith('data:') || comma < 0) return undefined;
  const body = dataUrl.slice(comma + 1);
  try {
    return dataUrl.slice(0, comma).endsWith(';base64')
      ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0))
      : new TextEncoder().encode(decodeURIComponent(body));
  } catch {
    return undefined;
  }
}

/** Attached files, saved on request and never rendered: a data URL could hold a page. */
function Files({ files }: { files: AttachedFile[] }) {
  const [damaged, setDamaged] = useState(false);
  function save(file: AttachedFile) {
    const bytes = dataUrlBytes(file.dataUrl);
    if (!bytes) return setDamaged(true);
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    // The browser sanitises a download's name too; this keeps paths and controls out before it.
    const name = [...file.name].map((c) => (c < ' ' || '\\/:*?"<>|'.includes(c) ? '_' : c));
    anchor.download = name.join('') || 'attachment';
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <ul class="files">
      {files.map((file, i) => (
        <li key={i}>
          <button type="button" onClick={() => save(file)}>
            Save the attached file {file.name}
          </button>
        </li>
      ))}
      {damaged && (
        <li class="error" role="alert">
          That file is damaged and cannot be saved.
        </li>
      )}
    </ul>
  );
}
