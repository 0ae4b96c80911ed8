import * as assert from 'node:assert/strict';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver-types';
import { documentSymbols, containsPosition } from '../../../src/language';
import { lint } from '../../support/fixtures';

const TEXT = `global_defs {
  router_id lb1
}
vrrp_script chk_web {
  script "/usr/bin/pgrep nginx"
}
vrrp_instance VI_1 {
  state MASTER
  interface eth1
  virtual_router_id 33
  priority 100 / 50
  virtual_ipaddress {
    203.0.113.10/24
  }
}
virtual_server 203.0.113.10 80 {
  lb_algo rr
  lb_kind DR
  protocol TCP
  real_server 203.0.113.11 80 {
    weight 2
    TCP_CHECK {
      connect_timeout 3
    }
  }
  real_server 203.0.113.12 80 {
  }
}
`;

function checkRanges(list: DocumentSymbol[]): void {
  for (const s of list) {
    assert.ok(containsPosition(s.range, s.selectionRange.start) && containsPosition(s.range, s.selectionRange.end), `${s.name}: selection inside range`);
    checkRanges(s.children ?? []);
  }
}

describe('document symbols', () => {
  const syms = documentSymbols(lint(TEXT));

  it('lists the top-level blocks with their names', () => {
    assert.deepEqual(syms.map((s) => s.name), ['global_defs', 'vrrp_script chk_web', 'vrrp_instance VI_1', 'virtual_server 203.0.113.10 80']);
    assert.deepEqual(syms.map((s) => s.kind), [SymbolKind.Namespace, SymbolKind.Function, SymbolKind.Class, SymbolKind.Interface]);
  });

  it('summarises an instance with what keepalived reads (priority 100, not "100 / 50")', () => {
    assert.equal(syms[2].detail, 'MASTER · priority 100 · VRID 33 · eth1');
    assert.equal(syms[1].detail, '/usr/bin/pgrep nginx');
  });

  it('nests real servers and their checkers under the virtual server', () => {
    const vs = syms[3];
    assert.equal(vs.detail, 'rr · DR · TCP');
    assert.deepEqual(vs.children!.map((c) => c.name), ['real_server 203.0.113.11 80', 'real_server 203.0.113.12 80']);
    assert.equal(vs.children![0].detail, 'weight 2 · TCP_CHECK');
    assert.deepEqual(vs.children![0].children!.map((c) => c.name), ['TCP_CHECK']);
    assert.deepEqual(vs.range, { start: { line: 15, character: 0 }, end: { line: 27, character: 1 } });
  });

  it('has selection ranges inside ranges', () => checkRanges(syms));

  it('lists only the blocks of the file asked for (included files have their own outline)', () => {
    const a = lint('include part.conf\nvrrp_instance VI_2 {\n}\n', { files: { '/virtual/part.conf': 'vrrp_instance VI_1 {\n}\n' } });
    assert.deepEqual(documentSymbols(a).map((s) => s.name), ['vrrp_instance VI_2']);
    assert.deepEqual(documentSymbols(a, '/virtual/part.conf').map((s) => s.name), ['vrrp_instance VI_1']);
  });
});
