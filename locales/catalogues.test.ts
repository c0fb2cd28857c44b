/**
 * The catalogues agree with English and with the code: every key in every language, no key that
 * English lacks or no code uses, the same substitutions, and the plural forms each language needs.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile } from '@wxt-dev/i18n/build';
import { LOCALES_DIR } from '../server/viewer/catalogue-plugin';
import { isViewerKey } from '../server/viewer/build';

const ROOT = join(LOCALES_DIR, '..');
const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt_BR', 'ja', 'zh_CN'];
/** Chrome refuses a longer manifest description. */
const MAX_DESCRIPTION = 132;

type Parsed = Awaited<ReturnType<typeof parseMessagesFile>>[number];

async function catalogue(language: string): Promise<Map<string, Parsed>> {
  const messages = await parseMessagesFile(join(LOCALES_DIR, `${language}.yml`));
  // Chrome's predefined @@ messages are added by the parser to every catalogue.
  return new Map(
    messages.filter((m) => !m.key[0]?.startsWith('@@')).map((m) => [m.key.join('.'), m]),
  );
}

/** Every string literal in the shipped sources (tests, builds and fixtures aside), by file. */
async function sourceLiterals(): Promise<Map<string, Set<string>>> {
  const skip = new Set(['node_modules', '.output', '.wxt', 'test', 'data', '.git']);
  const files: string[] = [];
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !skip.has(entry.name)) await walk(path);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  await walk(ROOT);
  const literals = new Map<string, Set<string>>();
  for (const file of files) {
    const found = new Set<string>();
    const source = ts.createSourceFile(file, await readFile(file, 'utf8'), ts.ScriptTarget.Latest);
    const visit = (node: ts.Node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        found.add(node.text);
        // The manifest names messages as __MSG_name__, with dots as underscores.
        for (const [, name] of node.text.matchAll(/__MSG_(\w+)__/g)) found.add(name ?? '');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    literals.set(relative(ROOT, file), found);
  }
  return literals;
}

const english = await catalogue('en');

describe('catalogues', () => {
  it('has a file for each language and no other', async () => {
    const files = (await readdir(LOCALES_DIR)).filter((name) => name.endsWith('.yml'));
    expect(files.map((name) => name.slice(0, -4)).sort()).toEqual([...LANGUAGES].sort());
  });

  for (const language of LANGUAGES.filter((l) => l !== 'en')) {
    describe(language, async () => {
      const messages = await catalogue(language);

      it('has every English key and no other', () => {
        expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('takes the same substitutions as English', () => {
        const shape = (m: Parsed | undefined) =>
          m && {
            plural: m.type === 'plural',
            substitutions: m.substitutions,
            named: m.namedSubstitutions,
          };
        for (const [key, message] of english) {
          expect(shape(messages.get(key)), key).toEqual(shape(message));
        }
      });
    });
  }

  for (const language of LANGUAGES) {
    it(`${language} has the plural forms its language needs`, async () => {
      // CLDR's rules: French and Brazilian Portuguese say "0 secret" (0 is singular), Japanese and
      // Chinese have one form. @wxt-dev/i18n's three forms are 0 / 1 / n, its two forms 1 / n.
      const rules = new Intl.PluralRules(language.replace('_', '-'));
      const [zero, one, two] = [0, 1, 2].map((n) => rules.select(n));
      const needed = one === two ? ['n'] : zero === one ? ['0', '1', 'n'] : ['1', 'n'];
      for (const message of (await catalogue(language)).values()) {
        if (message.type !== 'plural') continue;
        const key = message.key.join('.');
        const forms = Object.keys(message.plurals);
        // English may word 0 on its own ("No items"): a 0 form is allowed where it is not needed.
        const allowed = needed.length === 2 ? [needed, ['0', ...needed]] : [needed];
        expect(allowed, `${key}: forms ${forms.join(', ')}`).toContainEqual(forms);
        expect(message.plurals.n, `${key}: the n form shows the count`).toContain('$1');
      }
    });
  }

  it('keeps the manifest description within Chrome’s limit in every language', async () => {
    for (const language of LANGUAGES) {
      const description = (await catalogue(language)).get('extDescription');
      expect(
        description?.type === 'simple' && description.message.length,
        language,
      ).toBeLessThanOrEqual(MAX_DESCRIPTION);
    }
  });

  describe('and the code', async () => {
    const literals = await sourceLiterals();
    const used = new Set([...literals.values()].flatMap((found) => [...found]));

    it('uses every key', () => {
      const unused = [...english.keys()].filter(
        (key) => !used.has(key) && !used.has(key.replaceAll('.', '_')),
      );
      expect(unused).toEqual([]);
    });

    it('gives the viewer page only keys it bundles', () => {
      const viewerFiles = [...literals].filter(
        ([file]) => file.startsWith('server/viewer/') || file === 'components/RevealSecret.tsx',
      );
      const outside = viewerFiles.flatMap(([file, found]) =>
        [...found]
          .filter((text) => english.has(text) && !isViewerKey(text))
          .map((key) => `${file}: ${key}`),
      );
      expect(outside).toEqual([]);
    });
  });
});
