// `state` given twice: keepalived keeps the first MASTER and ignores a later BACKUP (with an error),
// otherwise the last one silently wins.
import { Rule } from '../rule';
import { deleteStatement } from './edits';
import { instances, kids } from './facts';
import { msg } from '../../i18n';

export const stateRepeated: Rule = {
  code: 'state-repeated',
  severity: 'warning',
  title: "An instance's state given more than once.",
  example: 'vrrp_instance VI_1 {\n  state MASTER\n  state BACKUP\n}',
  check(ctx) {
    for (const f of instances(ctx.doc)) {
      const states = kids(f.stmt, 'state').filter((s) => s.args[0]?.text === 'MASTER' || s.args[0]?.text === 'BACKUP');
      if (states.length < 2) continue;
      let masterSeen = false;
      for (const s of states) {
        const ignored = s !== f.stateStmt;
        if (ignored) {
          const laterBackup = masterSeen && s.args[0].text === 'BACKUP';
          ctx.report({
            message: laterBackup
              ? msg().stateBackupAfterMaster(f.name, f.name)
              : msg().stateGivenAgain(f.name, f.state, f.stateStmt!.keyword.range.start.line + 1),
            severity: laterBackup ? 'error' : undefined,
            file: s.file,
            range: s.range,
            tags: ['unnecessary'],
            related: [{ file: f.stateStmt!.file, range: f.stateStmt!.range, message: msg().stateUsed() }],
            data: { order: s.order },
          });
        }
        if (s.args[0].text === 'MASTER') masterSeen = true;
      }
    }
  },
  fixes(diag, ctx) {
    let target;
    for (const f of instances(ctx.doc)) target ??= kids(f.stmt, 'state').find((s) => s.order === diag.data?.order);
    const edit = target && deleteStatement(target, ctx.files);
    return edit ? [{ title: msg().removeIgnoredState(), isPreferred: true, edits: [edit] }] : [];
  },
};
