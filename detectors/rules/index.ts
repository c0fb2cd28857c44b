import type { Rule } from '../rule';
import { cloudRules } from './cloud';
import { codeRules } from './code';
import { genericRules } from './generic';
import { serviceRules } from './services';

/** Every built-in rule: this helper's groups, then the service groups. */
export const allRules: readonly Rule[] = [
  ...cloudRules,
  ...codeRules,
  ...serviceRules,
  ...genericRules,
];
