// The least any linter written for Node.js must do with a file (not a linter: a yardstick for
// the benchmark): start Node, read the file, and look at every character once, noting where
// each word starts and on which line, and the distinct words. No tree, no schema, no rules. Its
// wall time next to `keepalived -t` on the same file shows how much of keepalived's time a Node
// program has spent before it has checked anything.
//   node out/bench/floor.js FILE   → prints "<words> <lines> <distinct words>"
import * as fs from 'node:fs';

function scan(text: string): { words: number; lines: number; distinct: number } {
  const starts = new Int32Array((text.length >> 1) + 1);
  const lineOf = new Int32Array((text.length >> 1) + 1);
  let words = 0;
  let line = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      inWord = false;
    } else if (c === 32 || c === 9 || c === 13) inWord = false;
    else if (!inWord) {
      inWord = true;
      starts[words] = i;
      lineOf[words++] = line;
    }
  }
  // Every linter compares words with its keyword table: make each one a string and look it up.
  const seen = new Map<string, number>();
  for (let w = 0; w < words; w++) {
    let e = starts[w];
    while (e < text.length) {
      const c = text.charCodeAt(e);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      e++;
    }
    const word = text.slice(starts[w], e);
    seen.set(word, (seen.get(word) ?? 0) + 1);
  }
  return { words, lines: line, distinct: seen.size };
}

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node out/bench/floor.js FILE\n');
  process.exit(2);
}
const r = scan(fs.readFileSync(file, 'utf8'));
process.stdout.write(`${r.words} ${r.lines} ${r.distinct}\n`);
