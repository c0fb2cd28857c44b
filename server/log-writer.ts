/**
 * Collects log lines and writes them to `write` once per event-loop turn. Under load that is one
 * write call per batch of requests instead of one per request (a synchronous write when stdout is
 * a file or /dev/null).
 */
export function batchedLines(write: (text: string) => void): {
  push(line: string): void;
  flush(): void;
} {
  let lines: string[] = [];
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (lines.length === 0) return;
    const text = lines.join('\n') + '\n';
    lines = [];
    write(text);
  };
  return {
    push(line) {
      lines.push(line);
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}
