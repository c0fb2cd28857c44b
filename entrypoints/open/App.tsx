import { useEffect, useRef, useState } from 'preact/hooks';
import { RevealSecret } from '@/components/RevealSecret';
import { parseReceivedLink, takeReceivedSecret, type ReceivedLink } from '@/lib/received-link';

const NOT_A_LINK =
  'This is not a one-time link Keywarden can open: it opens Keywarden links (…/s#…) and PrivateBin links (…/?…#…).';

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
    handedOver !== undefined && link === undefined ? NOT_A_LINK : '',
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
            setError(parsed ? '' : NOT_A_LINK);
            setLink(parsed);
          }}
        />
      )}
    </>
  );
}

function Opening({ link }: { link: ReceivedLink }) {
  const host = new URL(link.server).host;
  const kind = link.kind === 'keywarden' ? 'Keywarden server' : 'PrivateBin';
  return (
    <>
      <p class="from muted">
        From <strong>{host}</strong> ({kind}), opened in Keywarden
      </p>
      <RevealSecret
        take={() => takeReceivedSecret(link)}
        where={`Keywarden decrypts it here with its own code; ${host} only hands over encrypted data.`}
      />
    </>
  );
}

function EnterLink({ error, onLink }: { error: string; onLink: (text: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <>
      <h1>Open a link you received</h1>
      <p class="muted">
        Paste a one-time link from a Keywarden server or a PrivateBin instance. Keywarden decrypts
        it here with its own code, so the server cannot hand you altered code that would leak it.
        Nothing is read from the server until you press Reveal.
      </p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onLink(input.current?.value ?? '');
        }}
      >
        <label for="link">Link</label>
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
          <button type="submit">Open</button>
        </div>
      </form>
    </>
  );
}
