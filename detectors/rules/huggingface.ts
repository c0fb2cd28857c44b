import { fake } from '../fake';
import { defineRule } from '../rule';

const ROTATE = 'https://huggingface.co/settings/tokens';

/** Hugging Face user access tokens and legacy organisation API tokens. */
export const huggingfaceRules = [
  defineRule({
    id: 'huggingface-token',
    provider: 'hugging-face',
    title: 'Hugging Face access token',
    keywords: ['hf_'],
    // hf_ + 34 letters. https://huggingface.co/docs/hub/security-tokens
    pattern: /\bhf_[A-Za-z]{34}\b/,
    minEntropy: 3.5,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(421);
      return {
        match: [
          'hf' + '_' + f.chars(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
          'hf' + '_' + f.chars(34, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'),
        ],
        noMatch: [
          { text: 'hf' + '_' + f.chars(34, 'digits'), why: 'digits are not in the alphabet' },
          { text: 'hf' + '_' + f.chars(20, 'lower'), why: 'too short' },
          { text: 'hf' + '_' + 'x'.repeat(34), why: 'placeholder' },
        ],
      };
    },
  }),
  defineRule({
    id: 'huggingface-org-token',
    provider: 'hugging-face',
    title: 'Hugging Face organisation API token',
    keywords: ['api_org_'],
    // api_org_ + 34 letters (legacy org tokens). https://huggingface.co/docs/hub/security-tokens
    pattern: /\bapi_org_[A-Za-z]{34}\b/,
    minEntropy: 3.5,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(422);
      const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
      return {
        match: ['api' + '_org_' + f.chars(34, letters), 'api' + '_org_' + f.chars(34, letters)],
        noMatch: [
          { text: 'api' + '_org_' + f.chars(30, letters), why: 'too short' },
          { text: 'api' + '_orgs_' + f.chars(34, letters), why: 'wrong prefix' },
        ],
      };
    },
  }),
];
