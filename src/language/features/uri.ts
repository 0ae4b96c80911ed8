// File paths <-> file:// URIs. The language service works with absolute paths; LSP with URIs.
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Maps a file of the analysis to the URI to report; the server passes one that reuses the editor's URIs. */
export type UriOf = (file: string) => string;

export const fileToUri: UriOf = (file) => pathToFileURL(file).href;

/** The file path of a file:// URI; other schemes (untitled:) keep their text so they still work as keys. */
export function uriToFile(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}
