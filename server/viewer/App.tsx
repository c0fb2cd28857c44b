import { useEffect, useRef, useState } from 'preact/hooks';
import { LinkCryptoError, openSecret } from '../../lib/link-crypto';
import { reveal } from './reveal';

type Step =
  | { name: 'no-link' }
  | { name: 'ready'; error?: string }
  | { name: 'revealing' }
  | {
      name: 'passphrase';
      payload: string;
      salt: string;
      viewsLeft: number;
      error?: string;
      busy?: boolean;
    }
  | { name: 'shown'; text: string; viewsLeft: number }
  | { name: 'broken' }
  | { name: 'gone' };

export interface AppProps {
  link: { id: string; key: string } | null;
}

/** The whole viewer page: one state machine, one heading that takes focus on every step. */
export function App({ link }: AppProps) {
  const [step, setStep] = useState<Step>(link ? { name: 'ready' } : { name: 'no-link' });
  const heading = useRef<HTMLHeadingElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Screen readers and keyboard users land on the new content after each step.
    if (step.name === 'passphrase') passphraseInput.current?.focus();
    else heading.current?.focus();
  }, [step.name]);

  async function onReveal() {
    if (!link) return;
    setStep({ name: 'revealing' });
    const result = await reveal(link.id);
    if (result.kind === 'gone') return setStep({ name: 'gone' });
    if (result.kind === 'error') return setStep({ name: 'ready', error: result.message });
    if (result.salt !== undefined) {
      return setStep({
        name: 'passphrase',
        payload: result.payload,
        salt: result.salt,
        viewsLeft: result.viewsLeft,
      });
    }
    try {
      const text = await openSecret(result.payload, link.key);
      setStep({ name: 'shown', text, viewsLeft: result.viewsLeft });
    } catch {
      setStep({ name: 'broken' });
    }
  }

  async function onUnlock(event: Event) {
    event.preventDefault();
    if (!link || step.name !== 'passphrase' || step.busy) return;
    const passphrase = passphraseInput.current?.value ?? '';
    if (passphrase === '') return setStep({ ...step, error: 'Enter the passphrase.' });
    setStep({ ...step, busy: true, error: undefined });
    try {
      const text = await openSecret(step.payload, link.key, { passphrase, salt: step.salt });
      setStep({ name: 'shown', text, viewsLeft: step.viewsLeft });
    } catch (error) {
      const wrong = error instanceof LinkCryptoError && error.code === 'decrypt-failed';
      // The payload stays in memory, so a wrong passphrase costs no view.
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
    case 'no-link':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            This link is incomplete
          </h1>
          <p>
            Open the full link from the message you received. The key is removed from the address
            bar as soon as the page reads it, so reloading this page cannot show a secret.
          </p>
        </>
      );
    case 'ready':
    case 'revealing':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            Someone shared a secret with you. It can be viewed once.
          </h1>
          <p class="muted">
            It is decrypted here, in your browser. Reveal it only when you are ready to copy it.
          </p>
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
            This secret is protected by a passphrase
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
      return <Shown text={step.text} viewsLeft={step.viewsLeft} headingRef={heading} />;
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
  text: string;
  viewsLeft: number;
  headingRef: { current: HTMLHeadingElement | null };
}) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const box = useRef<HTMLPreElement>(null);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(props.text);
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
        {props.text}
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
      {props.viewsLeft === 0 ? (
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
