// Which analysis serves an open document. A file that another configuration includes is
// analysed as part of that configuration (so its keywords are read inside the right block):
// the "owner" is an open document that includes it, else a keepalived.conf next to it or in
// a parent folder that includes it; otherwise the file is analysed on its own.
// Analyses are cached and reused while none of the files they read has changed; after an edit
// of an open file, its previous analysis is updated incrementally where that is possible.
import * as path from 'node:path';
import { Analysis, AnalysisOptions, FileSystemHost, NodeFileSystem, OverlayFileSystem, analyze, fileToUri, uriToFile } from '../language';
import { analyzeEdited } from '../language/incremental';
import { ServerSettings } from './settings';

export interface OpenDocument {
  uri: string;
  version: number;
  getText(): string;
}

export interface DocumentSource {
  get(uri: string): OpenDocument | undefined;
  all(): OpenDocument[];
}

interface CacheEntry {
  analysis: Analysis;
  /** Version of each open buffer the analysis read (-1: read from disk). */
  read: Map<string, number>;
}

const OWNER_NAMES = ['keepalived.conf'];
const OWNER_SEARCH_DEPTH = 3;

export class ConfigWorkspace {
  private readonly cache = new Map<string, CacheEntry>();
  /** How many analyses were made in full and how many incrementally (for logs and tests). */
  readonly counts = { full: 0, incremental: 0 };

  constructor(private readonly documents: DocumentSource, private readonly settings: () => ServerSettings, private readonly disk: FileSystemHost = new NodeFileSystem()) {}

  /** File path used for a document (non-file URIs get a stable virtual path). */
  pathOf(uri: string): string {
    if (uri.startsWith('file:')) return path.resolve(uriToFile(uri));
    return path.join(path.sep, '__untitled__', encodeURIComponent(uri));
  }

  /** The URI to report for a file: the editor's own URI when it is open. */
  readonly uriOf = (file: string): string => {
    for (const d of this.documents.all()) if (this.pathOf(d.uri) === file) return d.uri;
    return fileToUri(file);
  };

  /** Forgets every analysis (settings changed, documents opened or closed). */
  clear(): void {
    this.cache.clear();
  }

  private openBuffers(): Map<string, OpenDocument> {
    const m = new Map<string, OpenDocument>();
    for (const d of this.documents.all()) m.set(this.pathOf(d.uri), d);
    return m;
  }

  /** Analysis of `file` as the starting file of a configuration (cached). */
  private rootAnalysis(file: string, buffers: Map<string, OpenDocument>): Analysis | undefined {
    const hit = this.cache.get(file);
    if (hit && [...hit.read].every(([f, v]) => (buffers.get(f)?.version ?? -1) === v)) return hit.analysis;
    const own = buffers.get(file);
    if (!own && !this.disk.stat(file)?.isFile) return undefined;
    const texts = new Map<string, string>();
    for (const [f, d] of buffers) texts.set(f, d.getText());
    const s = this.settings();
    const options: AnalysisOptions = {
      version: s.keepalivedVersion,
      configId: s.configId,
      severities: s.severity,
      lang: s.lang,
      fs: new OverlayFileSystem(texts, this.disk),
    };
    // The previous analysis is handed over (it must not be used afterwards): forget it first.
    this.cache.delete(file);
    const made = own ? analyzeEdited(hit?.analysis, file, own.getText(), options) : { analysis: analyze(file, undefined, options), incremental: false };
    const analysis = made.analysis;
    this.counts[made.incremental ? 'incremental' : 'full']++;
    const read = new Map<string, number>();
    for (const f of analysis.doc.read.files.keys()) read.set(f, buffers.get(f)?.version ?? -1);
    this.cache.set(file, { analysis, read });
    return analysis;
  }

  /** The analysis to use for an open document, and the document's file path within it. */
  analysisFor(uri: string): { analysis: Analysis; file: string } | undefined {
    const buffers = this.openBuffers();
    const file = this.pathOf(uri);
    const owner = this.ownerOf(file, buffers);
    if (owner) return { analysis: owner, file };
    const own = this.rootAnalysis(file, buffers);
    return own ? { analysis: own, file } : undefined;
  }

  private ownerOf(file: string, buffers: Map<string, OpenDocument>): Analysis | undefined {
    const own = buffers.has(file) ? this.rootAnalysis(file, buffers) : undefined;
    const candidates = new Set<string>();
    for (const f of buffers.keys()) if (f !== file) candidates.add(f);
    for (const f of this.nearbyMainConfigs(file)) candidates.add(f);
    // Prefer the owner that includes the most (the outermost configuration).
    let best: Analysis | undefined;
    for (const c of [...candidates].sort()) {
      const a = this.rootAnalysis(c, buffers);
      if (!a || !a.doc.read.files.has(file)) continue;
      // Files including each other: only one of them may own the other.
      if (own?.doc.read.files.has(c) && c > file) continue;
      if (!best || a.doc.read.files.size > best.doc.read.files.size) best = a;
    }
    return best;
  }

  /** keepalived.conf in the file's folder and the folders above it. */
  private nearbyMainConfigs(file: string): string[] {
    if (!path.isAbsolute(file) || file.startsWith(path.join(path.sep, '__untitled__'))) return [];
    const out: string[] = [];
    let dir = path.dirname(file);
    for (let i = 0; i < OWNER_SEARCH_DEPTH; i++) {
      for (const n of OWNER_NAMES) {
        const c = path.join(dir, n);
        if (c !== file && this.disk.stat(c)?.isFile) out.push(c);
      }
      const up = path.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return out;
  }
}
