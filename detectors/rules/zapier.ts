import { fake } from '../fake';
import { defineRule } from '../rule';

/** Zapier "Catch Hook" URLs: whoever holds one can trigger the Zap with any payload. */
export const zapierRules = [
  defineRule({
    id: 'zapier-webhook-url',
    provider: 'zapier',
    title: 'Zapier catch-hook webhook URL',
    keywords: ['hooks.zapier.com'],
    // hooks.zapier.com/hooks/catch/<account digits>/<hook id>/. https://help.zapier.com/hc/en-us/articles/8496288690317
    pattern: /https:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]{5,12}\/[a-z0-9]{5,12}\/?(?![\w-])/,
    rotateUrl: 'https://zapier.com/app/zaps',
    examples: () => {
      const f = fake(1001);
      return {
        match: [
          `https://hooks.zapier.com/hooks/catch/${f.chars(8, 'digits')}/${f.chars(7, 'alnumLower')}/`,
          `https://hooks.zapier.com/hooks/catch/${f.chars(7, 'digits')}/${f.chars(6, 'alnumLower')}`,
        ],
        noMatch: [
          { text: 'https://hooks.zapier.com/hooks/catch/', why: 'no account or hook id' },
          { text: 'https://zapier.com/apps/webhook/integrations', why: 'documentation link' },
        ],
      };
    },
  }),
];
