import { inGroup, type Rule } from '../rule';
import { alibabaRules } from './alibaba';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { cloudflareRules } from './cloudflare';
import { databricksRules } from './databricks';
import { digitaloceanRules } from './digitalocean';
import { firebaseRules } from './firebase';
import { flyioRules } from './flyio';
import { gcpRules } from './gcp';
import { herokuRules } from './heroku';
import { hetznerRules } from './hetzner';
import { ibmRules } from './ibm';
import { linodeRules } from './linode';
import { mongodbAtlasRules } from './mongodb-atlas';
import { netlifyRules } from './netlify';
import { oracleRules } from './oracle';
import { renderRules } from './render';
import { snowflakeRules } from './snowflake';
import { supabaseRules } from './supabase';
import { vercelRules } from './vercel';
import { openshiftRules } from './openshift';
import { scalingoRules } from './scalingo';
import { planetscaleRules } from './planetscale';
import { clickhouseRules } from './clickhouse';
import { definedNetworkingRules } from './defined-networking';
import { settlemintRules } from './settlemint';
import { yandexRules } from './yandex';
import { confluentRules } from './confluent';
import { merakiRules } from './meraki';
import { fastlyRules } from './fastly';
import { tailscaleRules } from './tailscale';

/** The `cloud` group. */
export const cloudRules: Rule[] = inGroup('cloud', [
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
]);
