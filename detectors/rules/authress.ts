import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { START } from './rule-parts';

/** Authress service client access keys: ids and a private signing key in one dotted string. */
export const authressRules = [
  defineRule({
    id: 'authress-access-key',
    provider: 'authress',
    title: 'Authress service client access key',
    keywords: ['sc_', 'ext_', 'scauth_', 'authress_'],
    // sc_|ext_|scauth_|authress_ + client id "." key id "." "acc_" + account id "." base64 of the
    // Ed25519 private key. https://authress.io/knowledge-base/docs/authorization/service-clients
    pattern: patternText(
      `${START}(?:sc|ext|scauth|authress)_[A-Za-z0-9]{5,30}\\.[A-Za-z0-9]{4,6}\\.acc[_-][A-Za-z0-9-]{10,32}\\.[A-Za-z0-9+/_=-]{30,120}(?![A-Za-z0-9+/_=-])`,
    ),
    minEntropy: 4,
    anchored: true,
    rotateUrl: 'https://authress.io/app/#/settings?focus=clients',
    examples: () => {
      const f = fake(2171);
      const key = (kind: string) =>
        kind +
        '_' +
        f.chars(12) +
        '.' +
        f.chars(4) +
        '.acc_' +
        f.chars(16, 'alnumLower') +
        '.' +
        'MC4CAQAwBQYDK2VwBCIEI' +
        f.chars(43, 'base64');
      return {
        match: [key('sc'), key('authress')],
        noMatch: [
          {
            text: 'sc_' + f.chars(12) + '.' + f.chars(4) + '.acc_' + f.chars(16),
            why: 'no key part',
          },
          { text: key('sc').replace('.acc_', '.usr_'), why: 'not an account key' },
        ],
      };
    },
  }),
];
