import * as assert from 'node:assert/strict';
import { lint } from '../../support/fixtures';
import { apply, fixes, lines, only } from './helpers';

const vs = (head: string, body: string[], rs = ['real_server 192.0.2.21 80 {', '}']) => [`virtual_server ${head} {`, ...body.map((l) => `  ${l}`), ...rs.map((l) => `  ${l}`), '}', ''].join('\n');
const full = ['lb_algo rr', 'lb_kind DR', 'protocol TCP'];

describe('semantic: LVS checks', () => {
  it('a complete virtual server gets none of the LVS findings', () => {
    const a = lint(vs('192.0.2.10 80', full));
    assert.deepEqual(a.diagnostics.map((d) => d.code), []);
  });

  it('vs-no-protocol: an HTTP service without protocol is an error (UDP), fixed with protocol TCP', () => {
    const text = vs('192.0.2.10 80', ['lb_algo rr', 'lb_kind DR']);
    const d = only(lint(text), 'vs-no-protocol');
    assert.equal(d[0].severity, 'error');
    assert.match(d[0].message, /no protocol set - defaulting to UDP/);
    assert.match(apply(text, fixes(text, 'vs-no-protocol')[0]), /\{\n {2}protocol TCP\n {2}lb_algo rr/);
    assert.equal(only(lint(vs('192.0.2.10 5353', ['lb_algo rr', 'lb_kind DR'], ['real_server 192.0.2.21 5353 {', '}'])), 'vs-no-protocol')[0].severity, 'warning');
    assert.deepEqual(lines(vs('fwmark 1', ['lb_algo rr', 'lb_kind DR'], ['real_server 192.0.2.21 {', '}']), 'vs-no-protocol'), []);
  });

  it('vs-no-lb-kind and vs-no-scheduler name what keepalived picks', () => {
    const text = vs('192.0.2.10 80', ['protocol TCP']);
    assert.match(only(lint(text), 'vs-no-lb-kind')[0].message, /no forwarding method set, setting default NAT/);
    assert.match(only(lint(text), 'vs-no-scheduler')[0].message, /no scheduler set, setting default 'wlc'/);
    assert.deepEqual(lines(vs('192.0.2.10 80', ['protocol TCP', 'lb_algo rr'], ['real_server 192.0.2.21 80 {', '  lvs_method DR', '}']), 'vs-no-lb-kind'), []);
  });

  it('vs-no-real-servers', () => {
    const d = only(lint(vs('192.0.2.10 80', full, [])), 'vs-no-real-servers');
    assert.match(d[0].message, /Virtual server \[192\.0\.2\.10\]:tcp:80 has no real servers - ignoring/);
  });

  it('vs-fwmark-protocol and the port of a DR real server on a fwmark service', () => {
    const text = vs('fwmark 1', ['lb_algo rr', 'lb_kind DR', 'protocol TCP']);
    assert.match(only(lint(text), 'vs-fwmark-protocol')[0].message, /protocol specified for fwmark - protocol will be ignored/);
    assert.doesNotMatch(apply(text, fixes(text, 'vs-fwmark-protocol')[0]), /protocol/);
    assert.match(only(lint(text), 'rs-port-mismatch')[0].message, /has port specified - clearing/);
  });

  it('vs-scheduler-flag: sh-port before lb_algo sh is dropped; the fix moves it below', () => {
    const text = vs('192.0.2.10 80', ['sh-port', 'lb_algo sh', 'lb_kind DR', 'protocol TCP']);
    const d = only(lint(text), 'vs-scheduler-flag');
    assert.match(d[0].message, /sh-port only applies to sh scheduler - ignoring/);
    assert.match(apply(text, fixes(text, 'vs-scheduler-flag')[0]), /lb_algo sh\n {2}sh-port\n/);
    assert.deepEqual(lines(vs('192.0.2.10 80', ['lb_algo sh', 'sh-port', 'lb_kind DR', 'protocol TCP']), 'vs-scheduler-flag'), []);
    assert.match(only(lint(vs('192.0.2.10 80', ['lb_algo rr', 'hashed', 'lb_kind DR', 'protocol TCP'])), 'vs-scheduler-flag')[0].message, /hashed only applies to sh scheduler/);
  });

  it('rs-port-mismatch: DR cannot change the port; NAT can', () => {
    const dr = vs('192.0.2.10 80', full, ['real_server 192.0.2.21 8080 {', '}']);
    const d = only(lint(dr), 'rs-port-mismatch');
    assert.match(d[0].message, /ports don't match - resetting/);
    assert.match(apply(dr, fixes(dr, 'rs-port-mismatch')[0]), /real_server 192\.0\.2\.21 80 \{/);
    assert.deepEqual(lines(vs('192.0.2.10 80', ['lb_algo rr', 'lb_kind NAT', 'protocol TCP'], ['real_server 192.0.2.21 8080 {', '}']), 'rs-port-mismatch'), []);
    assert.deepEqual(lines(vs('192.0.2.10 80', full, ['real_server 192.0.2.21 {', '}']), 'rs-port-mismatch'), []);
  });

  it('rs-family-mismatch: an IPv6 real server under an IPv4 service unless tunnelled', () => {
    const text = vs('192.0.2.10 80', full, ['real_server 2001:db8::21 80 {', '}']);
    assert.match(only(lint(text), 'rs-family-mismatch')[0].message, /don't match - skipping real server/);
    assert.deepEqual(lines(vs('192.0.2.10 80', ['lb_algo rr', 'lb_kind TUN', 'protocol TCP'], ['real_server 2001:db8::21 80 {', '}']), 'rs-family-mismatch'), []);
  });

  it('vs-quorum: quorum above the total weight', () => {
    assert.match(only(lint(vs('192.0.2.10 80', [...full, 'quorum 3'])), 'vs-quorum')[0].message, /exceeds total weight of real servers 1, reducing quorum to 1/);
    assert.deepEqual(lines(vs('192.0.2.10 80', [...full, 'quorum 1']), 'vs-quorum'), []);
  });

  it('required-setting-missing: HTTP_GET without url and a url without path; the fix adds them', () => {
    const text = vs('192.0.2.10 80', full, ['real_server 192.0.2.21 80 {', '  HTTP_GET {', '    connect_timeout 3', '  }', '}']);
    const d = only(lint(text), 'required-setting-missing');
    assert.match(d[0].message, /HTTP\/SSL_GET checker has no urls specified - ignoring/);
    const fixed = apply(text, fixes(text, 'required-setting-missing')[0]);
    assert.match(fixed, /HTTP_GET \{\n {6}url \{\n {8}path \/\n {6}\}\n {6}connect_timeout 3/);
    assert.deepEqual(lines(fixed, 'required-setting-missing'), []);
    const noPath = vs('192.0.2.10 80', full, ['real_server 192.0.2.21 80 {', '  HTTP_GET {', '    url {', '      status_code 200', '    }', '  }', '}']);
    assert.deepEqual(lines(noPath, 'required-setting-missing'), [6, 7]);
  });
});
