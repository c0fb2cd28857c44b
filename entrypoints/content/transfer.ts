/**
 * Strings and files of a clipboard or drag payload, kept so "paste anyway" can replay it whole
 * (a paste event's own DataTransfer cannot be read once its handlers have run). `text` is its
 * text/plain, already read: each read copies the whole string again.
 */
export function copyTransfer(source: DataTransfer, text: string): DataTransfer {
  const copy = new DataTransfer();
  const types = source.types;
  for (const type of types) {
    if (type !== 'Files') copy.setData(type, type === 'text/plain' ? text : source.getData(type));
  }
  if (types.includes('Files')) for (const file of Array.from(source.files)) copy.items.add(file);
  return copy;
}
