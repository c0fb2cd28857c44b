import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

const REVOKE = 'https://developer.hashicorp.com/vault/docs/commands/token/revoke';

/** HashiCorp Vault service, batch and recovery tokens, and pre-1.10 service tokens. */
export const vaultRules = [
  defineRule({
    id: 'vault-service-token',
    provider: 'hashicorp-vault',
    title: 'Vault service token',
    keywords: ['hvs.'],
    // hvs. + 90…120 base64url (protobuf-wrapped). https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes
    pattern: /\bhvs\.[A-Za-z0-9_-]{90,120}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: REVOKE,
    examples: () => {
      const f = fake(901);
      return {
        match: ['hvs' + '.CAESI' + f.chars(90, 'base64url'), 'hvs' + '.' + f.chars(95)],
        noMatch: [
          { text: 'hvs' + '.' + f.chars(24), why: 'too short (an accessor-like value)' },
          { text: 'hvs' + '.' + 'x'.repeat(95), why: 'placeholder' },
        ],
      };
    },
  }),
  defineRule({
    id: 'vault-batch-token',
    provider: 'hashicorp-vault',
    title: 'Vault batch token',
    keywords: ['hvb.'],
    // hvb. + 138…300 base64url. https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes
    pattern: /\bhvb\.[A-Za-z0-9_-]{138,300}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: REVOKE,
    examples: () => {
      const f = fake(902);
      return {
        match: ['hvb' + '.' + f.chars(140, 'base64url'), 'hvb' + '.AAAAAQ' + f.chars(200)],
        noMatch: [
          { text: 'hvb' + '.' + f.chars(60), why: 'too short' },
          { text: 'hvbx' + '.' + f.chars(140), why: 'wrong prefix' },
        ],
      };
    },
  }),
  defineRule({
    id: 'vault-recovery-token',
    provider: 'hashicorp-vault',
    title: 'Vault recovery token',
    keywords: ['hvr.'],
    // hvr. + 90…120 base64url. https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes
    pattern: /\bhvr\.[A-Za-z0-9_-]{90,120}(?![\w-])/,
    minEntropy: 3.5,
    rotateUrl: REVOKE,
    examples: () => {
      const f = fake(903);
      return {
        match: ['hvr' + '.' + f.chars(95, 'base64url'), 'hvr' + '.' + f.chars(110)],
        noMatch: [
          { text: 'hvr' + '.' + f.chars(30), why: 'too short' },
          { text: 'hvr' + '.' + f.chars(130), why: 'too long' },
        ],
      };
    },
  }),
  defineRule({
    id: 'vault-legacy-token',
    provider: 'hashicorp-vault',
    title: 'Vault service token (pre-1.10)',
    keywords: ['vault'],
    // s. + 24 base62, only beside a Vault name (VAULT_TOKEN, X-Vault-Token). https://developer.hashicorp.com/vault/docs/concepts/tokens
    pattern: nearKeyword('vault', String.raw`s\.[A-Za-z0-9]{24}`),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: REVOKE,
    examples: () => {
      const f = fake(904);
      const a = 's.' + f.chars(24);
      const b = 's.' + f.chars(24);
      return {
        match: [
          { text: `export VAULT_TOKEN=${a}`, secret: a },
          { text: `-H "X-Vault-Token: ${b}"`, secret: b },
        ],
        noMatch: [
          genericSecret(`token=s.${f.chars(24)}`, 'no Vault name'),
          { text: `VAULT_ADDR=https://vault.example.com:8200`, why: 'address, not a token' },
        ],
      };
    },
  }),
];
