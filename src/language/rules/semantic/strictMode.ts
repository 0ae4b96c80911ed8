// Strict mode (global vrrp_strict or the instance's strict_mode) enforces RFC behaviour after
// parsing: keepalived rewrites or drops settings that do not comply, and says so without a line number.
import { Statement } from '../../ast';
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { boolValue, effectivePriority, effectiveState, effectiveVersion, globalFacts, instances, intValue, lastKid, numValue } from './facts';
import { msg } from '../../i18n';

export const strictModeConflict: Rule = {
  code: 'strict-mode-conflict',
  severity: 'error',
  title: 'A setting that strict mode (vrrp_strict / strict_mode) does not allow.',
  example: 'global_defs {\n  vrrp_strict\n}\nvrrp_instance VI_1 {\n  state MASTER\n  priority 100\n  authentication {\n    auth_type PASS\n    auth_pass secret\n  }\n}',
  check(ctx) {
    const g = globalFacts(ctx.doc);
    for (const f of instances(ctx.doc)) {
      if (!f.strict || !f.strictSource) continue;
      const why = f.strictSource.keyword.text === 'vrrp_strict' ? msg().vrrpStrictInGlobalDefs() : 'strict_mode';
      const related = [{ file: f.strictSource.file, range: f.strictSource.range, message: msg().strictModeTurnedOnHere() }];
      const report = (s: Statement | undefined, message: string, removable = true) =>
        ctx.report({ message, file: (s ?? f.stmt).file, range: s?.range ?? f.header, related, data: removable && s ? { order: s.order } : undefined });
      const prio = effectivePriority(f);
      const state = effectiveState(f);
      if (f.state && (state === 'MASTER') !== (prio === 255)) {
        report(f.stateStmt, msg().strictModeInitialState(f.name, why, state, prio, f.name, prio === 255 ? 'MASTER' : 'BACKUP'), false);
      }
      if (f.auth && (f.authType === 'PASS' || f.authType === 'AH')) {
        report(f.auth, msg().strictModeNoAuthentication(f.name, why, f.name));
      }
      if (f.unicastPeers.length) {
        const peer = f.unicastKeywords.find((k) => k.keyword.text === 'unicast_peer');
        if (ctx.options.version === '2.4') {
          report(peer, msg().strictModeNoUnicast(f.name, why, f.name), false);
        } else {
          ctx.report({ message: msg().strictModeUnicastMissedBy22(f.name, why), severity: 'warning', file: (peer ?? f.stmt).file, range: peer?.keyword.range ?? f.header, related });
        }
      }
      if (f.accept?.keyword.text === 'accept' && prio !== 255 && effectiveVersion(f, g) === 2) {
        report(f.accept, msg().strictModeAcceptWithVersion2(f.name, why, f.name));
      }
      if (f.family === 6 && intValue(f.versionStmt?.args[0]) === 2) {
        report(f.versionStmt, msg().ipv6NeedsVersion3(f.name, f.name));
      }
      const repeat = lastKid(f.stmt, 'garp_lower_prio_repeat');
      if (repeat && (intValue(repeat.args[0]) ?? 0) > 0) report(repeat, msg().strictModeNoRepeatGarp(f.name, f.name));
      const delay = lastKid(f.stmt, 'garp_lower_prio_delay');
      if (delay && (numValue(delay.args[0]) ?? 0) > 0) report(delay, msg().strictModeNoRepeatGarpDelay(f.name, f.name));
      const lower = lastKid(f.stmt, 'lower_prio_no_advert');
      if (lower && boolValue(lower) === false) report(lower, msg().strictModeNoLowerPrioAdvert(f.name, f.name));
      const higher = lastKid(f.stmt, 'higher_prio_send_advert');
      if (higher && boolValue(higher) === true) report(higher, msg().strictModeNoHigherPrioSendAdvert(f.name, f.name));
      const down = lastKid(f.stmt, 'down_timer_adverts');
      const n = intValue(down?.args[0]);
      if (down && n !== undefined && n >= 1 && n <= 100 && n !== 3) report(down, msg().strictModeDownTimerAdverts(f.name, f.name));
    }
  },
  fixes(diag, ctx) {
    for (const f of instances(ctx.doc)) {
      const s = f.stmt.children.find((c) => c.order === diag.data?.order);
      const edit = s && deleteStatement(s, ctx.files);
      if (edit) return [{ title: msg().removeIgnoredInStrictMode(s.keyword.text), isPreferred: true, edits: [edit] }];
    }
    return [];
  },
};
