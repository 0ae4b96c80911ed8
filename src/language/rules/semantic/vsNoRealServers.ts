// A virtual_server without real_server is dropped by keepalived.
import { Rule } from '../rule';
import { headerRange } from './facts';
import { SkipReason, realServerFates } from './realServersKept';
import { virtualServers } from './vsFacts';
import { msg } from '../../i18n';

/** Why keepalived skipped a real server, in the analysis' language. */
function skipped(reason: SkipReason): string {
  return reason === 'address' ? msg().vsSkippedAddress() : reason === 'port' ? msg().vsSkippedPort() : msg().vsSkippedFamily();
}

export const vsNoRealServers: Rule = {
  code: 'vs-no-real-servers',
  severity: 'error',
  title: 'A virtual_server without any real_server keepalived keeps (none written, or all skipped for a bad address, port or family).',
  example: 'virtual_server 192.0.2.10 80 {\n  protocol TCP\n}',
  check(ctx) {
    for (const vs of virtualServers(ctx.doc)) {
      // Real servers keepalived skips (bad address or port, other family) do not count.
      const fates = realServerFates(vs);
      if (fates.some((f) => !f.skipped)) continue;
      const said = `"Virtual server ${vs.label} has no real servers - ignoring"`;
      ctx.report({
        message: fates.length
          ? msg().allRealServersSkipped(vs.stmt.args.map((a) => a.text).join(' '), fates.map((f) => msg().skippedOnLine(f.rs.stmt.keyword.range.start.line + 1, skipped(f.skipped!))).join('; '), said)
          : msg().noRealServer(vs.stmt.args.map((a) => a.text).join(' '), said),
        file: vs.stmt.file,
        range: headerRange(vs.stmt),
        related: fates.map((f) => ({ file: f.rs.stmt.file, range: headerRange(f.rs.stmt), message: msg().skippedBecause(skipped(f.skipped!)) })),
      });
    }
  },
};
