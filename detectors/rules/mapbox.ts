import { fake } from '../fake';
import { defineRule } from '../rule';
import { isBase64JsonWith } from '../validators/base64-json';

/** Mapbox secret tokens (sk.); public tokens (pk.) ship in web maps and are not flagged. */
export const mapboxRules = [
  defineRule({
    id: 'mapbox-secret-token',
    provider: 'mapbox',
    title: 'Mapbox secret access token',
    keywords: ['sk.eyj'],
    // sk.<base64url JSON {"u":user,"a":token id}>.<22 base64url>. https://docs.mapbox.com/accounts/guides/tokens/
    pattern: /\bsk\.eyJ[A-Za-z0-9_-]{10,300}\.[A-Za-z0-9_-]{20,30}(?![\w-])/,
    validate: (token) => isBase64JsonWith(token.slice(3, token.lastIndexOf('.')), ['u']),
    rotateUrl: 'https://account.mapbox.com/access-tokens/',
    examples: () => {
      const f = fake(811);
      const claims = () =>
        btoa(`{"u":"${f.chars(8, 'lower')}","a":"${f.chars(25, 'alnumLower')}"}`)
          .replace(/=+$/, '')
          .replace(/\+/g, '-')
          .replace(/\//g, '_');
      return {
        match: [
          'sk' + '.' + claims() + '.' + f.chars(22, 'base64url'),
          'sk' + '.' + claims() + '.' + f.chars(22),
        ],
        noMatch: [
          { text: 'pk' + '.' + claims() + '.' + f.chars(22), why: 'public token, by design' },
          { text: 'sk' + '.eyJ' + f.chars(40) + '.' + f.chars(22), why: 'payload is not JSON' },
        ],
      };
    },
  }),
];
