import { useEffect, useState } from 'preact/hooks';
import type { LinkState, LinkSummary } from '@/lib/message-schemas';
import { sendMessage } from '@/lib/messages';

const STATE_TEXT: Record<LinkState, string> = {
  waiting: 'Not yet viewed',
  viewed: 'Viewed',
  expired: 'Expired',
  revoked: 'Revoked',
  unknown: 'Status unavailable',
};

/** The chip's tone: still live and unread, read, or past use; `unknown` asks for a look. */
const STATE_TONE: Record<LinkState, string> = {
  waiting: 'info',
  viewed: 'ok',
  expired: '',
  revoked: '',
  unknown: 'warn',
};

const when = (time: number) =>
  new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Row extends LinkSummary {
  state?: LinkState;
  error?: string;
}

/** Links made in this browser, with their live state from the server and a Revoke button. */
export function RecentLinks({ limit = 5 }: { limit?: number }) {
  const [rows, setRows] = useState<Row[]>();

  useEffect(() => {
    let live = true;
    void (async () => {
      const reply = await sendMessage({ type: 'links.list' }).catch(() => undefined);
      const links = (reply?.links ?? []).slice(0, limit);
      if (!live) return;
      setRows(links);
      const states = await Promise.all(
        links.map((link) =>
          sendMessage({ type: 'links.status', id: link.id }).then(
            (status) => status.state,
            () => 'unknown' as const,
          ),
        ),
      );
      if (live) setRows(links.map((link, i) => ({ ...link, state: states[i] })));
    })();
    return () => {
      live = false;
    };
  }, [limit]);

  async function revoke(id: string) {
    const reply = await sendMessage({ type: 'links.revoke', id }).catch(() => undefined);
    setRows((current) =>
      current?.map((row) =>
        row.id !== id
          ? row
          : reply?.ok
            ? { ...row, state: reply.state, error: undefined }
            : { ...row, error: 'Could not revoke: the server did not answer.' },
      ),
    );
  }

  return (
    <section class="card" aria-labelledby="links-heading">
      <h2 id="links-heading">Recent links</h2>
      {rows === undefined ? (
        <p class="note">Loading…</p>
      ) : rows.length === 0 ? (
        <p class="empty">
          <strong>No links yet</strong>
          Share a secret above, or choose Send as one-time link when Keywarden warns on a page. Its
          state shows here.
        </p>
      ) : (
        <ul class="plain" data-testid="recent-links">
          {rows.map((row) => (
            <li key={row.id} class="row" data-link-id={row.id}>
              <span class="grow">
                <span class="note">{when(row.createdAt)}</span>{' '}
                <span
                  class={`chip ${row.state ? STATE_TONE[row.state] : ''}`}
                  data-testid="link-state"
                >
                  {row.state ? STATE_TEXT[row.state] : 'Checking…'}
                </span>
                {row.error && <span class="error note"> {row.error}</span>}
              </span>
              {(row.state === 'waiting' || row.state === 'viewed' || row.state === 'unknown') && (
                <button
                  type="button"
                  class="small danger"
                  aria-label={`Revoke the link made ${when(row.createdAt)}`}
                  onClick={() => void revoke(row.id)}
                >
                  Revoke
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
