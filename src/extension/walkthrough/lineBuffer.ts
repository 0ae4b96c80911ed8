// Streamed command output arrives in chunks that split lines anywhere; the output channel
// gets whole lines, each tagged with its host.
export class LineBuffer {
  private readonly pending = new Map<string, string>();

  constructor(private readonly emit: (host: string, line: string) => void) {}

  push(host: string, chunk: string): void {
    const parts = ((this.pending.get(host) ?? '') + chunk).split('\n');
    this.pending.set(host, parts.pop() ?? '');
    for (const p of parts) this.emit(host, p.replace(/\r$/, ''));
  }

  flush(): void {
    for (const [host, rest] of this.pending) if (rest) this.emit(host, rest);
    this.pending.clear();
  }
}
