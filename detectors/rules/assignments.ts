import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { ASSIGN, literalSecret, passStandsAlone, VALUE } from './assignment-syntax';
import { looksRandom } from './rule-parts';

// Built once: the filters run at every keyword hit that an assignment follows.
const passwordLiteral = literalSecret(8, 2.8);
const secretLiteral = literalSecret(16, 3.2);

export const assignmentRules = [
  defineRule({
    id: 'password-assignment',
    provider: 'password',
    title: 'Password in configuration or code',
    keywords: ['password', 'passwd', 'pwd', 'passphrase', 'pass'],
    // Any `*password*` / `*passwd*` / `*pwd*` / `*_pass` name assigned a literal that is not a
    // word, a template variable or code. Gated by entropy and character classes.
    pattern: patternText(
      String.raw`(?<name>(?:passw(?:or)?d|pwd|passphrase|pass(?![a-z]))${ASSIGN}${VALUE}`,
      'i',
    ),
    filter: (secret, groups, place) =>
      passStandsAlone(groups, place) && passwordLiteral(secret, groups, place),
    confidence: 'medium',
    anchored: true,
    examples: () => {
      const f = fake(551);
      const a = f.chars(14) + '!7';
      const b = f.chars(12) + '#x';
      const c = f.chars(16) + '_9';
      const d = f.chars(10) + '!' + f.chars(6);
      const e = f.chars(18);
      return {
        match: [
          { text: `DB_PASSWORD=${a}`, secret: a },
          { text: `{"password": "${b}"}`, secret: b },
          { text: `<password>${c}</password>`, secret: c },
          { text: `conn = connect(user="app", password='${b}')`, secret: b },
          { text: `export PGPASSWORD=${d}`, secret: d },
          { text: `SMTP_PASSWORD=${e} # rotated monthly`, secret: e },
          { text: `<add key="ClearTextPassword" value="${a}" />`, secret: a },
        ],
        noMatch: [
          { text: 'password: ${DB_PASSWORD}', why: 'template variable' },
          { text: 'PASSWORD=changeme', why: 'placeholder' },
          { text: 'password = config.db.password', why: 'code, not a literal' },
          {
            text: 'password_reset_url=https://example.net/reset',
            why: 'describes a secret, is not one',
          },
          { text: 'password: hunter', why: 'a word' },
          { text: 'createCipher(algorithm: string, password: BinaryLike)', why: 'a type' },
          {
            text: '  def login(self, password: Optional[str] = None):',
            why: 'a Python annotation',
          },
          {
            text: 'ASYNC_LOCAL_PASSWORD_SCANNING = "asyncLocalPasswordScanning",',
            why: 'a constant repeating its own name',
          },
          {
            text: '{token:e.getToken(),secret:void 0,password:null};color:red',
            why: 'minified code',
          },
          { text: 'let{password:r,strength:i,resolveReady:a}=n', why: 'a destructuring' },
          { text: "simple: { password: 'secret-2-levels' },", why: 'a demo value made of words' },
          { text: 'password: "[type=password]",', why: 'a CSS selector' },
          { text: "PWD: '/home/robot'", why: 'a path' },
          { text: "  *   PWD: '/Users/maciej',", why: 'a path with a name in it' },
          { text: 'password: process.env.DB_PASSWORD ?? fallbackPassword,', why: 'code' },
          {
            text: '  const isInCheckNoChangesPass = ngDevMode && isInCheckNoChangesMode();',
            why: 'an algorithm pass, in camelCase, assigned code',
          },
          {
            text: 'you would pass "options.html" because that is where it is written',
            why: 'prose',
          },
          { text: 'const passwordKey = "p@ss:word";', why: 'a demo value with look-alike letters' },
        ],
      };
    },
  }),
  defineRule({
    id: 'secret-assignment',
    provider: 'secret',
    title: 'Secret, token or API key in configuration or code',
    keywords: [
      'secret',
      'token',
      'api_key',
      'apikey',
      'api-key',
      'access_key',
      'accesskey',
      'private_key',
      'auth_key',
      'credential',
      'encryption_key',
      'encryptionkey',
      'encryption-key',
      'signing_key',
      'signingkey',
      'signing-key',
      'master_key',
      'masterkey',
      'app_key',
      'appkey',
      'hmac_key',
      'hmackey',
      'api key',
      'secret key',
      'access key',
      'private key',
    ],
    // `*secret*`, `*token*`, `*api_key*`, `*access_key*`… assigned a random-looking literal.
    pattern: patternText(
      String.raw`(?<name>(?:secret(?:[ _.-]?(?:access[ _.-]?)?key)?|token|(?:api|access|private|auth|encryption|signing|master|app|hmac)[ _.-]?key|credentials?)${ASSIGN}${VALUE}`,
      'i',
    ),
    filter: (secret, groups, place) =>
      secretLiteral(secret, groups, place) && looksRandom(secret, 16, 3.2),
    yieldsToProviders: true,
    confidence: 'medium',
    anchored: true,
    examples: () => {
      const f = fake(552);
      const a = f.chars(32);
      const b = f.chars(40, 'hexLower');
      const c = f.chars(28, 'base64url').replace(/^[-_]/, 'q');
      return {
        match: [
          { text: `export SERVICE_API_KEY=${a}`, secret: a },
          { text: `client_secret: "${b}"`, secret: b },
          { text: `https://api.example.net/v1/items?api_key=${a}&page=2`, secret: a },
          { text: `const client = new Client({ accessToken: '${c}' });`, secret: c },
        ],
        noMatch: [
          { text: 'api_key = "your-api-key-here"', why: 'placeholder' },
          { text: 'token_url: https://auth.example.net/oauth/token', why: 'a URL setting' },
          { text: 'tokenizer = AutoTokenizer.from_pretrained(name)', why: 'code' },
          { text: 'secret_name: prod-db-credentials', why: 'names a secret' },
          { text: `API_KEY=${'x'.repeat(32)}`, why: 'filler characters' },
          { text: 'type SemicolonToken = SemicolonToken$1;', why: 'a type alias' },
          {
            text: 'export type SecretLintConfigDescriptor_ = SecretLintConfigDescriptor;',
            why: 'a type alias',
          },
          { text: '  markdownTokenizer: MarkdownTokenizer', why: 'an interface member' },
          { text: '    this._proxyCredentials = proxyCredentials;', why: 'a variable' },
          { text: '  tokenize: tokenizeWwwAutolink,', why: 'an object member naming a function' },
          { text: "  'X-TOKEN-SECRET': 'SuperSecretToken',", why: 'a demo value made of words' },
          {
            text: 'E.isSemicolonToken=Iy;E.isSequenceExpression=cw;E.isSetKeyword=_K;',
            why: 'minified code',
          },
          {
            text: 'const token = core.getInput("github-token", { required: true });',
            why: 'a call',
          },
          { text: 'api_key: ${{ secrets.SERVICE_API_KEY }}', why: 'a CI secret reference' },
          {
            text: `  NextContinuationToken: "${f.chars(40, 'base64')}==",`,
            why: 'a pagination token, not a credential',
          },
          {
            text: 'e.tokensToFunction=e.match=e.compile=void 0,e.parse=parse',
            why: 'chained assignments in minified code',
          },
          {
            text: 'this.log_("Failed to get token: "+e),t||(this.repoInfo_.nodeAdmin&&vu(e),o())',
            why: 'the end of a string, then code',
          },
          {
            text: "clientToken: 'pub" + f.chars(32, 'hexLower') + "',",
            why: 'public by design (Datadog RUM)',
          },
        ],
      };
    },
  }),
];
