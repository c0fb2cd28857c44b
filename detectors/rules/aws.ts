import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { isAwsKeyId } from '../validators/structure';
import { END, keyed, START } from './rule-parts';

const ROTATE = 'https://console.aws.amazon.com/iam/home#/security_credentials';

export const awsRules = [
  defineRule({
    id: 'aws-access-key-id',
    provider: 'aws',
    title: 'AWS access key ID',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    // AKIA (long-term) / ASIA (STS) / ABIA / ACCA + 16 base32 chars encoding the account id.
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
    pattern: patternText(`${START}(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}${END}`),
    validate: isAwsKeyId,
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(101);
      return {
        match: ['AK' + 'IA' + f.chars(16, 'base32'), 'AS' + 'IA' + f.chars(16, 'base32')],
        noMatch: [
          { text: 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE', why: 'the documented example key' },
          {
            text: 'AK' + 'IA' + f.chars(16, 'base32').toLowerCase(),
            why: 'lower case is not a key id',
          },
          { text: 'AK' + 'IA' + f.chars(15, 'base32') + '1', why: 'digit 1 is outside base32' },
        ],
      };
    },
  }),
  defineRule({
    id: 'aws-secret-access-key',
    provider: 'aws',
    title: 'AWS secret access key',
    keywords: [
      'secret_access_key',
      'secretaccesskey',
      'secret-access-key',
      'aws_secret',
      'aws-secret',
    ],
    // 40 base64 characters; only recognisable by the name next to it.
    // https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html
    pattern: keyed(
      String.raw`aws_?secret|secret_?access_?key|secret-access-key`,
      '[A-Za-z0-9/+]{40}',
    ),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: ROTATE,
    examples: () => {
      const f = fake(102);
      const s1 = f.chars(40, 'base64');
      const s2 = f.chars(40, 'base64');
      return {
        match: [
          { text: `aws_secret_access_key = ${s1}`, secret: s1 },
          { text: `"SecretAccessKey": "${s2}"`, secret: s2 },
        ],
        noMatch: [
          {
            text: 'aws_secret_access_key = ' + 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY',
            why: 'documented example',
          },
          { text: `aws_secret_access_key = ${f.chars(39, 'base64')}`, why: 'too short' },
        ],
      };
    },
  }),
  defineRule({
    id: 'aws-session-token',
    provider: 'aws',
    title: 'AWS session token',
    keywords: [
      'aws_session_token',
      'awssessiontoken',
      'session_token',
      'sessiontoken',
      'x-amz-security-token',
      'security_token',
    ],
    // STS session tokens: several hundred base64 characters, named aws_session_token / X-Amz-Security-Token.
    // https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html
    pattern: keyed(
      String.raw`aws_?session_?token|session_?token|x-amz-security-token|security_token`,
      '[A-Za-z0-9/+]{100,2000}={0,2}',
      '',
    ),
    minEntropy: 4,
    anchored: true,
    rotateUrl: ROTATE,
    window: 2500,
    examples: () => {
      const f = fake(103);
      const t = 'IQoJb3JpZ2luX2Vj' + f.chars(300, 'base64');
      return {
        match: [{ text: `aws_session_token=${t}`, secret: t }],
        noMatch: [
          {
            text: `aws_session_token=${f.chars(40, 'base64')}`,
            why: 'too short for a session token',
          },
        ],
      };
    },
  }),
];
