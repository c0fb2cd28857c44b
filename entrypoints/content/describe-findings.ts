import { i18n } from '#i18n';
import type { Finding } from '@/detectors';
import { sendMessage } from '@/lib/messages';
import type { RuleWords } from '@/lib/rule-info';

/** Long enough for a sleeping service worker to wake; the dialog must not wait on it for ever. */
const DESCRIBE_WAIT_MS = 500;

const known = new Map<string, RuleWords>();

/**
 * Fills in the titles and rotation pages this build strips from built-in rules (their findings
 * come with an empty title), from the background; user rules carry their own title. A rule the
 * background does not answer for in time is named by its id, so the warning still shows.
 */
export async function describeFindings(
  findings: readonly Finding[],
  wait: (ms: number) => Promise<void>,
): Promise<Finding[]> {
  const missing = [
    ...new Set(findings.filter((f) => !f.title && !known.has(f.ruleId)).map((f) => f.ruleId)),
  ];
  if (missing.length > 0) {
    const reply = await Promise.race([
      sendMessage({ type: 'rules.describe', ruleIds: missing.slice(0, 200) }).catch(
        () => undefined,
      ),
      wait(DESCRIBE_WAIT_MS),
    ]);
    if (reply?.ok) for (const [id, words] of Object.entries(reply.rules)) known.set(id, words);
  }
  return findings.map((finding) =>
    finding.title
      ? finding
      : {
          ...finding,
          ...(known.get(finding.ruleId) ?? {
            title: i18n.t('dialog.unknownCredential', [finding.ruleId]),
          }),
        },
  );
}
