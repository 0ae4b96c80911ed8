// Russian versions of the schema's per-keyword notes (src/language/schema/keywords.json), keyed
// by the keyword's path (vrrp_instance/priority). Written in our own words for a student; the
// keyword names, values and keepalived's own messages stay verbatim. One file per group of blocks.
import { RU_NOTES_CORE } from './core';
import { RU_NOTES_VRRP } from './vrrp';
import { RU_NOTES_GLOBAL } from './global';
import { RU_NOTES_VIRTUAL_SERVER } from './virtualServer';

export const RU_NOTES: Record<string, string> = {
  ...RU_NOTES_CORE,
  ...RU_NOTES_VRRP,
  ...RU_NOTES_GLOBAL,
  ...RU_NOTES_VIRTUAL_SERVER,
};
