import { describe, expect, test } from 'vitest';
import { fake } from '../fake';
import { scan } from '../index';

const f = fake(94);

/** Everyday code that handles credentials by name; `@@` marks where a literal can be put. */
const SNIPPETS: Record<string, string> = {
  typescript: `import { createHash } from 'node:crypto';

export interface Credentials {
  username: string;
  password: BinaryLike;
  readonly accessToken?: AccessToken;
  refreshToken: RefreshToken | null;
}

export class TokenStore {
  private secret: SecretKey;
  constructor(private readonly tokenProvider: TokenProvider) {
    this.secret = tokenProvider.currentSecret();
  }
  async login({ username, password }: Credentials): Promise<Session> {
    const token = await this.tokenProvider.issue(username, password);
    const apiKey = process.env.SERVICE_API_KEY ?? '';
    return { token, apiKey, secret: @@ };
  }
}
`,
  declarations: `declare function createCipher(algorithm: CipherGCMTypes, password: BinaryLike, options?: CipherGCMOptions): CipherGCM;
export type SecretLintConfigDescriptor_ = SecretLintConfigDescriptor;
type SemicolonToken = SemicolonToken$1;
export declare const secretLintProfiler: SecretLintProfiler;
interface Options { markdownTokenizer: MarkdownTokenizer; credentials: RequestCredentials; token: @@ }
`,
  python: `class Client:
    def __init__(self, api_key: str | None = None, password: Optional[str] = None):
        self.api_key = api_key or os.environ["SERVICE_API_KEY"]
        self.password = password
        self.token = None
        self.secret = @@

    def login(self, password: str) -> "Session":
        return self._post("/login", json={"password": password, "token": self.token})
`,
  go: `type Config struct {
	Password string \`env:"DB_PASSWORD"\`
	Token    string \`json:"token"\`
}

func NewClient(token string) *Client {
	secret := os.Getenv("CLIENT_SECRET")
	apiKey := @@
	return &Client{token: token, secret: secret, apiKey: apiKey}
}
`,
  minified: `!function(e,t){var n={token:e.getToken(),secret:void 0,password:null};t.E.isSemicolonToken=Iy;t.E.isSetKeyword=_K;let{password:r,strength:i,resolveReady:a}=n;t.cfg={apiKey:@@,tokenize:kD,partial:!0}}(window,module);`,
};

describe('code that names credentials is not a credential', () => {
  for (const [language, code] of Object.entries(SNIPPETS)) {
    test(`${language}: quiet as written, and finds the one literal put in it`, () => {
      expect(scan(code.replace('@@', 'undefined'))).toEqual([]);
      const secret = f.chars(32);
      const text = code.replace('@@', `"${secret}"`);
      const found = scan(text).map((x) => text.slice(x.start, x.end));
      expect(found).toEqual([secret]);
    });
  }
});

test('a whole line of configuration may hold code punctuation; a line of code may not', () => {
  const password = f.chars(9) + ';' + f.chars(7) + '(';
  const line = `DB_PASSWORD=${password}`;
  expect(scan(`${line}\nDB_HOST=db.internal\n`).map((x) => line.slice(x.start, x.end))).toEqual([
    password,
  ]);
  expect(scan(`connect(DB_PASSWORD=${password}, host)`)).toEqual([]);
});
