import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Datadog API keys (32 hex) and application keys (40 hex) carry no prefix: context only. */
export const datadogRules = [
  defineRule({
    id: 'datadog-api-key',
    provider: 'datadog',
    title: 'Datadog API key',
    keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'dd_apikey'],
    // 32 hex named DD_API_KEY / DD-API-KEY. https://docs.datadoghq.com/account_management/api-app-keys/
    pattern: nearKeyword('datadog|dd_api_?key|dd-api-key', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://app.datadoghq.com/organization-settings/api-keys',
    examples: () => {
      const f = fake(601);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(32, 'hexLower');
      const c = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `DD_API_KEY=${a}`, secret: a },
          {
            text: `curl -H "DD-API-KEY: ${b}" https://api.datadoghq.com/api/v1/validate`,
            secret: b,
          },
          { text: `datadog:\n  api_key: ${c}`, secret: c },
          { text: `the datadog api key is ${a}, rotate it after the demo`, secret: a },
        ],
        noMatch: [
          { text: `DD_TRACE_ID=${f.chars(32, 'hexLower')}`, why: 'trace id, no key name' },
          { text: `DD_API_KEY=${f.chars(40, 'hexLower')}`, why: 'wrong length' },
          { text: `md5: ${f.chars(32, 'hexLower')}`, why: 'hash with no Datadog name' },
        ],
      };
    },
  }),
  defineRule({
    id: 'datadog-app-key',
    provider: 'datadog',
    title: 'Datadog application key',
    keywords: ['datadog', 'dd_app_key', 'dd-application-key', 'dd_application_key', 'dd-app-key'],
    // 40 hex named DD_APP_KEY / DD-APPLICATION-KEY. https://docs.datadoghq.com/account_management/api-app-keys/
    pattern: nearKeyword('datadog|dd[_-]app(?:lication)?[_-]?key', '[a-f0-9]{40}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://app.datadoghq.com/organization-settings/application-keys',
    examples: () => {
      const f = fake(602);
      const a = f.chars(40, 'hexLower');
      const b = f.chars(40, 'hexLower');
      return {
        match: [
          { text: `DD_APP_KEY=${a}`, secret: a },
          { text: `-H "DD-APPLICATION-KEY: ${b}"`, secret: b },
        ],
        noMatch: [
          { text: `commit ${f.chars(40, 'hexLower')}`, why: 'git SHA' },
          { text: `DD_APP_KEY=${f.chars(32, 'hexLower')}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
