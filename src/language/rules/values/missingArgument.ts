// A keyword without the value its handler reads. For most keywords keepalived then stops
// reading the file altogether and exits with status 2 - every later mistake goes unreported.
import { Statement } from '../../ast';
import { KeywordSchema, argCount } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Range } from '../../types';
import { Rule } from '../rule';
import { itemArgumentFindings } from './itemSyntax';
import { crashMessage, fatalMessage } from './messages';
import { schemaPath } from './shared';
import { msg } from '../../i18n';

/**
 * Keywords whose handler checks for the missing value itself (keepalived 2.2.7, confirmed with
 * `keepalived -t`): the line is ignored with this message (null: ignored silently), parsing goes on.
 */
const NOT_FATAL: Record<string, string | null> = {
  net_namespace: 'net_namespace name missing - ignoring',
  instance: 'instance name missing - ignoring',
  'global_defs/router_id': 'routerid name missing - ignoring',
  'global_defs/notification_email_from': 'emailfrom missing - ignoring',
  'global_defs/smtp_helo_name': null,
  'global_defs/startup_script': 'startup script missing',
  'global_defs/startup_script_timeout': 'startup_script_timeout requires value',
  'global_defs/shutdown_script': 'shutdown script missing',
  'global_defs/shutdown_script_timeout': 'shutdown_script_timeout requires value',
  'global_defs/min_auto_priority_delay': 'min_auto_priority_delay requires delay time',
  'global_defs/default_interface': 'default_interface requires interface name',
  'global_defs/lvs_timeouts': 'lvs_timeouts requires at least one option',
  'global_defs/lvs_sync_daemon': 'lvs_sync_daemon requires interface',
  'global_defs/vrrp_garp_extra_if': 'vrrp_garp_extra_if specified without time - ignoring',
  'global_defs/vrrp_vmac_garp_intvl': 'vrrp_vmac_garp_intvl specified without time - ignoring',
  'global_defs/vrrp_priority': 'No vrrp process priority specified',
  'global_defs/vrrp_rt_priority': 'No vrrp process real-time priority specified',
  'global_defs/vrrp_cpu_affinity': 'No vrrp cpu_id set specified',
  'global_defs/notify_fifo': 'No notify_fifo name specified',
  'global_defs/notify_fifo_script': 'No notify_fifo_script specified',
  'global_defs/vrrp_notify_fifo': 'No vrrp_notify_fifo name specified',
  'global_defs/vrrp_notify_fifo_script': 'No vrrp_notify_fifo_script specified',
  'global_defs/lvs_notify_fifo': 'No lvs_notify_fifo name specified',
  'global_defs/lvs_notify_fifo_script': 'No lvs_notify_fifo_script specified',
  'global_defs/checker_priority': 'No checker process priority specified',
  'global_defs/checker_rt_priority': 'No checker process real-time priority specified',
  'global_defs/checker_cpu_affinity': 'No checker cpu_id set specified',
  'global_defs/bfd_priority': 'No bfd process priority specified',
  'global_defs/bfd_rt_priority': 'No bfd process real-time priority specified',
  'global_defs/bfd_cpu_affinity': 'No bfd cpu_id set specified',
  'global_defs/snmp_socket': 'SNMP error : snmp socket name missing',
  'global_defs/dbus_service_name': 'dbus_service_name missing - ignoring',
  'global_defs/dbus_no_interface_name': 'dbus_no_interface_name missing - ignoring',
  'global_defs/script_user': 'No script username specified',
  'global_defs/vrrp_netlink_cmd_rcv_bufs': 'vrrp_netlink_cmd_rcv_bufs size missing',
  'global_defs/vrrp_netlink_monitor_rcv_bufs': 'vrrp_netlink_monitor_rcv_bufs size missing',
  'global_defs/process_monitor_rcv_bufs': 'process_monitor_rcv_bufs size missing',
  'global_defs/lvs_netlink_cmd_rcv_bufs': 'lvs_netlink_cmd_rcv_bufs size missing',
  'global_defs/lvs_netlink_monitor_rcv_bufs': 'lvs_netlink_monitor_rcv_bufs size missing',
  'global_defs/vrrp_rx_bufs_policy': 'vrrp_rx_bufs_policy missing',
  'global_defs/vrrp_rx_bufs_multiplier': 'Invalid vrrp_rx_bufs_multiplier',
  'global_defs/reload_time_file': 'reload_time_file invalid',
  'global_defs/tmp_config_directory': 'tmp_config_directory missing directory name',
  'vrrp_instance/garp_extra_if': 'garp_extra_if specified without time - ignoring',
  'vrrp_instance/vmac_garp_intvl': 'vmac_garp_intvl specified without time - ignoring',
  'vrrp_instance/kernel_rx_buf_size': 'invalid kernel_rx_buf_size specified',
  // Silent here; a block left without any script is reported when it closes (vrrp-script-no-script).
  'vrrp_script/script': null,
  'vrrp_track_process/weight': 'No weight specified for track process NAME - ignoring',
  'track_file/file': 'track file file name missing',
  'track_file/weight': 'No weight specified for track file NAME - ignoring',
  'vrrp_track_file/file': 'track file file name missing',
  'vrrp_track_file/weight': 'No weight specified for track file NAME - ignoring',
  'SSL/password': 'SSL password missing',
  'SSL/ca': 'SSL cafile missing',
  'SSL/certificate': 'SSL certfile missing',
  'SSL/key': 'SSL keyfile missing',
  'virtual_server/virtualhost': 'virtual server virtualhost missing',
  'virtual_server/snmp_name': 'virtual server snmp_name missing or extra parameters',
  'virtual_server/sorry_server_lvs_method': 'sorry_server forwarding used without sorry_server',
  'virtual_server/real_server/virtualhost': 'real server virtualhost missing',
  'virtual_server/real_server/snmp_name': 'real server snmp_name missing or extra parameters',
  'virtual_server/real_server/MISC_CHECK/misc_path': null,
  'virtual_server/real_server/MISC_CHECK/user': 'No user specified for misc checker script',
  'virtual_server/real_server/SMTP_CHECK/helo_name': 'SMTP_CHECK helo name missing',
  'virtual_server/real_server/UDP_CHECK/payload': 'UDP_CHECK payload requires a payload',
  'virtual_server/real_server/*/virtualhost': 'HTTP_GET virtualhost name missing',
  'virtual_server/real_server/*/http_protocol': 'Missing http_protocol version',
  'virtual_server/real_server/*/url/virtualhost': 'Missing HTTP_GET virtualhost name',
  'virtual_server/real_server/*/url/status_code': null,
  'virtual_server/real_server/*/url/regex': null,
  'virtual_server/real_server/*/url/regex_options': null,
  'virtual_server/real_server/*/url/regex_min_offset': null,
  'virtual_server/real_server/*/url/regex_max_offset': null,
  'virtual_server/real_server/*/url/regex_stack': null,
  'virtual_server/real_server/FILE_CHECK/weight': 'track file weight missing',
  'virtual_server/real_server/BFD_CHECK/name': 'BFD_CHECK - No or too many names specified - skipping checker',
};

/** Keywords whose missing value makes keepalived crash (segmentation fault, seen with 2.2.7 and 2.4). */
const CRASHES = new Set(['bfd_instance/neighbor_ip', 'bfd_instance/neighbour_ip']);

/** Blocks whose name keepalived reads unconditionally. */
const NAMED_BLOCKS = new Set(['vrrp_script', 'vrrp_track_process', 'track_file', 'vrrp_track_file', 'virtual_server_group', 'virtual_server', 'virtual_server/real_server']);

/** Keywords that need a value, and the blocks whose header words are checked below. */
function mayLackArgument(kw: KeywordSchema): boolean {
  if (kw.kind === 'keyword') return argCount(kw.args).min > 0;
  const path = schemaPath(kw);
  return path === 'bfd_instance' || NAMED_BLOCKS.has(path) || path === 'virtual_server_group';
}

function notFatal(path: string): string | null | undefined {
  if (path in NOT_FATAL) return NOT_FATAL[path];
  const generic = path.replace(/^(virtual_server\/real_server)\/[^/]+\//, '$1/*/');
  return generic in NOT_FATAL ? NOT_FATAL[generic] : undefined;
}

function report(ctx: Parameters<NonNullable<Rule['check']>>[0], s: Statement, message: string, range: Range, severity?: 'warning'): void {
  ctx.report({ message, file: s.file, range, severity, data: { keyword: s.keyword.text } });
}

export const missingArgument: Rule = {
  code: 'missing-argument',
  blockLocal: true,
  severity: 'error',
  title: 'A keyword or block without the value keepalived needs; usually keepalived aborts the whole configuration (exit status 2).',
  example: 'vrrp_instance VI_1 {\n  state\n  interface eth0\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(mayLackArgument)) {
      const kw = s.schema!;
      const path = schemaPath(kw);
      if (kw.kind === 'keyword' && (s.args.length > 0 || argCount(kw.args).min === 0)) continue;
      // A block with two or more words after its keyword lacks nothing (only a group's extra word is reported).
      if (kw.kind !== 'keyword' && s.args.length > 1 && path !== 'virtual_server_group') continue;
      const range = s.keyword.range;
      if (kw.kind === 'keyword') {
        if (s.args.length > 0 || argCount(kw.args).min === 0) continue;
        const what = msg().missingArgument(kw.name, kw.syntax);
        if (CRASHES.has(path)) report(ctx, s, crashMessage(what), range);
        else {
          const nf = notFatal(path);
          if (nf === undefined) report(ctx, s, fatalMessage(what, kw.name), range);
          else if (nf === null) report(ctx, s, msg().ignoresLineSilently(what), range, 'warning');
          else report(ctx, s, msg().reportsAndIgnoresLine(what, nf), range);
        }
        continue;
      }
      const first = s.args[0];
      if (path === 'bfd_instance' && !first) {
        report(ctx, s, crashMessage(msg().bfdInstanceNeedsName()), range);
      } else if (NAMED_BLOCKS.has(path) && !first) {
        const what = path === 'virtual_server' ? msg().virtualServerNeedsAddress() : path.endsWith('real_server') ? msg().realServerNeedsAddress() : msg().needsName(kw.name);
        report(ctx, s, fatalMessage(what, kw.name), range);
      } else if (path === 'virtual_server' && (first?.text === 'fwmark' || first?.text === 'group') && s.args.length === 1) {
        report(ctx, s, crashMessage(msg().virtualServerNeeds(first.text, first.text === 'fwmark' ? msg().aMarkNumber() : msg().vsGroupName())), { start: range.start, end: first.range.end });
      } else if (path === 'virtual_server_group' && s.args.length > 1) {
        const extra = s.args.slice(1);
        ctx.report({
          message: msg().vsGroupExtraWord(first.text, extra[0].text),
          file: s.file,
          range: { start: extra[0].range.start, end: extra[extra.length - 1].range.end },
          data: { removeExtra: true },
        });
      }
    }
    for (const f of itemArgumentFindings(ctx.doc, ctx.options.version)) ctx.report(f);
  },
  fixes(diag) {
    if (!diag.data?.removeExtra) return [];
    return [{ title: msg().removeExtraWords(), isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText: '' }] }];
  },
};
