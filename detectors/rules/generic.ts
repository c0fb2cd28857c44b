import type { Rule } from '../rule';
import { assignmentRules } from './assignments';
import { authHeaderRules } from './auth-headers';
import { connectionStringRules } from './connection-strings';
import { dockerConfigRules } from './docker-config';
import { jwtRules } from './jwt';
import { privateKeyRules } from './private-keys';

/** The `generic` group: formats shared by many services. */
export const genericRules: Rule[] = [
  ...privateKeyRules,
  ...jwtRules,
  ...connectionStringRules,
  ...authHeaderRules,
  ...dockerConfigRules,
  ...assignmentRules,
];
