// Scripts without `enable_script_security`: keepalived runs them as root without checking who can
// modify them, and `keepalived -t` fails with a SECURITY VIOLATION (exit status 6) as soon as one
// of the scripts exists on the host.
import { Rule } from '../rule';
import { addToGlobalDefs } from './edits';
import { globalFacts } from './facts';
import { ScriptGroup, scriptUses } from './scriptFacts';
import { msg } from '../../i18n';

const SAID: Record<ScriptGroup, string> = {
  vrrp: 'SECURITY VIOLATION - scripts are being executed but script_security not enabled.',
  checker: 'SECURITY VIOLATION - check scripts are being executed but script_security not enabled.',
  startup: 'SECURITY VIOLATION - start/shutdown scripts are being executed but script_security not enabled.',
};

export const scriptSecurity: Rule = {
  code: 'script-security',
  severity: 'warning',
  title: 'Scripts are configured but global_defs lacks enable_script_security.',
  example: 'vrrp_script chk_nginx {\n  script "/usr/bin/systemctl is-active nginx"\n}\nvrrp_instance VI_1 {\n  interface eth0\n  virtual_router_id 51\n  virtual_ipaddress {\n    192.0.2.100\n  }\n  track_script {\n    chk_nginx\n  }\n}',
  check(ctx) {
    const g = globalFacts(ctx.doc);
    if (g.scriptSecurity) return;
    const uses = scriptUses(ctx.doc, true);
    for (const group of ['vrrp', 'checker', 'startup'] as ScriptGroup[]) {
      const list = uses.filter((u) => u.group === group);
      if (!list.length) continue;
      const first = list[0].stmt;
      ctx.report({
        message: msg().scriptSecurity(list.length === 1 ? msg().thisScript() : msg().theseScripts(list.length), list.length === 1 ? 'it' : 'them', SAID[group], g.scriptUser ? '' : msg().andScriptUser()),
        file: first.file,
        range: first.keyword.range,
        related: list.slice(1).map((u) => ({ file: u.stmt.file, range: u.stmt.keyword.range, message: msg().anotherScript() })),
        data: { haveUser: !!g.scriptUser },
      });
    }
  },
  fixes(diag, ctx) {
    if (diag.data?.haveUser) {
      return [{ title: msg().addEnableScriptSecurity(), isPreferred: true, edits: [addToGlobalDefs(ctx.doc, ctx.files, ['enable_script_security'])] }];
    }
    // root works on every host (keepalived then refuses scripts that non-root users could modify);
    // keepalived_script is safer but the account must exist, or keepalived drops every script.
    return [
      { title: msg().enableScriptSecurityAsRoot(), isPreferred: true, edits: [addToGlobalDefs(ctx.doc, ctx.files, ['enable_script_security', `script_user root`])] },
      { title: msg().enableScriptSecurityAsScriptUser(), edits: [addToGlobalDefs(ctx.doc, ctx.files, ['enable_script_security', `script_user keepalived_script`])] },
    ];
  },
};
