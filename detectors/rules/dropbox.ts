import { fake } from '../fake';
import { defineRule } from '../rule';
import { GAP, nearKeyword } from './rule-parts';

const APPS = 'https://www.dropbox.com/developers/apps';

/** Dropbox short-lived OAuth tokens (sl.) and legacy long-lived tokens. */
export const dropboxRules = [
  defineRule({
    id: 'dropbox-short-lived-token',
    provider: 'dropbox',
    title: 'Dropbox short-lived access token',
    keywords: ['sl.'],
    // sl.[u.]+ 130…1400 base64url (valid four hours, yet full access meanwhile).
    // https://developers.dropbox.com/oauth-guide
    pattern: /\bsl\.(?:u\.)?[A-Za-z0-9_=-]{130,1400}(?![\w=-])/,
    minEntropy: 4,
    rotateUrl: APPS,
    examples: () => {
      const f = fake(771);
      return {
        match: ['sl' + '.' + f.chars(138, 'base64url'), 'sl' + '.u.' + f.chars(600, 'base64url')],
        noMatch: [
          { text: 'sl' + '.' + f.chars(40), why: 'too short' },
          { text: 'tunnel.' + f.chars(140), why: 'part of another word' },
        ],
      };
    },
  }),
  defineRule({
    id: 'dropbox-long-lived-token',
    provider: 'dropbox',
    title: 'Dropbox long-lived access token (legacy)',
    keywords: ['dropbox'],
    // 11 chars + AAAAAAAAAA + 43 base64url. https://developers.dropbox.com/oauth-guide
    pattern: nearKeyword(
      'dropbox',
      '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_=-]{43}',
      String.raw`[\w=-]`,
    ),
    confidence: 'medium',
    rotateUrl: APPS,
    examples: () => {
      const f = fake(772);
      const a = f.chars(11) + 'AAAAA' + 'AAAAA' + f.chars(43, 'base64url');
      const b = f.chars(11) + 'AAAAA' + 'AAAAA' + f.chars(43);
      return {
        match: [
          { text: `DROPBOX_ACCESS_TOKEN=${a}`, secret: a },
          { text: `dbx = dropbox.Dropbox("${b}")`, secret: b },
        ],
        noMatch: [
          { text: `DROPBOX_APP_KEY=${f.chars(15, 'alnumLower')}`, why: 'app key, public' },
          { text: `DROPBOX_TOKEN=${f.chars(64)}`, why: 'no AAAAAAAAAA run' },
        ],
      };
    },
  }),
  defineRule({
    id: 'dropbox-app-secret',
    provider: 'dropbox',
    title: 'Dropbox app secret',
    keywords: ['dropbox'],
    // 15 lower-case alphanumerics, the same shape as the public app key: only a name that says
    // secret tells them apart. https://developers.dropbox.com/oauth-guide
    pattern: nearKeyword(`dropbox${GAP}secret`, '[a-z0-9]{15}'),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: APPS,
    examples: () => {
      const f = fake(773);
      const a = f.chars(15, 'alnumLower');
      return {
        match: [
          { text: `DROPBOX_APP_SECRET=${a}`, secret: a },
          { text: `dropbox:\n  app_secret: "${a}"`, secret: a },
        ],
        noMatch: [
          { text: `DROPBOX_APP_KEY=${f.chars(15, 'alnumLower')}`, why: 'app key, public' },
          { text: `DROPBOX_APP_SECRET=${f.chars(10, 'alnumLower')}`, why: 'too short' },
        ],
      };
    },
  }),
];
