// Without `interface` keepalived does not know where to send adverts and stops the VRRP set-up.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { instances } from './facts';
import { msg } from '../../i18n';

export const vrrpInterfaceRequired: Rule = {
  code: 'vrrp-interface-required',
  severity: 'error',
  title: 'A vrrp_instance without an interface.',
  example: 'vrrp_instance VI_1 {\n  virtual_router_id 51\n  virtual_ipaddress {\n    192.0.2.10\n  }\n}',
  check(ctx) {
    const all = instances(ctx.doc);
    for (const f of all) {
      if (f.interfaceStmt) continue;
      let message: string;
      if (ctx.options.version === '2.4' && f.unicastKeywords.length) {
        if (f.unicastSrc) continue;
        message = msg().unicastWithoutInterface(f.name);
      } else {
        message = msg().vrrpInterfaceMissing(f.name, f.name, f.unicastKeywords.length ? msg().interfaceNeededForUnicastIn22() : '');
      }
      // Suggest the interface the VIPs name (dev X), or the one the other instances use.
      const dev = f.vips.map((v) => v.item.tokens.findIndex((t) => t.text === 'dev')).map((i, k) => (i >= 0 ? f.vips[k].item.tokens[i + 1]?.text : undefined)).find(Boolean);
      const other = all.map((o) => o.interfaceStmt?.args[0]?.text).find(Boolean);
      ctx.report({ message, file: f.stmt.file, range: f.header, data: { insert: blockInsertPoint(f.stmt), ifname: dev ?? other } });
    }
  },
  fixes(diag, ctx) {
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    const ifname = diag.data?.ifname as string | undefined;
    if (!p || !ifname) return [];
    return [{ title: msg().addInterface(ifname), isPreferred: true, edits: [insertInBlock(p, [`interface ${ifname}`], ctx.files)] }];
  },
};
