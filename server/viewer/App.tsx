import { RevealSecret } from '../../components/RevealSecret';
import { takeKeywardenSecret } from '../../lib/keywarden-reveal';

export interface AppProps {
  link: { id: string; key: string } | null;
}

/** The viewer page: the shared reveal flow, or a word on an incomplete link. */
export function App({ link }: AppProps) {
  if (!link) {
    return (
      <>
        <h1 tabIndex={-1}>This link is incomplete</h1>
        <p>
          Open the full link from the message you received. The key is removed from the address bar
          as soon as the page reads it, so reloading this page cannot show a secret.
        </p>
      </>
    );
  }
  return (
    <RevealSecret
      take={() => takeKeywardenSecret(link)}
      where="It is decrypted here, in your browser."
    />
  );
}
