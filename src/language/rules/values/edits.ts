// Text edits shared by quick fixes.
import { Position, Range } from '../../types';

/** The range that deletes a statement: its whole line when nothing else is on it, else just the statement. */
export function statementRemoval(text: string | undefined, from: Position, to: Position): Range {
  const lines = text?.split('\n');
  const first = lines?.[from.line];
  const last = lines?.[to.line];
  if (first !== undefined && last !== undefined && first.slice(0, from.character).trim() === '' && last.slice(to.character).replace(/[#!].*$/, '').trim() === '') {
    return { start: { line: from.line, character: 0 }, end: { line: to.line + 1, character: 0 } };
  }
  return { start: from, end: to };
}
