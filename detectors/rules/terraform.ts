import { fake } from '../fake';
import { defineRule } from '../rule';

/** HCP Terraform (Terraform Cloud / Enterprise) API tokens. */
export const terraformRules = [
  defineRule({
    id: 'terraform-cloud-token',
    provider: 'terraform-cloud',
    title: 'HCP Terraform API token',
    keywords: ['.atlasv1.'],
    // <14 base62>.atlasv1.<60…70 base64url>. https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens
    pattern: /\b[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70}(?![\w=-])/,
    minEntropy: 3.5,
    rotateUrl: 'https://app.terraform.io/app/settings/tokens',
    examples: () => {
      const f = fake(951);
      return {
        match: [
          f.chars(14) + '.atlas' + 'v1.' + f.chars(67, 'base64url'),
          f.chars(14) + '.atlas' + 'v1.' + f.chars(64),
        ],
        noMatch: [
          { text: f.chars(14) + '.atlas' + 'v2.' + f.chars(67), why: 'unknown version' },
          { text: f.chars(14) + '.atlas' + 'v1.' + f.chars(30), why: 'too short' },
        ],
      };
    },
  }),
];
