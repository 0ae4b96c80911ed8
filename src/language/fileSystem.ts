// How the language service reads included files. The service itself never touches
// the disk directly: the CLI passes a Node implementation, the server one that
// prefers the editor's unsaved buffers.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { msg } from './i18n';

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  executable: boolean;
  size: number;
}

export interface FileSystemHost {
  /** Throws an Error with a readable message when the file cannot be read. */
  readFile(file: string): string;
  stat(file: string): FileStat | undefined;
  readDir(dir: string): string[];
}

/** Files larger than this are not read (keepalived configs are small; this keeps /dev/zero-like input bounded). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export class NodeFileSystem implements FileSystemHost {
  readFile(file: string): string {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new Error(msg().notRegularFile(file));
    if (st.size > MAX_FILE_BYTES) throw new Error(msg().fileTooLarge(file, MAX_FILE_BYTES));
    return fs.readFileSync(file, 'utf8');
  }
  stat(file: string): FileStat | undefined {
    try {
      const st = fs.statSync(file);
      return { isFile: st.isFile(), isDirectory: st.isDirectory(), executable: (st.mode & 0o111) !== 0, size: st.size };
    } catch {
      return undefined;
    }
  }
  readDir(dir: string): string[] {
    try {
      return fs.readdirSync(dir);
    } catch {
      return [];
    }
  }
}

/** A file system that serves some files from memory first (open editor buffers, tests). */
export class OverlayFileSystem implements FileSystemHost {
  constructor(private readonly files: Map<string, string>, private readonly fallback?: FileSystemHost) {}
  readFile(file: string): string {
    const text = this.files.get(path.resolve(file));
    if (text !== undefined) return text;
    if (this.fallback) return this.fallback.readFile(file);
    throw new Error(msg().fileDoesNotExist(file));
  }
  stat(file: string): FileStat | undefined {
    const text = this.files.get(path.resolve(file));
    if (text !== undefined) return { isFile: true, isDirectory: false, executable: false, size: text.length };
    const abs = path.resolve(file) + path.sep;
    for (const k of this.files.keys()) if (k.startsWith(abs)) return { isFile: false, isDirectory: true, executable: false, size: 0 };
    return this.fallback?.stat(file);
  }
  readDir(dir: string): string[] {
    const abs = path.resolve(dir) + path.sep;
    const names = new Set<string>();
    for (const k of this.files.keys()) if (k.startsWith(abs)) names.add(k.slice(abs.length).split(path.sep)[0]);
    for (const n of this.fallback?.readDir(dir) ?? []) names.add(n);
    return [...names].sort();
  }
}
