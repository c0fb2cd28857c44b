/**
 * Where the identifier that ends at `at` begins: letters, digits, `_`, `.` and `-`, as key names
 * are written in code and configuration (`PAYPAL_CLIENT_`, `spring.datasource.`), looking back at
 * most `reach` characters so that a long run costs a bounded read.
 */
export function identifierStart(text: string, at: number, reach: number): number {
  let i = at;
  const lo = Math.max(0, at - reach);
  for (; i > lo; i--) {
    const c = text.charCodeAt(i - 1);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (!letter && !(c >= 48 && c <= 57) && c !== 95 && c !== 46 && c !== 45) break;
  }
  return i;
}
