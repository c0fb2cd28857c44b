/**
 * `keywarden/no-literal-text`: in files whose words come from the catalogues (locales/), a
 * user-visible string must not be written out. It reports literal text where a user reads it:
 * JSX text, text attributes (aria-label, title, placeholder, alt…), text properties assigned
 * (textContent, title…), text handed to a setter (setText, notice, element's children,
 * setAttribute of a text attribute), and message-like fields of object literals. A literal reaches
 * there through `?:` and `&&`/`||` too. Strings with no letter (' ', '…', '$1') pass.
 */

const TEXT_ATTRIBUTES = new Set([
  'alt',
  'aria-description',
  'aria-label',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'label',
  'placeholder',
  'title',
]);
const TEXT_PROPERTIES = new Set([
  'textContent',
  'innerText',
  'title',
  'placeholder',
  'alt',
  'ariaLabel',
]);
/** Object fields that carry words to the user (a state's message, a menu's title). */
const TEXT_FIELDS = new Set(['error', 'label', 'message', 'text', 'title']);
/** Functions that show their arguments, by name → first argument index that is shown. */
const TEXT_SETTERS = new Map([
  ['setText', 1],
  ['notice', 0],
  ['element', 2],
]);

const LETTER = /\p{L}/u;

/** The first literal with a letter that `node` can evaluate to, if any. */
function literalIn(node) {
  if (!node) return undefined;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && LETTER.test(node.value) ? node : undefined;
    case 'TemplateLiteral':
      return node.quasis.some((q) => LETTER.test(q.value.cooked ?? '')) ? node : undefined;
    case 'ConditionalExpression':
      return literalIn(node.consequent) ?? literalIn(node.alternate);
    case 'LogicalExpression':
      return literalIn(node.left) ?? literalIn(node.right);
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'JSXExpressionContainer':
      return literalIn(node.expression);
    default:
      return undefined;
  }
}

const nameOf = (node) =>
  node?.type === 'Identifier'
    ? node.name
    : node?.type === 'MemberExpression' && !node.computed
      ? node.property.name
      : node?.type === 'Literal'
        ? String(node.value)
        : undefined;

/** @type {import('eslint').Rule.RuleModule} */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'User-visible text comes from the catalogues, not from literals' },
    messages: {
      literal:
        'User-visible text "{{text}}" is written out: add it to locales/en.yml and use i18n.t().',
    },
    schema: [],
  },
  create(context) {
    const report = (node) => {
      const found = literalIn(node);
      if (!found) return;
      const text = context.sourceCode.getText(found).slice(0, 40);
      context.report({ node: found, messageId: 'literal', data: { text } });
    };
    return {
      JSXText(node) {
        if (LETTER.test(node.value)) {
          context.report({
            node,
            messageId: 'literal',
            data: { text: node.value.trim().slice(0, 40) },
          });
        }
      },
      JSXExpressionContainer(node) {
        if (node.parent.type === 'JSXElement' || node.parent.type === 'JSXFragment') report(node);
      },
      JSXAttribute(node) {
        if (TEXT_ATTRIBUTES.has(nameOf(node.name) ?? node.name.name)) report(node.value);
      },
      AssignmentExpression(node) {
        if (TEXT_PROPERTIES.has(nameOf(node.left))) report(node.right);
      },
      Property(node) {
        if (TEXT_FIELDS.has(nameOf(node.key))) report(node.value);
      },
      CallExpression(node) {
        const name = nameOf(node.callee);
        if (name === 'setAttribute' && TEXT_ATTRIBUTES.has(node.arguments[0]?.value)) {
          report(node.arguments[1]);
          return;
        }
        const from = TEXT_SETTERS.get(name);
        if (from !== undefined) node.arguments.slice(from).forEach(report);
      },
    };
  },
};
