// Named objects of a configuration (instances, scripts, ...) and the references between them.
// Definition, references, rename and the reference checks all read this one index.
import { ConfigDocument, Statement } from './ast';
import type { KeywordSchema } from './schema';
import { statementIndex } from './statementIndex';
import { Token } from './types';

/** Kinds of named objects that other places refer to by name. */
export type ObjectKind =
  | 'vrrp_instance'
  | 'vrrp_script'
  | 'vrrp_sync_group'
  | 'vrrp_track_process'
  | 'track_file'
  | 'bfd_instance'
  | 'virtual_server_group'
  | 'track_group'
  | 'garp_group';

export interface NamedObject {
  kind: ObjectKind;
  name: string;
  nameToken: Token;
  statement: Statement;
}

export interface Reference {
  kind: ObjectKind;
  name: string;
  token: Token;
  /** The statement that holds the reference (the list keyword, or the keyword itself). */
  statement: Statement;
}

/** Root block keyword -> kind of object it defines. `vrrp_track_file` is the deprecated spelling of track_file. */
const DEFINERS: Record<string, ObjectKind> = {
  vrrp_instance: 'vrrp_instance',
  vrrp_script: 'vrrp_script',
  vrrp_sync_group: 'vrrp_sync_group',
  vrrp_track_process: 'vrrp_track_process',
  track_file: 'track_file',
  vrrp_track_file: 'track_file',
  bfd_instance: 'bfd_instance',
  virtual_server_group: 'virtual_server_group',
  track_group: 'track_group',
};

/** List keyword inside a block -> kind of object its entries name (first word of each entry). */
const LIST_REFERENCES: Record<string, ObjectKind> = {
  track_script: 'vrrp_script',
  track_process: 'vrrp_track_process',
  track_file: 'track_file',
  track_bfd: 'bfd_instance',
  group: 'vrrp_instance',
};

/** Keywords that can hold a reference (the tests below); the index hands over only these statements. */
const REFERRING = new Set([...Object.keys(LIST_REFERENCES), 'virtual_server', 'track_file', 'name', 'static_ipaddress', 'static_routes', 'static_rules']);
function mayRefer(kw: KeywordSchema): boolean {
  return REFERRING.has(kw.name);
}

function nameKey(kind: ObjectKind, name: string): string {
  return `${kind}\0${name}`;
}

export class ConfigModel {
  readonly objects: NamedObject[] = [];
  readonly references: Reference[] = [];
  private readonly byKind = new Map<ObjectKind, NamedObject[]>();
  /** Lookups by kind and name (definition, references and rename ask for every name). */
  private readonly byName = new Map<string, NamedObject[]>();
  private refsByName?: Map<string, Reference[]>;

  constructor(readonly doc: ConfigDocument) {
    for (const s of doc.statements) {
      if (s.status !== 'known') continue;
      const kind = DEFINERS[s.keyword.text];
      if (kind && s.args[0]) this.add({ kind, name: s.args[0].text, nameToken: s.args[0], statement: s });
    }
    for (const s of statementIndex(doc).where(mayRefer)) {
      const name = s.keyword.text;
      if (s.schema!.kind === 'value_block' && LIST_REFERENCES[name] && s.parent) {
        for (const item of s.items) {
          const t = item.tokens[0];
          if (t) this.references.push({ kind: LIST_REFERENCES[name], name: t.text, token: t, statement: s });
        }
      }
      // virtual_server group NAME
      if (name === 'virtual_server' && s.args[0]?.text === 'group' && s.args[1]) {
        this.references.push({ kind: 'virtual_server_group', name: s.args[1].text, token: s.args[1], statement: s });
      }
      // FILE_CHECK { track_file NAME } and BFD_CHECK { name NAME }
      if (name === 'track_file' && s.parent?.keyword.text === 'FILE_CHECK' && s.args[0]) {
        this.references.push({ kind: 'track_file', name: s.args[0].text, token: s.args[0], statement: s });
      }
      if (name === 'name' && s.parent?.keyword.text === 'BFD_CHECK' && s.args[0]) {
        this.references.push({ kind: 'bfd_instance', name: s.args[0].text, token: s.args[0], statement: s });
      }
      // static_ipaddress / static_routes / static_rules entries may end in "track_group NAME"
      if (name === 'static_ipaddress' || name === 'static_routes' || name === 'static_rules') {
        for (const item of s.items) {
          const i = item.tokens.findIndex((t) => t.text === 'track_group');
          const t = i >= 0 ? item.tokens[i + 1] : undefined;
          if (t) this.references.push({ kind: 'track_group', name: t.text, token: t, statement: s });
        }
      }
    }
  }

  private add(o: NamedObject): void {
    this.objects.push(o);
    const list = this.byKind.get(o.kind) ?? [];
    list.push(o);
    this.byKind.set(o.kind, list);
    const key = nameKey(o.kind, o.name);
    const named = this.byName.get(key);
    if (named) named.push(o);
    else this.byName.set(key, [o]);
  }

  ofKind(kind: ObjectKind): NamedObject[] {
    return this.byKind.get(kind) ?? [];
  }

  find(kind: ObjectKind, name: string): NamedObject[] {
    return this.byName.get(nameKey(kind, name))?.slice() ?? [];
  }

  referencesTo(kind: ObjectKind, name: string): Reference[] {
    if (!this.refsByName) {
      this.refsByName = new Map();
      for (const r of this.references) {
        const key = nameKey(r.kind, r.name);
        const list = this.refsByName.get(key);
        if (list) list.push(r);
        else this.refsByName.set(key, [r]);
      }
    }
    return this.refsByName.get(nameKey(kind, name))?.slice() ?? [];
  }

  /** Root statements with this keyword (known ones only). */
  roots(keyword: string): Statement[] {
    return this.doc.statements.filter((s) => s.status === 'known' && s.keyword.text === keyword);
  }
}
