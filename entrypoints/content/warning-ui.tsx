import type { ContentScriptContext } from '#imports';
import { render } from 'preact';
import { SECRET_WARNING_CSS } from '@/components/secret-warning-css';
import { SecretWarning, type SecretWarningProps } from '@/components/SecretWarning';
import { mountShadowHost } from './shadow-host';

const DIALOG_WIDTH = 380;
const GAP = 8;

/** Below the field when it fits, otherwise above it; always inside the viewport. */
function placeNear(anchor: Element): { left: number; top: number } {
  const rect = anchor.getBoundingClientRect();
  const viewportWidth = document.documentElement.clientWidth || window.innerWidth;
  const viewportHeight = document.documentElement.clientHeight || window.innerHeight;
  const left = Math.max(GAP, Math.min(rect.left, viewportWidth - DIALOG_WIDTH - GAP));
  const below = rect.bottom + GAP;
  const top = below + 200 < viewportHeight ? below : Math.max(GAP, rect.top - 200 - GAP);
  return { left, top: Math.min(top, Math.max(GAP, viewportHeight - 200)) };
}

export interface WarningUi {
  update(props: SecretWarningProps): void;
  /** A short notice in place of the dialog, e.g. where to rotate a key that was pasted anyway. */
  notice(message: string, link?: string): void;
  remove(): void;
}

/** Mounts the warning in a closed shadow root so the page can neither style nor script it. */
export function openWarningUi(
  ctx: ContentScriptContext,
  anchor: Element,
  props: SecretWarningProps,
): WarningUi {
  const position = placeNear(anchor);
  const host = mountShadowHost(ctx, 'keywarden-warning', SECRET_WARNING_CSS);
  const container = host.container;
  const style = { left: `${position.left}px`, top: `${position.top}px` };
  const draw = (next: SecretWarningProps) =>
    render(
      <div class="kw-layer">
        <div style={{ position: 'fixed', ...style }}>
          <SecretWarning {...next} />
        </div>
      </div>,
      container,
    );
  draw(props);
  const remove = () => {
    render(null, container);
    host.remove();
  };
  return {
    update: draw,
    notice(message, link) {
      render(
        <div class="kw-layer">
          <div class="kw-notice" role="status" style={style}>
            {message}{' '}
            {link && (
              <a href={link} target="_blank" rel="noreferrer noopener">
                {link}
              </a>
            )}
          </div>
        </div>,
        container,
      );
      ctx.setTimeout(remove, 12_000);
    },
    remove,
  };
}
