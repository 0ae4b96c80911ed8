// Words from a fixed list (state, auth_type, lb_algo, lb_kind, protocol, ...). Most are
// case-sensitive: `state master` is not MASTER, and `lb_kind ROUTE` is how ipvsadm prints DR.
import { KeepalivedVersion, KeywordSchema } from '../../schema';
import { Token } from '../../types';
import { closest } from '../../util/strings';
import { Rule, RuleContext } from '../rule';
import { replacementFix } from './findings';
import { statementIndex } from '../../statementIndex';
import { schemaPath } from './shared';
import { endsWithSemicolon } from './semicolon';
import { msg } from '../../i18n';

interface EnumSpec {
  values: string[];
  caseSensitive: boolean;
  /** keepalived's message and what it does, completing "keepalived reports ... and ...". */
  says: (v: string) => string;
  then: string;
  /** Other spellings people use for a value (lower case), e.g. ipvsadm's names. */
  aliases?: Record<string, string>;
  /** Numbers are also accepted. */
  numeric?: boolean;
}

const FORWARDING: Omit<EnumSpec, 'says' | 'then'> = {
  values: ['NAT', 'DR', 'TUN'],
  caseSensitive: true,
  aliases: { route: 'DR', gate: 'DR', gatewaying: 'DR', direct: 'DR', masq: 'NAT', masquerade: 'NAT', masquerading: 'NAT', tunnel: 'TUN', ipip: 'TUN', tunneling: 'TUN' },
};

const SCHEDULERS = ['rr', 'wrr', 'lc', 'wlc', 'lblc', 'sh', 'mh', 'dh', 'fo', 'ovf', 'lblcr', 'sed', 'nq', 'twos'];

/** Per keyword path (`*` = any checker); keywords not listed here use the schema's enum. */
const ENUMS: Record<string, EnumSpec> = {
  'vrrp_instance/state': { values: ['MASTER', 'BACKUP'], caseSensitive: true, says: (v) => `"unknown state '${v}', defaulting to BACKUP"`, get then() { return msg().startsAsBackup(); } },
  'vrrp_instance/authentication/auth_type': { values: ['PASS', 'AH'], caseSensitive: true, says: (v) => `"unknown authentication type '${v}'"`, get then() { return msg().noAuthenticationType(); } },
  'virtual_server/lb_algo': { values: SCHEDULERS, caseSensitive: true, says: (v) => `"Invalid lvs_scheduler '${v}' - ignoring"`, get then() { return msg().lbAlgoFallsBackToWlc(); } },
  'virtual_server/lvs_sched': { values: SCHEDULERS, caseSensitive: true, says: (v) => `"Invalid lvs_scheduler '${v}' - ignoring"`, get then() { return msg().lvsSchedFallsBackToWlc(); } },
  'virtual_server/lb_kind': { ...FORWARDING, says: (v) => `"PARSER : unknown [${v}] routing method"`, get then() { return msg().lbKindFallsBackToNat(); } },
  'virtual_server/lvs_method': { ...FORWARDING, says: (v) => `"PARSER : unknown [${v}] routing method"`, get then() { return msg().lvsMethodFallsBackToNat(); } },
  'virtual_server/sorry_server_lvs_method': { ...FORWARDING, says: (v) => `"PARSER : unknown [${v}] routing method"`, get then() { return msg().sorryServerUsesVsMethod(); } },
  'virtual_server/real_server/lvs_method': { ...FORWARDING, says: (v) => `"PARSER : unknown [${v}] routing method"`, get then() { return msg().realServerUsesVsMethod(); } },
  'virtual_server/protocol': { values: ['TCP', 'UDP', 'SCTP'], caseSensitive: false, says: (v) => `"Unknown protocol ${v} - ignoring"`, get then() { return msg().usesDefaultProtocol(); } },
  'virtual_server/ip_family': { values: ['inet', 'inet6'], caseSensitive: true, says: (v) => `"unknown address family ${v}"`, get then() { return msg().ipFamilyIgnored(); } },
  'virtual_server/real_server/*/http_protocol': { values: ['1.0', '1.1', '1.0C', '1.0c'], caseSensitive: true, says: (v) => `"Invalid http_protocol version ${v}"`, get then() { return msg().keepsHttp10(); } },
  'virtual_server/real_server/DNS_CHECK/type': { values: ['A', 'NS', 'CNAME', 'SOA', 'MX', 'TXT', 'AAAA', 'RRSIG', 'DNSKEY'], caseSensitive: true, says: (v) => `"Unknown DNS check type ${v} - ignoring"`, get then() { return msg().queriesSoaRecords(); } },
  'global_defs/dynamic_interfaces': { values: ['allow_if_changes'], caseSensitive: true, says: (v) => `"Unknown dynamic_interfaces option '${v}'"`, get then() { return msg().enablesDynamicInterfaces(); } },
  'global_defs/lvs_flush_on_stop': { values: ['VS'], caseSensitive: true, says: (v) => `"Unknown lvs_flush_on_stop type ${v}"`, get then() { return msg().lvsFlushOnStopIgnoresWord(); } },
  'global_defs/lvs_flush_onstop': { values: ['VS'], caseSensitive: true, says: (v) => `"Unknown lvs_flush_on_stop type ${v}"`, get then() { return msg().lvsFlushOnstopIgnoresWord(); } },
  'global_defs/vrrp_rx_bufs_policy': { values: ['MTU', 'ADVERT'], caseSensitive: false, numeric: true, says: (v) => `"Invalid vrrp_rx_bufs_policy ${v}"`, get then() { return msg().rxBufsPolicyIgnored(); } },
  'vrrp_instance/old_unicast_checksum': { values: ['never'], caseSensitive: true, says: (v) => `"Unknown old_unicast_chksum mode ${v} - ignoring"`, get then() { return msg().oldUnicastChecksumIgnored(); } },
  'vrrp_track_process/param_match': { values: ['initial', 'partial'], caseSensitive: true, says: (v) => `"Invalid param_match type ${v} - ignoring"`, get then() { return msg().matchesParametersExactly(); } },
  'vrrp_instance/auth_hmac/anti_replay': { values: ['time', 'monotonic'], caseSensitive: true, says: (v) => msg().invalidAntiReplay(v), get then() { return msg().keepsDefaultTime(); } },
  'vrrp_instance/auth_hmac/mode': { values: ['enforce', 'permissive', 'receive-only'], caseSensitive: true, says: (v) => msg().invalidMode(v), get then() { return msg().keepsDefaultEnforce(); } },
};

/** keepalived 2.2 reads some of these words without regard to case. */
const CASE_INSENSITIVE_IN_2_2 = new Set(['virtual_server/real_server/DNS_CHECK/type']);

function specFor(kw: KeywordSchema, path: string, version: KeepalivedVersion): EnumSpec | undefined {
  const generic = path.replace(/^(virtual_server\/real_server)\/[^/]+\/(http_protocol)$/, '$1/*/$2');
  const spec = ENUMS[path] ?? ENUMS[generic];
  if (!spec) return undefined;
  if (version === '2.2' && CASE_INSENSITIVE_IN_2_2.has(path)) return { ...spec, caseSensitive: false };
  void kw;
  return spec;
}

function suggestion(word: string, spec: EnumSpec): string | undefined {
  const lower = word.toLowerCase();
  const exactOtherCase = spec.values.find((v) => v.toLowerCase() === lower);
  if (exactOtherCase) return exactOtherCase;
  if (spec.aliases?.[lower]) return spec.aliases[lower];
  return closest(word, spec.values, 1)[0];
}

function isValid(word: string, spec: EnumSpec): boolean {
  if (spec.numeric && /^\d+$/.test(word)) return true;
  return spec.caseSensitive ? spec.values.includes(word) : spec.values.some((v) => v.toLowerCase() === word.toLowerCase());
}

function reportWord(ctx: RuleContext, kwName: string, t: Token, spec: EnumSpec): void {
  const fix = suggestion(t.text, spec);
  const list = spec.values.join(', ');
  let why = '';
  if (fix && fix.toLowerCase() === t.text.toLowerCase()) why = msg().enumCaseSensitive(fix);
  else if (t.text.toLowerCase() === 'route' && fix === 'DR') why = msg().routeIsIpvsadmDr();
  else if (fix && spec.aliases?.[t.text.toLowerCase()]) why = msg().ipvsadmName(t.text, fix);
  else if (fix) why = msg().enumDidYouMean(fix);
  ctx.report({
    message: msg().invalidEnumValue(t.text, kwName, list, spec.says(t.text), spec.then, why),
    file: t.file,
    range: t.range,
    data: fix ? { replacement: fix } : undefined,
  });
}

const TUNNEL_TYPES = ['ipip', 'gue', 'gre'];
const CHECKSUMS = ['nocsum', 'csum', 'remcsum'];

/** lb_kind TUN [type ipip|gue|gre] [port N] [nocsum|csum|remcsum]: checked only when the method itself is valid. */
function checkTunnelOptions(ctx: RuleContext, args: Token[]): void {
  let type = 'ipip';
  let port: Token | undefined;
  let csum: Token | undefined;
  const bad = (t: Token, message: string) => ctx.report({ message, file: t.file, range: t.range });
  for (let i = 1; i < args.length; i++) {
    const w = args[i];
    if (w.text === 'type' || w.text === 'port') {
      const v = args[i + 1];
      if (!v) return bad(w, msg().tunnelOptionNeedsValue(w.text));
      i++;
      if (w.text === 'type' && !TUNNEL_TYPES.includes(v.text)) return bad(v, msg().unknownTunnelType(v.text));
      if (w.text === 'type') type = v.text;
      else port = v;
    } else if (CHECKSUMS.includes(w.text)) csum = w;
    else return bad(w, msg().invalidTunnelOption(w.text));
  }
  if ((type === 'gue') !== (port !== undefined)) bad(port ?? args[0], msg().guePortRequired());
  else if (type === 'ipip' && csum && csum.text !== 'nocsum') bad(csum, msg().ipipNoChecksum());
  else if (type === 'gre' && csum?.text === 'remcsum') bad(csum, msg().greNoRemcsum());
}

const INCLUDE_CHECKS = ['read', 'match', 'wildcard_match', 'brace_match'];

/** `weight N [reverse]` in object blocks: the word after the number. */
const WEIGHT_OPTIONS: Record<string, string[]> = {
  'vrrp_script/weight': ['reverse'],
  'vrrp_track_process/weight': ['reverse'],
  'track_file/weight': ['reverse'],
  'vrrp_track_file/weight': ['reverse'],
  'bfd_instance/weight': ['reverse'],
  'virtual_server/real_server/FILE_CHECK/weight': ['reverse', 'noreverse'],
};

const SYNC_OPTIONS = ['id', 'maxlen', 'port', 'ttl', 'group'];

/** lvs_sync_daemon IFNAME [INSTANCE] [id N] [maxlen N] [port N] [ttl N] [group ADDR]; a bare third word is read as the sync id. */
function checkSyncDaemonWords(ctx: RuleContext, args: Token[]): void {
  for (let i = 2; i < args.length; i++) {
    const t = args[i];
    if (SYNC_OPTIONS.includes(t.text)) {
      i++;
      continue;
    }
    if (i === 2 && /^\d+$/.test(t.text)) {
      ctx.report({ message: msg().bareSyncId(t.text), file: t.file, range: t.range, severity: 'warning', data: { replacement: `id ${t.text}` } });
    } else {
      reportWord(ctx, msg().lvsSyncDaemonOption(), t, { values: SYNC_OPTIONS, caseSensitive: true, says: () => (i === 2 ? msg().invalidSyncId() : msg().invalidEnumIt()), then: msg().syncDaemonIgnoresIt() });
    }
    if (i > 2) break;
  }
}

const UMASK_BITS = ['IRUSR', 'IWUSR', 'IXUSR', 'IRWXU', 'IRGRP', 'IWGRP', 'IXGRP', 'IRWXG', 'IROTH', 'IWOTH', 'IXOTH', 'IRWXO'];

/** umask: a number (0022, 0x12, 18) up to 0777, or permission names joined by '|'. */
function checkUmask(ctx: RuleContext, t: Token | undefined): void {
  if (!t) return;
  if (/^[0-9]/.test(t.text)) {
    const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.exec(t.text);
    const value = m ? Number(m[1].startsWith('0x') || m[1].startsWith('0X') ? m[1] : m[1].length > 1 && m[1].startsWith('0') ? parseInt(m[1], 8) : m[1]) : NaN;
    if (!m || value > 0o777) ctx.report({ message: msg().invalidUmask(t.text), file: t.file, range: t.range });
    return;
  }
  for (const bit of t.text.split('|')) {
    if (!UMASK_BITS.includes(bit)) {
      reportWord(ctx, msg().umaskBit(), { text: bit, file: t.file, range: t.range, quoted: t.quoted }, { values: UMASK_BITS, caseSensitive: true, says: () => msg().umaskInvalid(), then: msg().umaskIgnoresIt() });
      return;
    }
  }
}

const OWN_CHECKS = new Set(['global_defs/include_check', 'global_defs/lvs_timeouts', 'global_defs/lvs_sync_daemon', 'global_defs/umask']);

/** Keywords this rule checks (whether a spec exists does not depend on the version). */
function hasWordList(kw: KeywordSchema): boolean {
  const path = schemaPath(kw);
  return OWN_CHECKS.has(path) || WEIGHT_OPTIONS[path] !== undefined || specFor(kw, path, '2.4') !== undefined;
}

export const invalidEnum: Rule = {
  code: 'invalid-enum',
  blockLocal: true,
  severity: 'error',
  title: 'A word that is not one of the values keepalived accepts for this keyword (often a case mistake).',
  example: 'vrrp_instance VI_1 {\n  state master\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(hasWordList)) {
      const kw = s.schema!;
      const path = schemaPath(kw);
      const arg = s.args[0];
      // A trailing ';' is reported once, by semicolon-in-value.
      if (!arg || endsWithSemicolon(arg)) continue;
      if (path === 'global_defs/include_check') {
        for (const t of s.args) {
          const word = /^[-+]/.test(t.text) ? t.text.slice(1) : t.text;
          if (t !== s.args[0] && word === t.text) {
            ctx.report({ message: msg().includeCheckNeedsSign(word, word), file: t.file, range: t.range, data: { replacement: `+${word}` } });
            continue;
          }
          if (!INCLUDE_CHECKS.includes(word)) reportWord(ctx, msg().includeCheckType(), t, { values: INCLUDE_CHECKS, caseSensitive: true, says: (v) => `"Unknown include_check type '${v}' - ignoring"`, then: msg().includeCheckIgnoresWord() });
        }
        continue;
      }
      if (path === 'global_defs/lvs_timeouts') {
        for (let i = 0; i < s.args.length; i += 2) {
          const t = s.args[i];
          if (!['tcp', 'tcpfin', 'udp'].includes(t.text)) {
            reportWord(ctx, msg().lvsTimeoutsOption(), t, { values: ['tcp', 'tcpfin', 'udp'], caseSensitive: true, says: (v) => `"Unknown option ${v} specified for lvs_timeouts"`, then: msg().lvsTimeoutsIgnoresIt() });
            break;
          }
        }
        continue;
      }
      if (path === 'global_defs/lvs_sync_daemon') {
        checkSyncDaemonWords(ctx, s.args);
        continue;
      }
      if (path === 'global_defs/umask') {
        checkUmask(ctx, s.args[0]);
        continue;
      }
      const weightOptions = WEIGHT_OPTIONS[path];
      if (weightOptions) {
        const opt = s.args[1];
        if (opt && !weightOptions.includes(opt.text)) {
          reportWord(ctx, msg().weightOption(), opt, { values: weightOptions, caseSensitive: true, says: (v) => `"unknown weight option ${v}"`, then: path.endsWith('FILE_CHECK/weight') ? msg().ignoresWeight() : msg().doesNotReverseWeight() });
        }
        continue;
      }
      const spec = specFor(kw, path, ctx.options.version);
      if (!spec) continue;
      if (!isValid(arg.text, spec)) {
        reportWord(ctx, kw.name, arg, spec);
        continue;
      }
      if (spec.values.includes('TUN') && s.args.length > 1) checkTunnelOptions(ctx, s.args);
    }
  },
  fixes: (diag) => replacementFix(diag),
};
