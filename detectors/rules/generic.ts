import { inGroup, type Rule } from '../rule';
import { assignmentRules } from './assignments';
import { authHeaderRules } from './auth-headers';
import { connectionStringRules } from './connection-strings';
import { dockerConfigRules } from './docker-config';
import { commandLineRules } from './command-line';
import { credentialCallRules } from './credential-calls';
import { credentialFileRules } from './credential-files';
import { djangoRules } from './django';
import { jwtRules } from './jwt';
import { laravelRules } from './laravel';
import { privateKeyRules } from './private-keys';

/** The `generic` group: formats shared by many services. */
export const genericRules: Rule[] = inGroup('generic', [
  ...privateKeyRules,
  ...jwtRules,
  ...connectionStringRules,
  ...authHeaderRules,
  ...dockerConfigRules,
  ...djangoRules,
  ...laravelRules,
  ...commandLineRules,
  ...credentialFileRules,
  ...credentialCallRules,
  ...assignmentRules,
]);
