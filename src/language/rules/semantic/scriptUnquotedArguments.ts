// keepalived takes a script command as ONE word: `script /bin/check arg` runs /bin/check and drops
// `arg` without a message, and `notify_master /path/x.sh MASTER` means "run /path/x.sh as the user
// MASTER" - the user does not exist, so the script is dropped (only logged; `keepalived -t` is silent).
import { Rule } from '../rule';
import { Token } from '../../types';
import { scriptUses } from './scriptFacts';
import { msg } from '../../i18n';

/** Could this word be a Linux account name (useradd's default rule)? */
function couldBeUser(w: string): boolean {
  return /^[a-z_][a-z0-9_-]{0,31}\$?$/.test(w);
}

export const scriptUnquotedArguments: Rule = {
  code: 'script-unquoted-arguments',
  severity: 'error',
  title: 'A script command with arguments that are not inside the quotes.',
  example: 'vrrp_instance VI_1 {\n  notify_master /etc/keepalived/notify.sh MASTER\n}',
  check(ctx) {
    for (const u of scriptUses(ctx.doc)) {
      const s = u.stmt;
      const args = s.args;
      if (args.length < 2) continue;
      const kw = s.keyword.text;
      const takesUser = s.schema?.type === 'script';
      const cmd = args[0].text;
      const joined = args.map((a) => a.text).join(' ');
      let message: string;
      let severity: 'warning' | undefined;
      let extra: Token[];
      if (!takesUser) {
        extra = args.slice(1);
        message = msg().scriptUnquotedArguments(cmd, extra.map((a) => a.text).join(' '), kw, joined);
      } else {
        extra = args.slice(1);
        const user = args[1].text;
        const group = args[2]?.text;
        if (args.length > 3) {
          message = msg().scriptArgumentsReadAsUser(user, group ? `, '${group}'` : '', kw, joined);
        } else if (couldBeUser(user) && (!group || couldBeUser(group))) {
          severity = 'warning';
          message = msg().scriptRunsAsUser(cmd, user, group ? msg().andGroup(group) : '', args.length === 2 ? msg().thisArgument() : msg().theseArguments(), args.slice(1).map((a) => a.text).join(' '), kw, joined);
        } else {
          message = msg().scriptUserDoesNotExist(user, cmd, group ? msg().asGroup(group) : '', kw, joined);
        }
      }
      if (joined.includes('"') && joined.includes("'")) continue;
      ctx.report({
        message,
        severity,
        file: s.file,
        range: { start: extra[0].range.start, end: extra[extra.length - 1].range.end },
        data: { start: args[0].range.start, end: args[args.length - 1].range.end, joined },
      });
    }
  },
  fixes(diag) {
    const joined = String(diag.data?.joined ?? '');
    const q = joined.includes('"') ? "'" : '"';
    return [{
      title: msg().quoteWholeCommand(q, joined, q),
      isPreferred: diag.severity === 'error',
      edits: [{ file: diag.file, range: { start: diag.data?.start as Token['range']['start'], end: diag.data?.end as Token['range']['end'] }, newText: `${q}${joined}${q}` }],
    }];
  },
};
