import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '@/detectors';
import { describeFindings } from './describe-findings';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('@/lib/messages', () => ({ sendMessage }));
vi.mock('#i18n', () => ({
  i18n: { t: (key: string, subs: string[] = []) => [key, ...subs].join(' ') },
}));

// As the content script's engine gives them: built-in rules with empty words, user rules titled.
const finding = (ruleId: string, title = ''): Finding => ({
  ruleId,
  provider: '',
  title,
  group: 'code',
  confidence: 'high',
  start: 0,
  end: 4,
  redacted: '…abcd',
});

describe('describeFindings', () => {
  test('fills in what the background says, once per rule, and names the rest by id', async () => {
    sendMessage.mockResolvedValue({
      ok: true,
      rules: { known: { title: 'Known token', rotateUrl: 'https://example.com/rotate' } },
    });
    const never = () => new Promise<void>(() => undefined);
    const found = [finding('known'), finding('unknown'), finding('user-mine', 'Mine')];
    const described = await describeFindings(found, never);
    expect(sendMessage).toHaveBeenCalledWith({
      type: 'rules.describe',
      ruleIds: ['known', 'unknown'],
    });
    expect(described.map((f) => [f.title, f.rotateUrl])).toEqual([
      ['Known token', 'https://example.com/rotate'],
      ['dialog.unknownCredential unknown', undefined],
      ['Mine', undefined],
    ]);
    sendMessage.mockClear();
    await describeFindings([finding('known')], never);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
