// With DR and TUN the director does not rewrite packets, so a real server receives traffic on the
// virtual server's port; keepalived replaces a different real_server port with the virtual one
// (and clears ports on fwmark services).
import { Rule } from '../rule';
import { virtualServers, rsLabel } from './vsFacts';
import { msg } from '../../i18n';

export const rsPortMismatch: Rule = {
  code: 'rs-port-mismatch',
  blockLocal: true,
  severity: 'error',
  title: 'A DR/TUN real_server with a port different from the virtual server (or any port on a fwmark service).',
  example: 'virtual_server 192.0.2.10 80 {\n  lb_kind DR\n  real_server 192.0.2.21 8080 {\n  }\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      if (!vs.realServers.length || vs.form === 'group') continue;
      for (const rs of vs.realServers) {
        if (rs.method === 'NAT' || !rs.port || !rs.stmt.args[1]) continue;
        const portTok = rs.stmt.args[1];
        if (vs.form === 'fwmark') {
          ctx.report({
            message: msg().fwmarkRealServerPort(rs.method, vs.label, rsLabel(vs, rs)),
            severity: 'warning',
            file: portTok.file,
            range: portTok.range,
            tags: ['unnecessary'],
            data: { replace: '' , from: rs.stmt.args[0].range.end },
          });
        } else if (rs.port !== vs.port) {
          ctx.report({
            message: msg().realServerPortNotRewritten(rs.method, rs.addr, vs.port, rs.port, vs.label, rsLabel(vs, rs), vs.port, vs.port),
            file: portTok.file,
            range: portTok.range,
            data: { replace: String(vs.port) },
          });
        }
      }
    }
  },
  fixes(diag) {
    const replace = diag.data?.replace as string | undefined;
    if (replace === undefined) return [];
    if (replace === '') {
      const from = diag.data?.from as { line: number; character: number };
      return [{ title: msg().removePort(), isPreferred: true, edits: [{ file: diag.file, range: { start: from, end: diag.range.end }, newText: '' }] }];
    }
    return [{ title: msg().usePortKeepalivedUses(replace), isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText: replace }] }];
  },
};
