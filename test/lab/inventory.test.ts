// The lab file: validation with exact places, strict values for everything that reaches
// a shell, quoting, the JSON schema, and the generators (template, vagrant ssh-config).
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import {
  inventoryFromVagrant, inventoryToYaml, parseInventory, parseVagrantSshConfig, seedLabInventory, seedLabYaml,
} from '../../src/lab/inventory';
import { directorConfig } from '../../src/lab/keepalivedConf';
import { isInterfaceName, shellCommand, shellQuote, sudoWrap } from '../../src/lab/shell';
import { REPO } from '../support/fixtures';

const EXAMPLE = path.join(REPO, 'examples', 'lab', 'keepalived-lab.yaml');
const SCHEMA = path.join(REPO, 'schemas', 'keepalived-lab.schema.json');

const MINIMAL = `hosts:
  - name: lb1
    role: director
    address: 198.51.100.11
service:
  vips: [198.51.100.100/24]
  vrrp:
    vrid: 51
`;

function errorsOf(text: string): { code: string; line: number; col: number; message: string; severity: string }[] {
  return parseInventory(text, 'lab.yaml').diagnostics.map((d) => ({
    code: d.code, line: d.range.start.line + 1, col: d.range.start.character + 1, message: d.message, severity: d.severity,
  }));
}

describe('lab inventory', () => {
  it('reads the example file (the seed lab) without problems', () => {
    const r = parseInventory(fs.readFileSync(EXAMPLE, 'utf8'), EXAMPLE);
    assert.deepEqual(r.diagnostics, []);
    const inv = r.inventory!;
    assert.deepEqual(inv.hosts.map((h) => `${h.name}:${h.role}:${h.address}`), [
      'netology5:client:192.168.1.50', 'netology1:director:192.168.1.10', 'netology3:director:192.168.1.30',
      'netology2:real:192.168.1.13', 'netology4:real:192.168.1.40',
    ]);
    assert.deepEqual(inv.service.vips, [{ address: '192.168.1.100', prefix: 24 }]);
    assert.equal(inv.service.vrrp.vrid, 33);
    assert.equal(inv.hosts[1].interface, 'eth1');
    assert.equal(inv.hosts[1].ssh.user, 'vagrant');
  });

  it('the committed example is what the template generator writes', () => {
    assert.equal(fs.readFileSync(EXAMPLE, 'utf8'), seedLabYaml());
  });

  it('fills defaults: interface eth0, port 80, TCP, rr, DR, advert_int 1, VI_1', () => {
    const inv = parseInventory(MINIMAL).inventory!;
    assert.equal(inv.hosts[0].interface, 'eth0');
    assert.deepEqual({ ...inv.service, vrrp: undefined }, { vips: [{ address: '198.51.100.100', prefix: 24 }], port: 80, protocol: 'TCP', scheduler: 'rr', forwarding: 'DR', vrrp: undefined });
    assert.equal(inv.service.vrrp.advertInt, 1);
    assert.equal(inv.service.vrrp.instance, 'VI_1');
  });

  it('points at the exact place of a wrong value, with clear words', () => {
    const text = MINIMAL.replace('address: 198.51.100.11', 'address: 198.51.100.11\n    interface: "eth0; reboot"');
    const e = errorsOf(text);
    assert.equal(e.length, 1);
    assert.equal(e[0].code, 'lab-invalid-value');
    assert.deepEqual([e[0].line, e[0].col], [5, 16]);
    assert.match(e[0].message, /not a valid interface name/);
  });

  it('warns about unknown keys and suggests the near one', () => {
    const e = errorsOf(MINIMAL.replace('role: director', 'role: director\n    adress: 1.2.3.4'));
    assert.equal(e[0].severity, 'warning');
    assert.match(e[0].message, /Unknown key 'adress'.*Did you mean 'address'/);
    assert.equal(e[0].line, 4);
  });

  it('reports missing parts and YAML syntax errors with their lines', () => {
    assert.match(errorsOf('hosts: []\n')[0].message, /needs a 'service'/);
    const syntax = errorsOf('hosts:\n  - name: [lb1\n');
    assert.equal(syntax[0].code, 'lab-yaml-syntax');
    assert.ok(syntax[0].line >= 2);
    const noVrid = errorsOf(MINIMAL.replace('    vrid: 51\n', '    advert_int: 1\n'));
    assert.ok(noVrid.some((d) => /needs 'vrid'/.test(d.message)));
  });

  it('checks numbers, enums, duplicates and VIPs', () => {
    const bad = `hosts:
  - name: lb1
    role: director
    address: 198.51.100.11
    ssh: { port: 70000 }
  - name: lb1
    role: balancer
    address: 198.51.100.100
  - name: lb1
    role: director
    address: 198.51.100.100
service:
  vips: [198.51.100.100/33]
  scheduler: fastest
  vrrp: { vrid: 300, auth: { pass: netology_secret } }
`;
    const e = errorsOf(bad);
    const msgs = e.map((d) => `${d.line}:${d.code}`);
    assert.ok(msgs.includes('5:lab-invalid-value'), 'port');
    assert.ok(msgs.includes('7:lab-invalid-value'), 'role balancer');
    assert.ok(msgs.includes('9:lab-duplicate'), 'duplicate name');
    assert.ok(msgs.includes('13:lab-invalid-value'), 'prefix /33');
    assert.ok(msgs.includes('14:lab-invalid-value'), 'scheduler');
    assert.ok(msgs.includes('15:lab-invalid-value'), 'vrid 300');
    assert.ok(e.some((d) => d.code === 'lab-auth-pass-long' && /first 8 characters of auth_pass \('netology'\)/.test(d.message)));
  });

  describe('no shell injection through an inventory field', () => {
    const attempts: [string, string, string][] = [
      ['address', 'address: 198.51.100.11', 'address: "198.51.100.11; rm -rf /"'],
      ['address', 'address: 198.51.100.11', 'address: "$(reboot)"'],
      ['interface', 'address: 198.51.100.11', 'address: 198.51.100.11\n    interface: "eth0`id`"'],
      ['user', 'address: 198.51.100.11', 'address: 198.51.100.11\n    ssh: { user: "root;id" }'],
      ['ssh host', 'address: 198.51.100.11', 'address: 198.51.100.11\n    ssh: { host: "-oProxyCommand=id" }'],
      ['proxyJump', 'address: 198.51.100.11', 'address: 198.51.100.11\n    ssh: { proxyJump: "x;id" }'],
      ['sshConfigHost', 'address: 198.51.100.11', 'address: 198.51.100.11\n    ssh: { sshConfigHost: "a b" }'],
      ['host name', 'name: lb1', 'name: "lb1$(id)"'],
      ['VRRP password', '    vrid: 51', '    vrid: 51\n    auth: { pass: "a\'b" }'],
      ['instance', '    vrid: 51', '    vrid: 51\n    instance: "VI 1"'],
    ];
    for (const [what, from, to] of attempts) {
      it(`refuses a dangerous ${what}`, () => {
        const text = MINIMAL.replace(from, to);
        assert.notEqual(text, MINIMAL);
        const r = parseInventory(text);
        assert.equal(r.inventory, undefined, `${what} was accepted`);
        assert.ok(r.diagnostics.some((d) => d.severity === 'error'));
      });
    }

    it('shellQuote keeps any string one word: a real shell prints it back unchanged', () => {
      const nasty = ["it's", '$(id)', '`id`', 'a b\tc', 'x;y|z&', '"quoted"', '\\n', '', '-n', '*', 'ümlaut', "'''", 'a\nb'];
      for (const s of nasty) {
        const out = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(s)}`], { encoding: 'utf8' });
        assert.equal(out, s);
      }
      assert.equal(shellCommand('printf', '%s', "a'b"), "printf %s 'a'\\''b'");
    });

    it('runs commands through sudo -n only for a non-root login, keeping the command one argument', () => {
      const cmd = `echo "it's" $((1+2)) | tr a-z A-Z`;
      assert.equal(sudoWrap(cmd, 'root'), cmd);
      const wrapped = sudoWrap(cmd, 'vagrant');
      assert.match(wrapped, /^sudo -n -- sh -c '/);
      // What sudo would run: the same text through sh -c gives the same result.
      const inner = execFileSync('sh', ['-c', `printf '%s' ${wrapped.slice('sudo -n -- sh -c '.length)}`], { encoding: 'utf8' });
      assert.equal(inner, cmd);
      assert.equal(execFileSync('sh', ['-c', inner], { encoding: 'utf8' }), execFileSync('sh', ['-c', cmd], { encoding: 'utf8' }));
    });

    it('interface names follow the kernel rule', () => {
      for (const ok of ['eth0', 'eth1', 'ens3', 'br-lab', 'veth.100', 'a_b']) assert.ok(isInterfaceName(ok), ok);
      for (const bad of ['', 'a'.repeat(16), 'eth0:1', 'a/b', 'a b', '-x', '..', 'e$(x)']) assert.ok(!isInterfaceName(bad), bad);
    });
  });

  it('the JSON schema accepts the example and rejects what our validation rejects', () => {
    const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(schema);
    assert.ok(validate(parseYaml(fs.readFileSync(EXAMPLE, 'utf8'))), JSON.stringify(validate.errors));
    const bad = parseYaml(MINIMAL.replace('role: director', 'role: balancer\n    interface: "eth0; reboot"'));
    assert.equal(validate(bad), false);
    const paths = (validate.errors ?? []).map((e) => (e as { dataPath?: string }).dataPath);
    assert.ok(paths.some((p) => /role/.test(p ?? '')) && paths.some((p) => /interface/.test(p ?? '')), JSON.stringify(paths));
  });

  it('writes what it reads (round trip through YAML)', () => {
    const inv = seedLabInventory();
    const again = parseInventory(inventoryToYaml(inv)).inventory!;
    assert.deepEqual(again.hosts, inv.hosts);
    assert.deepEqual(again.service, inv.service);
  });

  it('generates a lab file from vagrant ssh-config output', () => {
    const vagrant = ['netology1', 'netology2', 'netology3', 'netology4', 'netology5'].map((n, i) => `Host ${n}
  HostName 127.0.0.1
  User vagrant
  Port ${2222 + i}
  UserKnownHostsFile /dev/null
  StrictHostKeyChecking no
  PasswordAuthentication no
  IdentityFile /home/student/lab/.vagrant/machines/${n}/virtualbox/private_key
  IdentitiesOnly yes
  LogLevel FATAL
`).join('\n');
    const machines = parseVagrantSshConfig(vagrant);
    assert.equal(machines.length, 5);
    assert.deepEqual(machines[2], {
      name: 'netology3', hostName: '127.0.0.1', user: 'vagrant', port: 2224,
      identityFiles: ['/home/student/lab/.vagrant/machines/netology3/virtualbox/private_key'], strictHostKeyChecking: 'no', userKnownHostsFile: '/dev/null',
    });
    const r = inventoryFromVagrant(vagrant);
    const inv = parseInventory(r.yaml).inventory!;
    const lb1 = inv.hosts.find((h) => h.name === 'netology1')!;
    assert.equal(lb1.role, 'director');
    assert.equal(lb1.address, '192.168.1.10'); // the seed's lab address, known for these names
    assert.deepEqual([lb1.ssh.host, lb1.ssh.port, lb1.ssh.strictHostKeyChecking], ['127.0.0.1', 2222, 'accept-new']);
    assert.deepEqual(r.unsure, []);
    const other = inventoryFromVagrant('Host web-a\n  HostName 127.0.0.1\n  Port 2200\n');
    assert.equal(other.inventory.hosts[0].role, 'real');
    assert.deepEqual(other.unsure, ['web-a']);
    assert.match(other.yaml, /TODO: lab address unknown/);
  });

  it('generates a director config that keepalived -t accepts', function () {
    if (!fs.existsSync('/usr/sbin/keepalived')) {
      if (process.env.KEEPALIVED_LAB_REQUIRE_ORACLE === '1') throw new Error('keepalived is required (KEEPALIVED_LAB_REQUIRE_ORACLE=1)');
      this.skip();
    }
    const inv = parseInventory(MINIMAL.replace('  vrrp:\n', '  vrrp:\n    unicast: true\n    auth: { pass: secret }\n') +
      '').inventory!;
    inv.hosts.push({ ...inv.hosts[0], name: 'lb2', address: '198.51.100.12' }, { name: 'web1', role: 'real', address: '198.51.100.21', interface: 'eth0', ssh: {} });
    const conf = directorConfig(inv, inv.hosts[1]);
    assert.match(conf, /state BACKUP[\s\S]*priority 100[\s\S]*unicast_peer \{\n {8}198\.51\.100\.11/);
    assert.match(conf, /real_server 198\.51\.100\.21 80/);
    const dir = fs.mkdtempSync('/tmp/kal-conf-');
    try {
      fs.writeFileSync(path.join(dir, 'k.conf'), conf);
      // Any interface findings aside, keepalived must accept the syntax (exit 0, or 1 only for missing interfaces).
      let out = '';
      try {
        execFileSync('/usr/sbin/keepalived', ['-t', '-f', path.join(dir, 'k.conf')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        out = String((e as { stderr?: string }).stderr);
        assert.ok(!/Unknown keyword|Line \d+/.test(out), out);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
