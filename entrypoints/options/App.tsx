import { DetectorsSection } from '@/components/DetectorsSection';
import { HistorySection } from '@/components/HistorySection';
import { ImportExportSection } from '@/components/ImportExportSection';
import { PAGE_CSS } from '@/components/page-css';
import { PageShell } from '@/components/PageShell';
import { PendingSection } from '@/components/PendingSection';
import { SharingSection } from '@/components/SharingSection';
import { SitesSection } from '@/components/SitesSection';
import { useSettingsState } from '@/components/use-settings-state';

export function App() {
  const state = useSettingsState();
  return (
    <PageShell title="Keywarden options">
      <style>{PAGE_CSS}</style>
      <nav aria-label="Sections" class="row">
        <a href="#sites">Sites</a>
        <a href="#detectors">Detectors</a>
        <a href="#sharing">Sharing</a>
        <a href="#history">History</a>
        <a href="#import-export">Import and export</a>
      </nav>
      {state ? (
        <>
          {state.locked.length > 0 && (
            <p class="locked">
              Some settings are managed by your administrator and cannot be changed.
            </p>
          )}
          {state.pending && <PendingSection state={state} pending={state.pending} />}
          <SitesSection state={state} />
          <DetectorsSection state={state} />
          <SharingSection state={state} />
          <HistorySection state={state} />
          <ImportExportSection state={state} />
        </>
      ) : (
        <p class="note">Loading…</p>
      )}
    </PageShell>
  );
}
