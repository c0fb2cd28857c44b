import type { ComponentChildren } from 'preact';
import icon from '@/assets/icon.svg';

interface PageShellProps {
  title: string;
  /**
   * `popup` is the toolbar popup (a fixed 360 px), `settings` a wide page with a section nav,
   * `page` a readable single column.
   */
  layout?: 'popup' | 'settings' | 'page';
  /** Beside the title, at the end of the header: a status, a link. */
  aside?: ComponentChildren;
  children: ComponentChildren;
}

/** The frame every extension page shares: our icon and one heading; styles in page.css. */
export function PageShell({ title, layout = 'page', aside, children }: PageShellProps) {
  return (
    <main
      data-testid="keywarden-root"
      class={`shell ${layout}`}
      style={layout === 'popup' ? { width: '360px' } : undefined}
    >
      <header class="shell-header">
        <div class="brand">
          <img src={icon} alt="" width={28} height={28} />
          <h1>{title}</h1>
        </div>
        {aside}
      </header>
      {children}
    </main>
  );
}
