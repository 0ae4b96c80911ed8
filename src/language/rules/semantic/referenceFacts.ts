// How keepalived resolves each kind of reference: some names are looked up while the referencing
// line is parsed (so the object must be defined earlier in the file), others after the whole file.
import { Statement } from '../../ast';
import { NamedObject, ObjectKind, Reference } from '../../model';
import { ConfigModel } from '../../model';
import { msg } from '../../i18n';

export interface ReferenceInfo {
  ref: Reference;
  /** Name of the block the reference sits in (instance / sync group / track group / ...). */
  owner: string;
  /** Resolved while parsing: only definitions read before the reference count. */
  ordered: boolean;
  /** keepalived's message when nothing is found, or undefined when it only logs it (silent under -t). */
  said?: string;
  /** What keepalived does without the object. */
  effect: string;
  /** Short name of the kind for messages, e.g. "vrrp_script". */
  noun: string;
}

const NOUN: Record<ObjectKind, string> = {
  vrrp_instance: 'vrrp_instance',
  vrrp_script: 'vrrp_script',
  vrrp_sync_group: 'vrrp_sync_group',
  vrrp_track_process: 'vrrp_track_process',
  track_file: 'track_file',
  bfd_instance: 'bfd_instance',
  virtual_server_group: 'virtual_server_group',
  track_group: 'track_group',
  garp_group: 'garp_group',
};

/** The top-level block a statement is in. */
export function rootOf(s: Statement): Statement {
  let r = s;
  while (r.parent) r = r.parent;
  return r;
}

export function describe(ref: Reference): ReferenceInfo {
  const s = ref.statement;
  const block = s.parent;
  const owner = block?.args[0]?.text ?? '';
  const n = ref.name;
  const base = { ref, owner, noun: NOUN[ref.kind] };
  switch (s.keyword.text) {
    case 'track_script':
      return { ...base, ordered: true, said: `(${owner}) track script ${n} not found, ignoring...`, effect: msg().missingTrackScriptTracksNothing() };
    case 'track_file':
      if (block?.keyword.text === 'FILE_CHECK') return { ...base, owner: '', ordered: true, said: `track_file ${n} not found`, effect: msg().dropsFileCheck() };
      return { ...base, ordered: true, said: `(${owner}) track file ${n} not found, ignoring...`, effect: msg().missingTrackFileTracksNothing() };
    case 'track_process':
      return { ...base, ordered: true, said: `(${owner}) track process ${n} not found, ignoring...`, effect: msg().missingTrackProcessTracksNothing() };
    case 'track_bfd':
      return { ...base, ordered: true, said: `(${owner}) track bfd ${n} not found, ignoring...`, effect: msg().missingTrackBfdTracksNothing() };
    case 'name':
      return { ...base, owner: '', ordered: true, said: `BFD_CHECK - BFD ${n} not configured`, effect: msg().dropsBfdCheck() };
    case 'static_ipaddress':
    case 'static_routes':
    case 'static_rules':
      return { ...base, owner: '', ordered: true, said: `track_group ${n} not found`, effect: msg().addsWithoutTracking(s.keyword.text === 'static_ipaddress' ? 'address' : s.keyword.text === 'static_routes' ? 'route' : 'rule') };
    case 'group':
      if (block?.keyword.text === 'vrrp_sync_group') return { ...base, ordered: false, said: `Virtual router ${n} specified in sync group ${owner} doesn't exist - ignoring`, effect: msg().leavesOutOfGroup() };
      return { ...base, ordered: false, effect: msg().leavesOutOfTrackGroup() };
    case 'virtual_server':
      return { ...base, owner: '', ordered: false, effect: msg().ignoresVirtualServerSilently() };
    default:
      return { ...base, ordered: false, effect: msg().ignoresReference() };
  }
}

/** Definitions of the referenced name; `before` = those keepalived has read when it resolves the reference. */
export function resolve(model: ConfigModel, info: ReferenceInfo): { all: NamedObject[]; before: NamedObject[] } {
  const all = model.find(info.ref.kind, info.ref.name);
  const before = info.ordered ? all.filter((o) => o.statement.order < info.ref.statement.order) : all;
  return { all, before };
}
