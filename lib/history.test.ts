import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import {
  listDecisions,
  listLinks,
  pruneDecisions,
  recordDecision,
  rememberLink,
  type Decision,
} from './history';

const decision = (time: number, action: Decision['action']): Decision => ({
  time,
  site: 'chat.example',
  ruleIds: ['github-pat'],
  action,
  trigger: 'paste',
});

describe('history', () => {
  test('decisions come back newest first and old ones can be pruned', async () => {
    await recordDecision(decision(1_000, 'cancelled'));
    await recordDecision(decision(3_000, 'converted'));
    await recordDecision(decision(2_000, 'pasted-anyway'));
    expect((await listDecisions()).map((d) => d.time)).toEqual([3_000, 2_000, 1_000]);
    expect(await pruneDecisions(2_000)).toBe(1);
    expect((await listDecisions()).map((d) => d.action)).toEqual(['converted', 'pasted-anyway']);
  });

  test('links are kept by id, newest first', async () => {
    const base = { server: 'http://127.0.0.1:8787', manageToken: 't', expiresAt: 9 };
    await rememberLink({ ...base, id: 'a', createdAt: 1 });
    await rememberLink({ ...base, id: 'b', createdAt: 2 });
    expect((await listLinks()).map((l) => l.id)).toEqual(['b', 'a']);
  });
});
