import { decodeBase64 } from '../decode';
import { fake } from '../fake';
import { defineRule } from '../rule';

export const dockerConfigRules = [
  defineRule({
    id: 'docker-config-auth',
    provider: 'docker',
    title: 'Registry credentials in Docker config (auths)',
    keywords: ['"auth"'],
    // ~/.docker/config.json: {"auths": {"<registry>": {"auth": base64("user:password")}}}
    // https://docs.docker.com/reference/cli/docker/login/#credential-stores
    pattern: /"auth"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9+/]{8,800}={0,2})"/,
    validate: (v) => {
      const raw = decodeBase64(v);
      return raw !== undefined && /^[\x20-\x7e]{1,200}:[\x20-\x7e]{3,600}$/.test(raw);
    },
    anchored: true,
    examples: () => {
      const f = fake(541);
      const v = Buffer.from(`ci-bot:${f.chars(24)}`).toString('base64');
      return {
        match: [{ text: `{"auths": {"registry.example.net": {"auth": "${v}"}}}`, secret: v }],
        noMatch: [{ text: '{"auths": {"registry.example.net": {"auth": ""}}}', why: 'empty' }],
      };
    },
  }),
];
