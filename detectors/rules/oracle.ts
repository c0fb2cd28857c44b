import { fake } from '../fake';
import { defineRule } from '../rule';
import { keyed } from './rule-parts';

export const oracleRules = [
  defineRule({
    id: 'oracle-oci-secret-key',
    provider: 'oracle',
    title: 'Oracle Cloud customer secret key',
    keywords: ['oci', 'oracle'],
    // S3-compatible customer secret key: 44 base64 characters, named by its OCI/Oracle variable.
    // https://docs.oracle.com/iaas/Content/Identity/Tasks/managingcredentials.htm
    pattern: keyed(
      String.raw`(?:oci|oracle)[\w.-]{0,20}(?:secret_?key|secret|auth_?token)`,
      '[A-Za-z0-9+/]{43}=',
    ),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: 'https://cloud.oracle.com/identity/domains/my-profile/auth-tokens',
    examples: () => {
      const f = fake(151);
      const k = f.chars(43, 'base64') + '=';
      return {
        match: [{ text: `OCI_SECRET_KEY=${k}`, secret: k }],
        noMatch: [{ text: 'OCI_SECRET_KEY=short', why: 'too short' }],
      };
    },
  }),
  defineRule({
    id: 'oracle-oci-auth-token',
    provider: 'oracle',
    title: 'Oracle Cloud auth token',
    keywords: ['oci', 'oracle'],
    // Auth tokens: 20 printable characters, shown once in the console; named by their variable.
    pattern: keyed(
      String.raw`(?:oci|oracle)[\w.-]{0,20}auth_?token`,
      String.raw`[A-Za-z0-9<>;:()\[\]{}.#+_-]{20}`,
      '(?![A-Za-z0-9<>;:()\\[\\]{}.#+_-])',
    ),
    minEntropy: 3.5,
    confidence: 'medium',
    anchored: true,
    rotateUrl: 'https://cloud.oracle.com/identity/domains/my-profile/auth-tokens',
    examples: () => {
      const f = fake(152);
      const k = f.chars(20, 'alnum');
      return {
        match: [{ text: `oci_auth_token: ${k}`, secret: k }],
        noMatch: [{ text: 'oci_auth_token: aaaaaaaaaaaaaaaaaaaa', why: 'repeated filler' }],
      };
    },
  }),
];
