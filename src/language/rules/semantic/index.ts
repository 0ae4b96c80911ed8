// Checks across statements: names, references, scripts, VRRP and LVS semantics.
// Each rule mirrors what keepalived does after reading the file (see ./facts.ts).
import { Rule } from '../rule';
import { authConflict } from './authConflict';
import { duplicateName } from './duplicateName';
import { duplicateVrid } from './duplicateVrid';
import { groupListRepeated } from './groupListRepeated';
import { preemptIgnored } from './preemptIgnored';
import { referenceBeforeDefinition } from './referenceBeforeDefinition';
import { requiredSettingMissing } from './requiredSetting';
import { rsFamilyMismatch } from './rsFamilyMismatch';
import { rsPortMismatch } from './rsPortMismatch';
import { scriptRelativePath } from './scriptRelativePath';
import { scriptRepeated } from './scriptRepeated';
import { scriptSecurity } from './scriptSecurity';
import { scriptUnquotedArguments } from './scriptUnquotedArguments';
import { scriptUserMissing } from './scriptUser';
import { sorryServerOrder } from './sorryServerOrder';
import { stateRepeated } from './stateRepeated';
import { strictModeConflict } from './strictMode';
import { syncGroupEmpty } from './syncGroupEmpty';
import { syncGroupMembers } from './syncGroupMembers';
import { trackDuplicate } from './trackDuplicate';
import { trackOwnInterface } from './trackOwnInterface';
import { undefinedReference } from './undefinedReference';
import { unicastWithoutPeers } from './unicastSettings';
import { vipDuplicate } from './vipDuplicate';
import { vridRequired } from './vridRequired';
import { vrrpFamilyMismatch } from './vrrpFamilyMismatch';
import { vrrpImplicitPriority } from './vrrpImplicitPriority';
import { vrrpInterfaceRequired } from './vrrpInterfaceRequired';
import { vrrpNoVip } from './vrrpNoVip';
import { vrrpScriptNoScript } from './vrrpScriptNoScript';
import { vrrpScriptUnused } from './vrrpScriptUnused';
import { vsFwmarkProtocol } from './vsFwmarkProtocol';
import { vsNoLbKind } from './vsNoLbKind';
import { vsNoProtocol } from './vsNoProtocol';
import { vsNoRealServers } from './vsNoRealServers';
import { vsNoScheduler } from './vsNoScheduler';
import { vsQuorum } from './vsQuorum';
import { vsSchedulerFlags } from './vsSchedulerFlags';
import { vsSettingIgnored } from './vsSettingIgnored';

export const semanticRules: Rule[] = [
  // names and references
  duplicateName,
  undefinedReference,
  referenceBeforeDefinition,
  syncGroupEmpty,
  syncGroupMembers,
  groupListRepeated,
  // scripts
  scriptSecurity,
  scriptUserMissing,
  scriptRelativePath,
  scriptUnquotedArguments,
  scriptRepeated,
  vrrpScriptNoScript,
  vrrpScriptUnused,
  // VRRP
  vridRequired,
  vrrpInterfaceRequired,
  duplicateVrid,
  vrrpNoVip,
  vrrpFamilyMismatch,
  vipDuplicate,
  stateRepeated,
  vrrpImplicitPriority,
  preemptIgnored,
  strictModeConflict,
  authConflict,
  unicastWithoutPeers,
  trackDuplicate,
  trackOwnInterface,
  // LVS
  vsNoRealServers,
  vsNoProtocol,
  vsNoScheduler,
  vsNoLbKind,
  vsFwmarkProtocol,
  vsSchedulerFlags,
  rsFamilyMismatch,
  rsPortMismatch,
  vsQuorum,
  vsSettingIgnored,
  sorryServerOrder,
  requiredSettingMissing,
];
