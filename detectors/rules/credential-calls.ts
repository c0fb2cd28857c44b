import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { randomLiteral } from './assignment-syntax';

/** A string literal argument, the way Java, C# and Kotlin write them. */
const STRING = String.raw`"[^"\n]{1,200}"`;

/** Passwords passed by position to the standard library's credential constructors. */
export const credentialCallRules = [
  defineRule({
    id: 'credential-constructor-password',
    provider: 'password',
    title: 'Password passed to a credentials constructor',
    keywords: ['credential(', 'credentials(', 'passwordauthentication('],
    // new NetworkCredential("user", "<password>") (.NET), UsernamePasswordCredentials /
    // PasswordAuthentication("user", "<password>"[.toCharArray()]) (Java).
    // https://learn.microsoft.com/dotnet/api/system.net.networkcredential.-ctor
    pattern: patternText(
      String.raw`\b(?:NetworkCredential|UsernamePasswordCredentials|PasswordAuthentication)\([ \t]*${STRING}[ \t]*,[ \t]*"(?<secret>[^"\n]{6,128})"`,
    ),
    filter: (secret) => randomLiteral(secret),
    confidence: 'medium',
    examples: () => {
      const f = fake(571);
      const p = f.chars(20);
      return {
        match: [{ text: `var cred = new NetworkCredential("deploy", "${p}");`, secret: p }],
        noMatch: [
          {
            text: 'new NetworkCredential("deploy", Environment.GetEnvironmentVariable("PW"))',
            why: 'not a literal',
          },
          { text: 'new NetworkCredential("user", "password123")', why: 'a demo value' },
        ],
      };
    },
  }),
  defineRule({
    id: 'jdbc-get-connection-password',
    provider: 'password',
    title: 'Password passed to a database connection call',
    keywords: ['getconnection('],
    // DriverManager.getConnection("jdbc:…", "user", "<password>").
    // https://docs.oracle.com/javase/8/docs/api/java/sql/DriverManager.html#getConnection-java.lang.String-java.lang.String-java.lang.String-
    pattern: patternText(
      String.raw`getConnection\(\s{0,40}${STRING}\s{0,40},\s{0,40}${STRING}\s{0,40},\s{0,40}"(?<secret>[^"\n]{6,128})"`,
    ),
    filter: (secret) => randomLiteral(secret),
    confidence: 'medium',
    examples: () => {
      const f = fake(572);
      const p = f.chars(22);
      return {
        match: [
          {
            text: `Connection c = DriverManager.getConnection(\n    "jdbc:postgresql://db:5432/app", "app", "${p}");`,
            secret: p,
          },
        ],
        noMatch: [
          {
            text: 'DriverManager.getConnection(url, "app", System.getenv("DB_PASSWORD"))',
            why: 'not a literal',
          },
        ],
      };
    },
  }),
];
