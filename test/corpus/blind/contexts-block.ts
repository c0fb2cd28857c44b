// The surroundings a multi-line value (a PEM or OpenSSH block) is pasted in: raw, fenced, in a
// shell session, JSON-escaped (a service-account file), a YAML block scalar, a Kubernetes
// Secret, an .env value, a here-document. The label spans the block as it is written there,
// interior indentation or escaped newlines included.
import { jsonEscape, type Context } from './contexts.ts';
import { PRIVATE_KEY } from './encoding.ts';
import { envNoise, kebab, person, service } from './filler.ts';

/** `value` with every line after the first indented, as in a YAML block scalar. */
function indent(value: string, pad: string): string {
  return value.split('\n').join('\n' + pad);
}

export const BLOCK_CONTEXTS: Context[] = [
  {
    id: 'chat',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(
        `${r.pick(['here is the deploy key, can you add it to the box?', `${person(r)}, this is the key the CI uses:`, 'is this key in the right format for the agent?'])}\n\n`,
      );
      b.value(s).add(`\n\n${r.pick(['thanks!', 'it says "invalid format" when I load it', ''])}`);
    },
  },
  {
    id: 'markdown-fence',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(
        `${r.pick(['Steps to reproduce', 'Key I generated with the script', 'Contents of `key.pem`'])}:\n\n\`\`\`${r.pick(['', 'text', 'pem'])}\n`,
      );
      b.value(s).add('\n```\n');
    },
  },
  {
    id: 'shell-session',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(
        `${r.pick(['$ ', 'root@bastion:~# '])}cat ${r.pick(['~/.ssh/id_ed25519', '/etc/ssl/private/server.key', 'deploy_key', 'secrets/signing.pem'])}\n`,
      );
      b.value(s).add(`\n${r.pick(['$ ', 'root@bastion:~# '])}`);
    },
  },
  {
    id: 'json',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      // Google service-account files carry PKCS#8 PEMs; anything else is shown as a secret
      // store's JSON answer (Vault's KV v2 read) instead.
      if (!s.value.startsWith(`-----BEGIN ${PRIVATE_KEY}-----`)) {
        b.add(
          `{\n  "request_id": "${r.uuid()}",\n  "lease_duration": 0,\n  "data": {\n    "data": {\n      "${r.pick(['private_key', 'ssh_key', 'signing_key'])}": "`,
        );
        b.value(s, jsonEscape(s.value));
        b.add(`"\n    },\n    "metadata": { "version": ${r.range(1, 30)} }\n  }\n}\n`);
        return;
      }
      const project = `${service(r)}-${r.range(100000, 999999)}`;
      b.add(
        `{\n  "type": "service_account",\n  "project_id": "${project}",\n  "private_key_id": "${r.hex(40)}",\n  "private_key": "`,
      );
      b.value(s, jsonEscape(s.value));
      b.add(
        `\\n",\n  "client_email": "deployer@${project}.iam.gserviceaccount.com",\n  "client_id": "${r.digits(21)}"\n}\n`,
      );
    },
  },
  {
    id: 'yaml',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(
        `${service(r).replace(/-/g, '_')}:\n  tls:\n    cert_file: /etc/ssl/certs/server.crt\n    ${r.pick(['private_key', 'key'])}: |\n      `,
      );
      b.value(s, indent(s.value, '      ')).add('\n  port: 8443\n');
    },
  },
  {
    id: 'k8s-manifest',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${service(r)}-tls\ntype: Opaque\nstringData:\n  ${r.pick(['tls.key', 'id_rsa', 'signing-key.pem'])}: |\n    `,
      );
      b.value(s, indent(s.value, '    ')).add('\n');
    },
  },
  {
    id: 'env',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(envNoise(r, 2).join('\n') + '\n');
      if (r.chance(0.5))
        b.add(`${r.pick(['PRIVATE_KEY', 'JWT_SIGNING_KEY', 'SSH_PRIVATE_KEY'])}="`)
          .value(s)
          .add('"\n');
      else
        b.add(`${r.pick(['PRIVATE_KEY', 'GITHUB_APP_PRIVATE_KEY'])}="`)
          .value(s, s.value.replace(/\n/g, '\\n'))
          .add('"\n');
    },
  },
  {
    id: 'code-python',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(`import jwt\n\n${r.pick(['PRIVATE_KEY', 'SIGNING_KEY'])} = """`).value(s);
      b.add(
        `"""\n\ntoken = jwt.encode({"sub": "${service(r)}"}, SIGNING_KEY, algorithm="RS256")\n`,
      );
    },
  },
  {
    id: 'code-js',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(`const privateKey = \``).value(s);
      b.add(
        `\`;\n\nconst signer = crypto.createSign('SHA256');\nsigner.update('${service(r)}');\n`,
      );
    },
  },
  {
    id: 'terraform',
    multiline: true,
    fits: () => true,
    render: (b, s, r) => {
      b.add(
        `resource "tls_locally_signed_cert" "${kebab(service(r))}" {\n  ca_private_key_pem = <<EOT\n`,
      );
      b.value(s).add(`\nEOT\n  validity_period_hours = ${r.range(1, 90) * 24}\n}\n`);
    },
  },
];
