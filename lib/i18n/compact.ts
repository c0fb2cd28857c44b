import { browser } from '@wxt-dev/browser';
import type { i18n as Typed } from '#i18n';

/** A `t` argument: a count for plurals, `$1`… substitutions, or named `{…}` ones. */
type Argument = number | (string | number)[] | Record<string, string | number> | undefined;

/**
 * `#i18n` in the content script, whose size has a budget (wxt.config.ts swaps it in): the same
 * `t` as @wxt-dev/i18n's, over the same `_locales` messages and `" | "` plural forms, without its
 * argument checks and console warnings. compact.test.ts holds the two to the same answers.
 */
function t(key: string, ...args: Argument[]): string {
  let count: number | undefined;
  let substitutions: string[] | undefined;
  let named: Record<string, string | number> | undefined;
  for (const arg of args) {
    if (typeof arg === 'number') count = arg;
    else if (Array.isArray(arg)) substitutions = arg.map(String);
    else if (arg) named = arg;
  }
  substitutions ??= count === undefined ? undefined : [String(count)];
  let message = browser.i18n.getMessage(key.replaceAll('.', '_'), substitutions);
  if (count !== undefined) {
    // One form (Japanese), 1 | n, or 0 | 1 | n.
    const forms = message.split(' | ');
    const at =
      forms.length === 1
        ? 0
        : forms.length === 2
          ? Number(count !== 1)
          : count === 0 || count === 1
            ? count
            : 2;
    message = forms[at] ?? '';
  }
  return named
    ? message.replace(/\{(\w+)\}/g, (whole, name: string) =>
        Object.hasOwn(named, name) ? String(named[name]) : whole,
      )
    : message;
}

export const i18n = { t } as unknown as typeof Typed;
