/**
 * Structure check for tokens that wrap a base64 JSON object (Sentry org tokens, 1Password service
 * accounts, Grafana Cloud, Mapbox): a look-alike that does not decode to an object is dropped.
 */

/** Decodes standard or URL-safe base64, padded or not; null when the text is not base64. */
export function decodeBase64(text: string): string | null {
  if (text.length > 16384 || !/^[A-Za-z0-9+/_-]*={0,2}$/.test(text)) return null;
  let normal = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (normal.length % 4 === 1) return null;
  while (normal.length % 4 !== 0) normal += '=';
  try {
    return atob(normal);
  } catch {
    return null;
  }
}

/** The JSON object inside a base64 string, or null when it is not one. */
export function decodeBase64Json(text: string): Record<string, unknown> | null {
  const decoded = decodeBase64(text);
  if (decoded === null) return null;
  try {
    const value: unknown = JSON.parse(decoded);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** True when `text` is base64 of a JSON object carrying every one of `keys`. */
export function isBase64JsonWith(text: string, keys: readonly string[]): boolean {
  const value = decodeBase64Json(text);
  return value !== null && keys.every((key) => key in value);
}
