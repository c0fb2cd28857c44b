import { describe, expect, test } from 'vitest';
import { decodeBase64, decodeBase64Json, isBase64JsonWith } from './base64-json';

const b64 = (text: string) => btoa(text);
const b64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

describe('base64-json', () => {
  test('decodes padded and unpadded, standard and URL-safe base64', () => {
    expect(decodeBase64(b64('hello?>'))).toBe('hello?>');
    expect(decodeBase64(b64url('hello?>'))).toBe('hello?>');
    expect(decodeBase64('a')).toBeNull();
    expect(decodeBase64('not base64!')).toBeNull();
  });

  test('accepts only JSON objects', () => {
    expect(decodeBase64Json(b64('{"a":1}'))).toEqual({ a: 1 });
    expect(decodeBase64Json(b64('[1,2]'))).toBeNull();
    expect(decodeBase64Json(b64('{"a":'))).toBeNull();
    expect(decodeBase64Json(b64('"text"'))).toBeNull();
  });

  test('checks required keys', () => {
    const blob = b64url('{"iat":1,"url":"https://example.com"}');
    expect(isBase64JsonWith(blob, ['iat', 'url'])).toBe(true);
    expect(isBase64JsonWith(blob, ['iat', 'org'])).toBe(false);
  });
});
