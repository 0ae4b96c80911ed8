#!/usr/bin/env node
// Generates src/language/schema/keywords.json from ../shared/keepalived/keywords.json.
// The generated file is committed: a user's clone has no ../shared.
// We keep the facts the language service needs and drop provenance fields
// (handler source locations) that only matter to whoever extracted the data.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const input = process.argv[2] ?? path.resolve(root, '..', 'shared', 'keepalived', 'keywords.json');
const output = path.join(root, 'src', 'language', 'schema', 'keywords.json');

if (!fs.existsSync(input)) {
  console.error(`gen-schema: ${input} not found. The committed schema in ${path.relative(root, output)} is used as it is.`);
  process.exit(2);
}

const DROP = new Set(['source', 'block_end_check']);

function convert(node) {
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (DROP.has(k)) continue;
    if (k === 'keywords') {
      out.keywords = {};
      for (const [name, child] of Object.entries(v)) out.keywords[name] = convert(child);
    } else {
      out[k] = v;
    }
  }
  return out;
}

const data = JSON.parse(fs.readFileSync(input, 'utf8'));
const meta = data._meta;
const result = {
  generatedFrom: 'shared/keepalived/keywords.json',
  keepalivedVersion: meta.keepalived_version,
  lexical: meta.lexical,
  root: Object.fromEntries(Object.entries(data.root).map(([k, v]) => [k, convert(v)])),
};
fs.writeFileSync(output, JSON.stringify(result, null, 1) + '\n');
console.log(`gen-schema: wrote ${path.relative(root, output)}`);
