import { fake } from '../fake';
import { defineRule, patternText } from '../rule';
import { UUID } from './rule-parts';

const WEBHOOK_DOCS =
  'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook';

/** Microsoft Teams incoming webhooks and their Power Automate (Workflows) replacements. */
export const teamsRules = [
  defineRule({
    id: 'teams-incoming-webhook-url',
    provider: 'microsoft-teams',
    title: 'Microsoft Teams incoming webhook URL',
    keywords: ['webhook.office.com', 'outlook.office'],
    // <tenant>.webhook.office.com/webhookb2/<group>@<tenant>/IncomingWebhook/<32 hex>/<owner>[/V2…].
    // https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook
    pattern: patternText(
      String.raw`https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/${UUID}@${UUID}\/IncomingWebhook\/[a-f0-9]{32}\/${UUID}(?:\/[A-Za-z0-9_-]{20,80})?(?![\w-])`,
    ),
    rotateUrl: WEBHOOK_DOCS,
    examples: () => {
      const f = fake(231);
      const uuid = () => [8, 4, 4, 4, 12].map((n) => f.chars(n, 'hexLower')).join('-');
      const path = () => `${uuid()}@${uuid()}/IncomingWebhook/${f.chars(32, 'hexLower')}/${uuid()}`;
      return {
        match: [
          `https://contoso.webhook.office.com/webhookb2/${path()}`,
          `https://contoso.webhook.office.com/webhookb2/${path()}/V2${f.chars(40, 'base64url')}`,
          `https://outlook.office.com/webhook/${path()}`,
        ],
        noMatch: [
          {
            text: `https://contoso.webhook.office.com/webhookb2/${uuid()}@${uuid()}`,
            why: 'truncated',
          },
          { text: 'https://outlook.office.com/mail/inbox', why: 'ordinary Outlook link' },
        ],
      };
    },
  }),
  defineRule({
    id: 'teams-workflow-webhook-url',
    provider: 'microsoft-teams',
    title: 'Power Automate / Teams Workflows webhook URL',
    keywords: ['logic.azure.com', 'powerplatform.com'],
    // …logic.azure.com[:443]/workflows/<32 hex>/triggers/manual/paths/invoke?…&sig=<43+ base64url>;
    // the sig grants invoke, so the whole URL is the secret. https://learn.microsoft.com/en-us/power-automate/teams/teams-app-create
    pattern:
      /https:\/\/[a-z0-9.-]{1,100}\.(?:logic\.azure\.com|environment\.api\.powerplatform\.com)(?::443)?\/(?:workflows|powerautomate\/automations\/direct\/workflows)\/[a-f0-9]{32}\/triggers\/manual\/paths\/invoke\/?\?(?:[A-Za-z0-9_.%=&-]{0,300}&)?sig=[A-Za-z0-9_%-]{43,100}(?:&[A-Za-z0-9_.%=&-]{1,100})?(?![\w%&=.-])/,
    rotateUrl: 'https://make.powerautomate.com/',
    examples: () => {
      const f = fake(232);
      const query = 'api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0';
      return {
        match: [
          `https://prod-${f.int(10, 99)}.westus.logic.azure.com:443/workflows/${f.chars(32, 'hexLower')}/triggers/manual/paths/invoke?${query}&sig=${f.chars(43, 'base64url')}`,
          `https://default${f.chars(30, 'hexLower')}.0a.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/${f.chars(32, 'hexLower')}/triggers/manual/paths/invoke/?api-version=1&sig=${f.chars(43, 'base64url')}&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0`,
        ],
        noMatch: [
          {
            text: `https://prod-12.westus.logic.azure.com:443/workflows/${f.chars(32, 'hexLower')}/triggers/manual/paths/invoke?${query}`,
            why: 'no signature',
          },
          { text: 'https://portal.azure.com/#blade/logic.azure.com', why: 'portal link' },
        ],
      };
    },
  }),
];
