// Applies LSP text edits to a text (test helper).
import { TextEdit } from 'vscode-languageserver-types';

function offsetOf(text: string, line: number, character: number): number {
  let off = 0;
  for (let i = 0; i < line; i++) {
    const nl = text.indexOf('\n', off);
    if (nl < 0) return text.length;
    off = nl + 1;
  }
  return Math.min(off + character, text.length);
}

export function applyEdits(text: string, edits: TextEdit[]): string {
  const withOffsets = edits.map((e) => ({ e, start: offsetOf(text, e.range.start.line, e.range.start.character), end: offsetOf(text, e.range.end.line, e.range.end.character) }));
  withOffsets.sort((a, b) => b.start - a.start);
  let out = text;
  for (const { e, start, end } of withOffsets) out = out.slice(0, start) + e.newText + out.slice(end);
  return out;
}
