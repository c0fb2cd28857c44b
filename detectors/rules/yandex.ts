import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword, prefixed } from './rule-parts';

const ROTATE = 'https://yandex.cloud/en/docs/iam/operations/api-key/delete';

export const yandexRules = [
  // "AQVN" + 35…38 base64url: the secret part of a Yandex Cloud API key.
  // https://yandex.cloud/en/docs/iam/concepts/authorization/api-key
  prefixed({
    id: 'yandex-cloud-api-key',
    provider: 'yandex',
    title: 'Yandex Cloud API key',
    prefix: 'AQVN',
    body: '[A-Za-z0-9_-]{35,38}',
    sample: (f) => f.chars(36, 'base64url'),
    seed: 2181,
    minEntropy: 3.5,
    rotateUrl: ROTATE,
  }),
  defineRule({
    id: 'yandex-cloud-credential',
    provider: 'yandex',
    title: 'Yandex Cloud static key secret, IAM or OAuth token',
    keywords: ['yandex'],
    // Static access key secret "YC" + 38 base64url (its id, "YCAJ…", is public); IAM token
    // "t1." payload "." 86-char signature; OAuth token "y0_" + 55 base64url. None is unique
    // enough alone, so a Yandex name must be near.
    // https://yandex.cloud/en/docs/iam/concepts/authorization/access-key
    // https://yandex.cloud/en/docs/iam/concepts/authorization/iam-token
    pattern: nearKeyword(
      'yandex',
      String.raw`YC[A-Za-z0-9_-]{38}|t1\.[A-Za-z0-9_-]{20,1000}={0,2}\.[A-Za-z0-9_-]{86}={0,2}|y0_[A-Za-z0-9_-]{55}`,
      String.raw`[\w=-]`,
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(2182);
      const a = 'YC' + f.chars(38, 'base64url');
      const b = 't1.' + f.chars(120, 'base64url') + '.' + f.chars(86, 'base64url');
      const c = 'y0' + '_' + f.chars(55, 'base64url');
      return {
        match: [
          { text: `YANDEX_SECRET_ACCESS_KEY=${a}`, secret: a },
          { text: `yandex:\n  iam_token: "${b}"`, secret: b },
          { text: `YANDEX_OAUTH_TOKEN=${c}`, secret: c },
        ],
        noMatch: [
          { text: `YANDEX_ACCESS_KEY_ID=YCAJ${f.chars(21, 'base64url')}`, why: 'key id, public' },
          genericSecret(`static_secret=YC${f.chars(38, 'base64url')}`, 'no Yandex name'),
        ],
      };
    },
  }),
];
