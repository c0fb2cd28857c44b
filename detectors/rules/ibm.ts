import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed } from './rule-parts';

export const ibmRules = [
  defineRule({
    id: 'ibm-cloud-api-key',
    provider: 'ibm',
    title: 'IBM Cloud API key',
    keywords: ['ibm'],
    // 44 base64url characters, named IBMCLOUD_API_KEY / ibm…apikey.
    // https://cloud.ibm.com/docs/account?topic=account-userapikey
    pattern: keyed(String.raw`ibm[\w.-]{0,20}api_?key|ibmcloud_api_key`, '[A-Za-z0-9_-]{44}'),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: 'https://cloud.ibm.com/iam/apikeys',
    examples: () => {
      const f = fake(141);
      const k = f.chars(44, 'base64url');
      return {
        match: [{ text: `IBMCLOUD_API_KEY=${k}`, secret: k }],
        noMatch: [{ text: `IBMCLOUD_API_KEY=${f.chars(20)}`, why: 'too short' }],
      };
    },
  }),
];
