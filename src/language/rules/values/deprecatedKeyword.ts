// Old keyword names that keepalived still accepts (sometimes with a message), and the
// deprecated route words `gw` and `or` found by the address pass.
import { KeywordSchema, childrenOf, existsIn } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Rule } from '../rule';
import { replacementFix, reportFindings } from './findings';
import { itemFindings } from './itemSyntax';
import { schemaPath } from './shared';
import { msg } from '../../i18n';

/** What keepalived 2.2.7 does when it meets the old name (confirmed with `keepalived -t`). */
const SAYS: Record<string, string> = {
  get 'global_defs/vrrp_vmac_garp_intvl'() { return msg().reportsVrrpVmacGarpIntvlDeprecated(); },
  get 'vrrp_instance/vmac_garp_intvl'() { return msg().reportsVmacGarpIntvlDeprecated(); },
  get 'vrrp_sync_group/global_tracking'() { return msg().reportsGlobalTrackingDeprecated(); },
  get 'vrrp_instance/linkbeat_use_polling'() { return msg().reportsLinkbeatUsePollingDeprecated(); },
  get 'vrrp_instance/lvs_sync_daemon_interface'() { return msg().reportsLvsSyncDaemonInterfaceDeprecated(); },
  get 'vrrp_instance/thread_timer_expired'() { return msg().reportsAsksForTimerExpiredBackup(); },
  get 'virtual_server/real_server/HTTP_GET/nb_get_retry'() { return msg().httpGetNbGetRetryDeprecated(); },
  get 'virtual_server/real_server/SSL_GET/nb_get_retry'() { return msg().sslGetNbGetRetryDeprecated(); },
};

/** Replacements that are not a keyword of the same block. */
const INSTEAD: Record<string, string> = {
  get 'vrrp_instance/linkbeat_use_polling'() { return msg().linkbeatInterfacesBlock(); },
  get 'vrrp_instance/lvs_sync_daemon_interface'() { return msg().lvsSyncDaemonInGlobalDefs(); },
  get 'virtual_server/real_server/SMTP_CHECK/host'() { return msg().smtpCheckPerHost(); },
};

function isDeprecated(kw: KeywordSchema): boolean {
  return Boolean(kw.deprecated);
}

export const deprecatedKeyword: Rule = {
  code: 'deprecated-keyword',
  blockLocal: true,
  severity: 'warning',
  title: 'An old keyword name that keepalived still accepts; use the current one.',
  example: 'vrrp_instance VI_1 {\n  lvs_sync_daemon_interface eth0\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isDeprecated)) {
      const kw = s.schema!;
      const path = schemaPath(kw);
      if (kw.name === 'preempt') {
        ctx.report({ message: msg().preemptDoesNothing(), file: s.file, range: s.keyword.range, severity: 'hint', tags: ['deprecated', 'unnecessary'] });
        continue;
      }
      const siblings = childrenOf(s.parent?.schema);
      const target = kw.alias_of && !kw.alias_of.includes('/') ? siblings[kw.alias_of] : undefined;
      const renamable = target && existsIn(target, ctx.options.version);
      const instead = INSTEAD[path] ?? (kw.alias_of ? `'${kw.alias_of.split('/').pop()}'` : undefined);
      const says = SAYS[path] ?? msg().acceptsDeprecatedSilently();
      ctx.report({
        message: msg().keywordDeprecated(kw.name, instead ? msg().useInstead(instead) : '', says, (target && !renamable ? msg().aliasNeeds24(kw.alias_of) : '')),
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
