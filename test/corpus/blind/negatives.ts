// Assembles the negatives: paste-sized texts with no secret under the label policy. Code cases
// join a few snippets of one language with neutral code, so that credential words are a small
// part of a realistic paste rather than the whole of it.
import * as build from './negatives-build.ts';
import { person, service } from './filler.ts';
import {
  CSHARP,
  GO,
  JAVA,
  JS,
  KOTLIN,
  PYTHON,
  RUST,
  TS,
  type Snippet,
} from './negatives-code-a.ts';
import { C, CI_YAML, CPP, HCL, HELM, PHP, RUBY, SHELL, SQL, SWIFT } from './negatives-code-b.ts';
import * as data from './negatives-data.ts';
import {
  DEMO_BASIC,
  DEMO_PASSWORDS,
  MASKED_URIS,
  PLACEHOLDERS,
  PREFIX_PLACEHOLDERS,
  PUBLIC_BY_DESIGN,
  PUBLISHED_SAMPLES,
  type Shape,
} from './negatives-public.ts';
import { CRUD, longCode } from './negatives-long.ts';
import { TRAPS } from './negatives-traps.ts';
import { publicKeySources } from './private-keys.ts';
import { Rng } from './rng.ts';
import type { BlindCase } from './types.ts';

interface Language {
  template: string;
  snippets: Snippet[];
  prelude: (r: Rng) => string;
  neutral: Snippet[];
  comment: string;
}

const n = (s: string) => () => s;

const LANGUAGES: Language[] = [
  {
    template: 'code-ts',
    snippets: TS,
    comment: '//',
    prelude: (r) =>
      `import { ${r.pick(['z', 'Injectable', 'NextResponse'])} } from '${r.pick(['zod', '@nestjs/common', 'next/server'])}';\n`,
    neutral: [
      n(
        `export function paginate<T>(items: readonly T[], page: number, size = 20): T[] {\n  return items.slice(page * size, (page + 1) * size);\n}\n`,
      ),
      n(
        `const formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });\nexport const formatDate = (d: Date) => formatter.format(d);\n`,
      ),
    ],
  },
  {
    template: 'code-js',
    snippets: JS,
    comment: '//',
    prelude: (r) =>
      ((m) => `const ${m} = require('${m}');\n`)(r.pick(['express', 'axios', 'bcrypt'])),
    neutral: [
      n(
        `function debounce(fn, ms) {\n  let t;\n  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };\n}\n`,
      ),
      n(`app.get('/health', (req, res) => res.json({ ok: true, uptime: process.uptime() }));\n`),
    ],
  },
  {
    template: 'code-python',
    snippets: PYTHON,
    comment: '#',
    prelude: () => `import os\nfrom typing import Optional\n`,
    neutral: [
      n(
        `def chunks(items, size):\n    for i in range(0, len(items), size):\n        yield items[i:i + size]\n`,
      ),
      n(`@app.get("/health")\ndef health():\n    return {"status": "ok"}\n`),
    ],
  },
  {
    template: 'code-go',
    snippets: GO,
    comment: '//',
    prelude: () => `package auth\n\nimport (\n\t"context"\n\t"os"\n)\n`,
    neutral: [n(`func Max(a, b int) int {\n\tif a > b {\n\t\treturn a\n\t}\n\treturn b\n}\n`)],
  },
  {
    template: 'code-java',
    snippets: JAVA,
    comment: '//',
    prelude: () => `package com.acme.auth;\n\nimport java.util.Optional;\n`,
    neutral: [
      n(
        `public static String capitalize(String s) {\n    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);\n}\n`,
      ),
    ],
  },
  {
    template: 'code-kotlin',
    snippets: KOTLIN,
    comment: '//',
    prelude: () => `package com.acme.auth\n\nimport kotlinx.serialization.Serializable\n`,
    neutral: [
      n(
        `fun List<Int>.median(): Double = sorted().let { (it[(it.size - 1) / 2] + it[it.size / 2]) / 2.0 }\n`,
      ),
    ],
  },
  {
    template: 'code-csharp',
    snippets: CSHARP,
    comment: '//',
    prelude: () => `using System;\nusing Microsoft.Extensions.Configuration;\n`,
    neutral: [
      n(
        `public static int Clamp(int value, int min, int max) => Math.Min(Math.Max(value, min), max);\n`,
      ),
    ],
  },
  {
    template: 'code-rust',
    snippets: RUST,
    comment: '//',
    prelude: () => `use serde::Deserialize;\nuse secrecy::SecretString;\n`,
    neutral: [
      n(
        `fn mean(values: &[f64]) -> Option<f64> {\n    if values.is_empty() { None } else { Some(values.iter().sum::<f64>() / values.len() as f64) }\n}\n`,
      ),
    ],
  },
  {
    template: 'code-ruby',
    snippets: RUBY,
    comment: '#',
    prelude: () => `# frozen_string_literal: true\n`,
    neutral: [n(`def slugify(text)\n  text.downcase.strip.gsub(/[^a-z0-9]+/, '-')\nend\n`)],
  },
  {
    template: 'code-php',
    snippets: PHP,
    comment: '//',
    prelude: () => `<?php\n\nnamespace App\\Http\\Controllers;\n`,
    neutral: [
      n(
        `function slugify(string $text): string\n{\n    return strtolower(trim(preg_replace('/[^A-Za-z0-9]+/', '-', $text), '-'));\n}\n`,
      ),
    ],
  },
  {
    template: 'code-swift',
    snippets: SWIFT,
    comment: '//',
    prelude: () => `import Foundation\n`,
    neutral: [
      n(
        `extension Array {\n    func chunked(into size: Int) -> [[Element]] {\n        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }\n    }\n}\n`,
      ),
    ],
  },
  {
    template: 'code-c',
    snippets: C,
    comment: '//',
    prelude: () => `#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n`,
    neutral: [
      n(
        `static size_t count_lines(const char *s)\n{\n    size_t n = 0;\n    for (; *s; s++) n += *s == '\\n';\n    return n;\n}\n`,
      ),
    ],
  },
  {
    template: 'code-cpp',
    snippets: CPP,
    comment: '//',
    prelude: () => `#include <string>\n#include <stdexcept>\n`,
    neutral: [
      n(
        `template <typename T>\nT clamp(T v, T lo, T hi) { return std::max(lo, std::min(v, hi)); }\n`,
      ),
    ],
  },
  {
    template: 'shell',
    snippets: SHELL,
    comment: '#',
    prelude: () => '',
    neutral: [n(`log() { printf '%s %s\\n' "$(date -u +%FT%TZ)" "$*" >&2; }\n`)],
  },
  {
    template: 'sql',
    snippets: SQL,
    comment: '--',
    prelude: () => `BEGIN;\n`,
    neutral: [
      n(`CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_orders_created ON orders (created_at);\n`),
    ],
  },
  {
    template: 'terraform',
    snippets: HCL,
    comment: '#',
    prelude: () => `terraform {\n  required_version = ">= 1.6"\n}\n`,
    neutral: [n(`resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs"\n}\n`)],
  },
  {
    template: 'ci-yaml',
    snippets: CI_YAML,
    comment: '#',
    prelude: () => '',
    neutral: [
      n(
        `concurrency:\n  group: \${{ github.workflow }}-\${{ github.ref }}\n  cancel-in-progress: true\n`,
      ),
    ],
  },
  {
    template: 'config-yaml',
    snippets: HELM,
    comment: '#',
    prelude: () => '',
    neutral: [n(`replicaCount: 2\nresources:\n  limits:\n    memory: 512Mi\n`)],
  },
];

function codeCase(r: Rng, lang: Language): string {
  const parts = [
    ...r.sample(lang.snippets, r.range(1, Math.min(4, lang.snippets.length))).map((s) => s(r)),
    ...r.sample(lang.neutral, r.range(0, lang.neutral.length)).map((s) => s(r)),
  ];
  const body = r.shuffle(parts).join('\n');
  const note = r.chance(0.3)
    ? `\n${lang.comment} ${r.pick(['TODO: move to the secrets manager', 'credentials come from the environment', 'see docs/auth.md'])}\n`
    : '';
  const prelude = lang.prelude(r);
  return prelude + (prelude ? '\n' : '') + body + note;
}

interface Group {
  category: string;
  template: string;
  count: number;
  make: (r: Rng) => string;
}

/**
 * The same content pasted the ways people paste it: bare, quoted in a chat message, in an issue's
 * code fence, in an e-mail. Framing adds no secret, and it lets fixed shapes (a published sample
 * value) appear many times without identical texts.
 */
function framed(r: Rng, text: string): string {
  const who = person(r);
  switch (r.int(5)) {
    case 0:
      return text;
    case 1:
      return `${who}: ${r.pick(['is this right?', 'copied from the docs:', 'this is what I have'])}\n${text}`;
    case 2:
      return `### Steps to reproduce\n\n\`\`\`\n${text.trimEnd()}\n\`\`\`\n\nRunning \`${service(r)}\` with this fails with ${r.pick(['403', '"invalid signature"', 'a timeout'])}.\n`;
    case 3:
      return `Hi ${person(r)},\n\n${r.pick(['below is the snippet from the wiki', 'as discussed, here is the config', 'the example from the tutorial'])}:\n\n${text}\n\nThanks,\n${who}`;
    default:
      return `> ${text.trimEnd().split('\n').join('\n> ')}\n\n${r.pick(['+1, same here', 'where does this come from?', 'see the README'])}`;
  }
}

function shapeGroups(shapes: Shape[], count: number, frame = false): Group[] {
  return shapes.map((s) => ({
    category: s.category,
    template: s.template,
    count,
    make: frame ? (r: Rng) => framed(r, s.make(r)) : s.make,
  }));
}

export function negatives(seed: number): BlindCase[] {
  const root = new Rng(seed).fork('negatives');
  const keys = publicKeySources(seed, root.fork('public-keys'));
  const groups: Group[] = [
    ...LANGUAGES.map((lang) => ({
      category: 'code',
      template: lang.template,
      count: 60,
      make: (r: Rng) => codeCase(r, lang),
    })),
    ...LANGUAGES.filter((lang) => lang.template in CRUD).map((lang) => ({
      category: 'code',
      template: lang.template,
      count: 12,
      make: (r: Rng) => longCode(r, lang.template, lang.snippets),
    })),
    ...shapeGroups(TRAPS, 12, true),
    {
      category: 'type-declarations',
      template: 'code-dts',
      count: 100,
      make: build.typeDeclarations,
    },
    { category: 'minified', template: 'minified-js', count: 80, make: build.minifiedBundle },
    { category: 'source-map', template: 'source-map', count: 60, make: build.sourceMap },
    { category: 'lockfile', template: 'package-lock', count: 30, make: build.packageLock },
    { category: 'lockfile', template: 'yarn-lock', count: 25, make: build.yarnLock },
    { category: 'lockfile', template: 'pnpm-lock', count: 25, make: build.pnpmLock },
    { category: 'lockfile', template: 'cargo-lock', count: 25, make: build.cargoLock },
    { category: 'lockfile', template: 'go-sum', count: 25, make: build.goSum },
    { category: 'lockfile', template: 'poetry-lock', count: 25, make: build.poetryLock },
    { category: 'lockfile', template: 'gemfile-lock', count: 25, make: build.gemfileLock },
    { category: 'ci-log', template: 'github-actions-log', count: 45, make: data.githubActionsLog },
    { category: 'ci-log', template: 'gitlab-ci-log', count: 40, make: data.gitlabCiLog },
    { category: 'identifiers', template: 'git-log', count: 30, make: data.gitLog },
    { category: 'identifiers', template: 'checksums', count: 30, make: data.checksums },
    { category: 'identifiers', template: 'json', count: 40, make: data.uuidsJson },
    { category: 'identifiers', template: 'log-line', count: 40, make: data.traceLog },
    { category: 'identifiers', template: 'css', count: 30, make: data.base64Image },
    { category: 'identifiers', template: 'html', count: 30, make: data.hashedFilenames },
    { category: 'identifiers', template: 'chat', count: 20, make: data.walletAddresses },
    { category: 'identifiers', template: 'shell-session', count: 20, make: data.dockerDigests },
    { category: 'identifiers', template: 'chat', count: 20, make: data.numbers },
    {
      category: 'public-key',
      template: 'pem',
      count: 40,
      make: (r) => data.publicKeyPem(r.pick(keys), r),
    },
    {
      category: 'public-key',
      template: 'authorized-keys',
      count: 30,
      make: (r) => data.sshPublicKeys(r.sample(keys, r.range(1, keys.length)), r),
    },
    {
      category: 'public-key',
      template: 'json',
      count: 30,
      make: (r) => data.jwks(r.pick(keys), r),
    },
    { category: 'certificate', template: 'pem', count: 40, make: (r) => data.certificateChain(r) },
    {
      category: 'certificate',
      template: 'pem',
      count: 10,
      make: (r) => data.certificatePem(r, 'CERTIFICATE REQUEST') + '\n',
    },
    {
      category: 'public-key',
      template: 'pem',
      count: 10,
      make: (r) => data.certificatePem(r, 'PGP PUBLIC KEY BLOCK') + '\n',
    },
    { category: 'certificate', template: 'openssl-text', count: 20, make: data.opensslText },
    ...shapeGroups(PUBLIC_BY_DESIGN, 8),
    ...shapeGroups(PUBLISHED_SAMPLES, 10, true),
    ...shapeGroups(PLACEHOLDERS, 10, true),
    ...shapeGroups(PREFIX_PLACEHOLDERS, 40, true),
    ...shapeGroups(DEMO_PASSWORDS, 10, true),
    ...shapeGroups([DEMO_BASIC], 10, true),
    ...shapeGroups(MASKED_URIS, 10, true),
  ];
  const out: BlindCase[] = [];
  const seen = new Set<string>();
  const counters = new Map<string, number>();
  for (const g of groups) {
    const key = `${g.category}:${g.template}`;
    const r = root.fork(`${key}:${counters.get(key) ?? 0}`);
    let made = 0;
    // Identical texts add nothing; small snippet pools are given extra tries instead.
    for (let attempt = 0; made < g.count && attempt < g.count * 4; attempt++) {
      const text = g.make(r);
      if (seen.has(text)) continue;
      seen.add(text);
      const i = (counters.get(key) ?? 0) + 1;
      counters.set(key, i);
      out.push({
        id: `neg/${g.category}/${g.template}/${i}`,
        kind: 'negative',
        category: g.category,
        template: g.template,
        text,
        labels: [],
      });
      made++;
    }
  }
  return out;
}
