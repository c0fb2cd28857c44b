import { fake } from '../fake';
import { defineRule } from '../rule';

/** LangSmith (LangChain) personal access tokens and service keys. */
export const langsmithRules = [
  defineRule({
    id: 'langsmith-api-key',
    provider: 'langsmith',
    title: 'LangSmith API key',
    keywords: ['lsv2_'],
    // lsv2_(pt|sk)_<32 hex>_<10 hex>. https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key
    pattern: /\blsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}\b/,
    minEntropy: 3,
    rotateUrl: 'https://smith.langchain.com/settings',
    examples: () => {
      const f = fake(531);
      return {
        match: [
          'lsv2' + '_pt_' + f.chars(32, 'hexLower') + '_' + f.chars(10, 'hexLower'),
          'lsv2' + '_sk_' + f.chars(32, 'hexLower') + '_' + f.chars(10, 'hexLower'),
        ],
        noMatch: [
          {
            text: 'lsv2' + '_xx_' + f.chars(32, 'hexLower') + '_' + f.chars(10, 'hexLower'),
            why: 'unknown kind',
          },
          { text: 'lsv2' + '_pt_' + f.chars(32, 'hexLower'), why: 'missing suffix' },
        ],
      };
    },
  }),
];
