/**
 * Every built-in rule, by the group the options page switches on and off as a whole. This list
 * is the one place a rule's group is stated: provider files declare formats, and the group of
 * each rule is set here when it is registered (see `inGroup`).
 */
import { inGroup, type Rule } from './rule';
import { adafruitRules } from './rules/adafruit';
import { adobeRules } from './rules/adobe';
import { adyenRules } from './rules/adyen';
import { ageRules } from './rules/age';
import { airtableRules } from './rules/airtable';
import { algoliaRules } from './rules/algolia';
import { alibabaRules } from './rules/alibaba';
import { anthropicRules } from './rules/anthropic';
import { asanaRules } from './rules/asana';
import { assemblyaiRules } from './rules/assemblyai';
import { assignmentRules } from './rules/assignments';
import { atlassianRules } from './rules/atlassian';
import { authHeaderRules } from './rules/auth-headers';
import { auth0Rules } from './rules/auth0';
import { authressRules } from './rules/authress';
import { awsRules } from './rules/aws';
import { azureRules } from './rules/azure';
import { azureOpenaiRules } from './rules/azure-openai';
import { beamerRules } from './rules/beamer';
import { bitbucketRules } from './rules/bitbucket';
import { bitwardenRules } from './rules/bitwarden';
import { boxRules } from './rules/box';
import { brevoRules } from './rules/brevo';
import { buildkiteRules } from './rules/buildkite';
import { circleciRules } from './rules/circleci';
import { clickhouseRules } from './rules/clickhouse';
import { clojarsRules } from './rules/clojars';
import { cloudflareRules } from './rules/cloudflare';
import { codecovRules } from './rules/codecov';
import { cohereRules } from './rules/cohere';
import { coinbaseRules } from './rules/coinbase';
import { commandLineRules } from './rules/command-line';
import { confluentRules } from './rules/confluent';
import { connectionStringRules } from './rules/connection-strings';
import { contentfulRules } from './rules/contentful';
import { cratesIoRules } from './rules/crates-io';
import { credentialCallRules } from './rules/credential-calls';
import { credentialFileRules } from './rules/credential-files';
import { databricksRules } from './rules/databricks';
import { datadogRules } from './rules/datadog';
import { deepgramRules } from './rules/deepgram';
import { deepseekRules } from './rules/deepseek';
import { definedNetworkingRules } from './rules/defined-networking';
import { digitaloceanRules } from './rules/digitalocean';
import { discordRules } from './rules/discord';
import { djangoRules } from './rules/django';
import { dockerRules } from './rules/docker';
import { dockerConfigRules } from './rules/docker-config';
import { dopplerRules } from './rules/doppler';
import { droneciRules } from './rules/droneci';
import { dropboxRules } from './rules/dropbox';
import { dynatraceRules } from './rules/dynatrace';
import { elevenlabsRules } from './rules/elevenlabs';
import { etsyRules } from './rules/etsy';
import { facebookRules } from './rules/facebook';
import { fastlyRules } from './rules/fastly';
import { figmaRules } from './rules/figma';
import { finicityRules } from './rules/finicity';
import { finnhubRules } from './rules/finnhub';
import { firebaseRules } from './rules/firebase';
import { flickrRules } from './rules/flickr';
import { flutterwaveRules } from './rules/flutterwave';
import { flyioRules } from './rules/flyio';
import { frameioRules } from './rules/frameio';
import { freshbooksRules } from './rules/freshbooks';
import { gcpRules } from './rules/gcp';
import { githubRules } from './rules/github';
import { gitlabRules } from './rules/gitlab';
import { gocardlessRules } from './rules/gocardless';
import { googleChatRules } from './rules/google-chat';
import { grafanaRules } from './rules/grafana';
import { groqRules } from './rules/groq';
import { harnessRules } from './rules/harness';
import { herokuRules } from './rules/heroku';
import { hetznerRules } from './rules/hetzner';
import { hubspotRules } from './rules/hubspot';
import { huggingfaceRules } from './rules/huggingface';
import { ibmRules } from './rules/ibm';
import { infisicalRules } from './rules/infisical';
import { infracostRules } from './rules/infracost';
import { intercomRules } from './rules/intercom';
import { intra42Rules } from './rules/intra42';
import { jfrogRules } from './rules/jfrog';
import { jwtRules } from './rules/jwt';
import { krakenRules } from './rules/kraken';
import { kucoinRules } from './rules/kucoin';
import { langsmithRules } from './rules/langsmith';
import { laravelRules } from './rules/laravel';
import { launchdarklyRules } from './rules/launchdarkly';
import { linearRules } from './rules/linear';
import { linkedinRules } from './rules/linkedin';
import { linodeRules } from './rules/linode';
import { lobRules } from './rules/lob';
import { lookerRules } from './rules/looker';
import { mailchimpRules } from './rules/mailchimp';
import { mailgunRules } from './rules/mailgun';
import { mandrillRules } from './rules/mandrill';
import { mapboxRules } from './rules/mapbox';
import { mattermostRules } from './rules/mattermost';
import { maxmindRules } from './rules/maxmind';
import { merakiRules } from './rules/meraki';
import { messagebirdRules } from './rules/messagebird';
import { mistralRules } from './rules/mistral';
import { mongodbAtlasRules } from './rules/mongodb-atlas';
import { netlifyRules } from './rules/netlify';
import { newrelicRules } from './rules/newrelic';
import { notionRules } from './rules/notion';
import { npmRules } from './rules/npm';
import { nugetRules } from './rules/nuget';
import { nytimesRules } from './rules/nytimes';
import { octopusDeployRules } from './rules/octopus-deploy';
import { oktaRules } from './rules/okta';
import { onepasswordRules } from './rules/onepassword';
import { openaiRules } from './rules/openai';
import { openrouterRules } from './rules/openrouter';
import { openshiftRules } from './rules/openshift';
import { oracleRules } from './rules/oracle';
import { pagerdutyRules } from './rules/pagerduty';
import { paypalRules } from './rules/paypal';
import { perplexityRules } from './rules/perplexity';
import { pineconeRules } from './rules/pinecone';
import { plaidRules } from './rules/plaid';
import { planetscaleRules } from './rules/planetscale';
import { posthogRules } from './rules/posthog';
import { postmanRules } from './rules/postman';
import { postmarkRules } from './rules/postmark';
import { prefectRules } from './rules/prefect';
import { privateKeyRules } from './rules/private-keys';
import { privateaiRules } from './rules/privateai';
import { pulumiRules } from './rules/pulumi';
import { pypiRules } from './rules/pypi';
import { rapidapiRules } from './rules/rapidapi';
import { readmeRules } from './rules/readme';
import { renderRules } from './rules/render';
import { replicateRules } from './rules/replicate';
import { rubygemsRules } from './rules/rubygems';
import { scalingoRules } from './rules/scalingo';
import { segmentRules } from './rules/segment';
import { sendbirdRules } from './rules/sendbird';
import { sendgridRules } from './rules/sendgrid';
import { sentryRules } from './rules/sentry';
import { settlemintRules } from './rules/settlemint';
import { shippingRules } from './rules/shipping';
import { shopifyRules } from './rules/shopify';
import { sidekiqRules } from './rules/sidekiq';
import { slackRules } from './rules/slack';
import { snowflakeRules } from './rules/snowflake';
import { snykRules } from './rules/snyk';
import { sonarRules } from './rules/sonar';
import { sourcegraphRules } from './rules/sourcegraph';
import { squareRules } from './rules/square';
import { squarespaceRules } from './rules/squarespace';
import { stabilityRules } from './rules/stability';
import { stripeRules } from './rules/stripe';
import { sumologicRules } from './rules/sumologic';
import { supabaseRules } from './rules/supabase';
import { tailscaleRules } from './rules/tailscale';
import { teamsRules } from './rules/teams';
import { telegramRules } from './rules/telegram';
import { terraformRules } from './rules/terraform';
import { travisRules } from './rules/travis';
import { twilioRules } from './rules/twilio';
import { twitchRules } from './rules/twitch';
import { twitterRules } from './rules/twitter';
import { typeformRules } from './rules/typeform';
import { vaultRules } from './rules/vault';
import { vercelRules } from './rules/vercel';
import { wandbRules } from './rules/wandb';
import { xaiRules } from './rules/xai';
import { yandexRules } from './rules/yandex';
import { zapierRules } from './rules/zapier';
import { zendeskRules } from './rules/zendesk';

/** In the engine's order: of two rules that claim one span with equal confidence, the first wins. */
export const allRules: readonly Rule[] = [
  ...inGroup('cloud', [
    ...awsRules,
    ...gcpRules,
    ...azureRules,
    ...alibabaRules,
    ...ibmRules,
    ...oracleRules,
    ...digitaloceanRules,
    ...linodeRules,
    ...hetznerRules,
    ...cloudflareRules,
    ...flyioRules,
    ...herokuRules,
    ...vercelRules,
    ...netlifyRules,
    ...renderRules,
    ...supabaseRules,
    ...firebaseRules,
    ...databricksRules,
    ...snowflakeRules,
    ...mongodbAtlasRules,
    ...openshiftRules,
    ...scalingoRules,
    ...planetscaleRules,
    ...clickhouseRules,
    ...definedNetworkingRules,
    ...settlemintRules,
    ...yandexRules,
    ...confluentRules,
    ...merakiRules,
    ...fastlyRules,
    ...tailscaleRules,
  ]),
  ...inGroup('code', [
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
  ]),
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
  ...inGroup('generic', [
    ...privateKeyRules,
    ...jwtRules,
    ...connectionStringRules,
    ...authHeaderRules,
    ...dockerConfigRules,
    ...djangoRules,
    ...laravelRules,
    ...commandLineRules,
    ...credentialFileRules,
    ...credentialCallRules,
    ...assignmentRules,
  ]),
];
