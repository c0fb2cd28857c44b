import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { RevealSecret } from '@/components/RevealSecret';
import { parseReceivedLink, takeReceivedSecret, type ReceivedLink } from '@/lib/received-link';

/** Stands for the host in the translated sentence, which is then split around it. */
const HOST_MARK = '\u0000';

const OPEN_CSS = `
.from { font-size: 14px; margin: 0 0 12px; }
.files { list-style: none; padding: 0; }
`;

/**
 * "Open in Keywarden": a received link, decrypted by the extension's own code. The server hands
 * over only ciphertext, and its own page, with whatever code it serves, never loads.
 */
export function App({ handedOver }: { handedOver: string | undefined }) {
  const [link, setLink] = useState<ReceivedLink | undefined>(() =>
    handedOver === undefined ? undefined : parseReceivedLink(handedOver),
  );
  const [error, setError] = useState(
    handedOver !== undefined && link === undefined ? i18n.t('open.notALink') : '',
  );

  return (
    <>
      <style>{OPEN_CSS}</style>
      {link ? (
        <Opening link={link} />
      ) : (
        <EnterLink
          error={error}
          onLink={(text) => {
            const parsed = parseReceivedLink(text);
            setError(parsed ? '' : i18n.t('open.notALink'));
            setLink(parsed);
          }}
        />
      )}
    </>
  );
}

function Opening({ link }: { link: ReceivedLink }) {
  const host = new URL(link.server).host;
  const kind = i18n.t(link.kind === 'keywarden' ? 'open.kindKeywarden' : 'open.kindPrivateBin');
  // The host is set in bold wherever the language puts it in the sentence.
  const [before, after] = i18n.t('open.from', [HOST_MARK, kind]).split(HOST_MARK);
  return (
    <>
      <p class="from muted">
        {before}
        <strong>{host}</strong>
        {after}
      </p>
      <RevealSecret take={() => takeReceivedSecret(link)} where={i18n.t('open.where', [host])} />
    </>
  );
}

function EnterLink({ error, onLink }: { error: string; onLink: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <>
      <h1>{i18n.t('open.enterTitle')}</h1>
      <p class="muted">{i18n.t('open.enterBody')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onLink(input.current?.value ?? '');
        }}
      >
        <label for="link">{i18n.t('open.link')}</label>
        <input
          id="link"
          class="link"
          ref={input}
          type="text"
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'link-error' : undefined}
        />
        {error && (
          <p id="link-error" class="error" role="alert">
            {error}
          </p>
        )}
        <div class="row">
          <button type="submit">{i18n.t('open.open')}</button>
        </div>
      </form>
    </>
  );
}
