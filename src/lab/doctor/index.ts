// The lab doctor: reads the live lab and reports the seed's mistakes, each with its fix.
import { Inventory } from '../inventory/types';
import type { Lang } from '../report/i18n';
import { SshPool } from '../ssh/pool';
import { collectDoctorInputs } from './collect';
import { diagnose, DoctorReport } from './diagnose';

export * from './collect';
export * from './diagnose';
export { formatDoctorReport } from './format';
export { DOCTOR_STRINGS, doctorStrings } from './i18n';
export type { DoctorStrings } from './i18n';

export async function runDoctor(pool: SshPool, inv: Inventory, signal?: AbortSignal, lang: Lang = 'en'): Promise<DoctorReport> {
  return diagnose(await collectDoctorInputs(pool, inv, signal), lang);
}
