import type { ComponentChildren } from 'preact';

interface PageShellProps {
  title: string;
  /** Fixed width for the toolbar popup; pages opened in a tab flow with the window. */
  width?: number;
  children: ComponentChildren;
}

/** The frame every extension page shares: one heading, readable in light and dark themes. */
export function PageShell({ title, width, children }: PageShellProps) {
  return (
    <main
      data-testid="keywarden-root"
      style={{
        width: width ? `${width}px` : undefined,
        maxWidth: '720px',
        padding: '16px',
        font: '14px/1.5 system-ui, sans-serif',
        colorScheme: 'light dark',
      }}
    >
      <h1 style={{ fontSize: '18px', margin: '0 0 8px' }}>{title}</h1>
      {children}
    </main>
  );
}
