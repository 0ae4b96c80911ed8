// Public surface of the lab inventory: read, validate, generate keepalived-lab.yaml.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Lang } from '../../language/i18n';
import { parseInventory, InventoryResult } from './parse';

export * from './types';
export { parseInventory, INVENTORY_FILE_NAME, SCHEDULERS } from './parse';
export type { InventoryResult, ParseInventoryOptions } from './parse';
export { INVENTORY_TEXTS, inventoryTexts } from './i18n';
export type { InventoryStrings } from './i18n';
export { inventoryToYaml } from './write';
export { seedLabInventory, seedLabYaml, inventoryFromVagrant, parseVagrantSshConfig, guessRole } from './templates';

/**
 * Reads and validates a lab file; relative key and known_hosts paths become relative to the file.
 * The problems are worded in `lang` (default en).
 */
export function loadInventory(file: string, lang?: Lang): InventoryResult {
  const abs = path.resolve(file);
  const result = parseInventory(fs.readFileSync(abs, 'utf8'), { file: abs, lang });
  const inv = result.inventory;
  if (inv) {
    const dir = path.dirname(abs);
    const fix = (p: string): string => (p.startsWith('~') || path.isAbsolute(p) ? p : path.resolve(dir, p));
    for (const h of inv.hosts) {
      if (h.ssh.identityFiles) h.ssh.identityFiles = h.ssh.identityFiles.map(fix);
      if (h.ssh.knownHostsFiles) h.ssh.knownHostsFiles = h.ssh.knownHostsFiles.map(fix);
    }
  }
  return result;
}
