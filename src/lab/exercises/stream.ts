// A long-running command whose output lines are timed as they arrive here: failover is
// measured on our clock from streamed lines, so the lab hosts' clocks never matter.
import { CommandRecord, CommandSpec, ProcedureApi } from './types';

export interface TimedLine {
  /** Milliseconds on the procedure's clock when the line arrived. */
  t: number;
  text: string;
}

export class LineStream {
  readonly lines: TimedLine[] = [];
  readonly done: Promise<CommandRecord>;
  private buffer = '';
  private finished = false;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly api: ProcedureApi, spec: CommandSpec) {
    this.done = api.exec(spec, { onStdout: (chunk) => this.feed(chunk) });
    this.done.then(() => this.end(), () => this.end());
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    const parts = this.buffer.split('\n');
    this.buffer = parts.pop() ?? '';
    const t = this.api.now();
    for (const p of parts) this.lines.push({ t, text: p });
    if (parts.length) this.notify();
  }

  private end(): void {
    if (this.buffer) this.lines.push({ t: this.api.now(), text: this.buffer });
    this.buffer = '';
    this.finished = true;
    this.notify();
  }

  private notify(): void {
    for (const w of [...this.waiters]) w();
  }

  /** The first line (from index `from`) that matches, waiting for it up to `timeoutMs`; undefined when none came. */
  async waitFor(match: (l: TimedLine) => boolean, timeoutMs: number, from = 0): Promise<TimedLine | undefined> {
    const deadline = this.api.now() + timeoutMs;
    let i = from;
    for (;;) {
      for (; i < this.lines.length; i++) if (match(this.lines[i])) return this.lines[i];
      if (this.finished || this.api.now() >= deadline || this.api.signal.aborted) return undefined;
      await new Promise<void>((resolve) => {
        const wake = (): void => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, Math.max(1, deadline - this.api.now()));
        this.waiters.add(wake);
      });
    }
  }
}
