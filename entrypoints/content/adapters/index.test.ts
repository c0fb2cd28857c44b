import { describe, expect, it } from 'vitest';
import { atlassianAdapter } from './atlassian';
import { chatgptAdapter } from './chatgpt';
import { claudeAdapter } from './claude';
import { discordAdapter } from './discord';
import { geminiAdapter } from './gemini';
import { genericAdapter } from './generic';
import { githubAdapter } from './github';
import { gmailAdapter } from './gmail';
import { adapterFor, SITE_ADAPTERS } from './index';
import { outlookAdapter } from './outlook';
import { hostMatches } from './site';
import { slackAdapter } from './slack';
import { teamsAdapter } from './teams';

const cases = [
  ['https://app.slack.com/client/T0/C0', slackAdapter],
  ['https://acme.slack.com/archives/C0', slackAdapter],
  ['https://teams.microsoft.com/v2/', teamsAdapter],
  ['https://teams.live.com/v2/', teamsAdapter],
  ['https://teams.cloud.microsoft/', teamsAdapter],
  ['https://mail.google.com/mail/u/0/#inbox?compose=new', gmailAdapter],
  ['https://outlook.office.com/mail/', outlookAdapter],
  ['https://outlook.office365.com/mail/', outlookAdapter],
  ['https://outlook.live.com/mail/0/', outlookAdapter],
  ['https://github.com/owner/repo/issues/1', githubAdapter],
  ['https://github.com/owner/repo/pull/2', githubAdapter],
  ['https://gist.github.com/someone/abc', githubAdapter],
  ['https://discord.com/channels/1/2', discordAdapter],
  ['https://canary.discord.com/channels/1/2', discordAdapter],
  ['https://chatgpt.com/', chatgptAdapter],
  ['https://chat.openai.com/c/abc', chatgptAdapter],
  ['https://claude.ai/new', claudeAdapter],
  ['https://gemini.google.com/app', geminiAdapter],
  ['https://acme.atlassian.net/browse/KEY-1', atlassianAdapter],
  ['https://acme.atlassian.net/wiki/spaces/X/pages/1', atlassianAdapter],
] as const;

describe('adapterFor', () => {
  it.each(cases)('%s gets its site adapter', (url, adapter) => {
    expect(adapterFor(new URL(url))).toBe(adapter);
  });

  it.each([
    'https://example.com/',
    'https://google.com/',
    'https://docs.google.com/document/d/1',
    'https://github.com.evil.example/owner/repo',
    'https://notgithub.com/',
    'https://slack.com.evil.example/',
    'http://127.0.0.1:8080/mimic-slack.html',
    'http://github.com/owner/repo/issues/1',
    'file:///tmp/page.html',
  ])('%s gets the generic adapter', (url) => {
    expect(adapterFor(new URL(url))).toBe(genericAdapter);
  });

  it('takes a string too, and an unparsable one gets the generic adapter', () => {
    expect(adapterFor('https://app.slack.com/client')).toBe(slackAdapter);
    expect(adapterFor('')).toBe(genericAdapter);
    expect(adapterFor('not a url')).toBe(genericAdapter);
  });

  it('has one adapter per site, each with hosts and a composer', () => {
    const names = SITE_ADAPTERS.map((adapter) => adapter.site.name);
    expect(new Set(names).size).toBe(names.length);
    for (const { site } of SITE_ADAPTERS) {
      expect(site.hosts.length).toBeGreaterThan(0);
      expect(site.composer).not.toBe('');
    }
  });

  it('claims each site host for exactly one adapter', () => {
    for (const [url] of cases) {
      const host = new URL(url).hostname;
      const owners = SITE_ADAPTERS.filter((adapter) => hostMatches(host, adapter.site.hosts));
      expect(owners).toHaveLength(1);
    }
  });
});
