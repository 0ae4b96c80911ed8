// sorry_server_inhibit and sorry_server_lvs_method change the sorry server keepalived has read
// SO FAR: written above sorry_server (or without one) they have nothing to change and are dropped.
import { Statement } from '../../ast';
import { statementIndex } from '../../statementIndex';
import { parseSockaddr } from '../values/ipAddress';
import { isZeroPort } from '../values/numberItems';
import { readNumber } from '../values/numberParsing';
import { Rule } from '../rule';
import { deleteStatement, statementLines } from './edits';
import { lineOf, roots } from './facts';
import { msg } from '../../i18n';

const SAID: Record<string, string> = {
  sorry_server_inhibit: 'Ignoring sorry_server inhibit used before or without sorry_server',
  sorry_server_lvs_method: 'sorry_server forwarding used without sorry_server',
};

/** Whether keepalived sets up the sorry server of this line (it skips one it cannot read). */
function readable(s: Statement): boolean {
  const [addr, port] = s.args;
  if (!addr || !parseSockaddr(addr.text).valid) return false;
  return !port || isZeroPort(port.text) || readNumber(port.text, { kind: 'uint', min: 1, max: 65535 }).accepted;
}

export const sorryServerOrder: Rule = {
  code: 'sorry-server-order',
  severity: 'error',
  title: 'sorry_server_inhibit or sorry_server_lvs_method above sorry_server, or without one.',
  example: 'virtual_server 192.0.2.10 80 {\n  sorry_server_inhibit\n  sorry_server 192.0.2.99 80\n}',
  check(ctx) {
    const index = statementIndex(ctx.doc);
    const holders = new Set<Statement>();
    for (const kw of Object.keys(SAID)) for (const s of index.named(kw)) if (s.parent) holders.add(s.parent);
    for (const vs of roots(ctx.doc, 'virtual_server')) {
      // Only blocks with one of these settings can be reported (most have none).
      if (!holders.has(vs)) continue;
      const known = vs.children.filter((c) => c.status === 'known');
      const servers = known.filter((c) => c.keyword.text === 'sorry_server');
      for (const c of known) {
        const said = SAID[c.keyword.text];
        // Without a method word keepalived stops at the missing value (missing-argument says so).
        if (!said || (c.keyword.text === 'sorry_server_lvs_method' && !c.args.length)) continue;
        const before = servers.filter((s) => s.order < c.order);
        if (before.some(readable)) continue;
        const later = servers.find((s) => s.order > c.order && readable(s));
        const skipped = before[before.length - 1];
        const effect = c.keyword.text === 'sorry_server_inhibit' ? msg().sorryServerInhibitIgnored() : msg().ignoredSorryServerUsesVsLbKind();
        ctx.report({
          message: later
            ? msg().keywordBeforeSorryServer(c.keyword.text, lineOf(later.keyword), said, effect)
            : skipped
              ? msg().sorryServerSkipped(lineOf(skipped.keyword), c.keyword.text, said, effect)
              : msg().sorryServerMissing(c.keyword.text, said, effect),
          file: c.file,
          range: c.range,
          data: { order: c.order, after: later?.order },
        });
      }
    }
  },
  fixes(diag, ctx) {
    for (const vs of roots(ctx.doc, 'virtual_server')) {
      const setting = vs.children.find((c) => c.order === diag.data?.order);
      if (!setting) continue;
      const fixes = [];
      const after = vs.children.find((c) => c.order === diag.data?.after);
      const settingLines = statementLines(setting, ctx.files);
      const afterLines = after && statementLines(after, ctx.files);
      if (settingLines && afterLines) {
        fixes.push({ title: msg().moveBelowSorryServer(setting.keyword.text), isPreferred: true, edits: [
          { file: setting.file, range: { start: afterLines.range.end, end: afterLines.range.end }, newText: settingLines.text },
          { file: setting.file, range: settingLines.range, newText: '' },
        ] });
      }
      const del = deleteStatement(setting, ctx.files);
      if (del) fixes.push({ title: msg().removeSorryServerKeyword(setting.keyword.text), isPreferred: !fixes.length, edits: [del] });
      return fixes;
    }
    return [];
  },
};
