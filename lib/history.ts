/**
 * The local record of what the guard decided and of the links made here. Lives in the
 * background's IndexedDB (a content script's would belong to the page's origin). It never holds a
 * secret or a link key: decisions keep rule ids, links keep the id and the manage token only.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

export type GuardAction = 'converted' | 'pasted-anyway' | 'sent-anyway' | 'cancelled';
export type GuardTrigger = 'paste' | 'drop' | 'send';

export interface Decision {
  time: number;
  site: string;
  ruleIds: string[];
  action: GuardAction;
  trigger: GuardTrigger;
}

export interface SharedLink {
  /** The server's record id (public: it is in the URL path of status calls). */
  id: string;
  server: string;
  manageToken: string;
  createdAt: number;
  expiresAt: number;
  /** Views the link was made with, to tell "opened" from "not yet opened". */
  views?: number;
  /** Set once the sender revoked it from here. */
  revoked?: boolean;
}

interface HistoryDb extends DBSchema {
  decisions: { key: number; value: Decision; indexes: { time: number } };
  links: { key: string; value: SharedLink; indexes: { createdAt: number } };
}

const DB_NAME = 'keywarden';

let database: Promise<IDBPDatabase<HistoryDb>> | undefined;

function db(): Promise<IDBPDatabase<HistoryDb>> {
  database ??= openDB<HistoryDb>(DB_NAME, 1, {
    upgrade(upgradeDb) {
      const decisions = upgradeDb.createObjectStore('decisions', { autoIncrement: true });
      decisions.createIndex('time', 'time');
      const links = upgradeDb.createObjectStore('links', { keyPath: 'id' });
      links.createIndex('createdAt', 'createdAt');
    },
  });
  return database;
}

export async function recordDecision(decision: Decision): Promise<void> {
  await (await db()).add('decisions', decision);
}

/** Newest first. */
export async function listDecisions(limit = 500): Promise<Decision[]> {
  const out: Decision[] = [];
  let cursor = await (
    await db()
  )
    .transaction('decisions')
    .store.index('time')
    .openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function rememberLink(link: SharedLink): Promise<void> {
  await (await db()).put('links', link);
}

export async function listLinks(): Promise<SharedLink[]> {
  return (await (await db()).getAllFromIndex('links', 'createdAt')).reverse();
}

export async function getLink(id: string): Promise<SharedLink | undefined> {
  return (await db()).get('links', id);
}

export async function clearDecisions(): Promise<void> {
  await (await db()).clear('decisions');
}

/** Drops decisions older than `cutoff` (ms since epoch); returns how many went. */
export async function pruneDecisions(cutoff: number): Promise<number> {
  const tx = (await db()).transaction('decisions', 'readwrite');
  let removed = 0;
  let cursor = await tx.store.index('time').openCursor(IDBKeyRange.upperBound(cutoff, true));
  while (cursor) {
    await cursor.delete();
    removed++;
    cursor = await cursor.continue();
  }
  await tx.done;
  return removed;
}
