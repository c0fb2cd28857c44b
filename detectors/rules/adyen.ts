import { fake } from '../fake';
import { defineRule } from '../rule';

/** Adyen API keys authenticate web-service users against the payments API. */
export const adyenRules = [
  defineRule({
    id: 'adyen-api-key',
    provider: 'adyen',
    title: 'Adyen API key',
    keywords: ['aqe'],
    // AQE + base64 blob, "-", 44-char base64 part, optional "-" tail. https://docs.adyen.com/development-resources/api-credentials/
    pattern:
      /\bAQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{43}=(?:-[A-Za-z0-9+/:._]{10,80})?(?![\w+/=.:-])/,
    minEntropy: 4,
    rotateUrl: 'https://docs.adyen.com/development-resources/api-credentials/#generate-api-key',
    examples: () => {
      const f = fake(131);
      const head = () => 'AQE' + f.chars(60, 'base64') + '=';
      return {
        match: [
          head() + '-' + f.chars(43, 'base64') + '=',
          head() + '-' + f.chars(43, 'base64') + '=-' + f.chars(20),
        ],
        noMatch: [
          { text: 'AQE' + f.chars(60, 'base64'), why: 'no second part' },
          { text: 'AQF' + f.chars(60) + '=-' + f.chars(43) + '=', why: 'wrong prefix' },
          { text: 'AQE' + f.chars(10) + '=-' + f.chars(43) + '=', why: 'first part too short' },
        ],
      };
    },
  }),
];
