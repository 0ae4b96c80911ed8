// Trimming of command output for the report: long outputs keep their head and tail with a
// marker saying how much was left out, so nothing shown is ever invented or silently lost.

export interface TrimOptions {
  /** Outputs with at most this many lines are kept whole (default 60). */
  maxLines?: number;
  /** Lines kept from the start when trimming (default 25). */
  head?: number;
  /** Lines kept from the end when trimming (default 20). */
  tail?: number;
  /** Longer lines are cut, with a marker, to this many characters (default 400). */
  maxLineLength?: number;
  /** The marker for omitted lines: `… N lines omitted …` by default. */
  linesMarker?: (omitted: number) => string;
  /** The marker appended to a cut line: `… (N characters omitted)` by default. */
  charsMarker?: (omitted: number) => string;
}

export interface Trimmed {
  text: string;
  /** Lines left out in the middle (0 when the output was kept whole). */
  omittedLines: number;
  /** Lines that were cut because they were too long. */
  cutLines: number;
}

const defaultLines = (n: number): string => `… ${n} lines omitted …`;
const defaultChars = (n: number): string => `… (${n} characters omitted)`;

/** Splits output into lines, dropping the one empty "line" after a final newline. */
export function outputLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Keeps head and tail of a long output with a marker in between; cuts overlong lines. */
export function trimOutput(text: string, opts: TrimOptions = {}): Trimmed {
  const maxLines = opts.maxLines ?? 60;
  const head = Math.max(0, opts.head ?? 25);
  const tail = Math.max(0, opts.tail ?? 20);
  const maxLen = opts.maxLineLength ?? 400;
  const linesMarker = opts.linesMarker ?? defaultLines;
  const charsMarker = opts.charsMarker ?? defaultChars;
  let lines = outputLines(text);
  let cutLines = 0;
  lines = lines.map((l) => {
    // Count characters, not UTF-16 units, so a cut never splits a character.
    const chars = [...l];
    if (chars.length <= maxLen) return l;
    cutLines++;
    return chars.slice(0, maxLen).join('') + ' ' + charsMarker(chars.length - maxLen);
  });
  // Trimming must save something: never replace fewer lines than the marker costs.
  if (lines.length <= maxLines || lines.length <= head + tail + 1) return { text: lines.join('\n'), omittedLines: 0, cutLines };
  const omitted = lines.length - head - tail;
  return {
    text: [...lines.slice(0, head), linesMarker(omitted), ...(tail ? lines.slice(-tail) : [])].join('\n'),
    omittedLines: omitted,
    cutLines,
  };
}
