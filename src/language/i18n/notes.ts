// Notes on list entries (the schema's item.notes) in the language of the running analysis or
// feature call: Russian from ru/notes/items.ts, the schema's English otherwise.
import { msgLang } from './index';
import { RU_ITEM_NOTES } from './ru/notes/items';

/** The note on each entry of the list block at `path` (vrrp_instance/virtual_ipaddress). */
export function itemNote(path: string, english: string): string {
  return (msgLang() === 'ru' && RU_ITEM_NOTES[path]) || english;
}

/** The mark of a deprecated keyword in its documentation. */
export function deprecatedMark(): string {
  return msgLang() === 'ru' ? '**Устарело**' : '**Deprecated**';
}
