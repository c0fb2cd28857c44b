// Surrounding material shared by positives and negatives: names, hosts, dates, ids. Negatives
// use the same filler as positives so that a detector cannot tell them apart by the scenery.
import type { Rng } from './rng.ts';

export const SERVICES = [
  'billing-api',
  'checkout',
  'ingest-worker',
  'notifications',
  'search-indexer',
  'auth-gateway',
  'reporting',
  'media-transcoder',
  'orders',
  'inventory-sync',
  'webhooks-relay',
  'analytics-etl',
];
export const HOSTS = [
  'db.internal',
  'pg-primary.prod.svc.cluster.local',
  'mysql-01.eu-west-1.rds.amazonaws.com',
  'redis.staging.example.net',
  'mq.acme-corp.io',
  '10.0.12.7',
  'localhost',
  'warehouse.corp.example.com',
  'cluster0.x7k2p.mongodb.net',
  'ch.analytics.example.org',
];
export const USERS = [
  'app',
  'admin',
  'svc_orders',
  'deploy',
  'readonly',
  'etl_user',
  'postgres',
  'root',
  'maria',
  'jenkins',
];
export const PEOPLE = [
  'Priya',
  'Tom',
  'Lena',
  'Marco',
  'Aisha',
  'Kenji',
  'Sofia',
  'Dmitri',
  'Chloe',
  'Ben',
];
export const DBS = [
  'orders',
  'app_production',
  'analytics',
  'billing',
  'users',
  'inventory',
  'crm',
  'events',
];

export function service(r: Rng): string {
  return r.pick(SERVICES);
}

export function person(r: Rng): string {
  return r.pick(PEOPLE);
}

/** An ISO timestamp in 2024–2025. */
export function timestamp(r: Rng): string {
  const ms = Date.UTC(2024, 0, 1) + r.int(700 * 86400) * 1000 + r.int(86400000);
  return new Date(ms).toISOString();
}

export function shortSha(r: Rng): string {
  return r.hex(7);
}

export function semver(r: Rng): string {
  return `${r.range(0, 9)}.${r.range(0, 30)}.${r.range(0, 20)}`;
}

export function lines(...parts: (string | false | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n');
}

/** Upper snake case to lower camel case: `GITHUB_TOKEN` → `githubToken`. */
export function camel(name: string): string {
  const words = name.toLowerCase().split('_').filter(Boolean);
  return words.map((w, i) => (i === 0 ? w : w[0]?.toUpperCase() + w.slice(1))).join('');
}

export function pascal(name: string): string {
  const c = camel(name);
  return c[0]?.toUpperCase() + c.slice(1);
}

export function snake(name: string): string {
  return name.toLowerCase();
}

export function kebab(name: string): string {
  return name.toLowerCase().replace(/_/g, '-');
}

/** Ordinary .env neighbours, none of them a secret. */
export function envNoise(r: Rng, n: number): string[] {
  const pool = [
    'NODE_ENV=production',
    `PORT=${r.pick(['3000', '8080', '5000', '8000'])}`,
    `LOG_LEVEL=${r.pick(['debug', 'info', 'warn'])}`,
    `APP_NAME=${service(r)}`,
    `REGION=${r.pick(['us-east-1', 'eu-west-1', 'ap-southeast-2', 'eu-central-1'])}`,
    `FEATURE_FLAGS=${r.pick(['beta-ui,new-cart', 'none', 'dark-mode'])}`,
    `TIMEOUT_MS=${r.range(1, 60) * 500}`,
    `SENTRY_ENVIRONMENT=${r.pick(['staging', 'production'])}`,
    `REDIS_HOST=${r.pick(HOSTS)}`,
    `ENABLE_METRICS=${r.pick(['true', 'false'])}`,
    `WORKERS=${r.range(1, 16)}`,
    `TZ=UTC`,
  ];
  return r.sample(pool, n);
}
