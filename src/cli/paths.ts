// How files are named in the output: as the user typed them on the command line, and
// included files in the same style (relative to the current directory when the user
// gave a relative path, absolute otherwise).
import * as path from 'node:path';

export class PathNamer {
  /** Absolute path → the exact spelling from the command line. */
  private readonly given = new Map<string, string>();
  private readonly relative = new Map<string, boolean>();

  constructor(private readonly cwd: string) {}

  /** Records a command-line argument; `root` is its absolute path. */
  addGiven(arg: string, abs: string): void {
    if (!this.given.has(abs)) this.given.set(abs, arg);
  }

  /** Included files are shown relative when the file that started the analysis was given relative. */
  setStyle(rootAbs: string, files: Iterable<string>): void {
    const rel = !path.isAbsolute(this.given.get(rootAbs) ?? rootAbs);
    for (const f of files) if (!this.relative.has(f)) this.relative.set(f, rel);
  }

  display(abs: string): string {
    const given = this.given.get(abs);
    if (given !== undefined) return given;
    if (this.relative.get(abs)) return path.relative(this.cwd, abs) || '.';
    return abs;
  }
}

/** The path of `abs` relative to `dir` when it lies below `dir`, else undefined. */
export function relativeUnder(dir: string, abs: string): string | undefined {
  const rel = path.relative(dir, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : undefined;
}

/**
 * A SARIF artifact location: a forward-slash URI relative to %SRCROOT% (the current
 * directory) for files under it, an absolute file: URI for files elsewhere.
 */
export function sarifLocation(abs: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = relativeUnder(cwd, abs);
  if (rel !== undefined) return { uri: encodeSegments(rel.split(path.sep)), uriBaseId: '%SRCROOT%' };
  return { uri: 'file://' + encodeSegments(abs.split(path.sep)) };
}

/** The %SRCROOT% base, as SARIF wants it: an absolute file: URI ending with '/'. */
export function directoryUri(dir: string): string {
  const uri = 'file://' + encodeSegments(dir.split(path.sep));
  return uri.endsWith('/') ? uri : uri + '/';
}

function encodeSegments(segments: string[]): string {
  return segments.map((s) => encodeURIComponent(s)).join('/');
}
