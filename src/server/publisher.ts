// Publishes diagnostics for every open document: right away when a document is opened,
// debounced while it is being typed in. Each open file gets the findings located in it,
// also when they come from the configuration that includes it. The wait after a change depends
// on how long the analysis after the previous change took: an edit that is re-analysed in a few
// milliseconds (incremental re-analysis) is answered at once, a slow analysis waits for a pause
// in typing. (Changes that arrive while the server is busy are taken together in any case.)
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { toLspDiagnostic } from '../language';
import { ConfigWorkspace, DocumentSource } from './workspace';

/** The longest wait after the last change, for analyses that take that long or longer. */
export const DEBOUNCE_MS = 150;
/** Analyses up to this long run right after a change (changes already received are taken together). */
export const IMMEDIATE_BELOW_MS = 250;

/** How long to wait after a change when the last analysis took `lastMs`. */
export function debounceFor(lastMs: number): number {
  return lastMs <= IMMEDIATE_BELOW_MS ? 0 : Math.min(DEBOUNCE_MS, Math.round(lastMs));
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** What was last sent per URI, to avoid sending the same list again. */
  private readonly sent = new Map<string, string>();
  /** Duration of the last publishing after a change (the analyses it needed); opening a file does not count. */
  private lastRunMs = 0;

  constructor(
    private readonly workspace: ConfigWorkspace,
    private readonly documents: DocumentSource,
    private readonly send: (params: PublishDiagnosticsParams) => void,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  /** Publishes after a quiet period (a change in one file can change the findings of others). */
  schedule(uri = ''): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      const started = performance.now();
      try {
        this.publishAll();
      } finally {
        this.lastRunMs = performance.now() - started;
      }
    }, debounceFor(this.lastRunMs)));
  }

  publishNow(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.publishAll();
  }

  closed(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.sent.delete(uri);
    this.send({ uri, diagnostics: [] });
    this.publishAll();
  }

  publishAll(): void {
    for (const doc of this.documents.all()) {
      try {
        const served = this.workspace.analysisFor(doc.uri);
        const diagnostics = served ? served.analysis.diagnostics.filter((d) => d.file === served.file).map((d) => toLspDiagnostic(d, this.workspace.uriOf)) : [];
        const key = `${doc.version}\0${JSON.stringify(diagnostics)}`;
        if (this.sent.get(doc.uri) === key) continue;
        this.sent.set(doc.uri, key);
        this.send({ uri: doc.uri, version: doc.version, diagnostics });
      } catch (e) {
        this.log(`keepalived-lab: analysing ${doc.uri} failed: ${(e as Error).stack ?? e}`);
      }
    }
  }
}
