// A vrrp_sync_group or track_group takes its members from ONE `group { }` list. keepalived
// ignores an empty list ("has empty group block") and reads the next one; a list after one with
// members is refused ("Group list already specified") and, worse, its '}' then closes the whole
// block: whatever follows in the block is read at the top level, where every line is unknown.
import { Item, Statement } from '../../ast';
import { Range } from '../../types';
import { Rule, RuleContext } from '../rule';
import { kids, lineOf, roots } from './facts';
import { msg } from '../../i18n';

const KINDS = { vrrp_sync_group: 'sync group', track_group: 'track group' } as const;

/** The first block of each name (keepalived skips a later block with the same name). */
function groupBlocks(ctx: RuleContext): Statement[] {
  const out: Statement[] = [];
  for (const keyword of Object.keys(KINDS)) {
    const seen = new Set<string>();
    for (const s of roots(ctx.doc, keyword)) {
      if (s.args.length !== 1 || seen.has(s.args[0].text)) continue;
      seen.add(s.args[0].text);
      out.push(s);
    }
  }
  return out;
}

/** One place per line that keepalived reads at the top level: statements, their entries, nested statements. */
function linesRead(s: Statement, out: Map<string, { file: string; range: Range; word: string }>): void {
  const add = (file: string, range: Range, word: string) => {
    const key = `${file}\0${range.start.line}`;
    if (!out.has(key)) out.set(key, { file, range, word });
  };
  add(s.file, s.range, s.keyword.text);
  const nested: (Statement | Item)[] = [...s.children, ...s.items].sort((a, b) => a.range.start.line - b.range.start.line);
  for (const n of nested) {
    if ('keyword' in n) linesRead(n, out);
    else if (n.tokens[0]) add(n.file, n.range, n.tokens[0].text);
  }
}

export const groupListRepeated: Rule = {
  code: 'group-list-repeated',
  severity: 'error',
  title: 'A second group { } list in a vrrp_sync_group or track_group (keepalived refuses it and closes the block early), or an empty one before another.',
  example: 'vrrp_sync_group G1 {\n  group {\n    VI_1\n  }\n  group {\n    VI_2\n  }\n}',
  check(ctx) {
    for (const block of groupBlocks(ctx)) {
      const kind = KINDS[block.keyword.text as keyof typeof KINDS];
      const name = block.args[0].text;
      const lists = kids(block, 'group');
      const firstFull = lists.find((l) => l.items.length);
      for (const list of lists) {
        if (list === firstFull) continue;
        if (!firstFull || list.order < firstFull.order) {
          // All lists empty: sync-group-empty reports the first one (a sync group is then removed).
          if (!firstFull && list === lists[0] && block.keyword.text === 'vrrp_sync_group') continue;
          ctx.report({
            message: msg().emptyGroupList(kind, name, firstFull ? msg().membersFromListAt(lineOf(firstFull.keyword)) : ''),
            severity: 'warning',
            file: list.file,
            range: list.range,
            tags: ['unnecessary'],
          });
          continue;
        }
        const closedAt = list.close ?? list.items[list.items.length - 1]?.tokens[0] ?? list.keyword;
        ctx.report({
          message: msg().groupListAlreadySpecified(block.keyword.text, name, lineOf(firstFull.keyword), name, block.keyword.text),
          file: list.file,
          range: list.range,
          related: [{ file: firstFull.file, range: firstFull.range, message: msg().groupListUsed() }],
        });
        // Everything after the refused list, up to the block's own '}', is read at the top level.
        const where = msg().syncGroupAlreadyClosed(block.keyword.text, name, lineOf(closedAt));
        const after = new Map<string, { file: string; range: Range; word: string }>();
        for (const c of block.children) if (c.order > list.order && c.range.start.line > closedAt.range.start.line) linesRead(c, after);
        for (const l of after.values()) {
          ctx.report({
            message: msg().lineReadAtTopLevel(where, l.word),
            file: l.file,
            range: l.range,
          });
        }
        if (block.close) {
          ctx.report({
            message: msg().closeBraceClosesNothing(where),
            file: block.close.file,
            range: block.close.range,
          });
        }
        break;
      }
    }
  },
};

