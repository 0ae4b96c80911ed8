// Authentication that keepalived drops (VRRPv3, no password, AH with IPv6) or that changes the
// initial state (AH with state MASTER below priority 255). Strict mode is the strict-mode rule's job.
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { authOutcome, effectivePriority, effectiveState, globalFacts, instances } from './facts';

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
      const related = [{ file: f.stmt.file, range: f.header, message: `keepalived prints this for ${f.name} after parsing` }];
      if (outcome === 'v3') {
        ctx.report({ ...at, related, data: { order: auth.order }, message: `(${f.name}) uses VRRP version 3${f.family === 6 ? ' (IPv6 always does)' : ''}, which has no authentication; keepalived reports "(${f.name}) VRRP version 3 does not support authentication. Ignoring." and sends adverts without it.` });
      } else if (outcome === 'no-password') {
        ctx.report({ ...at, related, message: `(${f.name}) authentication has no auth_pass; keepalived reports "(${f.name}) Authentication specified but no password given. Ignoring".` });
      } else if (outcome === 'ah-ipv6') {
        ctx.report({ ...at, related, message: `(${f.name}) AH authentication does not work with IPv6; keepalived reports "(${f.name}) Cannot use AH authentication with IPv6. ignoring".` });
      } else if (outcome === 'kept' && f.authType === 'AH' && effectiveState(f) === 'MASTER' && effectivePriority(f) !== 255) {
        const s = f.stateStmt ?? auth;
        ctx.report({ file: s.file, range: s.range, related, message: `(${f.name}) With AH authentication a non-owner must first hear an advert to learn the sequence number, so it cannot start as MASTER; keepalived reports "(${f.name}) Initial state master is incompatible with AH authentication - clearing" and starts as BACKUP.` });
      }
    }
  },
  fixes(diag, ctx) {
    for (const f of instances(ctx.doc)) {
      const s = f.stmt.children.find((c) => c.order === diag.data?.order);
      const edit = s && deleteStatement(s, ctx.files);
      if (edit) return [{ title: 'Remove the authentication block (keepalived ignores it)', isPreferred: true, edits: [edit] }];
    }
    return [];
  },
};
