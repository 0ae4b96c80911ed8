// `state MASTER` without priority silently makes the instance the address owner (priority 255),
// which always takes over at once and makes nopreempt impossible. Two directors written that way
// are both owners.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { instances, kids } from './facts';
import { msg } from '../../i18n';

export const vrrpImplicitPriority: Rule = {
  code: 'vrrp-implicit-priority',
  severity: 'warning',
  title: 'state MASTER without priority (keepalived makes it the address owner, priority 255).',
  example: 'vrrp_instance VI_1 {\n  state MASTER\n  interface eth0\n  virtual_router_id 51\n}',
  check(ctx) {
    for (const f of instances(ctx.doc)) {
      if (f.state !== 'MASTER' || f.priority !== undefined || !f.stateStmt) continue;
      // An invalid priority line is the value rules' business; keepalived then uses 100, not 255.
      if (kids(f.stmt, 'priority').length) continue;
      ctx.report({
        message: msg().vrrpImplicitPriority(f.name),
        file: f.stateStmt.file,
        range: f.stateStmt.range,
        data: { insert: blockInsertPoint(f.stmt) },
      });
    }
  },
  fixes(diag, ctx) {
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    return p ? [{ title: msg().addPriority150(), isPreferred: true, edits: [insertInBlock(p, ['priority 150'], ctx.files)] }] : [];
  },
};
