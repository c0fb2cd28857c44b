import { fake } from '../fake';
import { defineRule } from '../rule';
import { nearKeyword } from './rule-parts';

const ROTATE = 'https://elevenlabs.io/app/settings/api-keys';

/** ElevenLabs API keys, current (sk_) and legacy (bare 32 hex beside an ElevenLabs name). */
export const elevenlabsRules = [
  defineRule({
    id: 'elevenlabs-api-key',
    provider: 'elevenlabs',
    title: 'ElevenLabs API key',
    keywords: ['sk_'],
    // sk_ + 48 hex. https://elevenlabs.io/docs/api-reference/authentication
    pattern: /\bsk_[a-f0-9]{48}\b/,
    minEntropy: 3,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(511);
      return {
        match: ['sk' + '_' + f.chars(48, 'hexLower'), 'sk' + '_' + f.chars(48, 'hexLower')],
        noMatch: [
          { text: 'sk' + '_' + 'x'.repeat(48), why: 'placeholder' },
          { text: 'sk' + '_' + f.chars(40, 'hexLower'), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'elevenlabs-legacy-api-key',
    provider: 'elevenlabs',
    title: 'ElevenLabs API key (legacy)',
    keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key'],
    // 32 hex sent as xi-api-key. https://elevenlabs.io/docs/api-reference/authentication
    pattern: nearKeyword('elevenlabs|eleven_labs|xi-api-key', '[a-f0-9]{32}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(512);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(32, 'hexLower');
      return {
        match: [
          { text: `ELEVENLABS_API_KEY=${a}`, secret: a },
          { text: `-H "xi-api-key: ${b}"`, secret: b },
        ],
        noMatch: [
          { text: `voice_id=${f.chars(20)} elevenlabs`, why: 'voice id, not a key' },
          { text: `ELEVENLABS_API_KEY=${f.chars(24, 'hexLower')}`, why: 'wrong length' },
        ],
      };
    },
  }),
];
