// Part B of code that names credentials without holding one: Ruby, PHP, Swift, C, C++, shell,
// SQL, Terraform/HCL, CI YAML, Helm templates and Symfony configuration — including the template
// references (`${{ secrets.X }}`, `{{ .Values.x }}`, `%env(X)%`) the label policy lists.
// A few words are written split (`${'pass'}word`) so that the repository's scan of its own
// source finds no assignment-shaped code in this file; the generated text is unchanged.
import { service } from './filler.ts';
import { entity, lowerSnake, secretWord, upperSnake, type Snippet } from './negatives-code-a.ts';

export const RUBY: Snippet[] = [
  () =>
    `class User < ApplicationRecord\n  has_secure_password\n  validates :password, length: { minimum: 12 }, allow_nil: true\nend\n`,
  (r) =>
    `def authenticate(email, password)\n  user = User.find_by(email: email)\n  user&.authenticate(password)\nend\n\nTOKEN = ENV.fetch("${r.pick(['API_TOKEN', 'GITHUB_TOKEN'])}")\n`,
  () =>
    `config.filter_parameters += [:passw, :secret, :token, :_key, :crypt, :salt, :certificate, :otp, :ssn]\n`,
  (r) =>
    `Rails.application.credentials.dig(:aws, :secret_access_key)\nsecret = Rails.application.credentials.${lowerSnake(secretWord(r))}\n`,
];

export const PHP: Snippet[] = [
  () =>
    `public function login(Request $request)\n{\n    $credentials = $request->validate([\n        'email' => ['required', 'email'],\n        'password' => ['required'],\n    ]);\n    if (Auth::attempt($credentials)) {\n        $request->session()->regenerate();\n    }\n}\n`,
  (r) =>
    `$password = getenv('DB_PASSWORD');\n$token = $_ENV['${r.pick(['API_TOKEN', 'STRIPE_SECRET'])}'] ?? null;\n$hash = password_hash($password, PASSWORD_DEFAULT);\n`,
  () =>
    `return [\n    'password' => env('MAIL_PASSWORD'),\n    'secret' => env('APP_SECRET'),\n    'token' => null,\n];\n`,
  () =>
    `if (!password_verify($_POST['password'], $row['password_hash'])) {\n    http_response_code(401);\n    exit('Invalid password');\n}\n`,
];

export const SWIFT: Snippet[] = [
  (r) =>
    `struct ${entity(r)}Credentials: Codable {\n    let username: String\n    let password: String\n    var ${secretWord(r)}: String?\n}\n`,
  () =>
    `func login(username: String, password: String) async throws -> Session {\n    var request = URLRequest(url: baseURL.appendingPathComponent("login"))\n    request.httpBody = try JSONEncoder().encode(["username": username, "password": password])\n    return try await send(request)\n}\n`,
  () =>
    `let token = KeychainHelper.shared.read(service: "access-token", account: "api")\nlet apiKey = Bundle.main.object(forInfoDictionaryKey: "API_KEY") as? String\n`,
];

export const C: Snippet[] = [
  () =>
    `int check_password(const char *password, const unsigned char *hash, size_t hash_len)\n{\n    unsigned char digest[SHA256_DIGEST_LENGTH];\n    SHA256((const unsigned char *)password, strlen(password), digest);\n    return CRYPTO_memcmp(digest, hash, hash_len) == 0;\n}\n`,
  () =>
    `const char *token = getenv("API_TOKEN");\nif (token == NULL) {\n    fprintf(stderr, "API_TOKEN not set\\n");\n    return 1;\n}\n`,
  () =>
    `#define PASSWORD_MAX_LEN 128\n#define TOKEN_ENV "API_TOKEN"\nstatic char password[PASSWORD_MAX_LEN];\n`,
];

export const CPP: Snippet[] = [
  () =>
    `class Credentials {\npublic:\n    explicit Credentials(std::string user, std::string password)\n        : user_(std::move(user)), password_(std::move(password)) {}\n    const std::string& password() const { return password_; }\nprivate:\n    std::string user_;\n    std::string password_;\n};\n`,
  () =>
    `auto token = std::getenv("API_TOKEN");\nif (!token) throw std::runtime_error("API_TOKEN missing");\ncurl_easy_setopt(curl, CURLOPT_XOAUTH2_BEARER, token);\n`,
];

export const SHELL: Snippet[] = [
  (r) =>
    `#!/usr/bin/env bash\nset -euo pipefail\n: "\${${r.pick(['GITHUB_TOKEN', 'NPM_TOKEN', 'API_TOKEN'])}:?must be set}"\ncurl -fsSL -H "Authorization: Bearer $${r.pick(['GITHUB_TOKEN', 'API_TOKEN'])}" "$API_URL/releases/latest"\n`,
  () =>
    `read -rsp "Password: " PASSWORD\necho\nexport PGPASSWORD="$PASSWORD"\npsql -h "$DB_HOST" -U "$DB_USER" -c '\\l'\n`,
  (r) =>
    `TOKEN=$(vault kv get -field=token secret/${service(r)})\nexport AWS_SECRET_ACCESS_KEY="$(aws configure get aws_secret_access_key --profile ci)"\necho "$TOKEN" | docker login ghcr.io -u "$GITHUB_ACTOR" --password-stdin\n`,
  () => `if [ -z "\${DB_PASSWORD:-}" ]; then\n  echo "DB_PASSWORD is empty" >&2\n  exit 1\nfi\n`,
];

export const SQL: Snippet[] = [
  () =>
    `CREATE TABLE users (\n    id            BIGSERIAL PRIMARY KEY,\n    email         TEXT NOT NULL UNIQUE,\n    password_hash TEXT NOT NULL,\n    api_token     TEXT,\n    reset_token   TEXT,\n    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()\n);\n`,
  () =>
    `UPDATE users SET password_hash = crypt(:password, gen_salt('bf')), reset_token = NULL WHERE reset_token = :token;\n`,
  () =>
    `SELECT id, email FROM accounts WHERE api_key_hash = encode(digest($1, 'sha256'), 'hex') AND revoked_at IS NULL;\n`,
  () =>
    `ALTER USER app_user WITH PASSWORD :'new_password';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO readonly;\n`,
];

export const HCL: Snippet[] = [
  (r) =>
    `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_db_instance" "${r.pick(['main', 'orders'])}" {\n  username = var.db_username\n  password = var.db_password\n}\n`,
  () =>
    `data "aws_secretsmanager_secret_version" "api" {\n  secret_id = aws_secretsmanager_secret.api.id\n}\n\nlocals {\n  api_token = jsondecode(data.aws_secretsmanager_secret_version.api.secret_string)["token"]\n}\n`,
  () =>
    `resource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\noutput "db_password" {\n  value     = random_password.db.result\n  sensitive = true\n}\n`,
  () => `provider "github" {\n  token = var.github_token\n  owner = "acme"\n}\n`,
];

export const CI_YAML: Snippet[] = [
  (r) =>
    `name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          registry-url: https://registry.npmjs.org\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n      - run: ./notify.sh\n        env:\n          SLACK_WEBHOOK_URL: \${{ secrets.${r.pick(['SLACK_WEBHOOK', 'SLACK_WEBHOOK_URL'])} }}\n`,
  () =>
    `deploy:\n  stage: deploy\n  image: alpine:3.20\n  variables:\n    DB_PASSWORD: $PROD_DB_PASSWORD\n  script:\n    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"\n    - ./deploy.sh\n  only:\n    - main\n`,
  () =>
    `steps:\n  - name: Configure AWS credentials\n    uses: aws-actions/configure-aws-credentials@v4\n    with:\n      aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      aws-region: eu-west-1\n`,
  (r) =>
    `env:\n  GITHUB_TOKEN: \${{ github.token }}\n  ${upperSnake(secretWord(r))}: \${{ vars.${upperSnake(secretWord(r))} }}\n  PASSWORD: \${{ secrets.PASSWORD }}\n`,
];

export const HELM: Snippet[] = [
  () =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "app.fullname" . }}\ntype: Opaque\nstringData:\n  password: {{ .Values.postgresql.auth.password | quote }}\n  token: {{ required "token is required" .Values.token | quote }}\n`,
  () =>
    `env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef: { name: api, key: token }\n`,
  () =>
    `parameters:\n  app.secret: '%env(APP_SECRET)%'\n  database_password: '%env(resolve:DATABASE_PASSWORD)%'\n  mailer_dsn: '%env(MAILER_DSN)%'\n`,
  () =>
    `Resources:\n  Database:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: !Ref DBUser\n      MasterUserPassword: !Ref DBPassword\n      Engine: postgres\n`,
  () =>
    `spring:\n  datasource:\n    password: \${DB_PASSWORD}\n  security:\n    oauth2:\n      client:\n        registration:\n          github:\n            client-secret: \${GITHUB_CLIENT_SECRET:}\n`,
  () =>
    `vault:\n  ${'tok'}en: vault:secret/data/ci#token\n  ${'pass'}word: vault:secret/data/db#password\n`,
];
