import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { randomLiteral } from './assignment-syntax';

/** Quoted or bare argument: the password itself, without its quotes. */
const ARG = String.raw`(?<q>["']?)(?<secret>[^\s"']{4,128})\k<q>(?![^\s"'])`;

const filter = (secret: string) => !secret.startsWith('$') && randomLiteral(secret);

/** Passwords given on a command line, where shells keep them in history and logs. */
export const commandLineRules = [
  defineRule({
    id: 'mysql-password-argument',
    provider: 'command-line',
    title: 'Password on a MySQL command line',
    keywords: ['mysql', 'mariadb'],
    // `mysql -p<password>` (no space: `-p` alone prompts) or `--password=<password>`.
    // https://dev.mysql.com/doc/refman/8.4/en/connection-options.html#option_general_password
    pattern: patternText(
      String.raw`\b(?:mysql(?:dump|admin|import|sh)?|mariadb(?:-dump)?)\b[^\n|;&]{0,200}?[ \t](?:-p|--password=)${ARG}`,
    ),
    filter,
    examples: () => {
      const f = fake(561);
      const p = f.chars(20);
      return {
        match: [
          { text: `$ mysql -h db.example.net -u app -p${p} orders < dump.sql`, secret: p },
          { text: `mysqldump --password='${p}' -u backup shop > shop.sql`, secret: p },
        ],
        noMatch: [
          { text: 'mysql -h db.example.net -u app -p orders', why: '-p alone prompts' },
          { text: 'mysql -u root -p$MYSQL_ROOT_PASSWORD', why: 'a shell variable' },
        ],
      };
    },
  }),
  defineRule({
    id: 'sshpass-password-argument',
    provider: 'command-line',
    title: 'Password given to sshpass',
    keywords: ['sshpass'],
    // sshpass -p <password> ssh …  https://linux.die.net/man/1/sshpass
    pattern: patternText(String.raw`\bsshpass[ \t]+-p[ \t]*${ARG}`),
    filter,
    examples: () => {
      const f = fake(562);
      const p = f.chars(16);
      return {
        match: [{ text: `sshpass -p '${p}' ssh deploy@10.0.0.7`, secret: p }],
        noMatch: [{ text: 'sshpass -p "$PASS" ssh deploy@host', why: 'a shell variable' }],
      };
    },
  }),
  defineRule({
    id: 'registry-login-password-argument',
    provider: 'command-line',
    title: 'Password on a registry login command line',
    keywords: [' login'],
    // docker / podman / helm registry login -u <user> -p <password> <registry>.
    // https://docs.docker.com/reference/cli/docker/login/
    pattern: patternText(
      String.raw`\b(?:docker|podman|buildah|skopeo|helm[ \t]+registry|oras|nerdctl)[ \t]+login\b[^\n|;&]{0,200}?[ \t](?:-p|--password)(?:[ \t]+|=)${ARG}`,
    ),
    filter,
    examples: () => {
      const f = fake(563);
      const p = f.chars(24);
      return {
        match: [{ text: `docker login -u ci -p '${p}' registry.example.net`, secret: p }],
        noMatch: [
          { text: 'docker login -u ci --password-stdin registry.example.net', why: 'from stdin' },
        ],
      };
    },
  }),
  defineRule({
    id: 'powershell-plaintext-password',
    provider: 'command-line',
    title: 'Plain-text password in PowerShell',
    keywords: ['convertto-securestring'],
    // ConvertTo-SecureString "<password>" -AsPlainText -Force
    // https://learn.microsoft.com/powershell/module/microsoft.powershell.security/convertto-securestring
    pattern:
      /ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?<q>["'])(?<secret>[^"'\n]{4,128})\k<q>[ \t]+-AsPlainText/i,
    filter,
    examples: () => {
      const f = fake(564);
      const p = f.chars(18);
      return {
        match: [{ text: `$s = ConvertTo-SecureString "${p}" -AsPlainText -Force`, secret: p }],
        noMatch: [
          {
            text: '$s = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force',
            why: 'an environment variable',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'curl-user-password',
    provider: 'command-line',
    title: 'Password in a curl command',
    keywords: ['curl'],
    // curl -u / --user user:password sends Basic credentials. A key used as the user name with
    // an empty password (`-u sk_live_…:`) is left to the key's own rule.
    // https://curl.se/docs/manpage.html#-u
    pattern:
      /curl\b[^\n]{0,300}?[ \t](?:-u|--user)[ \t=]{0,3}["']?[^\s:"'@]{1,64}:(?<secret>[^\s"']{4,128})/,
    filter,
    examples: () => {
      const f = fake(533);
      const p = f.chars(16);
      return {
        match: [
          { text: `curl -u deploy:${p} https://ci.example.net/api/json`, secret: p },
          { text: `curl -sS --user "svc-backup:${p}" -X POST https://x.example.net`, secret: p },
        ],
        noMatch: [
          { text: 'curl -u user:password https://example.net', why: 'a demo value made of words' },
          { text: 'curl -u "$USER:$PASSWORD" https://example.net', why: 'shell variables' },
          { text: 'curl -u admin: https://example.net', why: 'no password' },
        ],
      };
    },
  }),
];
