// Insert texts for completion: a snippet per keyword kind, and whole-block templates that
// a student can start a working configuration from. The templates' default values pass
// `keepalived -t` (see test/language/features/completion.test.ts).
import { KeywordSchema } from '../schema';
import { msg } from '../i18n';

/** Escapes a literal for use inside a snippet choice `${1|a,b|}`. */
function choiceValue(s: string): string {
  return s.replace(/[\\$}|,]/g, (c) => '\\' + c);
}

function uniqueIgnoringCase(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((v) => !seen.has(v.toLowerCase()) && seen.add(v.toLowerCase()));
}

/** Default placeholder text for the name/header of a block keyword. */
const HEADER_PLACEHOLDERS: Record<string, string> = {
  vrrp_instance: '${1:VI_1}',
  vrrp_script: '${1:chk_service}',
  vrrp_sync_group: '${1:VG_1}',
  vrrp_track_process: '${1:track_proc}',
  track_file: '${1:track_file_1}',
  vrrp_track_file: '${1:track_file_1}',
  bfd_instance: '${1:bfd_1}',
  track_group: '${1:TG_1}',
  virtual_server: '${1:203.0.113.10} ${2:80}',
  real_server: '${1:203.0.113.11} ${2:80}',
  virtual_server_group: '${1:VSG_1}',
};

/** The snippet inserted when a keyword is picked from the completion list. */
export function keywordSnippet(kw: KeywordSchema): string {
  const name = kw.name;
  if (kw.kind === 'block') {
    const header = HEADER_PLACEHOLDERS[name] ?? (kw.name_arg ? `\${1:${kw.name_arg}}` : '');
    return `${name}${header ? ' ' + header : ''} {\n\t$0\n}`;
  }
  if (kw.kind === 'value_block') return `${name} {\n\t$0\n}`;
  if (kw.args === '0') return name;
  if (kw.type === 'enum' && kw.enum?.length && !kw.args.startsWith('0')) {
    const values = uniqueIgnoringCase(kw.enum);
    return `${name} \${1|${values.map(choiceValue).join(',')}|}`;
  }
  // Optional-argument keywords (booleans, flags with an optional word) are complete by themselves.
  if (kw.args.startsWith('0')) return name;
  if (kw.type === 'script' || kw.type === 'command') return `${name} "\${1:/usr/local/bin/script.sh}"`;
  return `${name} $0`;
}

export interface BlockTemplate {
  label: string;
  /** Keyword the template starts with (for filtering). */
  keyword: string;
  /** Block path where the template may be inserted ([] = top level). */
  parentPath: string[];
  description: string;
  snippet: string;
}

export const BLOCK_TEMPLATES: BlockTemplate[] = [
  {
    label: 'vrrp_instance (complete)',
    keyword: 'vrrp_instance',
    parentPath: [],
    get description() { return msg().vrrpInstanceSnippet(); },
    snippet: [
      'vrrp_instance ${1:VI_1} {',
      '\tstate ${2|MASTER,BACKUP|}',
      '\tinterface ${3:eth0}',
      '\tvirtual_router_id ${4:51}',
      '\tpriority ${5:150}',
      '\tadvert_int ${6:1}',
      '\tauthentication {',
      '\t\tauth_type PASS',
      '\t\tauth_pass ${7:secret12}',
      '\t}',
      '\tvirtual_ipaddress {',
      '\t\t${8:203.0.113.100/24} dev ${3:eth0}',
      '\t}',
      '}',
    ].join('\n'),
  },
  {
    label: 'vrrp_script (complete)',
    keyword: 'vrrp_script',
    parentPath: [],
    get description() { return msg().vrrpScriptSnippet(); },
    snippet: [
      'vrrp_script ${1:chk_nginx} {',
      '\tscript "${2:/usr/bin/pgrep -x nginx}"',
      '\tinterval ${3:2}',
      '\ttimeout ${4:2}',
      '\tfall ${5:2}',
      '\trise ${6:2}',
      '\tweight ${7:-20}',
      '}',
    ].join('\n'),
  },
  {
    label: 'virtual_server (complete)',
    keyword: 'virtual_server',
    parentPath: [],
    get description() { return msg().virtualServerSnippet(); },
    snippet: [
      'virtual_server ${1:203.0.113.100} ${2:80} {',
      '\tdelay_loop ${3:6}',
      '\tlb_algo ${4|rr,wrr,lc,wlc,sh,mh|}',
      '\tlb_kind ${5|DR,NAT,TUN|}',
      '\tprotocol TCP',
      '',
      '\treal_server ${6:203.0.113.11} ${2:80} {',
      '\t\tweight 1',
      '\t\tTCP_CHECK {',
      '\t\t\tconnect_timeout ${7:3}',
      '\t\t}',
      '\t}',
      '}',
    ].join('\n'),
  },
  {
    label: 'real_server (complete)',
    keyword: 'real_server',
    parentPath: ['virtual_server'],
    get description() { return msg().realServerSnippet(); },
    snippet: [
      'real_server ${1:203.0.113.12} ${2:80} {',
      '\tweight ${3:1}',
      '\tTCP_CHECK {',
      '\t\tconnect_timeout ${4:3}',
      '\t}',
      '}',
    ].join('\n'),
  },
  {
    label: 'global_defs (complete)',
    keyword: 'global_defs',
    parentPath: [],
    get description() { return msg().globalDefsSnippet(); },
    snippet: [
      'global_defs {',
      '\trouter_id ${1:lb1}',
      '\tenable_script_security',
      '\tscript_user ${2:root}',
      '}',
    ].join('\n'),
  },
];

/** Expands a snippet with its default values (for tests and previews). */
export function expandSnippet(snippet: string): string {
  return snippet
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1')
    .replace(/\$\d+/g, '');
}
