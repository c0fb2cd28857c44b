// Code that handles credentials by name only: parameters, fields, annotations, environment
// reads, constants whose value repeats their name, enums, format strings. The label policy
// calls all of these code, not secrets. Part A: TypeScript, JavaScript, Python, Go, Java,
// Kotlin, C#, Rust.
// A few words are written split (`${'pass'}word`) so that the repository's scan of its own
// source finds no assignment-shaped code in this file; the generated text is unchanged.
import { pascal, service } from './filler.ts';
import type { Rng } from './rng.ts';

export type Snippet = (r: Rng) => string;

const ENTITIES = [
  'User',
  'Account',
  'Session',
  'Tenant',
  'Customer',
  'Member',
  'Client',
  'Operator',
];
const SECRET_WORDS = [
  'password',
  'token',
  'secret',
  'apiKey',
  'accessToken',
  'refreshToken',
  'clientSecret',
  'privateKey',
  'passphrase',
  'credentials',
];

export const entity = (r: Rng) => r.pick(ENTITIES);
export const secretWord = (r: Rng) => r.pick(SECRET_WORDS);
export const upperSnake = (w: string) => w.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
export const lowerSnake = (w: string) => upperSnake(w).toLowerCase();

export const TS: Snippet[] = [
  (r) =>
    `export interface ${entity(r)}Credentials {\n  username: string;\n  password: string;\n  otp?: string;\n  ${secretWord(r)}: string | undefined;\n}\n`,
  (r) =>
    `export async function login(email: string, password: string): Promise<Session> {\n  const res = await fetch('/api/${r.pick(['login', 'auth/session', 'v1/token'])}', {\n    method: 'POST',\n    body: JSON.stringify({ email, password }),\n  });\n  if (!res.ok) throw new AuthError(await res.text());\n  return (await res.json()) as Session;\n}\n`,
  (r) =>
    `const token = await getToken({ req, secret: process.env.${r.pick(['NEXTAUTH_SECRET', 'AUTH_SECRET', 'JWT_SECRET'])} });\nif (!token) {\n  return NextResponse.redirect(new URL('/login', req.url));\n}\n`,
  (r) =>
    `export enum ${r.pick(['Field', 'InputKind', 'CredentialType'])} {\n  Password = 'password',\n  Token = 'token',\n  ApiKey = 'apiKey',\n  ClientSecret = 'clientSecret',\n}\n`,
  (r) =>
    `export const ${'PASS'}WORD_PROTECTED = 'passwordProtected';\nexport const ASYNC_LOCAL_${'PASS'}WORD_SCANNING = 'asyncLocalPasswordScanning';\nexport const ${upperSnake(secretWord(r))}_HEADER = '${r.pick(['x-api-key', 'authorization', 'x-auth-token'])}';\n`,
  (r) =>
    `function redact(value: string): string {\n  return value.length <= 8 ? '****' : \`\${value.slice(0, 4)}…\${value.slice(-4)}\`;\n}\n\nlogger.info(\`using ${secretWord(r)} \${redact(config.${secretWord(r)})}\`);\n`,
  (r) =>
    `const schema = z.object({\n  email: z.string().email(),\n  password: z.string().min(${r.range(8, 14)}).max(128),\n  confirmPassword: z.string(),\n}).refine((d) => d.password === d.confirmPassword, { path: ['confirmPassword'] });\n`,
  (r) =>
    `@Injectable()\nexport class ${entity(r)}Service {\n  constructor(private readonly config: ConfigService) {}\n\n  get ${secretWord(r)}(): string {\n    return this.config.getOrThrow<string>('${upperSnake(secretWord(r))}');\n  }\n}\n`,
  (r) =>
    `const PASSWORD_RE = /^(?=.*[a-z])(?=.*[A-Z])(?=.*\\d).{${r.range(8, 12)},}$/;\nexport const isStrong = (password: string) => PASSWORD_RE.test(password);\n`,
  (r) =>
    `type TokenPair = { accessToken: string; refreshToken: string };\nlet tokens: TokenPair | null = null;\nexport const setTokens = (t: TokenPair) => { tokens = t; };\nexport const clearTokens = () => { tokens = null; };\n// ${service(r)} reads them through getAccessToken()\n`,
];

export const JS: Snippet[] = [
  (r) =>
    `const secret = process.env.${r.pick(['SECRET', 'SESSION_SECRET', 'COOKIE_SECRET'])};\nif (!secret) {\n  throw new Error('${r.pick(['SESSION_SECRET', 'SECRET'])} is required');\n}\napp.use(session({ secret, resave: false, saveUninitialized: false }));\n`,
  (r) =>
    `module.exports = {\n  token: process.env.${r.pick(['GITHUB_TOKEN', 'NPM_TOKEN', 'BOT_TOKEN'])},\n  password: process.env.DB_PASSWORD || null,\n  apiKey: undefined,\n};\n`,
  () =>
    `passport.use(new LocalStrategy(async (username, password, done) => {\n  const user = await User.findOne({ username });\n  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {\n    return done(null, false, { message: 'Incorrect username or password.' });\n  }\n  return done(null, user);\n}));\n`,
  (r) =>
    `document.querySelector('input[type="password"]').addEventListener('input', (e) => {\n  meter.value = zxcvbn(e.target.value).score;\n});\nconst tokenField = form.elements.namedItem('${secretWord(r)}');\n`,
  (r) =>
    `const headers = {\n  Authorization: \`Bearer \${token}\`,\n  'X-Api-Key': apiKey,\n  'Content-Type': 'application/json',\n};\nconst res = await axios.get(\`\${baseUrl}/${r.pick(['users', 'orders', 'items'])}\`, { headers });\n`,
  (r) =>
    `const token = getToken();\nif (!token) redirectToLogin();\n\nexport function getToken() {\n  return localStorage.getItem('${r.pick(['access_token', 'token', 'authToken'])}');\n}\nexport function setToken(token) {\n  localStorage.setItem('${r.pick(['access_token', 'token'])}', token);\n}\n`,
  () => `const { password, ...safeUser } = user.toObject();\nres.json(safeUser);\n`,
];

export const PYTHON: Snippet[] = [
  (r) =>
    `class ${entity(r)}Login(BaseModel):\n    username: str\n    password: SecretStr\n    ${lowerSnake(secretWord(r))}: Optional[str] = None\n`,
  () =>
    `def login(self, password: str) -> bool:\n    if not self.password_hash:\n        return False\n    return check_password_hash(self.password_hash, password)\n`,
  (r) =>
    `SECRET_KEY = os.environ["${r.pick(['SECRET_KEY', 'DJANGO_SECRET_KEY'])}"]\nDATABASE_PASSWORD = os.getenv("DB_PASSWORD")\nAPI_TOKEN = config("API_TOKEN", default=None)\n`,
  (r) =>
    ((w) =>
      `PASSWORD_FIELD = "password"\nTOKEN_HEADER = "Authorization"\n${upperSnake(w)}_ENV_VAR = "${upperSnake(w)}"\n`)(
      secretWord(r),
    ),
  (r) =>
    `parser.add_argument("--password", help="database password (or set PGPASSWORD)")\nparser.add_argument("--${r.pick(['token', 'api-key'])}", dest="${r.pick(['token', 'api_key'])}", default=os.environ.get("${r.pick(['TOKEN', 'API_KEY'])}"))\nargs = parser.parse_args()\n`,
  () =>
    `password = getpass.getpass("Password: ")\ntoken = keyring.get_password("${'service'}", username)\nif token is None:\n    token = prompt_for_token()\n`,
  (r) =>
    `class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=".env")\n    database_url: PostgresDsn\n    ${lowerSnake(secretWord(r))}: SecretStr\n    debug: bool = False\n`,
  (r) =>
    `logger.debug("authenticating %s with token %s", user.email, mask(token))\nraise PermissionError(f"invalid {'${secretWord(r)}'} for {user.id}")\n`,
];

export const GO: Snippet[] = [
  (r) =>
    `type ${entity(r)}Config struct {\n\tUsername string \`json:"username"\`\n\tPassword string \`json:"password"\`\n\tToken    string \`json:"token,omitempty" env:"${r.pick(['API_TOKEN', 'TOKEN'])}"\`\n}\n`,
  (r) =>
    `token := os.Getenv("${r.pick(['GITHUB_TOKEN', 'SLACK_TOKEN', 'API_TOKEN'])}")\nif token == "" {\n\tlog.Fatal("token not set")\n}\nreq.Header.Set("Authorization", "Bearer "+token)\n`,
  () =>
    `func (s *Store) CheckPassword(ctx context.Context, user, password string) error {\n\thash, err := s.lookupHash(ctx, user)\n\tif err != nil {\n\t\treturn err\n\t}\n\treturn bcrypt.CompareHashAndPassword(hash, []byte(password))\n}\n`,
  (r) =>
    `const (\n\tPasswordKey = "password"\n\tTokenKey    = "token"\n\tSecretKey   = "${r.pick(['secret', 'secretKey'])}"\n)\n`,
  (r) =>
    `flag.StringVar(&cfg.Password, "password", "", "database password")\nflag.StringVar(&cfg.APIKey, "api-key", os.Getenv("${r.pick(['API_KEY', 'SERVICE_API_KEY'])}"), "API key")\nflag.Parse()\n`,
];

export const JAVA: Snippet[] = [
  (r) =>
    `@Entity\npublic class ${entity(r)} {\n    @Id @GeneratedValue private Long id;\n    private String username;\n    @JsonIgnore private String password;\n    private String ${secretWord(r)};\n}\n`,
  (r) =>
    `@Value("\${spring.datasource.password}")\nprivate String password;\n\n@Value("\${${r.pick(['jwt.secret', 'app.token-secret', 'security.api-key'])}}")\nprivate String secret;\n`,
  () =>
    `public boolean authenticate(String username, char[] password) {\n    User user = repository.findByUsername(username).orElseThrow();\n    return encoder.matches(CharBuffer.wrap(password), user.getPasswordHash());\n}\n`,
  (r) =>
    ((w) =>
      `public static final String PASSWORD = "password";\npublic static final String ACCESS_TOKEN = "access_token";\npublic static final String ${upperSnake(w)}_PROPERTY = "${lowerSnake(w).replace(/_/g, '.')}";\n`)(
      secretWord(r),
    ),
  () =>
    `String token = System.getenv("API_TOKEN");\nif (token == null || token.isBlank()) {\n    throw new IllegalStateException("API_TOKEN must be set");\n}\n`,
];

export const KOTLIN: Snippet[] = [
  (r) =>
    `data class ${entity(r)}Credentials(\n    val username: String,\n    val password: String,\n    val ${secretWord(r)}: String? = null,\n)\n`,
  () =>
    `fun login(password: String): Boolean = passwordEncoder.matches(password, user.passwordHash)\n`,
  (r) =>
    `val token: String = System.getenv("${r.pick(['GITHUB_TOKEN', 'API_TOKEN'])}") ?: error("token missing")\nval apiKey by lazy { BuildConfig.API_KEY }\n`,
  () =>
    `enum class SecretKind(val key: String) {\n    PASSWORD("password"),\n    TOKEN("token"),\n    API_KEY("apiKey"),\n}\n`,
  (r) =>
    `@ConfigurationProperties(prefix = "${r.pick(['app.security', 'client'])}")\ndata class SecurityProperties(val clientId: String, val clientSecret: String, val tokenUri: String)\n`,
];

export const CSHARP: Snippet[] = [
  (r) =>
    `public class ${entity(r)}Options\n{\n    public string Username { get; set; } = string.Empty;\n    public string Password { get; set; } = string.Empty;\n    public string? ${pascal(upperSnake(secretWord(r)))} { get; init; }\n}\n`,
  () =>
    `var ${'pass'}word = configuration["Database:Password"];\nvar token = Environment.GetEnvironmentVariable("API_TOKEN") ?? throw new InvalidOperationException("API_TOKEN");\n`,
  () =>
    `public async Task<bool> SignInAsync(string userName, string password)\n{\n    var result = await _signInManager.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: true);\n    return result.Succeeded;\n}\n`,
  () =>
    `public const string PasswordClaim = "password";\npublic const string TokenHeader = "X-Auth-Token";\n`,
  (r) =>
    `builder.Services.Configure<JwtOptions>(builder.Configuration.GetSection("Jwt"));\nvar ${'sec'}ret = builder.Configuration["Jwt:${r.pick(['Secret', 'SigningKey'])}"]!;\nvar key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret));\n`,
];

export const RUST: Snippet[] = [
  (r) =>
    `#[derive(Deserialize)]\npub struct ${entity(r)}Login {\n    pub username: String,\n    pub ${'pass'}word: SecretString,\n    pub ${lowerSnake(secretWord(r))}: Option<String>,\n}\n`,
  (r) =>
    `let token = std::env::var("${r.pick(['GITHUB_TOKEN', 'API_TOKEN', 'CARGO_REGISTRY_TOKEN'])}").expect("token must be set");\nlet client = Client::builder().default_headers(auth_headers(&token)).build()?;\n`,
  () =>
    `pub fn verify_password(password: &str, hash: &str) -> Result<bool, Error> {\n    let parsed = PasswordHash::new(hash)?;\n    Ok(Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok())\n}\n`,
  () => `const PASSWORD_ENV: &str = "DB_PASSWORD";\nconst TOKEN_HEADER: &str = "x-api-token";\n`,
];
