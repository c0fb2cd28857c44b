// The surroundings a secret is pasted in. Each context writes realistic text around one secret
// through a TextBuilder, which records the secret's span as it goes: spans are never searched
// for afterwards, so a value that happens to occur twice cannot be mislabelled.
import { camel, envNoise, pascal, person, service, snake, timestamp } from './filler.ts';
import type { Rng } from './rng.ts';
import type { Secret, TextBuilder } from './types.ts';

export interface Context {
  id: string;
  /** Whether it can hold a multi-line value (a PEM block) rather than a one-line token. */
  multiline: boolean;
  fits(s: Secret): boolean;
  render(b: TextBuilder, s: Secret, r: Rng): void;
}

/** The value as written inside a JSON string. */
export function jsonEscape(v: string): string {
  return JSON.stringify(v).slice(1, -1);
}

const oneLine = (s: Secret) => !s.multiline;

/** The start of the header line that carries the value: `Authorization: Bearer `, `DD-API-KEY: `. */
function headerLine(s: Secret, r?: Rng): string {
  // GitHub's REST API also takes its older "token" scheme.
  if (s.bearer && s.provider === 'github' && r?.chance(0.4)) return 'Authorization: token ';
  if (s.bearer) return 'Authorization: Bearer ';
  return s.header?.includes(':') ? `${s.header} ` : `${s.header}: `;
}
/** Labels that name a kind of credential rather than a service with an API of its own. */
const GENERIC = new Set([
  'password',
  'generic-secret',
  'connection-uri',
  'basic-auth',
  'jwt',
  'private-key',
]);
const apiHost = (s: Secret) =>
  GENERIC.has(s.provider)
    ? 'api.internal.example.com'
    : `api.${s.provider.replace(/[^a-z0-9]/g, '')}.com`;

function chat(b: TextBuilder, s: Secret, r: Rng): void {
  const p = person(r);
  const svc = service(r);
  const what = s.name.toLowerCase().replace(/_/g, ' ');
  if (s.named || r.chance(0.3)) {
    const t = r.int(4);
    if (t === 0)
      b.add(`${p}: try with ${s.name}=`).value(s).add(` and restart ${svc}, it worked for me`);
    else if (t === 1)
      b.add(`the ${what} for ${svc} is `).value(s).add(`\ncan you double check it's the prod one?`);
    else if (t === 2)
      b.add(`Hi ${p},\n\nas discussed, ${s.name}: `)
        .value(s)
        .add(`\n\nlet me know if the dashboard still shows 403.\n\nCheers`);
    else
      b.add(`why does ${svc} still 401 with my ${what} `)
        .value(s)
        .add(` ?? it was created this morning`);
    return;
  }
  const t = r.int(6);
  if (t === 5)
    b.add(`${p}: set the header to \``)
      .value(s)
      .add(`\` and it should work, that's the ${svc} one`);
  else if (t === 0)
    b.add(`here's the token for staging: `).value(s).add(`\nplease rotate it after the demo`);
  else if (t === 1) b.add(`@${p} use `).value(s).add(` for now, I'll make you your own later`);
  else if (t === 2)
    b.add(`I keep getting "invalid credentials" from ${svc}. Is `)
      .value(s)
      .add(` the wrong kind of key?`);
  else if (t === 3) b.add(`new key for the ${svc} integration -> `).value(s);
  else
    b.add(`Can you explain what this error means? I'm calling the API with `)
      .value(s)
      .add(` and it returns 429 after two requests.`);
}

function env(b: TextBuilder, s: Secret, r: Rng): void {
  const noise = envNoise(r, r.range(1, 4));
  const cut = r.int(noise.length + 1);
  b.add(
    noise
      .slice(0, cut)
      .map((l) => l + '\n')
      .join(''),
  );
  const q = plainShell(s.value) ? r.pick(['', '', '"', "'"]) : "'";
  b.add(`${s.name}=${q}`).value(s).add(`${q}\n`);
  b.add(
    noise
      .slice(cut)
      .map((l) => l + '\n')
      .join(''),
  );
}

function shellExport(b: TextBuilder, s: Secret, r: Rng): void {
  const prompt = r.pick(['$ ', `${person(r).toLowerCase()}@dev:~/src/${service(r)}$ `, '% ', '']);
  const q = plainShell(s.value) ? r.pick(['', '"', "'"]) : "'";
  b.add(`${prompt}export ${s.name}=${q}`).value(s).add(`${q}\n`);
  b.add(
    `${prompt}${r.pick(['npm run start', 'make deploy', './scripts/sync.sh --dry-run', 'python manage.py runserver', 'terraform plan'])}\n`,
  );
}

function json(b: TextBuilder, s: Secret, r: Rng): void {
  const key = r.pick([camel(s.name), snake(s.name), s.name]);
  b.add(
    `{\n  "service": "${service(r)}",\n  "environment": "${r.pick(['production', 'staging', 'dev'])}",\n`,
  );
  b.add(`  "${key}": "`).value(s, jsonEscape(s.value)).add(`",\n`);
  b.add(`  "timeoutMs": ${r.range(1, 30) * 1000},\n  "retries": ${r.range(0, 5)}\n}`);
}

/** YAML and shells read some leading or inner characters specially: quote such values. */
const plainYaml = (v: string) => /^[A-Za-z0-9]/.test(v) && !/[#,[\]{}]/.test(v);
const plainShell = (v: string) => /^[A-Za-z0-9_\-./+=:@%~,]+$/.test(v);

function yaml(b: TextBuilder, s: Secret, r: Rng): void {
  const q = plainYaml(s.value) ? r.pick(['', '"', "'"]) : '"';
  b.add(`${snake(service(r)).replace(/-/g, '_')}:\n  endpoint: https://${apiHost(s)}/v1\n`);
  b.add(`  ${snake(s.name)}: ${q}`)
    .value(s)
    .add(`${q}\n  retries: ${r.range(1, 5)}\n`);
}

function toml(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(`[${snake(service(r)).replace(/-/g, '_')}]\nurl = "https://${apiHost(s)}"\n`);
  b.add(`${snake(s.name)} = "`)
    .value(s)
    .add(`"\ntimeout = ${r.range(5, 60)}\n`);
}

function ini(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(`[${r.pick(['default', 'profile prod', service(r)])}]\nregion = eu-west-1\n`);
  b.add(`${snake(s.name)} = `)
    .value(s)
    .add('\n');
}

function dockerCompose(b: TextBuilder, s: Secret, r: Rng): void {
  const svc = service(r);
  b.add(
    `services:\n  ${svc}:\n    image: ghcr.io/acme/${svc}:${r.range(1, 9)}.${r.range(0, 20)}\n    environment:\n`,
  );
  if (r.chance(0.5)) b.add(`      - LOG_LEVEL=info\n      - ${s.name}=`).value(s).add('\n');
  else b.add(`      LOG_LEVEL: info\n      ${s.name}: "`).value(s).add('"\n');
  b.add(`    ports:\n      - "${r.pick(['8080', '3000'])}:8080"\n`);
}

function k8s(b: TextBuilder, s: Secret, r: Rng): void {
  const svc = service(r);
  if (r.chance(0.5)) {
    b.add(
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc}\nspec:\n  template:\n    spec:\n      containers:\n`,
    );
    b.add(
      `        - name: ${svc}\n          image: registry.example.com/${svc}:v${r.range(1, 40)}\n          env:\n`,
    );
    b.add(`            - name: ${s.name}\n              value: "`).value(s).add('"\n');
  } else {
    b.add(
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc}-credentials\ntype: Opaque\nstringData:\n`,
    );
    b.add(`  ${s.name}: "`).value(s).add('"\n');
  }
}

function curl(b: TextBuilder, s: Secret, r: Rng): void {
  const header = headerLine(s, r);
  b.add(
    `curl -s${r.pick(['', 'X POST'])} https://${apiHost(s)}/v1/${r.pick(['me', 'users', 'projects', 'events'])} \\\n  -H "`,
  );
  b.add(header).value(s).add(`" \\\n  -H "Content-Type: application/json"`);
}

function httpHeader(b: TextBuilder, s: Secret, r: Rng): void {
  const header = headerLine(s, r);
  b.add(
    `${r.pick(['GET', 'POST'])} /v1/${r.pick(['items', 'search', 'status'])} HTTP/1.1\nHost: ${apiHost(s)}\n`,
  );
  b.add(`User-Agent: ${service(r)}/1.0\n${header}`)
    .value(s)
    .add(`\nAccept: application/json\n`);
}

function markdown(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(
    `${r.pick(['This is what I have in my config', 'Repro steps', 'my .env (redact before merging!)'])}:\n\n\`\`\`${r.pick(['bash', 'sh', 'dotenv', ''])}\n`,
  );
  b.add(`${s.name}=`).value(s).add(`\n\`\`\`\n\nstill failing with the same error.`);
}

function logLine(b: TextBuilder, s: Secret, r: Rng): void {
  const ts = timestamp(r);
  if (s.bearer && !s.named && r.chance(0.5)) {
    b.add(
      `${ts} DEBUG [http] -> GET https://${apiHost(s)}/v1/status headers={"Authorization":"Bearer `,
    ).value(s);
    b.add(`","Accept":"*/*"}\n${ts} DEBUG [http] <- 200 (${r.range(20, 900)}ms)`);
  } else {
    b.add(`${ts} INFO  [${service(r)}] config loaded: region=eu-west-1 ${snake(s.name)}=`).value(s);
    b.add(` workers=${r.range(1, 8)}`);
  }
}

function stackTrace(b: TextBuilder, s: Secret, r: Rng): void {
  if (s.bearer && !s.named && r.chance(0.5)) {
    b.add(
      `AxiosError: Request failed with status code 401\n    at settle (/app/node_modules/axios/lib/core/settle.js:19:12)\n`,
    );
    b.add(
      `    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/lib/adapters/http.js:589:11) {\n  code: 'ERR_BAD_REQUEST',\n`,
    );
    b.add(`  config: {\n    headers: { Accept: 'application/json', Authorization: 'Bearer `).value(
      s,
    );
    b.add(`' },\n    url: 'https://${apiHost(s)}/v1/me'\n  }\n}`);
  } else {
    b.add(
      `Traceback (most recent call last):\n  File "/srv/${service(r)}/app.py", line ${r.range(10, 200)}, in <module>\n`,
    );
    b.add(`    client = Client(${snake(s.name)}="`)
      .value(s)
      .add(`")\n`);
    b.add(
      `  File "/usr/lib/python3.11/site-packages/sdk/client.py", line 48, in __init__\n    raise AuthError("credentials rejected")\nsdk.errors.AuthError: credentials rejected`,
    );
  }
}

/** Terraform's provider names where they differ from the label's provider name. */
const TF_PROVIDER: Record<string, string> = {
  'hashicorp-vault': 'vault',
  'terraform-cloud': 'tfe',
  'new-relic': 'newrelic',
  '1password': 'onepassword',
  'microsoft-teams': 'teams',
};

function terraform(b: TextBuilder, s: Secret, r: Rng): void {
  if (GENERIC.has(s.provider)) {
    b.add(`variable "${snake(s.name)}" {\n  type    = string\n  default = "`).value(s);
    b.add(
      `"\n}\n\nmodule "${service(r)}" {\n  source = "./modules/app"\n  ${snake(s.name)} = var.${snake(s.name)}\n}\n`,
    );
    return;
  }
  b.add(`provider "${TF_PROVIDER[s.provider] ?? s.provider.replace(/[^a-z0-9]/g, '')}" {\n`);
  b.add(`  ${snake(s.name)} = "`)
    .value(s)
    .add(`"\n}\n`);
}

function python(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(`import os\nimport requests\n\n${s.name} = "`).value(s).add(`"\n\n`);
  b.add(
    `def fetch(path):\n    resp = requests.get(f"https://${apiHost(s)}{path}", timeout=${r.range(5, 30)})\n    resp.raise_for_status()\n    return resp.json()\n`,
  );
}

function javascript(b: TextBuilder, s: Secret, r: Rng): void {
  const v = camel(s.name);
  b.add(`const ${v} = '`).value(s).add(`';\n\n`);
  b.add(
    `export const client = createClient({ ${v}, baseUrl: 'https://${apiHost(s)}', retries: ${r.range(0, 5)} });\n`,
  );
}

function typescript(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(
    `import type { ClientConfig } from './types';\n\nexport const config: ClientConfig = {\n  baseUrl: 'https://${apiHost(s)}',\n`,
  );
  b.add(`  ${camel(s.name)}: "`)
    .value(s)
    .add(`",\n  timeoutMs: ${r.range(1, 30) * 1000},\n};\n`);
}

function go(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(`package main\n\nimport (\n\t"fmt"\n\t"net/http"\n)\n\nconst ${pascal(s.name)} = "`).value(
    s,
  );
  b.add(
    `"\n\nfunc main() {\n\treq, _ := http.NewRequest("GET", "https://${apiHost(s)}/v${r.range(1, 3)}/ping", nil)\n\tfmt.Println(req.URL)\n}\n`,
  );
}

function java(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(
    `public class ${pascal(service(r).replace(/-/g, '_'))}Client {\n    private static final String ${s.name} = "`,
  ).value(s);
  b.add(`";\n    private final HttpClient http = HttpClient.newHttpClient();\n}\n`);
}

function csharp(b: TextBuilder, s: Secret, r: Rng): void {
  b.add(
    `namespace Acme.${pascal(service(r).replace(/-/g, '_'))};\n\npublic static class Secrets\n{\n    public const string ${pascal(s.name)} = "`,
  );
  b.value(s).add(`";\n}\n`);
}

function ruby(b: TextBuilder, s: Secret, r: Rng): void {
  if (r.chance(0.5)) b.add(`${s.name} = '`).value(s).add(`'.freeze\n`);
  else
    b.add(`Acme.configure do |config|\n  config.${snake(s.name)} = "`)
      .value(s)
      .add(`"\n  config.timeout = ${r.range(2, 30)}\nend\n`);
}

function php(b: TextBuilder, s: Secret, r: Rng): void {
  if (r.chance(0.5)) b.add(`<?php\n\ndefine('${s.name}', '`).value(s).add(`');\n`);
  else
    b.add(`<?php\n\nreturn [\n    'url' => 'https://${apiHost(s)}',\n    '${snake(s.name)}' => '`)
      .value(s)
      .add(`',\n];\n`);
}

function rust(b: TextBuilder, s: Secret): void {
  b.add(`const ${s.name}: &str = "`)
    .value(s)
    .add(`";\n\nfn main() {\n    let client = Client::new(${s.name});\n}\n`);
}

export const LINE_CONTEXTS: Context[] = [
  { id: 'chat', multiline: false, fits: oneLine, render: chat },
  { id: 'env', multiline: false, fits: oneLine, render: env },
  { id: 'shell-export', multiline: false, fits: oneLine, render: shellExport },
  { id: 'json', multiline: false, fits: oneLine, render: json },
  { id: 'yaml', multiline: false, fits: oneLine, render: yaml },
  { id: 'toml', multiline: false, fits: oneLine, render: toml },
  { id: 'ini', multiline: false, fits: oneLine, render: ini },
  { id: 'docker-compose', multiline: false, fits: oneLine, render: dockerCompose },
  { id: 'k8s-manifest', multiline: false, fits: oneLine, render: k8s },
  {
    id: 'curl',
    multiline: false,
    fits: (s) => oneLine(s) && (s.bearer || !!s.header),
    render: curl,
  },
  {
    id: 'http-header',
    multiline: false,
    fits: (s) => oneLine(s) && (s.bearer || !!s.header),
    render: httpHeader,
  },
  { id: 'markdown-fence', multiline: false, fits: oneLine, render: markdown },
  { id: 'log-line', multiline: false, fits: oneLine, render: logLine },
  { id: 'stack-trace', multiline: false, fits: oneLine, render: stackTrace },
  { id: 'terraform', multiline: false, fits: oneLine, render: terraform },
  { id: 'code-python', multiline: false, fits: oneLine, render: python },
  { id: 'code-js', multiline: false, fits: oneLine, render: javascript },
  { id: 'code-ts', multiline: false, fits: oneLine, render: typescript },
  { id: 'code-go', multiline: false, fits: oneLine, render: go },
  { id: 'code-java', multiline: false, fits: oneLine, render: java },
  { id: 'code-csharp', multiline: false, fits: oneLine, render: csharp },
  { id: 'code-ruby', multiline: false, fits: oneLine, render: ruby },
  { id: 'code-php', multiline: false, fits: oneLine, render: php },
  { id: 'code-rust', multiline: false, fits: oneLine, render: rust },
];
