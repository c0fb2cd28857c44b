import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Confluent Cloud API secrets; the 16-character API key beside them is an identifier. */
export const confluentRules = [
  defineRule({
    id: 'confluent-api-secret',
    provider: 'confluent',
    title: 'Confluent Cloud API secret',
    keywords: ['confluent'],
    // 64 base64 characters, shown once with its 16-character key id.
    // https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html
    pattern: nearKeyword('confluent', '[A-Za-z0-9+/]{64}', String.raw`[\w+/=-]`),
    minEntropy: 4.5,
    confidence: 'medium',
    rotateUrl: 'https://confluent.cloud/settings/api-keys',
    examples: () => {
      const f = fake(2301);
      const a = f.chars(64, 'base64');
      const b = f.chars(64);
      return {
        match: [
          { text: `CONFLUENT_CLOUD_API_SECRET=${a}`, secret: a },
          { text: `confluent:\n  api_secret: "${b}"`, secret: b },
        ],
        noMatch: [
          {
            text: `CONFLUENT_API_KEY=${f.chars(16, 'alnumUpper')}`,
            why: 'API key id, not the secret',
          },
          genericSecret(`sasl.password=${f.chars(64, 'base64')}`, 'no Confluent name'),
        ],
      };
    },
  }),
];
