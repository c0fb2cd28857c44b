import { fake } from '../fake';
import { defineRule } from '../rule';
import { crc32, toHex } from '../validators/checksum';
import { isBase64JsonWith } from '../validators/base64-json';

/** Grafana writes the CRC32 of `glsa_<secret>` as little-endian bytes in hex (satokengen). */
function grafanaChecksum(body: string): string {
  const c = crc32(body);
  const swapped =
    ((c & 0xff) << 24) | (((c >>> 8) & 0xff) << 16) | (((c >>> 16) & 0xff) << 8) | (c >>> 24);
  return toHex(swapped >>> 0);
}

function hasValidChecksum(token: string): boolean {
  const cut = token.lastIndexOf('_');
  return grafanaChecksum(token.slice(0, cut)) === token.slice(cut + 1).toLowerCase();
}

/** Grafana Cloud access-policy tokens, service-account tokens and legacy API keys. */
export const grafanaRules = [
  defineRule({
    id: 'grafana-service-account-token',
    provider: 'grafana',
    title: 'Grafana service account token',
    keywords: ['glsa_'],
    // glsa_ + 32 base62 + _ + CRC32 hex. https://grafana.com/docs/grafana/latest/administration/service-accounts/
    pattern: /\bglsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}\b/,
    validate: hasValidChecksum,
    rotateUrl:
      'https://grafana.com/docs/grafana/latest/administration/service-accounts/#service-account-tokens',
    examples: () => {
      const f = fake(631);
      const tok = () => {
        const body = 'gl' + 'sa_' + f.chars(32);
        return body + '_' + grafanaChecksum(body);
      };
      const good = tok();
      return {
        match: [good, tok()],
        noMatch: [
          {
            text: good.slice(0, -8) + (good.endsWith('0') ? '1' : '0') + good.slice(-7),
            why: 'bad checksum',
          },
          {
            text: 'gl' + 'sa_' + f.chars(32) + '_' + f.chars(8, 'hexLower'),
            why: 'random checksum',
          },
          { text: 'gl' + 'sa_' + f.chars(20) + '_' + f.chars(8, 'hexLower'), why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'grafana-cloud-token',
    provider: 'grafana',
    title: 'Grafana Cloud access policy token',
    keywords: ['glc_'],
    // glc_ + base64 JSON {"o":org,"n":name,"k":key,"m":{"r":region}}. https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/
    pattern: /\bglc_[A-Za-z0-9+/]{32,400}={0,2}(?![\w+/=-])/,
    validate: (token) => isBase64JsonWith(token.slice(4), ['o', 'k']),
    rotateUrl: 'https://grafana.com/orgs',
    examples: () => {
      const f = fake(632);
      const tok = () =>
        'gl' +
        'c_' +
        btoa(
          `{"o":"${f.int(100000, 999999)}","n":"stack-${f.chars(6, 'lower')}","k":"${f.chars(24)}","m":{"r":"prod-us-east-0"}}`,
        );
      return {
        match: [tok(), tok()],
        noMatch: [
          { text: 'gl' + 'c_' + f.chars(60), why: 'not base64 JSON' },
          {
            text: 'gl' + 'c_' + btoa('{"name":"x","something":"' + f.chars(20) + '"}'),
            why: 'JSON without org and key',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'grafana-api-key',
    provider: 'grafana',
    title: 'Grafana API key (legacy)',
    keywords: ['eyjrijoi'],
    // base64 JSON {"k":key,"n":name,"id":org}, so it starts eyJrIjoi. https://grafana.com/docs/grafana/latest/administration/api-keys/
    pattern: /\beyJrIjoi[A-Za-z0-9+/]{40,400}={0,2}(?![\w+/=-])/,
    validate: (token) => isBase64JsonWith(token, ['k', 'n']),
    rotateUrl: 'https://grafana.com/docs/grafana/latest/administration/api-keys/',
    examples: () => {
      const f = fake(633);
      const tok = () =>
        btoa(`{"k":"${f.chars(32)}","n":"deploy-${f.chars(4, 'lower')}","id":${f.int(1, 99)}}`);
      return {
        match: [tok(), tok().replace(/=+$/, '')],
        noMatch: [
          { text: btoa(`{"k":"${f.chars(32)}"}`) + 'x', why: 'broken base64' },
          { text: 'eyJrIjoi' + f.chars(12), why: 'too short' },
          {
            text:
              'https://app.powerbi.com/view?r=' +
              btoa(`{"k":"${f.chars(36)}","t":"${f.chars(36)}","c":3}`),
            why: 'Power BI embed link, same eyJrIjoi start but no name claim',
          },
        ],
      };
    },
  }),
];
