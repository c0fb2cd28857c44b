// Build output a developer pastes when asking for help: type declarations, minified bundles,
// source maps, lockfiles. High-entropy strings everywhere (integrity hashes, mangled names,
// VLQ mappings) and credential words everywhere, but no credential.
// A few words are written split (`${'pass'}word`) so that the repository's scan of its own
// source finds no assignment-shaped code in this file; the generated text is unchanged.
import { b64 } from './encoding.ts';
import { semver, service } from './filler.ts';
import { B64, LOWER, type Rng } from './rng.ts';

const PACKAGES = [
  'react',
  'lodash',
  'axios',
  'express',
  'zod',
  'typescript',
  'vite',
  'esbuild',
  'jsonwebtoken',
  'bcryptjs',
  'dotenv',
  'passport',
  'next-auth',
  '@aws-sdk/client-s3',
  '@octokit/rest',
  'pg',
  'mysql2',
  'ioredis',
  'uuid',
  'chalk',
  'commander',
  'semver',
  'debug',
  'ms',
  'qs',
  'cookie',
  'jose',
  'node-fetch',
  'ws',
  'yaml',
];
const CRATES = [
  'serde',
  'serde_json',
  'tokio',
  'reqwest',
  'clap',
  'anyhow',
  'thiserror',
  'rand',
  'sha2',
  'base64',
  'hyper',
  'tracing',
  'ring',
  'rustls',
  'argon2',
];
const GOMODS = [
  'github.com/golang-jwt/jwt/v5',
  'golang.org/x/crypto',
  'github.com/spf13/cobra',
  'github.com/stretchr/testify',
  'google.golang.org/grpc',
  'github.com/aws/aws-sdk-go-v2',
  'github.com/lib/pq',
  'go.uber.org/zap',
];
const PYPKGS = [
  'requests',
  'urllib3',
  'certifi',
  'cryptography',
  'pyjwt',
  'boto3',
  'botocore',
  'pydantic',
  'fastapi',
  'starlette',
  'sqlalchemy',
  'psycopg2-binary',
  'passlib',
  'bcrypt',
];
const GEMS = [
  'rails',
  'devise',
  'bcrypt',
  'jwt',
  'rack',
  'puma',
  'pg',
  'nokogiri',
  'sidekiq',
  'redis',
];

const sha512 = (r: Rng) => 'sha512-' + b64(r.bytes(64));

export function typeDeclarations(r: Rng): string {
  const parts = [
    `export declare function pbkdf2Sync(${'pass'}word: BinaryLike, salt: BinaryLike, iterations: number, keylen: number, digest: string): Buffer;`,
    `export declare function scrypt(${'pass'}word: BinaryLike, salt: BinaryLike, keylen: number, callback: (err: Error | null, derivedKey: Buffer) => void): void;`,
    `export interface ConnectionOptions {\n    host?: string;\n    user?: string;\n    password?: string | (() => string | Promise<string>);\n    database?: string;\n    ssl?: boolean | TLSOptions;\n}`,
    `export interface AuthOptions {\n    token?: string;\n    username?: string;\n    password?: string;\n    apiKey?: string | undefined;\n}`,
    `declare namespace jwt {\n    function sign(payload: string | object | Buffer, secretOrPrivateKey: Secret, options?: SignOptions): string;\n    function verify<T = JwtPayload>(token: string, secretOrPublicKey: Secret | GetPublicKeyOrSecret, options?: VerifyOptions): T;\n}`,
    `export type Secret = string | Buffer | KeyObject | { key: string | Buffer; passphrase: string };`,
    `export declare class Octokit {\n    constructor(options?: { auth?: string | AuthInterface; userAgent?: string; baseUrl?: string });\n    auth(): Promise<{ type: 'token'; token: string; tokenType: 'oauth' | 'installation' }>;\n}`,
    `export interface ${r.pick(['Session', 'Credentials', 'TokenSet'])}<T extends Record<string, unknown> = {}> {\n    accessToken: string;\n    refreshToken?: string;\n    idToken?: string;\n    expiresAt?: number;\n    extra: T;\n}`,
    `export declare function createClient<Database = any>(supabaseUrl: string, supabaseKey: string, options?: SupabaseClientOptions): SupabaseClient<Database>;`,
    `interface KeyObject {\n    export(options: KeyExportOptions<'pem'>): string | Buffer;\n    export(options?: JwkKeyExportOptions): JsonWebKey;\n    readonly asymmetricKeyType?: KeyType | undefined;\n}`,
    `export declare function hash(password: string, saltOrRounds: string | number): Promise<string>;\nexport declare function compare(password: string, encrypted: string): Promise<boolean>;`,
  ];
  return (
    `// Type definitions for ${r.pick(PACKAGES)} ${semver(r)}\n\n` +
    r.sample(parts, r.range(3, 7)).join('\n\n') +
    '\n'
  );
}

const MANGLED = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';
const ident = (r: Rng) => r.chars(MANGLED, 1) + (r.chance(0.4) ? r.chars(MANGLED, 1) : '');

export function minifiedBundle(r: Rng): string {
  const pieces = [
    () =>
      `function ${ident(r)}(${ident(r)},${ident(r)}){return{token:${ident(r)}.getToken(),secret:void 0,password:null}}`,
    () =>
      `var ${ident(r)}=${ident(r)}.headers.authorization||"";if(!${ident(r)}.startsWith("Bearer "))throw new ${ident(r)}("missing token");`,
    () => `${ident(r)}.password=${ident(r)}.target.value,${ident(r)}.setState({passwordError:!1});`,
    () =>
      `const ${ident(r)}={apiKey:process.env.NEXT_PUBLIC_API_KEY,clientSecret:void 0,accessToken:${ident(r)}?.accessToken??null};`,
    () =>
      `${ident(r)}=function(${ident(r)}){return"password"===${ident(r)}.type||"token"===${ident(r)}.name};`,
    () =>
      `for(var ${ident(r)}=0;${ident(r)}<${ident(r)}.length;${ident(r)}++)${ident(r)}[${ident(r)}]=${ident(r)}.charCodeAt(${ident(r)})^${r.range(1, 255)};`,
    () => `Object.defineProperty(${ident(r)},"__esModule",{value:!0}),${ident(r)}.default=void 0;`,
    () =>
      `${ident(r)}.exports=function(${ident(r)}){return ${ident(r)}&&${ident(r)}.__esModule?${ident(r)}:{default:${ident(r)}}};`,
    () =>
      `case"SET_TOKEN":return{...${ident(r)},token:${ident(r)}.payload};case"CLEAR_TOKEN":return{...${ident(r)},token:null};`,
    () =>
      `let ${ident(r)}=await fetch(${ident(r)}+"/oauth/token",{method:"POST",body:new URLSearchParams({grant_type:"refresh_token",refresh_token:${ident(r)}})});`,
    () =>
      `${ident(r)}("${r.chars(LOWER, 6)}",[${ident(r)},${ident(r)}],function(){"use strict";var ${ident(r)}=${r.range(0, 9999)};});`,
  ];
  const out: string[] = [
    `/*! ${service(r)} v${semver(r)} | (c) ${r.range(2019, 2025)} | MIT */`,
    '!function(){"use strict";',
  ];
  const n = r.range(25, 120);
  for (let i = 0; i < n; i++) out.push(r.pick(pieces)());
  out.push('}();');
  return out.join('') + `\n//# sourceMappingURL=${service(r)}.${r.hex(8)}.min.js.map\n`;
}

function vlqMappings(r: Rng): string {
  const seg = () => r.chars(B64.slice(0, 64).replace(/[+/]/g, ''), r.range(4, 6));
  const lines: string[] = [];
  for (let i = 0, n = r.range(20, 80); i < n; i++) {
    lines.push(Array.from({ length: r.range(1, 12) }, seg).join(','));
  }
  // Generated maps start at line 0, column 0 of source 0: "AAAA,SAAS…".
  return 'AAAA,SAAS' + lines.join(';');
}

export function sourceMap(r: Rng): string {
  const file = `${service(r)}.${r.hex(8)}.js`;
  const src = [
    `export async function refresh(token) {\\n  const res = await fetch('/api/token', { method: 'POST', body: JSON.stringify({ token }) });\\n  return res.json();\\n}\\n`,
    `export const login = (username, password) => api.post('/login', { username, password });\\n`,
    `const secret = process.env.SESSION_SECRET;\\nexport default { secret, password: undefined };\\n`,
  ];
  return (
    JSON.stringify(
      {
        version: 3,
        file,
        sources: ['webpack://app/./src/auth.js', 'webpack://app/./src/api.js'],
        names: ['refresh', 'token', 'login', 'password', 'secret'],
        mappings: vlqMappings(r),
        sourcesContent: r.sample(src, 2).map((s) => s.replace(/\\n/g, '\n')),
      },
      null,
      r.pick([0, 2]),
    ) + '\n'
  );
}

export function packageLock(r: Rng): string {
  const pkgs = r.sample(PACKAGES, r.range(4, 12));
  const entries = pkgs.map((p) => {
    const v = semver(r);
    return `    "node_modules/${p}": {\n      "version": "${v}",\n      "resolved": "https://registry.npmjs.org/${p}/-/${p.split('/').pop()}-${v}.tgz",\n      "integrity": "${sha512(r)}",\n      "license": "MIT"\n    }`;
  });
  return `{\n  "name": "${service(r)}",\n  "version": "${semver(r)}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${entries.join(',\n')}\n  }\n}\n`;
}

export function yarnLock(r: Rng): string {
  const pkgs = r.sample(PACKAGES, r.range(4, 12));
  return (
    '# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.\n# yarn lockfile v1\n\n' +
    pkgs
      .map((p) => {
        const v = semver(r);
        return `"${p}@^${v}":\n  version "${v}"\n  resolved "https://registry.yarnpkg.com/${p}/-/${p.split('/').pop()}-${v}.tgz#${r.hex(40)}"\n  integrity ${sha512(r)}\n`;
      })
      .join('\n')
  );
}

export function pnpmLock(r: Rng): string {
  const pkgs = r.sample(PACKAGES, r.range(4, 10));
  return (
    `lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n\npackages:\n\n` +
    pkgs
      .map(
        (p) =>
          `  ${p}@${semver(r)}:\n    resolution: {integrity: ${sha512(r)}}\n    engines: {node: '>=18'}\n`,
      )
      .join('\n')
  );
}

export function cargoLock(r: Rng): string {
  return (
    '# This file is automatically @generated by Cargo.\nversion = 4\n\n' +
    r
      .sample(CRATES, r.range(4, 10))
      .map(
        (c) =>
          `[[package]]\nname = "${c}"\nversion = "${semver(r)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n`,
      )
      .join('\n')
  );
}

export function goSum(r: Rng): string {
  return (
    r
      .sample(GOMODS, r.range(3, 8))
      .flatMap((m) => {
        const v = `v${semver(r)}`;
        return [`${m} ${v} h1:${b64(r.bytes(32))}`, `${m} ${v}/go.mod h1:${b64(r.bytes(32))}`];
      })
      .join('\n') + '\n'
  );
}

export function poetryLock(r: Rng): string {
  return r
    .sample(PYPKGS, r.range(3, 8))
    .map((p) => {
      const v = semver(r);
      return `[[package]]\nname = "${p}"\nversion = "${v}"\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "${p.replace(/-/g, '_')}-${v}-py3-none-any.whl", hash = "sha256:${r.hex(64)}"},\n    {file = "${p.replace(/-/g, '_')}-${v}.tar.gz", hash = "sha256:${r.hex(64)}"},\n]\n`;
    })
    .join('\n');
}

export function gemfileLock(r: Rng): string {
  const gems = r.sample(GEMS, r.range(4, 9)).map((g) => [g, semver(r)] as const);
  return `GEM\n  remote: https://rubygems.org/\n  specs:\n${gems.map(([g, v]) => `    ${g} (${v})`).join('\n')}\n\nPLATFORMS\n  x86_64-linux\n\nCHECKSUMS\n${gems.map(([g, v]) => `  ${g} (${v}) sha256=${r.hex(64)}`).join('\n')}\n\nBUNDLED WITH\n   2.5.${r.range(1, 20)}\n`;
}
