import type { Fake } from '../fake';
import { prefixed } from './rule-parts';

const ROTATE = 'https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/';
const hex40 = { body: '[a-f0-9]{40}', sample: (f: Fake) => f.chars(40, 'hexLower') };

// "sq?_" + 40 hex: u = user, p = project analysis, a = global analysis.
// https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/
export const sonarRules = [
  prefixed({
    id: 'sonar-user-token',
    provider: 'sonar',
    title: 'SonarQube/SonarCloud user token',
    prefix: 'squ_',
    ...hex40,
    seed: 401,
    rotateUrl: ROTATE,
  }),
  prefixed({
    id: 'sonar-project-analysis-token',
    provider: 'sonar',
    title: 'SonarQube project analysis token',
    prefix: 'sqp_',
    ...hex40,
    seed: 402,
    rotateUrl: ROTATE,
  }),
  prefixed({
    id: 'sonar-global-analysis-token',
    provider: 'sonar',
    title: 'SonarQube global analysis token',
    prefix: 'sqa_',
    ...hex40,
    seed: 403,
    rotateUrl: ROTATE,
  }),
];
