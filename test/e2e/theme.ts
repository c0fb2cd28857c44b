/** Whether a computed CSS colour reads as dark: relative luminance under a half. */
export function isDark(cssColor: string): boolean {
  const [r = 0, g = 0, b = 0] = (cssColor.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 < 0.5;
}
