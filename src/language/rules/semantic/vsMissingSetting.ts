// The shape shared by the rules for a setting a virtual_server leaves out (protocol, lb_kind,
// lb_algo): keepalived falls back to a default that may not be what the lab needs, so the
// finding sits on the virtual_server's header and each fix inserts one explicit choice.
import { Rule } from '../rule';
import { Severity } from '../../types';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { headerRange } from './facts';
import { VirtualServerFacts, virtualServers } from './vsFacts';

export interface MissingSettingSpec {
  code: string;
  severity: Severity;
  title: string;
  example: string;
  /** The finding for this virtual_server, or undefined when it has what it needs. */
  finding(vs: VirtualServerFacts): { message: string; severity?: Severity } | undefined;
  /** The quick fixes, in menu order: each inserts its line into the virtual_server block. */
  choices(): { title: string; line: string; isPreferred?: boolean }[];
}

export function missingVsSettingRule(spec: MissingSettingSpec): Rule {
  return {
    code: spec.code,
    blockLocal: true,
    severity: spec.severity,
    title: spec.title,
    example: spec.example,
    check(ctx) {
      for (const vs of virtualServers(ctx.doc)) {
        const f = spec.finding(vs);
        if (!f) continue;
        ctx.report({ ...f, file: vs.stmt.file, range: headerRange(vs.stmt), data: { insert: blockInsertPoint(vs.stmt) } });
      }
    },
    fixes(diag, ctx) {
      const p = diag.data?.insert as BlockInsertPoint | undefined;
      if (!p) return [];
      return spec.choices().map((c) => ({ title: c.title, ...(c.isPreferred ? { isPreferred: true } : {}), edits: [insertInBlock(p, [c.line], ctx.files)] }));
    },
  };
}

/** The virtual_server's own words (`192.0.2.10 80`, `fwmark 1`, `group NAME`) for messages. */
export function vsWords(vs: VirtualServerFacts): string {
  return vs.stmt.args.map((a) => a.text).join(' ');
}
