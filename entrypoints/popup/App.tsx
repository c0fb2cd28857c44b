import { browser } from 'wxt/browser';
import { PageShell } from '@/components/PageShell';

export function App() {
  return (
    <PageShell title="Keywarden" width={320}>
      <p>
        Keywarden watches what you paste into web pages and warns before an API key or password
        leaves your browser, offering a one-time encrypted link instead.
      </p>
      <p>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options
        </a>
      </p>
    </PageShell>
  );
}
