// Formatting never changes what keepalived reads, checked with keepalived itself: the real
// `keepalived -t` gives the same exit status and the same messages (line numbers aside) for a
// configuration and its formatted form.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import fc from 'fast-check';
import { formatText } from '../../../src/language';
import { oracleAvailability, runKeepalived } from '../../parity/keepalivedOracle';
import { HAVE_SHARED, REPO, SHARED } from '../../support/fixtures';

const OPTIONS = { insertSpaces: true, tabSize: 2 };

/** Messy configurations: statements run together on lines, braces anywhere, odd blanks. */
function randomConfigs(count: number): string[] {
  const fragments = [
    'vrrp_instance VI_1', 'state MASTER', 'priority 100 / 50', 'interface eth0', 'virtual_router_id 5', 'virtual_ipaddress', '203.0.113.1', '203.0.113.2 dev eth0',
    'track_script', 'chk', 'vrrp_script chk', 'script "/bin/true a"', 'global_defs', 'router_id x', 'bogus', '{', '}', '{', '}', '# comment', '! bang',
    '$X=1', '$X', '@lbt', 'ab"c d"', 'virtual_server 203.0.113.9 80', 'real_server 203.0.113.10 80', 'TCP_CHECK', 'notify_master "/bin/echo x"', 'authentication', 'auth_pass abc',
  ];
  const blank = fc.constantFrom('', ' ', '  ', '\t');
  const line = fc.tuple(blank, fc.array(fc.tuple(fc.constantFrom(...fragments), blank), { maxLength: 5 })).map(([lead, parts]) => lead + parts.map(([f, b]) => f + (b || ' ')).join(''));
  return fc.sample(fc.array(fc.oneof(line, fc.constant('')), { maxLength: 20 }).map((ls) => ls.join('\n') + '\n'), { numRuns: count, seed: 20240601 });
}

function summary(r: Awaited<ReturnType<typeof runKeepalived>>): { exit: number | null; signal: string | null; messages: string[] } {
  const base = path.basename(r.file);
  return { exit: r.exitCode, signal: r.signal, messages: r.findings.map((f) => f.message.split(base).join('FILE')).sort() };
}

describe('formatting keeps what keepalived -t reports', function () {
  this.timeout(300000);
  let dir: string;
  before(function () {
    const available = oracleAvailability();
    if (!available.ok) {
      console.log(`      (skipped: ${available.reason})`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kl-fmt-parity-'));
  });
  after(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

  async function compare(name: string, text: string): Promise<void> {
    const formatted = formatText(text, OPTIONS);
    if (formatted === text) return;
    const a = path.join(dir, `${name}.conf`);
    const b = path.join(dir, `${name}.formatted.conf`);
    fs.writeFileSync(a, text);
    fs.writeFileSync(b, formatted);
    const [ra, rb] = [await runKeepalived(a, [text], { configId: 'lbt' }), await runKeepalived(b, [formatted], { configId: 'lbt' })];
    assert.deepEqual(summary(rb), summary(ra), `${name}:\n${text}\n--- formatted ---\n${formatted}`);
  }

  it('on the seed lab configs', async () => {
    for (const host of ['lb1', 'lb2']) await compare(`seed-${host}`, fs.readFileSync(path.join(REPO, 'examples', 'seed-lab', host, 'keepalived.conf'), 'utf8'));
  });

  it('on the recorded keepalived experiments', async function () {
    if (!HAVE_SHARED) this.skip();
    const exp = path.join(SHARED, 'keepalived', 'provenance', 'experiments');
    for (const f of fs.readdirSync(exp).filter((n) => n.endsWith('.conf'))) await compare(path.basename(f, '.conf'), fs.readFileSync(path.join(exp, f), 'utf8'));
  });

  it('on random messy configurations', async () => {
    let n = 0;
    for (const text of randomConfigs(30)) await compare(`random-${n++}`, text);
  });
});
