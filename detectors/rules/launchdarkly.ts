import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { UUID } from './rule-parts';

const ROTATE = 'https://app.launchdarkly.com/settings/authorization';

/** LaunchDarkly API access tokens and server-side SDK keys; mobile keys and client ids are public. */
export const launchdarklyRules = [
  defineRule({
    id: 'launchdarkly-access-token',
    provider: 'launchdarkly',
    title: 'LaunchDarkly API access token',
    keywords: ['api-'],
    // api-<uuid>. https://launchdarkly.com/docs/home/account/api
    pattern: patternText(String.raw`(?<![\w-])api-${UUID}\b`),
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(831);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      return {
        match: ['api' + '-' + uuid(), 'api' + '-' + uuid()],
        noMatch: [
          { text: 'api' + '-' + f.chars(32, 'hexLower'), why: 'not a UUID' },
          { text: 'x-api' + '-' + uuid(), why: 'part of a longer name' },
        ],
      };
    },
  }),
  defineRule({
    id: 'launchdarkly-sdk-key',
    provider: 'launchdarkly',
    title: 'LaunchDarkly server-side SDK key',
    keywords: ['sdk-'],
    // sdk-<uuid>. https://launchdarkly.com/docs/sdk/concepts/client-side-server-side#keys
    pattern: patternText(String.raw`(?<![\w-])sdk-${UUID}\b`),
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(832);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      return {
        match: ['sdk' + '-' + uuid(), 'sdk' + '-' + uuid()],
        noMatch: [
          { text: 'mob' + '-' + uuid(), why: 'mobile key, embedded in apps' },
          { text: 'sdk' + '-' + f.chars(20, 'hexLower'), why: 'not a UUID' },
        ],
      };
    },
  }),
];
