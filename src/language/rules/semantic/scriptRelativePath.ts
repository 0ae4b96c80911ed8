// A script command without an absolute path (the seed's `script "systemctl status nginx"`): keepalived
// looks the name up in the PATH it was started with, which differs between a shell and systemd, and
// the script security checks are about the file that lookup happens to find.
import { Rule } from '../rule';
import { programOf, scriptUses } from './scriptFacts';
import { msg } from '../../i18n';

/** Where well-known programs live on Debian/Ubuntu (merged /usr); only these get a quick fix. */
export const KNOWN_PROGRAMS: Record<string, string> = {
  systemctl: '/usr/bin/systemctl',
  pidof: '/usr/bin/pidof',
  pgrep: '/usr/bin/pgrep',
  pkill: '/usr/bin/pkill',
  killall: '/usr/bin/killall',
  curl: '/usr/bin/curl',
  wget: '/usr/bin/wget',
  nc: '/usr/bin/nc',
  ping: '/usr/bin/ping',
  test: '/usr/bin/test',
  true: '/usr/bin/true',
  false: '/usr/bin/false',
  bash: '/usr/bin/bash',
  sh: '/usr/bin/sh',
  grep: '/usr/bin/grep',
  ps: '/usr/bin/ps',
  ss: '/usr/bin/ss',
  ip: '/usr/bin/ip',
  logger: '/usr/bin/logger',
  ipvsadm: '/usr/sbin/ipvsadm',
  service: '/usr/sbin/service',
};

export const scriptRelativePath: Rule = {
  code: 'script-relative-path',
  severity: 'warning',
  title: 'A script command whose program is not given with an absolute path.',
  example: 'vrrp_script chk_nginx {\n  script "systemctl status nginx"\n}',
  check(ctx) {
    for (const u of scriptUses(ctx.doc)) {
      const prog = programOf(u.command);
      // "</path" is keepalived's file-readable check, not a program.
      if (!prog || prog.startsWith('/') || prog.startsWith('<')) continue;
      const abs = KNOWN_PROGRAMS[prog];
      const token = u.stmt.args[0];
      const where = prog.includes('/')
        ? msg().relativeToWorkingDirectory(prog)
        : msg().searchedInServicePath(prog);
      ctx.report({
        message: msg().scriptMayNotBeFound(where, abs ? msg().absolutePathExample(abs, prog) : msg().seeCommandV(prog)),
        file: token.file,
        range: token.range,
        data: abs ? { abs, prog, quoted: token.quoted, command: u.command } : undefined,
      });
    }
  },
  fixes(diag) {
    const abs = diag.data?.abs as string | undefined;
    const command = diag.data?.command as string | undefined;
    if (!abs || command === undefined) return [];
    const rest = command.trim().slice(String(diag.data?.prog).length);
    const text = `${abs}${rest}`;
    // Keep the command one word for keepalived: quote it when it has arguments.
    const newText = diag.data?.quoted || /\s/.test(text) ? `"${text}"` : text;
    if (/"/.test(text)) return [];
    return [{ title: msg().useAbsolutePath(abs), isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText }] }];
  },
};
