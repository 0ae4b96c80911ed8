// Authentication that keepalived drops (VRRPv3, no password, AH with IPv6) or that changes the
// initial state (AH with state MASTER below priority 255). Strict mode is the strict-mode rule's job.
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { authOutcome, effectivePriority, effectiveState, globalFacts, instances } from './facts';
import { msg } from '../../i18n';

export const authConflict: Rule = {
  code: 'vrrp-auth-conflict',
  severity: 'error',
  title: 'An authentication block keepalived ignores, or AH authentication with an initial MASTER state.',
  example: 'vrrp_instance VI_1 {\n  version 3\n  authentication {\n    auth_type PASS\n    auth_pass secret\n  }\n}',
  check(ctx) {
    const g = globalFacts(ctx.doc);
    for (const f of instances(ctx.doc)) {
      const auth = f.auth;
      if (!auth) continue;
      const outcome = authOutcome(f, g);
      const at = { file: auth.file, range: { start: auth.keyword.range.start, end: auth.keyword.range.end } };
      const related = [{ file: f.stmt.file, range: f.header, message: msg().authConflictPrintedAfterParsing(f.name) }];
      if (outcome === 'v3') {
        ctx.report({ ...at, related, data: { order: auth.order }, message: msg().vrrpV3NoAuthentication(f.name, f.family === 6 ? msg().ipv6AlwaysVersion3() : '', f.name) });
      } else if (outcome === 'no-password') {
        ctx.report({ ...at, related, message: msg().authenticationWithoutPass(f.name, f.name) });
      } else if (outcome === 'ah-ipv6') {
        ctx.report({ ...at, related, message: msg().ahAuthenticationWithIpv6(f.name, f.name) });
      } else if (outcome === 'kept' && f.authType === 'AH' && effectiveState(f) === 'MASTER' && effectivePriority(f) !== 255) {
        const s = f.stateStmt ?? auth;
        ctx.report({ file: s.file, range: s.range, related, message: msg().ahAuthenticationInitialMaster(f.name, f.name) });
      }
    }
  },
  fixes(diag, ctx) {
    for (const f of instances(ctx.doc)) {
      const s = f.stmt.children.find((c) => c.order === diag.data?.order);
      const edit = s && deleteStatement(s, ctx.files);
      if (edit) return [{ title: msg().removeAuthenticationBlock(), isPreferred: true, edits: [edit] }];
    }
    return [];
  },
};
