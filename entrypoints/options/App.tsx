import { PageShell } from '@/components/PageShell';

export function App() {
  return (
    <PageShell title="Keywarden options">
      <p>
        Every http and https page is guarded. Sites where secrets belong, detector choices and the
        sharing server will be configured here.
      </p>
    </PageShell>
  );
}
