import { DetectorsSection } from '@/components/DetectorsSection';
import { HistorySection } from '@/components/HistorySection';
import { ImportExportSection } from '@/components/ImportExportSection';
import { PageShell } from '@/components/PageShell';
import { PendingSection } from '@/components/PendingSection';
import { SectionNav } from '@/components/SectionNav';
import { SharingSection } from '@/components/SharingSection';
import { SitesSection } from '@/components/SitesSection';
import { useSettingsState } from '@/components/use-settings-state';

const SECTIONS = [
  { id: 'sites', label: 'Sites' },
  { id: 'detectors', label: 'Detectors' },
  { id: 'sharing', label: 'Sharing' },
  { id: 'history', label: 'History' },
  { id: 'import-export', label: 'Import and export' },
];

export function App() {
  const state = useSettingsState();
  const sections = state?.pending
    ? [{ id: 'pending', label: 'Waiting for you' }, ...SECTIONS]
    : SECTIONS;
  return (
    <PageShell title="Keywarden options" layout="settings">
      <div class="settings-layout">
        <SectionNav sections={sections} ready={!!state} />
        {state ? (
          <div>
            {state.locked.length > 0 && (
              <p class="callout">
                Some settings are managed by your administrator and cannot be changed.
              </p>
            )}
            {state.pending && <PendingSection state={state} pending={state.pending} />}
            <SitesSection state={state} />
            <DetectorsSection state={state} />
            <SharingSection state={state} />
            <HistorySection state={state} />
            <ImportExportSection state={state} />
          </div>
        ) : (
          <p class="note">Loading…</p>
        )}
      </div>
    </PageShell>
  );
}
