import type { ContentScriptContext } from '#imports';
import { sendMessage } from '@/lib/messages';

/** Starts the in-page guard for this frame. */
export function startGuard(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  // Only the top frame speaks for the tab; sub-frames would just repeat it.
  if (window.top === window) void sendMessage({ type: 'guard.ready' }).catch(() => undefined);
}
