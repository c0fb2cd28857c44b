/**
 * Stands in a sentence for a part set in its own markup (a host in bold, a pattern as code), so
 * the translation decides where the part goes: `i18n.t(key, [MARK]).split(MARK)`. A private-use
 * character, because Chrome's getMessage drops a NUL from its substitutions.
 */
export const MARK = '\uE000';
