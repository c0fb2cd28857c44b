import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { isPypiMacaroon } from '../validators/structure';
import { START } from './rule-parts';

function macaroon(location: string, seed: number): string {
  const f = fake(seed);
  const raw =
    '\x02\x01' +
    String.fromCharCode(location.length) +
    location +
    '\x02\x25' +
    f.chars(120, 'alnum');
  return 'py' + 'pi-' + Buffer.from(raw, 'latin1').toString('base64url');
}

export const pypiRules = [
  defineRule({
    id: 'pypi-api-token',
    provider: 'pypi',
    title: 'PyPI API token',
    keywords: ['pypi-age'],
    // "pypi-" + base64url of a v2 macaroon whose location is pypi.org or test.pypi.org.
    // https://pypi.org/help/#apitoken
    pattern: patternText(`${START}pypi-AgE[A-Za-z0-9_-]{70,1000}(?![A-Za-z0-9_-])`),
    validate: isPypiMacaroon,
    anchored: true,
    rotateUrl: 'https://pypi.org/manage/account/#api-tokens',
    examples: () => ({
      match: [macaroon('pypi.org', 361), macaroon('test.pypi.org', 362)],
      noMatch: [{ text: macaroon('evil.example.org', 363), why: 'macaroon location is not PyPI' }],
    }),
  }),
];
