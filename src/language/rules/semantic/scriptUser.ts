// enable_script_security without script_user: keepalived runs scripts as `keepalived_script`, and
// when that account does not exist it drops every script that has no user of its own.
import { Rule } from '../rule';
import { addToGlobalDefs } from './edits';
import { globalFacts } from './facts';
import { scriptUses } from './scriptFacts';
import { msg } from '../../i18n';

export const scriptUserMissing: Rule = {
  code: 'script-user-missing',
  severity: 'warning',
  title: 'enable_script_security without script_user (scripts need the keepalived_script account).',
  example: 'global_defs {\n  enable_script_security\n}\nvrrp_script chk {\n  script "/usr/bin/pgrep nginx"\n}\nvrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n  virtual_ipaddress {\n    192.0.2.100\n  }\n  track_script {\n    chk\n  }\n}',
  check(ctx) {
    const g = globalFacts(ctx.doc);
    if (!g.scriptSecurity || g.scriptUser) return;
    const needing = scriptUses(ctx.doc, true).filter((u) => !u.hasOwnUser);
    if (!needing.length) return;
    ctx.report({
      message: msg().scriptUserMissing(needing.length === 1 ? 'script' : msg().scriptCount(needing.length)),
      file: g.scriptSecurity.file,
      range: g.scriptSecurity.range,
      related: needing.map((u) => ({ file: u.stmt.file, range: u.stmt.keyword.range, message: msg().runsAsDefaultScriptUser() })),
    });
  },
  fixes(_diag, ctx) {
    return [
      { title: msg().addScriptUserRoot(), isPreferred: true, edits: [addToGlobalDefs(ctx.doc, ctx.files, [`script_user root`])] },
      { title: msg().addScriptUserKeepalivedScript(), edits: [addToGlobalDefs(ctx.doc, ctx.files, [`script_user keepalived_script`])] },
    ];
  },
};
