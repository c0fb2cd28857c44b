/**
 * Seeded corpus of labelled cases for scripts/eval-detectors.ts: every rule's true examples
 * embedded in realistic snippets (chat, code, JSON, logs, env files, Markdown, YAML, curl), plus
 * hard negatives. Labels are exact spans of the secret in the case text.
 */
import { fake, type Fake } from '../../detectors/fake';
import type { MatchExample, Rule } from '../../detectors/rule';
import { INDEPENDENT } from './independent';
import { NEGATIVE_GENERATORS } from './negatives';

export interface Label {
  start: number;
  end: number;
  provider: string;
  ruleId: string;
}

export interface CorpusCase {
  id: string;
  /** 'positive' cases hold at least one label; 'negative' ones none. */
  kind: 'positive' | 'negative';
  /** Provider for positives, negative category otherwise. */
  category: string;
  template: string;
  text: string;
  labels: Label[];
}

interface Placed {
  text: string;
  /** Offset of the secret (as written) in text. */
  at: number;
  written: string;
}

const CHAT_OPENERS = [
  'hey team,',
  'quick question —',
  'hi! so',
  'ok this is weird:',
  'can someone help?',
];
const CHAT_CLOSERS = [
  'any idea?',
  'thanks in advance',
  'it worked yesterday',
  'lmk',
  'ping me if you need more',
];

/** Puts a bare token into one of several realistic snippets. */
const TOKEN_TEMPLATES: Record<string, (s: string, f: Fake) => Placed | undefined> = {
  chat: (s, f) => {
    const pre = `${f.pick(CHAT_OPENERS)} I'm calling the API with `;
    return {
      text: `${pre}${s} and getting a 401, ${f.pick(CHAT_CLOSERS)}`,
      at: pre.length,
      written: s,
    };
  },
  code: (s) => {
    if (s.includes('\n')) return undefined;
    const pre =
      'import { Client } from "sdk";\n\nconst client = new Client({\n  region: "eu-west-1",\n  value: "';
    return { text: `${pre}${s}",\n});\nawait client.ping();\n`, at: pre.length, written: s };
  },
  json: (s) => {
    const written = JSON.stringify(s).slice(1, -1);
    const pre = '{\n  "name": "billing-worker",\n  "config": {\n    "value": "';
    return { text: `${pre}${written}",\n    "retries": 3\n  }\n}`, at: pre.length, written };
  },
  log: (s, f) => {
    if (s.includes('\n')) return undefined;
    const pre = `2025-0${f.int(1, 9)}-1${f.int(0, 9)}T10:${f.int(10, 59)}:0${f.int(0, 9)}Z WARN auth: retrying with `;
    return {
      text: `${pre}${s} attempt=${f.int(1, 5)}\n2025-01-01T10:00:00Z INFO done`,
      at: pre.length,
      written: s,
    };
  },
  env: (s) => {
    const pre = '# local settings\nNODE_ENV=development\nPORT=3000\nSERVICE_VALUE="';
    return { text: `${pre}${s}"\nLOG_LEVEL=debug\n`, at: pre.length, written: s };
  },
  markdown: (s) => {
    const pre = 'Steps to reproduce:\n\n```sh\nexport VALUE=';
    return { text: `${pre}${s}\n./run.sh --verbose\n\`\`\`\n`, at: pre.length, written: s };
  },
  yaml: (s) => {
    if (s.includes('\n')) {
      const written = s.split('\n').join('\n      ');
      const pre = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  blob: |\n      ';
      return { text: `${pre}${written}\n  mode: prod\n`, at: pre.length, written };
    }
    const pre = 'service:\n  name: api\n  value: ';
    return { text: `${pre}${s}\n  timeout: 30s\n`, at: pre.length, written: s };
  },
};

/** Puts a whole example text (which names its secret) into a snippet. */
const TEXT_TEMPLATES: Record<string, (t: string, f: Fake) => { text: string; offset: number }> = {
  chat: (t, f) => {
    const pre = `${f.pick(CHAT_OPENERS)} this is what I have:\n\n`;
    return { text: `${pre}${t}\n\n${f.pick(CHAT_CLOSERS)}`, offset: pre.length };
  },
  markdown: (t) => {
    const pre = 'Here is the failing config:\n\n```\n';
    return { text: `${pre}${t}\n\`\`\`\n`, offset: pre.length };
  },
  log: (t) => {
    const pre = 'DEBUG loaded configuration line: ';
    return { text: `${pre}${t}\nINFO server started on :8080`, offset: pre.length };
  },
  file: (t) => {
    const pre = '# generated, do not edit\n\n';
    return { text: `${pre}${t}\n\n# end\n`, offset: pre.length };
  },
};

function asPair(m: MatchExample): { text: string; secret: string } {
  return typeof m === 'string' ? { text: m, secret: m } : m;
}

/** Builds the corpus deterministically from the rules' examples and the negative generators. */
export function generateCorpus(rules: readonly Rule[], seed = 20240601): CorpusCase[] {
  const f = fake(seed);
  const cases: CorpusCase[] = [];
  for (const rule of rules) {
    rule.examples().match.forEach((m, i) => {
      const { text, secret } = asPair(m);
      const label = (start: number, written: string): Label => ({
        start,
        end: start + written.length,
        provider: rule.provider,
        ruleId: rule.id,
      });
      if (typeof m === 'string') {
        for (const [name, place] of Object.entries(TOKEN_TEMPLATES)) {
          const p = place(secret, f);
          if (!p) continue;
          cases.push({
            id: `${rule.id}-${i}-${name}`,
            kind: 'positive',
            category: rule.provider,
            template: name,
            text: p.text,
            labels: [label(p.at, p.written)],
          });
        }
      } else {
        const at = text.indexOf(secret);
        for (const [name, wrap] of Object.entries(TEXT_TEMPLATES)) {
          const w = wrap(text, f);
          cases.push({
            id: `${rule.id}-${i}-${name}`,
            kind: 'positive',
            category: rule.provider,
            template: name,
            text: w.text,
            labels: [label(w.offset + at, secret)],
          });
        }
      }
    });
  }
  // Positives written from the published formats, not from the rules' examples.
  for (const [name, make] of Object.entries(INDEPENDENT)) {
    for (let i = 0; i < 30; i++) {
      const p = make(f);
      cases.push({
        id: `independent-${name}-${i}`,
        kind: 'positive',
        category: p.provider,
        template: 'independent',
        text: p.text,
        labels: [p.secret, ...(p.also ?? [])].map((secret) => {
          const start = p.text.indexOf(secret);
          return { start, end: start + secret.length, provider: p.provider, ruleId: '' };
        }),
      });
    }
  }
  const generators = Object.entries(NEGATIVE_GENERATORS);
  for (let i = 0; i < 1000; i++) {
    const [category, make] = generators[i % generators.length] as [string, (f: Fake) => string];
    const snippet = make(f);
    const pre = i % 3 === 0 ? `${f.pick(CHAT_OPENERS)} ` : '';
    cases.push({
      id: `neg-${category}-${i}`,
      kind: 'negative',
      category,
      template: i % 3 === 0 ? 'chat' : 'raw',
      text: pre + snippet,
      labels: [],
    });
  }
  // Every rule's false examples are hard negatives too, unless the label policy still counts
  // them as some other rule's secret (a random value under a generic `token=` name).
  for (const rule of rules) {
    rule.examples().noMatch.forEach((n, i) => {
      const start = n.secret ? n.text.indexOf(n.secret) : -1;
      cases.push({
        id: `${rule.id}-nomatch-${i}`,
        kind: start < 0 ? 'negative' : 'positive',
        category: `nomatch:${rule.provider}`,
        template: 'raw',
        text: n.text,
        labels:
          start < 0
            ? []
            : [{ start, end: start + (n.secret as string).length, provider: 'secret', ruleId: '' }],
      });
    });
  }
  return cases;
}
