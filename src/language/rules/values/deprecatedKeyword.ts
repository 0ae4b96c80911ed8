// Old keyword names that keepalived still accepts (sometimes with a message), and the
// deprecated route words `gw` and `or` found by the address pass.
import { KeywordSchema, childrenOf, existsIn } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Rule } from '../rule';
import { replacementFix, reportFindings } from './findings';
import { itemFindings } from './itemSyntax';
import { schemaPath } from './shared';

/** What keepalived 2.2.7 does when it meets the old name (confirmed with `keepalived -t`). */
const SAYS: Record<string, string> = {
  'global_defs/vrrp_vmac_garp_intvl': 'reports "Keyword \\"vrrp_vmac_garp_intvl\\" is deprecated"',
  'vrrp_instance/vmac_garp_intvl': 'reports "Keyword \\"vmac_garp_intvl\\" is deprecated"',
  'vrrp_sync_group/global_tracking': 'reports "global_tracking is deprecated"',
  'vrrp_instance/linkbeat_use_polling': "reports \"'linkbeat_use_polling' in vrrp instance deprecated\"",
  'vrrp_instance/lvs_sync_daemon_interface': 'reports "Specifying lvs_sync_daemon_interface against a vrrp is deprecated"',
  'vrrp_instance/thread_timer_expired': 'reports it and asks for timer_expired_backup',
  'virtual_server/real_server/HTTP_GET/nb_get_retry': 'reports "nb_get_retry is deprecated - please use \'retry\'"',
  'virtual_server/real_server/SSL_GET/nb_get_retry': 'reports "nb_get_retry is deprecated - please use \'retry\'"',
};

/** Replacements that are not a keyword of the same block. */
const INSTEAD: Record<string, string> = {
  'vrrp_instance/linkbeat_use_polling': "a root-level 'linkbeat_interfaces { IFNAME }' block",
  'vrrp_instance/lvs_sync_daemon_interface': "'lvs_sync_daemon IFNAME INSTANCE' in global_defs",
  'virtual_server/real_server/SMTP_CHECK/host': 'one SMTP_CHECK block per host',
};

function isDeprecated(kw: KeywordSchema): boolean {
  return Boolean(kw.deprecated);
}

export const deprecatedKeyword: Rule = {
  code: 'deprecated-keyword',
  severity: 'warning',
  title: 'An old keyword name that keepalived still accepts; use the current one.',
  example: 'vrrp_instance VI_1 {\n  lvs_sync_daemon_interface eth0\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isDeprecated)) {
      const kw = s.schema!;
      const path = schemaPath(kw);
      if (kw.name === 'preempt') {
        ctx.report({ message: "'preempt' does nothing: preemption is already the default. Only 'nopreempt' changes behaviour.", file: s.file, range: s.keyword.range, severity: 'hint', tags: ['deprecated', 'unnecessary'] });
        continue;
      }
      const siblings = childrenOf(s.parent?.schema);
      const target = kw.alias_of && !kw.alias_of.includes('/') ? siblings[kw.alias_of] : undefined;
      const renamable = target && existsIn(target, ctx.options.version);
      const instead = INSTEAD[path] ?? (kw.alias_of ? `'${kw.alias_of.split('/').pop()}'` : undefined);
      const says = SAYS[path] ?? 'accepts it without a message in `keepalived -t`';
      ctx.report({
        message: `'${kw.name}' is deprecated${instead ? `; use ${instead}` : ''}. keepalived ${says}.` + (target && !renamable ? ` (${kw.alias_of} needs keepalived 2.4.)` : ''),
        file: s.file,
        range: s.keyword.range,
        tags: ['deprecated'],
        data: renamable ? { replacement: kw.alias_of } : undefined,
      });
    }
    reportFindings(ctx, 'deprecated-keyword', itemFindings(ctx.doc, ctx.options.version));
  },
  fixes: (diag) => replacementFix(diag),
};
