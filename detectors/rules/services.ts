import { inGroup, type Rule } from '../rule';
import { zapierRules } from './zapier';
import { googleChatRules } from './google-chat';
import { azureOpenaiRules } from './azure-openai';
import { wandbRules } from './wandb';
import { stabilityRules } from './stability';
import { assemblyaiRules } from './assemblyai';
import { deepgramRules } from './deepgram';
import { posthogRules } from './posthog';
import { typeformRules } from './typeform';
import { shippingRules } from './shipping';
import { bitwardenRules } from './bitwarden';
import { vaultRules } from './vault';
import { dopplerRules } from './doppler';
import { infisicalRules } from './infisical';
import { onepasswordRules } from './onepassword';
import { pulumiRules } from './pulumi';
import { terraformRules } from './terraform';
import { ageRules } from './age';
import { datadogRules } from './datadog';
import { newrelicRules } from './newrelic';
import { sentryRules } from './sentry';
import { grafanaRules } from './grafana';
import { pagerdutyRules } from './pagerduty';
import { oktaRules } from './okta';
import { auth0Rules } from './auth0';
import { twitchRules } from './twitch';
import { notionRules } from './notion';
import { airtableRules } from './airtable';
import { asanaRules } from './asana';
import { linearRules } from './linear';
import { figmaRules } from './figma';
import { postmanRules } from './postman';
import { hubspotRules } from './hubspot';
import { intercomRules } from './intercom';
import { zendeskRules } from './zendesk';
import { dropboxRules } from './dropbox';
import { boxRules } from './box';
import { contentfulRules } from './contentful';
import { algoliaRules } from './algolia';
import { mapboxRules } from './mapbox';
import { segmentRules } from './segment';
import { launchdarklyRules } from './launchdarkly';
import { openaiRules } from './openai';
import { anthropicRules } from './anthropic';
import { huggingfaceRules } from './huggingface';
import { cohereRules } from './cohere';
import { mistralRules } from './mistral';
import { groqRules } from './groq';
import { replicateRules } from './replicate';
import { perplexityRules } from './perplexity';
import { deepseekRules } from './deepseek';
import { xaiRules } from './xai';
import { openrouterRules } from './openrouter';
import { elevenlabsRules } from './elevenlabs';
import { pineconeRules } from './pinecone';
import { langsmithRules } from './langsmith';
import { brevoRules } from './brevo';
import { discordRules } from './discord';
import { mailchimpRules } from './mailchimp';
import { mailgunRules } from './mailgun';
import { mandrillRules } from './mandrill';
import { postmarkRules } from './postmark';
import { sendgridRules } from './sendgrid';
import { slackRules } from './slack';
import { teamsRules } from './teams';
import { telegramRules } from './telegram';
import { twilioRules } from './twilio';
import { adyenRules } from './adyen';
import { coinbaseRules } from './coinbase';
import { flutterwaveRules } from './flutterwave';
import { paypalRules } from './paypal';
import { plaidRules } from './plaid';
import { shopifyRules } from './shopify';
import { squareRules } from './square';
import { stripeRules } from './stripe';
import { gocardlessRules } from './gocardless';
import { kucoinRules } from './kucoin';
import { krakenRules } from './kraken';
import { finicityRules } from './finicity';
import { finnhubRules } from './finnhub';
import { freshbooksRules } from './freshbooks';
import { mattermostRules } from './mattermost';
import { messagebirdRules } from './messagebird';
import { sendbirdRules } from './sendbird';
import { lobRules } from './lob';
import { privateaiRules } from './privateai';
import { dynatraceRules } from './dynatrace';
import { sumologicRules } from './sumologic';
import { facebookRules } from './facebook';
import { twitterRules } from './twitter';
import { linkedinRules } from './linkedin';
import { adobeRules } from './adobe';
import { authressRules } from './authress';
import { intra42Rules } from './intra42';
import { maxmindRules } from './maxmind';
import { frameioRules } from './frameio';
import { readmeRules } from './readme';
import { squarespaceRules } from './squarespace';
import { nytimesRules } from './nytimes';
import { rapidapiRules } from './rapidapi';
import { etsyRules } from './etsy';
import { flickrRules } from './flickr';
import { lookerRules } from './looker';
import { adafruitRules } from './adafruit';
import { beamerRules } from './beamer';

/** Every payments, messaging, AI, SaaS and secrets-manager rule, in provider order. */
export const serviceRules: Rule[] = [
  ...inGroup('payments', [
    ...stripeRules,
    ...squareRules,
    ...paypalRules,
    ...adyenRules,
    ...shopifyRules,
    ...coinbaseRules,
    ...plaidRules,
    ...flutterwaveRules,
    ...shippingRules,
    ...gocardlessRules,
    ...kucoinRules,
    ...krakenRules,
    ...finicityRules,
    ...finnhubRules,
    ...freshbooksRules,
  ]),
  ...inGroup('messaging', [
    ...slackRules,
    ...discordRules,
    ...telegramRules,
    ...teamsRules,
    ...twilioRules,
    ...sendgridRules,
    ...mailgunRules,
    ...mailchimpRules,
    ...postmarkRules,
    ...mandrillRules,
    ...brevoRules,
    ...googleChatRules,
    ...mattermostRules,
    ...messagebirdRules,
    ...sendbirdRules,
    ...lobRules,
  ]),
  // Gemini keys share the GCP API key shape and are covered by the cloud rules
  ...inGroup('ai', [
    ...openaiRules,
    ...anthropicRules,
    ...huggingfaceRules,
    ...cohereRules,
    ...mistralRules,
    ...groqRules,
    ...replicateRules,
    ...perplexityRules,
    ...deepseekRules,
    ...xaiRules,
    ...openrouterRules,
    ...elevenlabsRules,
    ...pineconeRules,
    ...langsmithRules,
    ...azureOpenaiRules,
    ...wandbRules,
    ...stabilityRules,
    ...assemblyaiRules,
    ...deepgramRules,
    ...privateaiRules,
  ]),
  ...inGroup('saas', [
    ...datadogRules,
    ...newrelicRules,
    ...sentryRules,
    ...grafanaRules,
    ...pagerdutyRules,
    ...oktaRules,
    ...auth0Rules,
    ...twitchRules,
    ...notionRules,
    ...airtableRules,
    ...asanaRules,
    ...linearRules,
    ...figmaRules,
    ...postmanRules,
    ...hubspotRules,
    ...intercomRules,
    ...zendeskRules,
    ...dropboxRules,
    ...boxRules,
    ...contentfulRules,
    ...algoliaRules,
    ...mapboxRules,
    ...segmentRules,
    ...launchdarklyRules,
    ...posthogRules,
    ...typeformRules,
    ...zapierRules,
    ...dynatraceRules,
    ...sumologicRules,
    ...facebookRules,
    ...twitterRules,
    ...linkedinRules,
    ...adobeRules,
    ...authressRules,
    ...intra42Rules,
    ...maxmindRules,
    ...frameioRules,
    ...readmeRules,
    ...squarespaceRules,
    ...nytimesRules,
    ...rapidapiRules,
    ...etsyRules,
    ...flickrRules,
    ...lookerRules,
    ...adafruitRules,
    ...beamerRules,
  ]),
  ...inGroup('secrets-managers', [
    ...vaultRules,
    ...dopplerRules,
    ...infisicalRules,
    ...onepasswordRules,
    ...pulumiRules,
    ...terraformRules,
    ...ageRules,
    ...bitwardenRules,
  ]),
];
