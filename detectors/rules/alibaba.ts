import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { END, keyed, START } from './rule-parts';

export const alibabaRules = [
  defineRule({
    id: 'alibaba-access-key-id',
    provider: 'alibaba',
    title: 'Alibaba Cloud AccessKey ID',
    keywords: ['ltai'],
    // "LTAI" + 12-20 alphanumerics. https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
    pattern: patternText(`${START}LTAI[A-Za-z0-9]{12,20}${END}`),
    minEntropy: 3,
    confidence: 'medium',
    anchored: true,
    rotateUrl: 'https://ram.console.aliyun.com/manage/ak',
    examples: () => {
      const f = fake(131);
      return {
        match: ['LT' + 'AI' + f.chars(20)],
        noMatch: [{ text: 'LT' + 'AI' + f.chars(8), why: 'too short' }],
      };
    },
  }),
  defineRule({
    id: 'alibaba-access-key-secret',
    provider: 'alibaba',
    title: 'Alibaba Cloud AccessKey secret',
    keywords: ['alibaba', 'aliyun', 'access_key_secret', 'accesskeysecret'],
    // 30 alphanumerics, recognisable only by its name.
    pattern: keyed(
      String.raw`alibaba[\w.-]{0,20}secret|aliyun[\w.-]{0,20}secret|access_?key_?secret`,
      '[A-Za-z0-9]{30}',
    ),
    minEntropy: 3.5,
    anchored: true,
    rotateUrl: 'https://ram.console.aliyun.com/manage/ak',
    examples: () => {
      const f = fake(132);
      const s = f.chars(30);
      return {
        match: [{ text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${s}`, secret: s }],
        noMatch: [{ text: `ALIBABA_CLOUD_ACCESS_KEY_SECRET=${f.chars(12)}`, why: 'too short' }],
      };
    },
  }),
];
