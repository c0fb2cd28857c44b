/**
 * Every built-in rule, by the group the options page switches on and off as a whole. This table
 * is the one place a rule's group is stated: provider files declare formats, not groups.
 */
import type { Rule, RuleGroup, RuleSpec } from './rule';
import { alibabaRules } from './rules/alibaba';
import { awsRules } from './rules/aws';
import { azureRules } from './rules/azure';
import { cloudflareRules } from './rules/cloudflare';
import { databricksRules } from './rules/databricks';
import { digitaloceanRules } from './rules/digitalocean';
import { firebaseRules } from './rules/firebase';
import { flyioRules } from './rules/flyio';
import { gcpRules } from './rules/gcp';
import { herokuRules } from './rules/heroku';
import { hetznerRules } from './rules/hetzner';
import { ibmRules } from './rules/ibm';
import { linodeRules } from './rules/linode';
import { mongodbAtlasRules } from './rules/mongodb-atlas';
import { netlifyRules } from './rules/netlify';
import { oracleRules } from './rules/oracle';
import { renderRules } from './rules/render';
import { snowflakeRules } from './rules/snowflake';
import { supabaseRules } from './rules/supabase';
import { vercelRules } from './rules/vercel';
import { openshiftRules } from './rules/openshift';
import { scalingoRules } from './rules/scalingo';
import { planetscaleRules } from './rules/planetscale';
import { clickhouseRules } from './rules/clickhouse';
import { definedNetworkingRules } from './rules/defined-networking';
import { settlemintRules } from './rules/settlemint';
import { yandexRules } from './rules/yandex';
import { confluentRules } from './rules/confluent';
import { merakiRules } from './rules/meraki';
import { fastlyRules } from './rules/fastly';
import { tailscaleRules } from './rules/tailscale';
import { atlassianRules } from './rules/atlassian';
import { bitbucketRules } from './rules/bitbucket';
import { buildkiteRules } from './rules/buildkite';
import { circleciRules } from './rules/circleci';
import { cratesIoRules } from './rules/crates-io';
import { dockerRules } from './rules/docker';
import { githubRules } from './rules/github';
import { gitlabRules } from './rules/gitlab';
import { jfrogRules } from './rules/jfrog';
import { npmRules } from './rules/npm';
import { pypiRules } from './rules/pypi';
import { nugetRules } from './rules/nuget';
import { rubygemsRules } from './rules/rubygems';
import { sonarRules } from './rules/sonar';
import { travisRules } from './rules/travis';
import { clojarsRules } from './rules/clojars';
import { sourcegraphRules } from './rules/sourcegraph';
import { octopusDeployRules } from './rules/octopus-deploy';
import { harnessRules } from './rules/harness';
import { infracostRules } from './rules/infracost';
import { snykRules } from './rules/snyk';
import { droneciRules } from './rules/droneci';
import { codecovRules } from './rules/codecov';
import { sidekiqRules } from './rules/sidekiq';
import { prefectRules } from './rules/prefect';
import { assignmentRules } from './rules/assignments';
import { authHeaderRules } from './rules/auth-headers';
import { connectionStringRules } from './rules/connection-strings';
import { dockerConfigRules } from './rules/docker-config';
import { commandLineRules } from './rules/command-line';
import { credentialCallRules } from './rules/credential-calls';
import { credentialFileRules } from './rules/credential-files';
import { djangoRules } from './rules/django';
import { jwtRules } from './rules/jwt';
import { laravelRules } from './rules/laravel';
import { privateKeyRules } from './rules/private-keys';
import { zapierRules } from './rules/zapier';
import { googleChatRules } from './rules/google-chat';
import { azureOpenaiRules } from './rules/azure-openai';
import { wandbRules } from './rules/wandb';
import { stabilityRules } from './rules/stability';
import { assemblyaiRules } from './rules/assemblyai';
import { deepgramRules } from './rules/deepgram';
import { posthogRules } from './rules/posthog';
import { typeformRules } from './rules/typeform';
import { shippingRules } from './rules/shipping';
import { bitwardenRules } from './rules/bitwarden';
import { vaultRules } from './rules/vault';
import { dopplerRules } from './rules/doppler';
import { infisicalRules } from './rules/infisical';
import { onepasswordRules } from './rules/onepassword';
import { pulumiRules } from './rules/pulumi';
import { terraformRules } from './rules/terraform';
import { ageRules } from './rules/age';
import { datadogRules } from './rules/datadog';
import { newrelicRules } from './rules/newrelic';
import { sentryRules } from './rules/sentry';
import { grafanaRules } from './rules/grafana';
import { pagerdutyRules } from './rules/pagerduty';
import { oktaRules } from './rules/okta';
import { auth0Rules } from './rules/auth0';
import { twitchRules } from './rules/twitch';
import { notionRules } from './rules/notion';
import { airtableRules } from './rules/airtable';
import { asanaRules } from './rules/asana';
import { linearRules } from './rules/linear';
import { figmaRules } from './rules/figma';
import { postmanRules } from './rules/postman';
import { hubspotRules } from './rules/hubspot';
import { intercomRules } from './rules/intercom';
import { zendeskRules } from './rules/zendesk';
import { dropboxRules } from './rules/dropbox';
import { boxRules } from './rules/box';
import { contentfulRules } from './rules/contentful';
import { algoliaRules } from './rules/algolia';
import { mapboxRules } from './rules/mapbox';
import { segmentRules } from './rules/segment';
import { launchdarklyRules } from './rules/launchdarkly';
import { openaiRules } from './rules/openai';
import { anthropicRules } from './rules/anthropic';
import { huggingfaceRules } from './rules/huggingface';
import { cohereRules } from './rules/cohere';
import { mistralRules } from './rules/mistral';
import { groqRules } from './rules/groq';
import { replicateRules } from './rules/replicate';
import { perplexityRules } from './rules/perplexity';
import { deepseekRules } from './rules/deepseek';
import { xaiRules } from './rules/xai';
import { openrouterRules } from './rules/openrouter';
import { elevenlabsRules } from './rules/elevenlabs';
import { pineconeRules } from './rules/pinecone';
import { langsmithRules } from './rules/langsmith';
import { brevoRules } from './rules/brevo';
import { discordRules } from './rules/discord';
import { mailchimpRules } from './rules/mailchimp';
import { mailgunRules } from './rules/mailgun';
import { mandrillRules } from './rules/mandrill';
import { postmarkRules } from './rules/postmark';
import { sendgridRules } from './rules/sendgrid';
import { slackRules } from './rules/slack';
import { teamsRules } from './rules/teams';
import { telegramRules } from './rules/telegram';
import { twilioRules } from './rules/twilio';
import { adyenRules } from './rules/adyen';
import { coinbaseRules } from './rules/coinbase';
import { flutterwaveRules } from './rules/flutterwave';
import { paypalRules } from './rules/paypal';
import { plaidRules } from './rules/plaid';
import { shopifyRules } from './rules/shopify';
import { squareRules } from './rules/square';
import { stripeRules } from './rules/stripe';
import { gocardlessRules } from './rules/gocardless';
import { kucoinRules } from './rules/kucoin';
import { krakenRules } from './rules/kraken';
import { finicityRules } from './rules/finicity';
import { finnhubRules } from './rules/finnhub';
import { freshbooksRules } from './rules/freshbooks';
import { mattermostRules } from './rules/mattermost';
import { messagebirdRules } from './rules/messagebird';
import { sendbirdRules } from './rules/sendbird';
import { lobRules } from './rules/lob';
import { privateaiRules } from './rules/privateai';
import { dynatraceRules } from './rules/dynatrace';
import { sumologicRules } from './rules/sumologic';
import { facebookRules } from './rules/facebook';
import { twitterRules } from './rules/twitter';
import { linkedinRules } from './rules/linkedin';
import { adobeRules } from './rules/adobe';
import { authressRules } from './rules/authress';
import { intra42Rules } from './rules/intra42';
import { maxmindRules } from './rules/maxmind';
import { frameioRules } from './rules/frameio';
import { readmeRules } from './rules/readme';
import { squarespaceRules } from './rules/squarespace';
import { nytimesRules } from './rules/nytimes';
import { rapidapiRules } from './rules/rapidapi';
import { etsyRules } from './rules/etsy';
import { flickrRules } from './rules/flickr';
import { lookerRules } from './rules/looker';
import { adafruitRules } from './rules/adafruit';
import { beamerRules } from './rules/beamer';

/** In the engine's order: of two rules that claim one span with equal confidence, the first wins. */
const GROUPS: { [G in RuleGroup]: readonly (readonly RuleSpec[])[] } = {
  cloud: [
    awsRules,
    gcpRules,
    azureRules,
    alibabaRules,
    ibmRules,
    oracleRules,
    digitaloceanRules,
    linodeRules,
    hetznerRules,
    cloudflareRules,
    flyioRules,
    herokuRules,
    vercelRules,
    netlifyRules,
    renderRules,
    supabaseRules,
    firebaseRules,
    databricksRules,
    snowflakeRules,
    mongodbAtlasRules,
    openshiftRules,
    scalingoRules,
    planetscaleRules,
    clickhouseRules,
    definedNetworkingRules,
    settlemintRules,
    yandexRules,
    confluentRules,
    merakiRules,
    fastlyRules,
    tailscaleRules,
  ],
  code: [
    githubRules,
    gitlabRules,
    bitbucketRules,
    atlassianRules,
    npmRules,
    pypiRules,
    rubygemsRules,
    nugetRules,
    cratesIoRules,
    dockerRules,
    jfrogRules,
    sonarRules,
    circleciRules,
    travisRules,
    buildkiteRules,
    clojarsRules,
    sourcegraphRules,
    octopusDeployRules,
    harnessRules,
    infracostRules,
    snykRules,
    droneciRules,
    codecovRules,
    sidekiqRules,
    prefectRules,
  ],
  payments: [
    stripeRules,
    squareRules,
    paypalRules,
    adyenRules,
    shopifyRules,
    coinbaseRules,
    plaidRules,
    flutterwaveRules,
    shippingRules,
    gocardlessRules,
    kucoinRules,
    krakenRules,
    finicityRules,
    finnhubRules,
    freshbooksRules,
  ],
  messaging: [
    slackRules,
    discordRules,
    telegramRules,
    teamsRules,
    twilioRules,
    sendgridRules,
    mailgunRules,
    mailchimpRules,
    postmarkRules,
    mandrillRules,
    brevoRules,
    googleChatRules,
    mattermostRules,
    messagebirdRules,
    sendbirdRules,
    lobRules,
  ],
  // Gemini keys share the GCP API key shape and are covered by the cloud rules
  ai: [
    openaiRules,
    anthropicRules,
    huggingfaceRules,
    cohereRules,
    mistralRules,
    groqRules,
    replicateRules,
    perplexityRules,
    deepseekRules,
    xaiRules,
    openrouterRules,
    elevenlabsRules,
    pineconeRules,
    langsmithRules,
    azureOpenaiRules,
    wandbRules,
    stabilityRules,
    assemblyaiRules,
    deepgramRules,
    privateaiRules,
  ],
  saas: [
    datadogRules,
    newrelicRules,
    sentryRules,
    grafanaRules,
    pagerdutyRules,
    oktaRules,
    auth0Rules,
    twitchRules,
    notionRules,
    airtableRules,
    asanaRules,
    linearRules,
    figmaRules,
    postmanRules,
    hubspotRules,
    intercomRules,
    zendeskRules,
    dropboxRules,
    boxRules,
    contentfulRules,
    algoliaRules,
    mapboxRules,
    segmentRules,
    launchdarklyRules,
    posthogRules,
    typeformRules,
    zapierRules,
    dynatraceRules,
    sumologicRules,
    facebookRules,
    twitterRules,
    linkedinRules,
    adobeRules,
    authressRules,
    intra42Rules,
    maxmindRules,
    frameioRules,
    readmeRules,
    squarespaceRules,
    nytimesRules,
    rapidapiRules,
    etsyRules,
    flickrRules,
    lookerRules,
    adafruitRules,
    beamerRules,
  ],
  'secrets-managers': [
    vaultRules,
    dopplerRules,
    infisicalRules,
    onepasswordRules,
    pulumiRules,
    terraformRules,
    ageRules,
    bitwardenRules,
  ],
  generic: [
    privateKeyRules,
    jwtRules,
    connectionStringRules,
    authHeaderRules,
    dockerConfigRules,
    djangoRules,
    laravelRules,
    commandLineRules,
    credentialFileRules,
    credentialCallRules,
    assignmentRules,
  ],
};

/**
 * Every built-in rule, in order. Each gets its group on the declared object itself (each is
 * registered once): the guard module runs this in each frame that loads it, and copying three
 * hundred rules there would cost it for nothing.
 */
export const allRules: readonly Rule[] = Object.entries(GROUPS).flatMap(([group, lists]) =>
  lists.flat().map((rule) => Object.assign(rule, { group: group as RuleGroup })),
);
