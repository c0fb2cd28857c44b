// Payments, e-mail, commerce, productivity and monitoring services.
import { b64url } from './encoding.ts';
import { GITLEAKS, type TokenKind } from './kinds.ts';
import { ALNUM, LOWER, LOWER_ALNUM, UPPER_ALNUM } from './rng.ts';

const W = ALNUM + '_-';

function shopify(kind: string, infix: string): TokenKind {
  return {
    kind,
    provider: 'shopify',
    // shpss_ is an app's shared secret; the other three are access tokens.
    names:
      infix === 'ss'
        ? ['SHOPIFY_API_SECRET', 'SHOPIFY_SHARED_SECRET']
        : ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_TOKEN'],
    source:
      'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens ; ' +
      GITLEAKS,
    header: 'X-Shopify-Access-Token',
    make: (r) => 'shp' + infix + '_' + r.hex(32),
  };
}

function stripe(kind: string, head: string, names: string[]): TokenKind {
  return {
    kind,
    provider: 'stripe',
    names,
    source: 'https://docs.stripe.com/keys ; ' + GITLEAKS + ' (stripe-access-token)',
    bearer: true,
    // Older keys carry 24 characters, current ones "51" + ~97.
    make: (r) => head + (r.chance(0.4) ? r.alnum(24) : '51' + r.alnum(r.range(90, 97))),
  };
}

export const SAAS_KINDS: TokenKind[] = [
  stripe('stripe-secret-live', 'sk_' + 'live_', ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY']),
  stripe('stripe-secret-test', 'sk_' + 'test_', ['STRIPE_SECRET_KEY', 'STRIPE_TEST_SECRET_KEY']),
  stripe('stripe-restricted-live', 'rk_' + 'live_', ['STRIPE_RESTRICTED_KEY']),
  {
    kind: 'stripe-webhook-secret',
    provider: 'stripe',
    names: ['STRIPE_WEBHOOK_SECRET'],
    source: 'https://docs.stripe.com/webhooks#verify-official-libraries',
    make: (r) => 'wh' + 'sec_' + r.alnum(32),
  },
  {
    kind: 'sendgrid-api-key',
    provider: 'sendgrid',
    names: ['SENDGRID_API_KEY'],
    source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys ; ' + GITLEAKS,
    bearer: true,
    make: (r) => 'S' + 'G.' + r.chars(W, 22) + '.' + r.chars(W, 43),
  },
  {
    kind: 'mailgun-api-key',
    provider: 'mailgun',
    names: ['MAILGUN_API_KEY'],
    source:
      'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication ; ' + GITLEAKS,
    named: true,
    make: (r) => (r.chance(0.4) ? 'key-' + r.hex(32) : r.hex(32) + '-' + r.hex(8) + '-' + r.hex(8)),
  },
  {
    kind: 'mailchimp-api-key',
    provider: 'mailchimp',
    names: ['MAILCHIMP_API_KEY'],
    source: 'https://mailchimp.com/developer/marketing/guides/quick-start/ ; ' + GITLEAKS,
    named: true,
    make: (r) => r.hex(32) + '-us' + r.range(1, 21),
  },
  {
    kind: 'brevo-api-key',
    provider: 'brevo',
    names: ['BREVO_API_KEY', 'SENDINBLUE_API_KEY'],
    source: GITLEAKS + ' (sendinblue-api-token)',
    header: 'api-key',
    make: (r) => 'xkey' + 'sib-' + r.hex(64) + '-' + r.alnum(16),
  },
  {
    kind: 'twilio-api-key-sid',
    provider: 'twilio',
    names: ['TWILIO_API_KEY', 'TWILIO_API_KEY_SID'],
    source:
      'https://www.twilio.com/docs/iam/api-keys ; ' + GITLEAKS + ' (twilio-api-key: SK + 32 hex)',
    named: true,
    make: (r) => 'S' + 'K' + r.hex(32),
  },
  {
    kind: 'twilio-auth-token',
    provider: 'twilio',
    names: ['TWILIO_AUTH_TOKEN'],
    source: 'https://www.twilio.com/docs/iam/api/authtoken (32 hex)',
    named: true,
    make: (r) => r.hex(32),
  },
  {
    kind: 'twilio-api-secret',
    provider: 'twilio',
    names: ['TWILIO_API_SECRET'],
    source: 'https://www.twilio.com/docs/iam/api-keys (32 alphanumerics)',
    named: true,
    make: (r) => r.alnum(32),
  },
  shopify('shopify-admin-token', 'at'),
  shopify('shopify-shared-secret', 'ss'),
  shopify('shopify-custom-app-token', 'ca'),
  shopify('shopify-private-app-token', 'pa'),
  {
    kind: 'square-access-token',
    provider: 'square',
    names: ['SQUARE_ACCESS_TOKEN'],
    source: 'https://developer.squareup.com/docs/build-basics/access-tokens ; ' + GITLEAKS,
    bearer: true,
    make: (r) => 'EA' + 'AA' + r.chars(W, 60),
  },
  {
    kind: 'square-oauth-secret',
    provider: 'square',
    names: ['SQUARE_APPLICATION_SECRET'],
    source: 'https://developer.squareup.com/docs/oauth-api/overview',
    make: (r) => 'sq0' + 'csp-' + r.chars(W, 43),
  },
  {
    kind: 'shippo-token',
    provider: 'shippo',
    names: ['SHIPPO_API_TOKEN'],
    source: GITLEAKS + ' (shippo-api-token)',
    make: (r) => 'shippo' + '_live_' + r.hex(40),
  },
  {
    kind: 'duffel-token',
    provider: 'duffel',
    names: ['DUFFEL_ACCESS_TOKEN'],
    source: GITLEAKS + ' (duffel-api-token)',
    bearer: true,
    make: (r) => 'duffel' + '_live_' + r.chars(W, 43),
  },
  {
    kind: 'flutterwave-secret-key',
    provider: 'flutterwave',
    names: ['FLW_SECRET_KEY'],
    source: GITLEAKS + ' (flutterwave-secret-key)',
    bearer: true,
    make: (r) => 'FLWSECK' + '_TEST-' + r.hex(32) + '-X',
  },
  {
    kind: 'notion-token',
    provider: 'notion',
    names: ['NOTION_TOKEN', 'NOTION_API_KEY'],
    source:
      'https://developers.notion.com/reference/authentication ; ' +
      GITLEAKS +
      ' (notion-api-token: ntn_ + 11 digits + 35)',
    bearer: true,
    make: (r) => 'nt' + 'n_' + r.digits(11) + r.alnum(35),
  },
  {
    kind: 'notion-token-legacy',
    provider: 'notion',
    names: ['NOTION_TOKEN'],
    source: 'https://developers.notion.com/reference/authentication (secret_ + 43, before ntn_)',
    named: true,
    bearer: true,
    make: (r) => 'sec' + 'ret_' + r.alnum(43),
  },
  {
    kind: 'airtable-pat',
    provider: 'airtable',
    names: ['AIRTABLE_API_KEY', 'AIRTABLE_TOKEN'],
    source: 'https://airtable.com/developers/web/guides/personal-access-tokens (pat + 14 . 64 hex)',
    bearer: true,
    make: (r) => 'pa' + 't' + r.alnum(14) + '.' + r.hex(64),
  },
  {
    kind: 'hubspot-private-app-token',
    provider: 'hubspot',
    names: ['HUBSPOT_ACCESS_TOKEN'],
    source: 'https://developers.hubspot.com/docs/api/private-apps',
    bearer: true,
    make: (r) => 'pat' + '-' + r.pick(['na1', 'eu1']) + '-' + r.uuid(),
  },
  {
    // sk. + base64url({"u":user,"a":…}) + . + 22: the secret sibling of the public pk. token.
    kind: 'mapbox-secret-token',
    provider: 'mapbox',
    names: ['MAPBOX_SECRET_TOKEN', 'MAPBOX_DOWNLOADS_TOKEN'],
    source: 'https://docs.mapbox.com/accounts/guides/tokens/#secret-tokens',
    make: (r) =>
      's' +
      'k.' +
      b64url(JSON.stringify({ u: r.chars(LOWER, r.range(5, 10)), a: r.chars(LOWER_ALNUM, 25) })) +
      '.' +
      r.chars(W, 22),
  },
  {
    kind: 'algolia-admin-key',
    provider: 'algolia',
    names: ['ALGOLIA_ADMIN_KEY', 'ALGOLIA_ADMIN_API_KEY'],
    source: 'https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key (32 hex)',
    named: true,
    header: 'X-Algolia-API-Key',
    make: (r) => r.hex(32),
  },
  {
    kind: 'datadog-api-key',
    provider: 'datadog',
    names: ['DD_API_KEY', 'DATADOG_API_KEY'],
    source: 'https://docs.datadoghq.com/account_management/api-app-keys/ (32 hex)',
    named: true,
    header: 'DD-API-KEY',
    make: (r) => r.hex(32),
  },
  {
    kind: 'datadog-app-key',
    provider: 'datadog',
    names: ['DD_APP_KEY', 'DATADOG_APP_KEY'],
    source: 'https://docs.datadoghq.com/account_management/api-app-keys/ (40 hex)',
    named: true,
    header: 'DD-APPLICATION-KEY',
    make: (r) => r.hex(40),
  },
  {
    kind: 'new-relic-user-key',
    provider: 'new-relic',
    names: ['NEW_RELIC_API_KEY', 'NEW_RELIC_USER_KEY'],
    source: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/ ; ' + GITLEAKS,
    header: 'Api-Key',
    make: (r) => 'NR' + 'AK-' + r.chars(UPPER_ALNUM, 27),
  },
  {
    kind: 'new-relic-insert-key',
    provider: 'new-relic',
    names: ['NEW_RELIC_INSERT_KEY'],
    source: GITLEAKS + ' (new-relic-insert-key)',
    header: 'X-Insert-Key',
    make: (r) => 'NR' + 'II-' + r.chars(W, 32),
  },
  {
    kind: 'new-relic-license-key',
    provider: 'new-relic',
    names: ['NEW_RELIC_LICENSE_KEY'],
    source:
      'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key (40 characters ending NRAL)',
    named: true,
    make: (r) => r.hex(36) + 'NR' + 'AL',
  },
  {
    kind: 'sumologic-access-key',
    provider: 'sumologic',
    names: ['SUMO_ACCESS_KEY', 'SUMOLOGIC_ACCESS_KEY'],
    source: GITLEAKS + ' (sumologic-access-token: 64 next to its name)',
    named: true,
    make: (r) => r.alnum(64),
  },
  {
    kind: 'okta-api-token',
    provider: 'okta',
    names: ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'],
    source: GITLEAKS + ' (okta-access-token: 00 + 40 next to its name)',
    named: true,
    make: (r) => '00' + r.chars(W, 40),
  },
  {
    kind: 'snyk-token',
    provider: 'snyk',
    names: ['SNYK_TOKEN'],
    source: GITLEAKS + ' (snyk-api-token: a UUID next to its name)',
    named: true,
    make: (r) => r.uuid(),
  },
  {
    kind: 'launchdarkly-sdk-key',
    provider: 'launchdarkly',
    names: ['LAUNCHDARKLY_SDK_KEY', 'LD_SDK_KEY'],
    source: 'https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys (sdk- + UUID)',
    make: (r) => 'sd' + 'k-' + r.uuid(),
  },
  {
    kind: 'contentful-delivery-token',
    provider: 'contentful',
    names: ['CONTENTFUL_ACCESS_TOKEN', 'CONTENTFUL_DELIVERY_TOKEN'],
    source: GITLEAKS + ' (contentful-delivery-api-token: 43 next to its name)',
    named: true,
    bearer: true,
    make: (r) => r.chars(W, 43),
  },
  {
    kind: 'twitch-client-secret',
    provider: 'twitch',
    names: ['TWITCH_CLIENT_SECRET'],
    source: GITLEAKS + ' (twitch-api-token: 30 next to its name)',
    named: true,
    make: (r) => r.chars(LOWER_ALNUM, 30),
  },
  {
    kind: 'facebook-page-token',
    provider: 'facebook',
    names: ['FACEBOOK_PAGE_ACCESS_TOKEN', 'FB_ACCESS_TOKEN'],
    source: GITLEAKS + ' (facebook-page-access-token: EAAM/EAAC + 100+)',
    bearer: true,
    make: (r) => 'EA' + r.pick(['AM', 'AC']) + r.alnum(r.range(150, 200)),
  },
  {
    kind: 'yandex-api-key',
    provider: 'yandex',
    names: ['YANDEX_API_KEY', 'YC_API_KEY'],
    source: GITLEAKS + ' (yandex-api-key: AQVN + 35–38)',
    make: (r) => 'AQ' + 'VN' + r.chars(W, 37),
  },
];
