import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PageShell } from '@/components/PageShell';
import { RecentLinks } from '@/components/RecentLinks';
import { ShareForm } from '@/components/ShareForm';
import { SiteChip, ThisSite, useActiveTabUrl } from '@/components/ThisSite';
import { useSettingsState } from '@/components/use-settings-state';
import { countThisWeek } from '@/lib/history-export';
import { sendMessage } from '@/lib/messages';

function WeekCount() {
  const [count, setCount] = useState<number>();
  useEffect(() => {
    void sendMessage({ type: 'history.list', limit: 5000 }).then(
      (reply) => setCount(countThisWeek(reply.decisions, Date.now())),
      () => undefined,
    );
  }, []);
  if (count === undefined) return null;
  return (
    <p data-testid="week-count">
      Stopped {count} {count === 1 ? 'secret' : 'secrets'} this week.{' '}
      <a href={browser.runtime.getURL('/options.html#history')} target="_blank" rel="noreferrer">
        See history
      </a>
    </p>
  );
}

export function App() {
  const state = useSettingsState();
  const url = useActiveTabUrl();
  return (
    <PageShell title="Keywarden" layout="popup" aside={<SiteChip state={state} url={url} />}>
      {state?.pending && (
        <p role="alert" class="callout" data-testid="pending-notice">
          Synced changes to your settings wait for your approval.{' '}
          <a
            href={browser.runtime.getURL('/options.html#pending')}
            target="_blank"
            rel="noreferrer"
          >
            Review them
          </a>
        </p>
      )}
      {state && (
        <ShareForm defaults={state.settings.share} hasServer={state.settings.serverUrl !== ''} />
      )}
      {state && <ThisSite state={state} url={url} />}
      <RecentLinks />
      <footer class="popup-footer note">
        <WeekCount />
        <a href={browser.runtime.getURL('/open.html')} target="_blank" rel="noreferrer">
          Open a link you received
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer">
          Options
        </a>
      </footer>
    </PageShell>
  );
}
