// Folding ranges from the text itself (braces outside quotes and comments, comment runs), so
// folding works even where the parser ignored a block (unknown keywords).
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import { Analysis } from '../analyze';
import { identityMapped, splitPieces, stripComment } from '../lexer';
import { fileText } from './semanticContext';

export function foldingRanges(analysis: Analysis, file = analysis.doc.file): FoldingRange[] {
  return foldingRangesOfText(fileText(analysis, file));
}

export function foldingRangesOfText(text: string): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lines = text.split('\n');
  const open: number[] = [];
  let commentStart = -1;
  const endComments = (i: number) => {
    if (commentStart >= 0 && i - 1 > commentStart) out.push({ startLine: commentStart, endLine: i - 1, kind: FoldingRangeKind.Comment });
    commentStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (/^[ \t]*[#!]/.test(line)) {
      if (commentStart < 0) commentStart = i;
      continue;
    }
    endComments(i);
    for (const p of splitPieces(stripComment(identityMapped(line)).text)) {
      if (p.kind === 'open') open.push(i);
      else if (p.kind === 'close') {
        const start = open.pop();
        // Keep the closing brace visible: fold up to the line before it.
        if (start !== undefined && i - 1 > start) out.push({ startLine: start, endLine: i - 1 });
      }
    }
  }
  endComments(lines.length);
  return out.sort((a, b) => a.startLine - b.startLine);
}
