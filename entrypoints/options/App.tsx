import { i18n } from '#i18n';
import { DetectorsSection } from '@/components/DetectorsSection';
import { HistorySection } from '@/components/HistorySection';
import { ImportExportSection } from '@/components/ImportExportSection';
import { PageShell } from '@/components/PageShell';
import { PendingSection } from '@/components/PendingSection';
import { SectionNav } from '@/components/SectionNav';
import { SharingSection } from '@/components/SharingSection';
import { SitesSection } from '@/components/SitesSection';
import { useSettingsState } from '@/components/use-settings-state';

const sectionList = () => [
  { id: 'sites', label: i18n.t('options.sites') },
  { id: 'detectors', label: i18n.t('options.detectors') },
  { id: 'sharing', label: i18n.t('options.sharing') },
  { id: 'history', label: i18n.t('options.history') },
  { id: 'import-export', label: i18n.t('options.importExport') },
];

export function App() {
  const state = useSettingsState();
  const sections = state?.pending
    ? [{ id: 'pending', label: i18n.t('options.pending') }, ...sectionList()]
    : sectionList();
  return (
    <PageShell title={i18n.t('options.pageTitle')} layout="settings">
      <div class="settings-layout">
        <SectionNav sections={sections} ready={!!state} />
        {state ? (
          <div>
            {state.locked.length > 0 && <p class="callout">{i18n.t('options.managed')}</p>}
            {state.pending && <PendingSection state={state} pending={state.pending} />}
            <SitesSection state={state} />
            <DetectorsSection state={state} />
            <SharingSection state={state} />
            <HistorySection state={state} />
            <ImportExportSection state={state} />
          </div>
        ) : (
          <p class="note">{i18n.t('options.loading')}</p>
        )}
      </div>
    </PageShell>
  );
}
