import { fake } from '../fake';
import { defineRule } from '../rule';
import {
  AZURE_STORAGE_SEED,
  isEntraClientSecret,
  isIdentifiableBase64Key,
  ENTRA_ALPHABET,
  ENTRA_CLIENT_SECRET_SEED,
  encodeCustom,
} from '../validators/azure';
import { marvin32 } from '../validators/marvin';
import { nearKeyword } from './rule-parts';

const PORTAL = 'https://portal.azure.com/';

/** Builds an identifiable 64-byte storage key with a valid Marvin32 checksum, for examples. */
function storageKey(seed: number): string {
  const f = fake(seed);
  for (;;) {
    const raw = Uint8Array.from(Buffer.from(f.chars(86, 'base64') + '==', 'base64'));
    // Place the "+ASt" signature where the format expects it (chars 76-79 of the padded text).
    const sig = Buffer.from('+ASt' + 'AAAA', 'base64');
    raw.set(sig.subarray(0, 3), 57);
    const sum = marvin32(raw.subarray(0, 60), AZURE_STORAGE_SEED);
    raw.set([sum & 0xff, (sum >>> 8) & 0xff, (sum >>> 16) & 0xff, sum >>> 24], 60);
    const key = Buffer.from(raw).toString('base64');
    if (key.slice(76, 80) === '+ASt') return key;
  }
}

function entraSecret(seed: number): string {
  const f = fake(seed);
  const head = f.chars(3, ENTRA_ALPHABET) + '8Q' + '~' + f.chars(31, ENTRA_ALPHABET);
  const bytes = Uint8Array.from(head, (c) => c.charCodeAt(0));
  return head + encodeCustom(marvin32(bytes, ENTRA_CLIENT_SECRET_SEED), ENTRA_ALPHABET).slice(0, 3);
}

export const azureRules = [
  defineRule({
    id: 'azure-storage-account-key',
    provider: 'azure',
    title: 'Azure storage account key',
    keywords: ['accountkey='],
    // Connection string: DefaultEndpointsProtocol=…;AccountName=…;AccountKey=<88 base64>;
    // https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)/,
    anchored: true,
    rotateUrl: PORTAL,
    examples: () => {
      const f = fake(121);
      const k = f.chars(86, 'base64') + '==';
      return {
        match: [
          {
            text: `DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${k};EndpointSuffix=core.windows.net`,
            secret: k,
          },
        ],
        noMatch: [{ text: 'AccountKey=' + f.chars(40, 'base64'), why: 'too short' }],
      };
    },
  }),
  defineRule({
    id: 'azure-storage-identifiable-key',
    provider: 'azure',
    title: 'Azure storage account key (identifiable)',
    keywords: ['+ast'],
    // 64 bytes base64, "+ASt" signature at chars 76-79, Marvin32 checksum (seed "Default0") in the last 4 bytes.
    // https://github.com/microsoft/security-utilities/blob/main/docs/SecretScanning.md
    pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{76}\+ASt[A-Za-z0-9+/]{6}==/,
    validate: (k) => isIdentifiableBase64Key(k, AZURE_STORAGE_SEED, '+ASt'),
    rotateUrl: PORTAL,
    examples: () => {
      const k = storageKey(122);
      const broken = k.slice(0, 10) + (k[10] === 'A' ? 'B' : 'A') + k.slice(11);
      return { match: [k], noMatch: [{ text: broken, why: 'checksum does not match' }] };
    },
  }),
  defineRule({
    id: 'azure-sas-token',
    provider: 'azure',
    title: 'Azure shared access signature',
    keywords: ['sig='],
    // SAS query: sv=<version>&…&sig=<URL-encoded base64 HMAC-SHA256>.
    // https://learn.microsoft.com/azure/storage/common/storage-sas-overview
    pattern:
      /[?&]sv=\d{4}-\d{2}-\d{2}[^\s"'<>]{0,400}?[?&]sig=(?<secret>[A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})/,
    minEntropy: 3.5,
    rotateUrl: PORTAL,
    examples: () => {
      const f = fake(123);
      const sig = f.chars(43, 'alnum') + '%3D';
      return {
        match: [
          {
            text: `https://demo.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=${sig}`,
            secret: sig,
          },
        ],
        noMatch: [
          {
            text: 'https://demo.blob.core.windows.net/c/f.txt?sv=2022-11-02&sig=abc',
            why: 'signature too short',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'azure-shared-access-key',
    provider: 'azure',
    title: 'Azure Service Bus / Event Hubs shared access key',
    keywords: ['sharedaccesskey='],
    // Endpoint=sb://…;SharedAccessKeyName=…;SharedAccessKey=<44 base64>
    // https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)/,
    anchored: true,
    rotateUrl: PORTAL,
    examples: () => {
      const f = fake(124);
      const k = f.chars(42, 'base64') + 'Q=';
      return {
        match: [
          {
            text: `Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${k}`,
            secret: k,
          },
        ],
        noMatch: [
          { text: 'SharedAccessKeyName=RootManageSharedAccessKey', why: 'key name, not the key' },
        ],
      };
    },
  }),
  defineRule({
    id: 'azure-entra-client-secret',
    provider: 'azure',
    title: 'Microsoft Entra ID client secret',
    keywords: ['q~'],
    // 3 chars + "8Q~" + 34 chars, the last 3 a Marvin32 checksum (legacy "7Q~" has none).
    // https://github.com/microsoft/security-utilities (AadClientAppIdentifiableCredentials)
    pattern:
      /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[78]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/,
    validate: isEntraClientSecret,
    rotateUrl: 'https://entra.microsoft.com/#view/Microsoft_AAD_RegisteredApps',
    examples: () => {
      const s = entraSecret(125);
      const bad = s.slice(0, -1) + (s.endsWith('a') ? 'b' : 'a');
      return {
        match: [s, entraSecret(126)],
        noMatch: [{ text: bad, why: 'checksum does not match' }],
      };
    },
  }),
  defineRule({
    id: 'azure-devops-pat',
    provider: 'azure',
    title: 'Azure DevOps personal access token',
    keywords: ['devops', 'ado_pat', 'ado-pat', 'azdo', 'system_accesstoken'],
    // 52 lower-case base32 characters (until 2024), or 84 alphanumerics with "AZDO" at 76-79
    // (identifiable tokens since). No prefix: only beside an Azure DevOps name.
    // https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate
    pattern: nearKeyword(
      'azure[ _.-]?devops(?:[ _.-]?ext)?|ado[_-]pat|azdo|system[_.]accesstoken',
      '[a-z2-7]{52}|[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    rotateUrl:
      'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-pats',
    examples: () => {
      const f = fake(127);
      const legacy = f.chars(52, 'abcdefghijklmnopqrstuvwxyz234567');
      const current = f.chars(76) + 'AZDO' + f.chars(4);
      return {
        match: [
          { text: `AZURE_DEVOPS_EXT_PAT=${legacy}`, secret: legacy },
          { text: `azure devops pat: ${current}`, secret: current },
        ],
        noMatch: [
          {
            text: `commit ${f.chars(52, 'abcdefghijklmnopqrstuvwxyz234567')}`,
            why: 'no Azure DevOps name',
          },
        ],
      };
    },
  }),
  defineRule({
    id: 'azure-storage-account-key-by-name',
    provider: 'azure',
    title: 'Azure storage account key',
    keywords: [
      'storage_key',
      'storagekey',
      'storage-key',
      'storage key',
      'storage_account_key',
      'storageaccountkey',
      'storage-account-key',
      'storage account key',
    ],
    // The same 88-character key outside a connection string, beside its name.
    // https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage
    pattern: nearKeyword(String.raw`storage[ _.-]?(?:account[ _.-]?)?key`, '[A-Za-z0-9+/]{86}=='),
    minEntropy: 4.5,
    rotateUrl: PORTAL,
    examples: () => {
      const f = fake(128);
      const k = f.chars(86, 'base64') + '==';
      return {
        match: [
          { text: `AZURE_STORAGE_ACCOUNT_KEY=${k}`, secret: k },
          { text: `my storage account key ${k} stopped working`, secret: k },
        ],
        noMatch: [{ text: `blob_md5: ${k}`, why: 'no storage key name' }],
      };
    },
  }),
];
