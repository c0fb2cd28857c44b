import { fake } from '../fake';
import { defineRule } from '../rule';

/** Anthropic API and Admin API keys. */
export const anthropicRules = [
  defineRule({
    id: 'anthropic-api-key',
    provider: 'anthropic',
    title: 'Anthropic API key',
    keywords: ['sk-ant-api0'],
    // sk-ant-api03- + 93 base64url + AA (108 chars in all); the version digit and length are left
    // some room. https://docs.anthropic.com/en/api/getting-started#authentication
    pattern: /\bsk-ant-api0[0-9]-[A-Za-z0-9_-]{80,128}AA(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://console.anthropic.com/settings/keys',
    examples: () => {
      const f = fake(411);
      return {
        match: [
          'sk-ant-' + 'api03-' + f.chars(93, 'base64url') + 'AA',
          'sk-ant-' + 'api03-' + f.chars(93) + 'AA',
        ],
        noMatch: [
          { text: 'sk-ant-' + 'api03-' + f.chars(40) + 'AA', why: 'too short' },
          { text: 'sk-ant-' + 'api03-' + f.chars(93) + 'BB', why: 'wrong trailer' },
          { text: 'sk-ant-' + 'api03-' + '...', why: 'truncated in documentation' },
        ],
      };
    },
  }),
  defineRule({
    id: 'anthropic-admin-key',
    provider: 'anthropic',
    title: 'Anthropic Admin API key',
    keywords: ['sk-ant-admin0'],
    // sk-ant-admin01- + 93 base64url + AA. https://docs.anthropic.com/en/api/administration-api
    pattern: /\bsk-ant-admin0[0-9]-[A-Za-z0-9_-]{80,128}AA(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://console.anthropic.com/settings/admin-keys',
    examples: () => {
      const f = fake(412);
      return {
        match: [
          'sk-ant-' + 'admin01-' + f.chars(93, 'base64url') + 'AA',
          'sk-ant-' + 'admin01-' + f.chars(93) + 'AA',
        ],
        noMatch: [
          { text: 'sk-ant-' + 'admin01-' + f.chars(93) + 'BB', why: 'wrong trailer' },
          { text: 'sk-ant-' + 'admin01-' + f.chars(60) + 'AA', why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'anthropic-oauth-token',
    provider: 'anthropic',
    title: 'Anthropic OAuth access or refresh token',
    keywords: ['sk-ant-oat0', 'sk-ant-ort0'],
    // sk-ant-oat01- (access) / sk-ant-ort01- (refresh) + ~95 base64url, issued to Claude Code sign-ins.
    // https://docs.anthropic.com/en/docs/claude-code/iam
    pattern: /\bsk-ant-o[ar]t0[0-9]-[A-Za-z0-9_-]{80,128}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://claude.ai/settings/claude-code',
    examples: () => {
      const f = fake(413);
      return {
        match: [
          'sk-ant-' + 'oat01-' + f.chars(93, 'base64url') + 'AA',
          'sk-ant-' + 'ort01-' + f.chars(95),
        ],
        noMatch: [
          { text: 'sk-ant-' + 'oat01-' + f.chars(30), why: 'too short' },
          { text: 'sk-ant-' + 'oxt01-' + f.chars(95), why: 'unknown kind' },
        ],
      };
    },
  }),
];
