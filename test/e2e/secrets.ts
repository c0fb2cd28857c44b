/** Credentials for the browser tests, assembled at run time so the repository holds none. */
import { fake } from '../../detectors/fake';
import { githubBody } from '../../detectors/rules/github';

let seed = 9_000;

/** A classic GitHub token with a valid checksum: the detectors take it for a real one. */
export function githubToken(): string {
  return 'gh' + 'p_' + githubBody(fake(seed++));
}

export const GITHUB_TOKEN_TITLE = 'GitHub personal access token (classic)';
