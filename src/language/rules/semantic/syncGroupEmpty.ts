// A sync group whose member list is missing or empty is removed by keepalived. A common slip
// (keepalived's own lvs_syncd sample) is to list the instances without `group { }`: each name
// is then an unknown keyword.
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock, statementLines } from './edits';
import { headerRange, instances } from './facts';
import { syncGroups } from './syncGroupFacts';
import { msg } from '../../i18n';

export const syncGroupEmpty: Rule = {
  code: 'sync-group-empty',
  severity: 'error',
  title: 'A vrrp_sync_group without members (no `group { }` list, or an empty one).',
  example: 'vrrp_sync_group VG1 {\n  VI_1\n  VI_2\n}',
  check(ctx) {
    const names = new Set(instances(ctx.doc).map((f) => f.name));
    for (const g of syncGroups(ctx.doc)) {
      if (g.itemCount) continue;
      const loose = g.stmt.children.filter((c) => c.status === 'unknown' && names.has(c.keyword.text));
      const said24 = `Sync group ${g.name} has no members - removing`;
      const said22 = `Sync group ${g.name} has no virtual router(s). removing`;
      let message = msg().syncGroupEmpty(g.name, g.groupLists.length ? msg().anEmptyGroupList() : msg().noGroupList(), ctx.options.version === '2.4' ? said24 : said22);
      if (loose.length) message += msg().instanceNamesOutsideGroup();
      ctx.report({
        message,
        file: g.stmt.file,
        // An empty list is reported at its '}' ("has empty group block"): point at the list then.
        range: g.groupLists[0]?.range ?? headerRange(g.stmt),
        related: loose.map((l) => ({ file: l.file, range: l.keyword.range, message: msg().instanceNameOutsideGroup() })),
        data: { insert: blockInsertPoint(g.stmt), names: loose.map((l) => l.keyword.text), orders: loose.map((l) => l.order), hasGroup: g.groupLists.length > 0 },
      });
    }
  },
  fixes(diag, ctx) {
    const names = (diag.data?.names as string[] | undefined) ?? [];
    const orders = (diag.data?.orders as number[] | undefined) ?? [];
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    if (!p || !names.length || diag.data?.hasGroup) return [];
    const g = syncGroups(ctx.doc).find((x) => x.stmt.file === diag.file && x.stmt.keyword.range.start.line === diag.range.start.line);
    const loose = g?.stmt.children.filter((c) => orders.includes(c.order)) ?? [];
    const deletions = loose.map((l) => statementLines(l, ctx.files));
    if (!g || deletions.some((d) => !d)) return [];
    return [{
      title: msg().putNamesIntoGroup(names.join(', ')),
      isPreferred: true,
      edits: [insertInBlock(p, [`group {`, ...names.map((n) => `  ${n}`), '}'], ctx.files), ...deletions.map((d) => ({ file: diag.file, range: d!.range, newText: '' }))],
    }];
  },
};
