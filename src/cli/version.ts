// The tool's own version and home page, read from package.json at run time: the bundle
// (dist/cli.js) and the compiled tests (out/src/cli) sit at different depths.
import * as fs from 'node:fs';
import * as path from 'node:path';

interface PackageInfo {
  name: string;
  version: string;
  homepage?: string;
  publisher?: string;
}

let cached: PackageInfo | undefined;

export function packageInfo(): PackageInfo {
  if (cached) return cached;
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    try {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as PackageInfo;
      if (pkg.name === 'keepalived-lab') return (cached = pkg);
    } catch {
      // not there or not ours: keep going up
    }
    if (path.dirname(dir) === dir) return (cached = { name: 'keepalived-lab', version: '0.0.0' });
  }
}

/** Where users learn about the tool (SARIF's informationUri): the homepage, else the Marketplace page. */
export function informationUri(): string {
  const pkg = packageInfo();
  if (pkg.homepage) return pkg.homepage;
  return `https://marketplace.visualstudio.com/items?itemName=${pkg.publisher ?? pkg.name}.${pkg.name}`;
}
