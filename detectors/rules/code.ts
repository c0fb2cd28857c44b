import { inGroup, type Rule } from '../rule';
import { atlassianRules } from './atlassian';
import { bitbucketRules } from './bitbucket';
import { buildkiteRules } from './buildkite';
import { circleciRules } from './circleci';
import { cratesIoRules } from './crates-io';
import { dockerRules } from './docker';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';
import { jfrogRules } from './jfrog';
import { npmRules } from './npm';
import { pypiRules } from './pypi';
import { nugetRules } from './nuget';
import { rubygemsRules } from './rubygems';
import { sonarRules } from './sonar';
import { travisRules } from './travis';
import { clojarsRules } from './clojars';
import { sourcegraphRules } from './sourcegraph';
import { octopusDeployRules } from './octopus-deploy';
import { harnessRules } from './harness';
import { infracostRules } from './infracost';
import { snykRules } from './snyk';
import { droneciRules } from './droneci';
import { codecovRules } from './codecov';
import { sidekiqRules } from './sidekiq';
import { prefectRules } from './prefect';

/** The `code` group. */
export const codeRules: Rule[] = inGroup('code', [
  ...githubRules,
  ...gitlabRules,
  ...bitbucketRules,
  ...atlassianRules,
  ...npmRules,
  ...pypiRules,
  ...rubygemsRules,
  ...nugetRules,
  ...cratesIoRules,
  ...dockerRules,
  ...jfrogRules,
  ...sonarRules,
  ...circleciRules,
  ...travisRules,
  ...buildkiteRules,
  ...clojarsRules,
  ...sourcegraphRules,
  ...octopusDeployRules,
  ...harnessRules,
  ...infracostRules,
  ...snykRules,
  ...droneciRules,
  ...codecovRules,
  ...sidekiqRules,
  ...prefectRules,
]);
