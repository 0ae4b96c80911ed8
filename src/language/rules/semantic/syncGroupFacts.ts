// Sync group membership as keepalived builds it after parsing: groups in file order, members in
// list order, an instance joins only the first group that names it.
import { ConfigDocument, Item, Statement } from '../../ast';
import { instances, kids, roots } from './facts';

export interface SyncGroupFacts {
  stmt: Statement;
  name: string;
  groupLists: Statement[];
  /** Members that exist and joined this group. */
  members: Item[];
  /** Members already taken by an earlier group: [item, name of that group's statement]. */
  taken: { item: Item; by: Statement }[];
  /** Items naming no instance. */
  missing: Item[];
  itemCount: number;
}

export function syncGroups(doc: ConfigDocument): SyncGroupFacts[] {
  const names = new Set(instances(doc).map((f) => f.name));
  const owner = new Map<string, Statement>();
  const seen = new Set<string>();
  const out: SyncGroupFacts[] = [];
  for (const s of roots(doc, 'vrrp_sync_group')) {
    if (s.args.length !== 1 || seen.has(s.args[0].text)) continue;
    seen.add(s.args[0].text);
    // keepalived skips empty `group` lists and reads only the first one with members
    // ("Group list already specified" for more; see group-list-repeated).
    const groupLists = kids(s, 'group');
    const f: SyncGroupFacts = { stmt: s, name: s.args[0].text, groupLists, members: [], taken: [], missing: [], itemCount: 0 };
    for (const it of groupLists.find((l) => l.items.length)?.items ?? []) {
      const n = it.tokens[0]?.text;
      if (!n) continue;
      f.itemCount++;
      if (!names.has(n)) f.missing.push(it);
      else if (owner.has(n)) f.taken.push({ item: it, by: owner.get(n)! });
      else {
        owner.set(n, s);
        f.members.push(it);
      }
    }
    out.push(f);
  }
  return out;
}
