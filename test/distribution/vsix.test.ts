// The distribution: the .vsix that `npm run package` makes (built here the same way, with @vscode/vsce,
// into a temporary folder) is small, carries everything the manifest points at, and nothing else; and
// engines.vscode does not ask for a newer VS Code API than the oldest Theia we support implements.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import * as semver from 'semver';

const REPO = path.resolve(__dirname, '..', '..', '..');
const PKG = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
/** Eclipse Theia 1.70 (the oldest release we support) implements VS Code API 1.110. */
const OLDEST_THEIA_VSCODE_API = '1.110.0';
const MAX_BYTES = 2 * 1024 * 1024;

interface ZipEntry { name: string; method: number; compressedSize: number; offset: number }

/** The entries of a zip file, from its central directory (a .vsix is a plain zip). */
function zipEntries(buf: Buffer): ZipEntry[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file (no end of central directory record)');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`bad central directory entry at ${p}`);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
      method: buf.readUInt16LE(p + 10),
      compressedSize: buf.readUInt32LE(p + 20),
      offset: buf.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function readEntry(buf: Buffer, e: ZipEntry): Buffer {
  const nameLen = buf.readUInt16LE(e.offset + 26);
  const extraLen = buf.readUInt16LE(e.offset + 28);
  const start = e.offset + 30 + nameLen + extraLen;
  const data = buf.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(data);
  if (e.method === 8) return zlib.inflateRawSync(data);
  throw new Error(`${e.name}: unsupported zip method ${e.method}`);
}

/** Files (not folders) under a repo directory, as repo-relative paths with forward slashes. */
function filesUnder(dir: string): string[] {
  const abs = path.join(REPO, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true }) as string[])
    .filter((f) => fs.statSync(path.join(abs, f)).isFile())
    .map((f) => `${dir}/${f.split(path.sep).join('/')}`);
}

/** Every file path the manifest's contributions point at (grammars, icons, walkthrough media, schemas…). */
function manifestPaths(): string[] {
  const out: string[] = [PKG.main];
  const c = PKG.contributes ?? {};
  for (const l of c.languages ?? []) if (l.configuration) out.push(l.configuration);
  for (const g of c.grammars ?? []) out.push(g.path);
  for (const v of c.yamlValidation ?? []) if (!/^https?:/.test(v.url)) out.push(v.url);
  for (const containers of Object.values(c.viewsContainers ?? {}) as { icon?: string }[][]) for (const vc of containers) if (vc.icon && /[./]/.test(vc.icon)) out.push(vc.icon);
  for (const views of Object.values(c.views ?? {}) as { icon?: string }[][]) for (const v of views) if (v.icon && /\.(svg|png)$/.test(v.icon)) out.push(v.icon);
  for (const w of c.walkthroughs ?? []) {
    for (const s of w.steps ?? []) {
      const m = s.media ?? {};
      for (const k of ['svg', 'markdown', 'image']) if (typeof m[k] === 'string') out.push(m[k]);
    }
  }
  return out.map((p: string) => p.replace(/^\.\//, ''));
}

describe('distribution: the packaged .vsix', function () {
  this.timeout(180000);
  let buf: Buffer;
  let names: string[];
  let tmp: string;

  before(function () {
    for (const f of ['dist/extension.js', 'dist/server.js']) {
      assert.ok(fs.existsSync(path.join(REPO, f)), `${f} is missing: run 'npm run build' before the tests`);
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'keepalived-lab-vsix-'));
    const out = path.join(tmp, 'test.vsix');
    // The same command as `npm run package` (package.json), into a temporary file.
    const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
    execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out], {
      cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'], timeout: 150000,
    });
    buf = fs.readFileSync(out);
    names = zipEntries(buf).map((e) => e.name);
  });
  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('is smaller than 2 MB', () => {
    assert.ok(buf.length < MAX_BYTES, `the .vsix is ${(buf.length / 1024 / 1024).toFixed(2)} MB`);
  });

  it('carries the bundles, grammar, schema, walkthroughs, media, docs and everything the manifest points at', () => {
    const required = new Set([
      'package.json', 'readme.md', 'changelog.md', 'LICENSE.txt', 'dist/extension.js', 'dist/server.js',
      ...manifestPaths(),
      ...filesUnder('media'),
      ...filesUnder('walkthroughs'),
      ...filesUnder('docs').filter((f) => f.endsWith('.md')),
      // Translations, once the project has them: every file of l10n/ and every package.nls*.json.
      ...filesUnder('l10n'),
      ...fs.readdirSync(REPO).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f)),
    ]);
    const missing = [...required].filter((f) => !names.includes(`extension/${f}`));
    assert.deepEqual(missing, [], `missing from the .vsix: ${missing.join(', ')}`);
    assert.ok(names.includes('extension.vsixmanifest'), 'the VSIX manifest');
  });

  it('carries no sources, tests, node_modules, source maps, scripts, examples or images of the docs', () => {
    const allowed = [
      /^extension\.vsixmanifest$/, /^\[Content_Types\]\.xml$/,
      /^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt|language-configuration\.json)$/,
      /^extension\/package\.nls(\.[\w-]+)?\.json$/,
      /^extension\/dist\/(extension|server)\.js$/,
      /^extension\/syntaxes\/[\w.-]+\.json$/, /^extension\/schemas\/[\w.-]+\.json$/,
      /^extension\/(media|walkthroughs|l10n)\//,
      /^extension\/docs\/[\w.-]+\.md$/,
    ];
    const unexpected = names.filter((n) => !n.endsWith('/') && !allowed.some((re) => re.test(n)));
    assert.deepEqual(unexpected, [], `not meant for the .vsix: ${unexpected.join(', ')}`);
    for (const bad of [/\/node_modules\//, /\.ts$/, /\.map$/, /^extension\/(src|test|out|scripts|bench|examples|scratch)\//]) {
      assert.ok(!names.some((n) => bad.test(n)), `nothing matching ${bad}`);
    }
  });

  it('the packaged manifest is this package.json (name, version, engines)', () => {
    const entry = zipEntries(buf).find((e) => e.name === 'extension/package.json');
    assert.ok(entry, 'extension/package.json');
    const packed = JSON.parse(readEntry(buf, entry).toString('utf8'));
    assert.equal(packed.name, PKG.name);
    assert.equal(packed.version, PKG.version);
    assert.deepEqual(packed.engines, PKG.engines);
  });
});

describe('distribution: engines.vscode', () => {
  const range: string = PKG.engines?.vscode;

  it('is a valid semver range', () => {
    assert.ok(typeof range === 'string' && semver.validRange(range), `engines.vscode '${range}' is not a semver range`);
  });

  it(`asks for no newer VS Code API than ${OLDEST_THEIA_VSCODE_API} (what Eclipse Theia 1.70 implements)`, () => {
    const min = semver.minVersion(range);
    assert.ok(min, `engines.vscode '${range}' admits no version`);
    assert.ok(semver.lte(min, OLDEST_THEIA_VSCODE_API), `engines.vscode '${range}' needs at least ${min.version}, newer than ${OLDEST_THEIA_VSCODE_API}`);
    assert.ok(semver.satisfies(OLDEST_THEIA_VSCODE_API, range), `VS Code API ${OLDEST_THEIA_VSCODE_API} does not satisfy engines.vscode '${range}'`);
  });

  it('the @types/vscode the extension is compiled against is not newer than engines.vscode allows', () => {
    const typesVersion = semver.coerce(PKG.devDependencies?.['@types/vscode']);
    const min = semver.minVersion(range);
    assert.ok(typesVersion && min, '@types/vscode and engines.vscode are set');
    assert.ok(semver.lte(typesVersion, min), `@types/vscode ${typesVersion.version} is newer than the oldest VS Code allowed (${min.version}): APIs could be used that it lacks`);
  });
});
