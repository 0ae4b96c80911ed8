// Sync group membership problems keepalived reports after parsing: an instance in two groups,
// a group with a single member, owners mixed with non-owners.
import { Rule } from '../rule';
import { headerRange, instances } from './facts';
import { syncGroups } from './syncGroupFacts';

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
          message: `${n} is already a member of sync group ${t.by.args[0].text}; an instance can be in only one, so keepalived reports "Virtual router ${n} cannot exist in more than one sync group; ignoring ${g.name}" and leaves it out here.`,
          file: t.item.file,
          range: t.item.tokens[0].range,
          related: [{ file: t.by.file, range: headerRange(t.by), message: `${n} joined this sync group first` }],
        });
      }
      if (g.members.length === 1) {
        ctx.report({
          message: `vrrp_sync_group ${g.name} has only one member (${g.members[0].tokens[0].text}); a sync group exists to move several instances together, and keepalived reports "Sync group ${g.name} has only 1 virtual router(s) - this probably isn't what you want".`,
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
            message: `Sync group ${g.name} has an address owner (state MASTER, priority 255) before ${f.name}, which is state BACKUP; keepalived reports "Sync group ${g.name} has some member(s) as address owner and some not as address owner. This won't work."`,
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
