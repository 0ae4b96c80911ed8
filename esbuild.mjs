// Bundles the command-line tool, the language server and the VS Code extension into dist/ (one file each).
import * as esbuild from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  logLevel: 'warning',
  // ssh2's optional native helpers: it falls back to pure JavaScript when they cannot be loaded.
  external: ['*.node', 'cpu-features'],
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js' }),
  // `keepalived-lab lint` alone, without the lab's code: bin/keepalived-lab starts it for lint.
  // Without comments and blank space it is pure ASCII and a fifth smaller, which V8 loads
  // measurably faster (a one-byte source string); names are kept, so stack traces still read.
  esbuild.build({ ...common, entryPoints: ['src/cli/lintMain.ts'], outfile: 'dist/lint.js', minifyWhitespace: true, minifySyntax: true }),
  esbuild.build({ ...common, entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js' }),
  // The editor provides `vscode` at run time; everything else (vscode-languageclient) is bundled.
  // ssh2 (the lab layer) loads its native helpers (cpu-features, *.node) inside try/catch and falls back
  // to plain JavaScript: keep them out of the bundle so a missing optional build cannot break it.
  esbuild.build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', '*.node', 'cpu-features'] }),
]);
