import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

/** Weights & Biases API keys: 40 hex beside a W&B name. */
export const wandbRules = [
  defineRule({
    id: 'wandb-api-key',
    provider: 'weights-biases',
    title: 'Weights & Biases API key',
    keywords: ['wandb'],
    // 40 hex named WANDB_API_KEY or passed to `wandb login`. https://docs.wandb.ai/guides/track/environment-variables/
    pattern: nearKeyword('wandb', '[a-f0-9]{40}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://wandb.ai/authorize',
    examples: () => {
      const f = fake(1004);
      const a = f.chars(40, 'hexLower');
      const b = f.chars(40, 'hexLower');
      return {
        match: [
          { text: `WANDB_API_KEY=${a}`, secret: a },
          { text: `!wandb login ${b}`, secret: b },
        ],
        noMatch: [
          { text: `WANDB_RUN_ID=${f.chars(8, 'alnumLower')}`, why: 'run id' },
          { text: `commit ${f.chars(40, 'hexLower')}`, why: 'git SHA with no W&B name' },
        ],
      };
    },
  }),
];
