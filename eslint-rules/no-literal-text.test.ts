import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from './no-literal-text.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

const invalid = (code: string) => ({ code, errors: [{ messageId: 'literal' as const }] });

tester.run('no-literal-text', rule, {
  valid: [
    `const a = <p>{i18n.t('reveal.copy')}</p>;`,
    `const a = <button class="row" data-testid="copy">{busy ? i18n.t('a') : i18n.t('b')}</button>;`,
    `const a = <p>{where} {i18n.t('reveal.readyHint')} …</p>;`,
    `node.textContent = i18n.t('dialog.cancel');`,
    `setText(hint, i18n.t(working ? 'dialog.hintWorking' : 'dialog.hintAsk'));`,
    `element('div', { class: 'kw-notice', role: 'status' }, message, ' ');`,
    `setStep({ name: 'ready', error: i18n.t('reveal.errorServer') });`,
    `if (step.name === 'revealing') node.setAttribute('class', 'busy');`,
  ],
  invalid: [
    invalid(`const a = <h1>Your secret</h1>;`),
    invalid(`const a = <pre aria-label="Secret" />;`),
    invalid(`const a = <input placeholder={'Paste a link'} />;`),
    invalid(`const a = <p>{copied ? 'Copied.' : ''}</p>;`),
    invalid(`const a = <p>{failed && \`Could not reach \${host}\`}</p>;`),
    invalid(`cancel.textContent = 'Cancel';`),
    invalid(`document.title = 'Open in Keywarden';`),
    invalid(`setText(convert, state.kind === 'failed' ? 'Retry' : i18n.t('dialog.convert'));`),
    invalid(`ui.notice('Treat this key as exposed.', link);`),
    invalid(`element('li', {}, 'That file is damaged');`),
    invalid(`button.setAttribute('aria-label', 'Close');`),
    invalid(`setStep({ ...step, error: 'Enter the passphrase.' });`),
    invalid(`browser.contextMenus.create({ id: 'x', title: 'Open in Keywarden' });`),
  ],
});
