import { i18n } from '#i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  OpenError,
  type AttachedFile,
  type HeldSecret,
  type OpenedSecret,
  type TakeFailure,
  type TakeResult,
} from '../lib/received-secret';

/** Why a take failed, in the reader's language (the failure itself carries only a code). */
const TAKE_FAILURES = {
  unreachable: 'reveal.errorUnreachable',
  'rate-limited': 'reveal.errorRateLimited',
  'server-error': 'reveal.errorServer',
  unexpected: 'reveal.errorUnexpected',
  'not-privatebin': 'reveal.errorNotPrivateBin',
} as const satisfies Record<TakeFailure, string>;

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
    if (result.kind === 'error') {
      return setStep({ name: 'ready', error: i18n.t(TAKE_FAILURES[result.reason]) });
    }
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
    if (passphrase === '') return setStep({ ...step, error: i18n.t('reveal.passphraseEmpty') });
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
        error: wrong ? i18n.t('reveal.passphraseWrong') : i18n.t('reveal.notDecrypted'),
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
            {i18n.t('reveal.heading')}
          </h1>
          <p class="muted">
            {where} {i18n.t('reveal.readyHint')}
          </p>
          {step.name === 'ready' && step.error && (
            <p class="error" role="alert">
              {step.error}
            </p>
          )}
          <div class="row">
            <button type="button" onClick={onReveal} disabled={step.name === 'revealing'}>
              {step.name === 'revealing' ? i18n.t('reveal.revealing') : i18n.t('reveal.reveal')}
            </button>
          </div>
        </>
      );
    case 'passphrase':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {step.held.passphrase === 'required'
              ? i18n.t('reveal.passphraseRequired')
              : i18n.t('reveal.passphraseUnknown')}
          </h1>
          <p>{i18n.t('reveal.passphraseHelp')}</p>
          <form onSubmit={onUnlock}>
            <label for="passphrase">{i18n.t('reveal.passphrase')}</label>
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
                {step.busy ? i18n.t('reveal.unlocking') : i18n.t('reveal.unlock')}
              </button>
            </div>
          </form>
          <p class="muted">{i18n.t('reveal.keepOpen')}</p>
        </>
      );
    case 'shown':
      return <Shown opened={step.opened} viewsLeft={step.viewsLeft} headingRef={heading} />;
    case 'broken':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {i18n.t('reveal.brokenTitle')}
          </h1>
          <p>{i18n.t('reveal.brokenBody')}</p>
        </>
      );
    case 'gone':
      return (
        <>
          <h1 ref={heading} tabIndex={-1}>
            {i18n.t('reveal.goneTitle')}
          </h1>
          <p>{i18n.t('reveal.goneBody')}</p>
          <p>
            <strong>{i18n.t('reveal.goneIfNotYou')}</strong> {i18n.t('reveal.goneRotate')}
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
        {i18n.t('reveal.shownTitle')}
      </h1>
      <pre
        class="secret"
        ref={box}
        tabIndex={0}
        aria-label={i18n.t('reveal.secret')}
        data-testid="secret"
      >
        {text}
      </pre>
      <div class="row">
        <button type="button" onClick={onCopy}>
          {i18n.t('reveal.copy')}
        </button>
        <span role="status" class={copied === 'failed' ? 'error' : 'ok'}>
          {copied === 'done'
            ? i18n.t('reveal.copied')
            : copied === 'failed'
              ? i18n.t('reveal.copyByHand')
              : ''}
        </span>
      </div>
      {files.length > 0 && <Files files={files} />}
      {props.viewsLeft === 'until-expiry' ? (
        <p>{i18n.t('reveal.untilExpiry')}</p>
      ) : props.viewsLeft === 0 ? (
        <p>{i18n.t('reveal.deleted')}</p>
      ) : (
        <p>{i18n.t('reveal.viewsLeft', props.viewsLeft)}</p>
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
            {i18n.t('reveal.saveFile', [file.name])}
          </button>
        </li>
      ))}
      {damaged && (
        <li class="error" role="alert">
          {i18n.t('reveal.fileDamaged')}
        </li>
      )}
    </ul>
  );
}
