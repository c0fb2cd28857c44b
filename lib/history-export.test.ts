import { describe, expect, test } from 'vitest';
import { countThisWeek, decisionsToCsv, decisionsToJson } from './history-export';
import type { DecisionRecord } from './message-schemas';

const now = Date.parse('2026-03-10T12:00:00Z');
const day = 24 * 60 * 60 * 1000;
const decision = (time: number, site = 'chat.example'): DecisionRecord => ({
  time,
  site,
  ruleIds: ['github-pat', 'aws-access-key'],
  action: 'converted',
  trigger: 'paste',
});

describe('history export', () => {
  test('counts the last seven days only', () => {
    expect(countThisWeek([decision(now - day), decision(now - 8 * day)], now)).toBe(1);
  });

  test('CSV has a header, ISO times, and defuses formula-looking cells', () => {
    const csv = decisionsToCsv([decision(now), decision(now, '=cmd,x')]);
    expect(csv.split('\r\n')).toEqual([
      'time,site,kinds,action,trigger',
      '2026-03-10T12:00:00.000Z,chat.example,github-pat aws-access-key,converted,paste',
      `2026-03-10T12:00:00.000Z,"'=cmd,x",github-pat aws-access-key,converted,paste`,
      '',
    ]);
  });

  test('JSON keeps every field with an ISO time', () => {
    expect(JSON.parse(decisionsToJson([decision(now)]))).toEqual([
      { ...decision(now), time: '2026-03-10T12:00:00.000Z' },
    ]);
  });
});
