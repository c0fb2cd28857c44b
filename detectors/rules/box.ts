import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Box developer tokens and client secrets: 32 base62 beside a Box credential name. */
export const boxRules = [
  defineRule({
    id: 'box-api-credential',
    provider: 'box',
    title: 'Box developer token or client secret',
    keywords: ['box'],
    // 32 base62 named BOX_DEVELOPER_TOKEN / BOX_CLIENT_SECRET. https://developer.box.com/guides/authentication/tokens/developer-tokens/
    pattern: nearKeyword(
      String.raw`\bbox[_.-]?(?:dev(?:eloper)?[_.-]?token|client[_.-]?secret|access[_.-]?token|api[_.-]?key)`,
      '[A-Za-z0-9]{32}',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: 'https://app.box.com/developers/console',
    examples: () => {
      const f = fake(781);
      const a = f.chars(32);
      const b = f.chars(32);
      return {
        match: [
          { text: `BOX_DEVELOPER_TOKEN=${a}`, secret: a },
          { text: `{"boxAppSettings": {"box_client_secret": "${b}"}}`, secret: b },
        ],
        noMatch: [
          { text: `BOX_CLIENT_ID=${f.chars(32, 'alnumLower')}`, why: 'client id, public' },
          genericSecret(`checkbox_token=${f.chars(32)}`, 'another word ending in box'),
        ],
      };
    },
  }),
];
