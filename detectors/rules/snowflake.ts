import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed, looksRandom } from './rule-parts';

export const snowflakeRules = [
  defineRule({
    id: 'snowflake-password',
    provider: 'snowflake',
    title: 'Snowflake password or token',
    keywords: ['snowflake', 'snowsql'],
    // SNOWFLAKE_PASSWORD / SNOWSQL_PWD / snowflake…token: a user-chosen secret, so gated by randomness.
    // https://docs.snowflake.com/en/user-guide/snowsql-start#using-environment-variables
    pattern: keyed(
      String.raw`(?:snowflake|snowsql)[\w.-]{0,20}(?:password|pwd|token|secret)`,
      String.raw`[^\s"'\x60]{12,200}`,
      '',
    ),
    validate: (s) => looksRandom(s, 12, 3),
    anchored: true,
    rotateUrl: 'https://docs.snowflake.com/en/user-guide/admin-user-management',
    examples: () => {
      const f = fake(281);
      const k = f.chars(20, 'alnum') + '!';
      return {
        match: [{ text: `SNOWFLAKE_PASSWORD=${k}`, secret: k }],
        noMatch: [{ text: 'SNOWFLAKE_PASSWORD=${SNOWFLAKE_PASSWORD}', why: 'template variable' }],
      };
    },
  }),
];
