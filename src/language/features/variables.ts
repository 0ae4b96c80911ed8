// $NAME definitions: which one is in effect at a line, and which reference is under the cursor.
import * as path from 'node:path';
import { Analysis } from '../analyze';
import { Definition } from '../reader';
import { Position, Range, range } from '../types';
import { fileText, lineOf } from './semanticContext';
import { msg } from '../i18n';

const VAR_RE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?: [^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

/** The $NAME or ${NAME ...} reference under the cursor, if any. */
export function variableAt(analysis: Analysis, pos: Position, file: string): { name: string; range: Range } | undefined {
  const line = lineOf(fileText(analysis, file), pos.line);
  // A definition line's own name is "$NAME=" at the start; that is handled like a use.
  for (const m of line.matchAll(VAR_RE)) {
    const start = m.index ?? 0;
    if (pos.character >= start && pos.character <= start + m[0].length) {
      return { name: m[1] ?? m[2], range: range(pos.line, start, pos.line, start + m[0].length) };
    }
  }
  return undefined;
}

export interface DefinitionValue {
  text: string;
  def?: Definition;
}

/**
 * The value of $NAME at `line` of `file`. The definition in effect is the last one read before
 * the line: the last earlier one in the same file, else the last one read from another file.
 */
export function definitionValue(analysis: Analysis, name: string, file: string, line: number): DefinitionValue | undefined {
  const defs = analysis.doc.read.definitions.filter((d) => d.name === name);
  const sameFile = defs.filter((d) => d.file === file && d.range.start.line <= line);
  const def = sameFile[sameFile.length - 1] ?? defs.filter((d) => d.file !== file).pop();
  if (def) return { text: def.value, def };
  switch (name) {
    case '_PWD':
      return { text: path.dirname(file) };
    case '_INSTANCE':
      return { text: analysis.options.configId };
    case '_HASH':
      return { text: '#' };
    case '_BANG':
      return { text: '!' };
    case '_ENV':
      return { text: msg().envVariableDescription() };
    case '_RANDOM':
      return { text: msg().randomNumberDescription() };
    default:
      return undefined;
  }
}
