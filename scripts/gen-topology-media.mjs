#!/usr/bin/env node
// Writes media/topology.svg (the traffic step's picture in the walkthrough) with the topology
// renderer on the namespace lab's hosts in the state the step expects, so the picture cannot
// drift from the renderer; test/lab/topologyPicture.test.ts checks the committed file.
// Run after `npx tsc -p .`:  node scripts/gen-topology-media.mjs [--check]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { exampleSvg } = require(path.join(root, 'out/src/lab/view/topologyExample.js'));

const file = path.join(root, 'media', 'topology.svg');
const svg = exampleSvg('en');
if (process.argv.includes('--check')) {
  const same = fs.existsSync(file) && fs.readFileSync(file, 'utf8') === svg;
  console.log(same ? 'media/topology.svg is up to date' : 'media/topology.svg is out of date: run node scripts/gen-topology-media.mjs');
  process.exit(same ? 0 : 1);
}
fs.writeFileSync(file, svg);
console.log(`wrote ${path.relative(root, file)} (${svg.length} bytes)`);
