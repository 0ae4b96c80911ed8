// Strict mode (global vrrp_strict or the instance's strict_mode) enforces RFC behaviour after
// parsing: keepalived rewrites or drops settings that do not comply, and says so without a line number.
import { Statement } from '../../ast';
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { boolValue, effectivePriority, effectiveState, effectiveVersion, globalFacts, instances, intValue, lastKid, numValue } from './facts';

export const strictModeConflict: Rule = {
  code: 'strict-mode-conflict',
  severity: 'error',
  title: 'A setting that strict mode (vrrp_strict / strict_mode) does not allow.',
  example: 'global_defs {\n  vrrp_strict\n}\nvrrp_instance VI_1 {\n  state MASTER\n  priority 100\n  authentication {\n    auth_type PASS\n    auth_pass secret\n  }\n}',
  check(ctx) {
    const g = globalFacts(ctx.doc);
    for (const f of instances(ctx.doc)) {
      if (!f.strict || !f.strictSource) continue;
      const why = f.strictSource.keyword.text === 'vrrp_strict' ? 'vrrp_strict in global_defs' : 'strict_mode';
      const related = [{ file: f.strictSource.file, range: f.strictSource.range, message: 'strict mode is turned on here' }];
      const report = (s: Statement | undefined, message: string, removable = true) =>
        ctx.report({ message, file: (s ?? f.stmt).file, range: s?.range ?? f.header, related, data: removable && s ? { order: s.order } : undefined });
      const prio = effectivePriority(f);
      const state = effectiveState(f);
      if (f.state && (state === 'MASTER') !== (prio === 255)) {
        report(f.stateStmt, `(${f.name}) With ${why}, only the address owner (priority 255) may start as MASTER and the owner must; here state is ${state} with priority ${prio}. keepalived reports "(${f.name}) State MASTER must match being address owner" and starts as ${prio === 255 ? 'MASTER' : 'BACKUP'}.`, false);
      }
      if (f.auth && (f.authType === 'PASS' || f.authType === 'AH')) {
        report(f.auth, `(${f.name}) ${why} does not allow authentication; keepalived reports "(${f.name}) Strict mode does not support authentication. Ignoring." and sends adverts without it. A peer that still uses authentication will not accept them.`);
      }
      if (f.unicastPeers.length) {
        const peer = f.unicastKeywords.find((k) => k.keyword.text === 'unicast_peer');
        if (ctx.options.version === '2.4') {
          report(peer, `(${f.name}) ${why} does not allow unicast peers; keepalived reports "(${f.name}) Unicast peers are not supported in strict mode" and does not start VRRP at all.`, false);
        } else {
          ctx.report({ message: `(${f.name}) ${why} does not allow unicast peers (RFC 5798 is multicast only). keepalived 2.2 misses this and uses unicast anyway; 2.4 reports "Unicast peers are not supported in strict mode" and does not start VRRP.`, severity: 'warning', file: (peer ?? f.stmt).file, range: peer?.keyword.range ?? f.header, related });
        }
      }
      if (f.accept?.keyword.text === 'accept' && prio !== 255 && effectiveVersion(f, g) === 2) {
        report(f.accept, `(${f.name}) With ${why} and VRRP version 2, a non-owner may not accept traffic for the VIPs; keepalived reports "(${f.name}) warning - accept mode for VRRP version 2 does not comply with RFC3768 - resetting", so the VIPs answer nothing but ARP on the MASTER.`);
      }
      if (f.family === 6 && intValue(f.versionStmt?.args[0]) === 2) {
        report(f.versionStmt, `(${f.name}) IPv6 needs VRRP version 3; keepalived reports "(${f.name}) cannot use IPv6 with VRRP version 2; setting version 3".`);
      }
      const repeat = lastKid(f.stmt, 'garp_lower_prio_repeat');
      if (repeat && (intValue(repeat.args[0]) ?? 0) > 0) report(repeat, `(${f.name}) strict mode sends no repeated gratuitous ARPs; keepalived reports "(${f.name}) Strict mode requires no repeat garps. resetting".`);
      const delay = lastKid(f.stmt, 'garp_lower_prio_delay');
      if (delay && (numValue(delay.args[0]) ?? 0) > 0) report(delay, `(${f.name}) strict mode sends no repeated gratuitous ARPs; keepalived reports "(${f.name}) Strict mode requires no repeat garp delay. resetting".`);
      const lower = lastKid(f.stmt, 'lower_prio_no_advert');
      if (lower && boolValue(lower) === false) report(lower, `(${f.name}) strict mode never answers a lower-priority advert; keepalived reports "(${f.name}) Strict mode requires no lower priority advert. resetting".`);
      const higher = lastKid(f.stmt, 'higher_prio_send_advert');
      if (higher && boolValue(higher) === true) report(higher, `(${f.name}) strict mode does not send an advert on seeing a higher priority; keepalived reports "(${f.name}) strict mode requires higher_prio_send_advert to be clear. resetting".`);
      const down = lastKid(f.stmt, 'down_timer_adverts');
      const n = intValue(down?.args[0]);
      if (down && n !== undefined && n >= 1 && n <= 100 && n !== 3) report(down, `(${f.name}) strict mode uses the RFC's 3 adverts; keepalived reports "(${f.name}) down_timer_adverts is incompatible with strict mode - resetting".`);
    }
  },
  fixes(diag, ctx) {
    for (const f of instances(ctx.doc)) {
      const s = f.stmt.children.find((c) => c.order === diag.data?.order);
      const edit = s && deleteStatement(s, ctx.files);
      if (edit) return [{ title: `Remove '${s.keyword.text}' (strict mode ignores it)`, isPreferred: true, edits: [edit] }];
    }
    return [];
  },
};
