import { describe, expect, it } from 'vitest';
import { blindCorpus, type BlindCase } from './index.ts';
import { PUBLISHED_VALUES } from './negatives-public.ts';

const SEED = 7;
let built: { cases: BlindCase[]; ms: number } | undefined;

/** The first build, timed: it includes generating the seed's RSA and DSA keys. */
function corpus(): BlindCase[] {
  if (!built) {
    const start = performance.now();
    const cases = blindCorpus(SEED);
    built = { cases, ms: performance.now() - start };
  }
  return built.cases;
}

const positives = () => corpus().filter((c) => c.kind === 'positive');
const negatives = () => corpus().filter((c) => c.kind === 'negative');

describe('blind corpus', () => {
  it('builds in a few seconds, keys included', () => {
    corpus();
    expect(built?.ms).toBeLessThan(10_000);
  }, 60_000);

  it('is the same for the same seed and differs for another', () => {
    expect(blindCorpus(SEED)).toEqual(corpus());
    const other = new Set(blindCorpus(SEED + 1).map((c) => c.text));
    const shared = corpus().filter((c) => other.has(c.text)).length;
    // Only a few fixed shapes (published samples, word-made demos) can repeat across seeds.
    expect(shared).toBeLessThan(corpus().length / 20);
  }, 60_000);

  it('has unique ids', () => {
    const ids = corpus().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('labels positives and only positives', () => {
    for (const c of corpus()) {
      if (c.kind === 'positive') expect(c.labels.length, c.id).toBeGreaterThan(0);
      else expect(c.labels, c.id).toEqual([]);
    }
  });

  it('keeps every label inside its text, non-empty and apart from the others', () => {
    for (const c of positives()) {
      const sorted = [...c.labels].sort((a, b) => a.start - b.start);
      let end = 0;
      for (const l of sorted) {
        expect(Number.isInteger(l.start) && Number.isInteger(l.end), c.id).toBe(true);
        expect(l.start, c.id).toBeGreaterThanOrEqual(end);
        expect(l.end, c.id).toBeGreaterThan(l.start);
        expect(l.end, c.id).toBeLessThanOrEqual(c.text.length);
        expect(l.provider, c.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        end = l.end;
      }
    }
  });

  it('labels no surrounding quote or whitespace', () => {
    for (const c of positives()) {
      for (const l of c.labels) {
        const value = c.text.slice(l.start, l.end);
        expect(value, c.id).toBe(value.trim());
        expect(value, c.id).not.toMatch(/^["'`]|["'`]$/);
      }
    }
  });

  it('spans private keys from -----BEGIN to the end of the -----END line', () => {
    for (const c of positives()) {
      // PuTTY files are labelled on their private lines only (label policy).
      if (c.id.includes('/putty-')) continue;
      for (const l of c.labels.filter((x) => x.provider === 'private-key')) {
        const value = c.text.slice(l.start, l.end);
        expect(value, c.id).toMatch(/^-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----/);
        expect(value, c.id).toMatch(/-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----$/);
      }
    }
  });

  it('labels only the password of a connection string', () => {
    for (const c of positives()) {
      for (const l of c.labels.filter((x) => x.provider === 'connection-uri')) {
        expect(c.text.slice(l.start, l.end), c.id).not.toMatch(/[@/;]|:\/\//);
      }
    }
  });

  it('is broad: ≥ 1,500 positives over ≥ 70 credential kinds, ≥ 2,000 negatives', () => {
    expect(positives().length).toBeGreaterThanOrEqual(1500);
    expect(negatives().length).toBeGreaterThanOrEqual(2000);
    const kinds = new Set(positives().map((c) => c.id.split('/')[1]));
    expect(kinds.size).toBeGreaterThanOrEqual(70);
    expect(new Set(positives().map((c) => c.category)).size).toBeGreaterThanOrEqual(70);
  });

  it('shows secrets in the contexts people paste them in', () => {
    const templates = new Set(positives().map((c) => c.template));
    for (const t of [
      'chat',
      'env',
      'shell-export',
      'json',
      'yaml',
      'toml',
      'code-python',
      'code-js',
      'code-go',
      'code-java',
      'code-csharp',
      'code-ruby',
      'docker-compose',
      'k8s-manifest',
      'curl',
      'markdown-fence',
      'log-line',
      'stack-trace',
      'http-header',
    ]) {
      expect(templates, t).toContain(t);
    }
    expect(positives().some((c) => c.labels.length >= 3)).toBe(true);
  });

  it('has negatives in at least 12 code languages and of every kind the policy names', () => {
    const code = new Set(
      negatives()
        .filter((c) => c.category === 'code')
        .map((c) => c.template),
    );
    expect(code.size).toBeGreaterThanOrEqual(12);
    for (const t of [
      'code-ts',
      'code-js',
      'code-python',
      'code-go',
      'code-java',
      'code-kotlin',
      'code-csharp',
      'code-rust',
      'code-ruby',
      'code-php',
      'code-swift',
      'code-c',
      'shell',
      'sql',
      'terraform',
      'ci-yaml',
    ]) {
      expect(code, t).toContain(t);
    }
    const categories = new Set(negatives().map((c) => c.category));
    for (const k of [
      'type-declarations',
      'minified',
      'source-map',
      'lockfile',
      'ci-log',
      'identifiers',
      'public-key',
      'certificate',
      'public-by-design',
      'published-sample',
      'placeholder',
      'redacted',
      'elided-key',
      'demo-password',
      'masked-uri',
    ]) {
      expect(categories, k).toContain(k);
    }
    const lockfiles = new Set(
      negatives()
        .filter((c) => c.category === 'lockfile')
        .map((c) => c.template),
    );
    expect(lockfiles.size).toBeGreaterThanOrEqual(7);
  });

  it('keeps published samples out of the labels', () => {
    const samples = PUBLISHED_VALUES;
    for (const c of positives()) {
      for (const l of c.labels) {
        const value = c.text.slice(l.start, l.end);
        for (const s of samples) expect(value.includes(s), c.id).toBe(false);
      }
    }
    for (const s of samples)
      expect(
        negatives().some((c) => c.text.includes(s)),
        s.slice(0, 8),
      ).toBe(true);
  });
});
