// Sync group membership problems keepalived reports after parsing: an instance in two groups,
// a group with a single member, owners mixed with non-owners.
import { Rule } from '../rule';
import { headerRange, instances } from './facts';
import { syncGroups } from './syncGroupFacts';
import { msg } from '../../i18n';

export const syncGroupMembers: Rule = {
  code: 'sync-group-members',
  severity: 'error',
  title: 'A vrrp_instance in two sync groups, a sync group with one member, or owners mixed with non-owners.',
  example: 'vrrp_sync_group G1 {\n  group {\n    VI_1\n  }\n}\nvrrp_sync_group G2 {\n  group {\n    VI_1\n    VI_2\n  }\n}',
  check(ctx) {
    const facts = new Map(instances(ctx.doc).map((f) => [f.name, f]));
    for (const g of syncGroups(ctx.doc)) {
      for (const t of g.taken) {
        const n = t.item.tokens[0].text;
        ctx.report({
          message: msg().inMoreThanOneSyncGroup(n, t.by.args[0].text, n, g.name),
          file: t.item.file,
          range: t.item.tokens[0].range,
          related: [{ file: t.by.file, range: headerRange(t.by), message: msg().joinedSyncGroupFirst(n) }],
        });
      }
      if (g.members.length === 1) {
        ctx.report({
          message: msg().syncGroupOneMember(g.name, g.members[0].tokens[0].text, g.name),
          severity: 'warning',
          file: g.stmt.file,
          range: headerRange(g.stmt),
        });
      }
      // keepalived reads the configured state and priority as written (before any defaults).
      let groupState: 'INIT' | 'MASTER' | 'BACKUP' = 'INIT';
      for (const it of g.members) {
        const f = facts.get(it.tokens[0].text)!;
        if (groupState === 'MASTER' && f.state === 'BACKUP') {
          ctx.report({
            message: msg().syncGroupOwnerBeforeBackup(g.name, f.name, g.name),
            file: it.file,
            range: it.tokens[0].range,
          });
          break;
        }
        if (groupState !== 'BACKUP') groupState = f.state === 'MASTER' && f.priority === 255 ? 'MASTER' : 'BACKUP';
      }
    }
  },
};
