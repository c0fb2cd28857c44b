import { fake } from '../fake';
import { defineRule, genericSecret } from '../rule';
import { nearKeyword } from './rule-parts';

/** Azure OpenAI / Azure AI Services resource keys: 32 hex, or 84 chars with the JQQJ99 mark. */
export const azureOpenaiRules = [
  defineRule({
    id: 'azure-openai-api-key',
    provider: 'azure-openai',
    title: 'Azure OpenAI / AI Services key',
    keywords: ['azure_openai', 'azure-openai', 'azureopenai', 'azure.openai', 'openai.azure.com'],
    // Named AZURE_OPENAI_API_KEY (or next to an *.openai.azure.com endpoint).
    // https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication
    pattern: nearKeyword(
      String.raw`azure[_.-]?openai|openai\.azure\.com`,
      '[a-f0-9]{32}|[A-Za-z0-9]{52}JQQJ99[A-Za-z0-9]{26}',
    ),
    minEntropy: 3,
    confidence: 'medium',
    rotateUrl: 'https://portal.azure.com/#view/Microsoft_Azure_ProjectOxford/CognitiveServicesHub',
    examples: () => {
      const f = fake(1003);
      const a = f.chars(32, 'hexLower');
      const b = f.chars(52) + 'JQQJ' + '99' + f.chars(26);
      return {
        match: [
          { text: `AZURE_OPENAI_API_KEY=${a}`, secret: a },
          { text: `azure_openai:\n  endpoint: x\n  api_key: "${b}"`, secret: b },
        ],
        noMatch: [
          {
            text: `AZURE_OPENAI_DEPLOYMENT=${f.chars(32, 'hexLower').slice(0, 12)}`,
            why: 'deployment name',
          },
          genericSecret(`OPENAI_API_KEY=${f.chars(32, 'hexLower')}`, 'no Azure name'),
        ],
      };
    },
  }),
];
