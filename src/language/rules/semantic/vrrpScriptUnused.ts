// A vrrp_script that no instance or sync group tracks never runs (keepalived logs
// "Warning - script NAME is not used" and removes it; `keepalived -t` does not show this).
import { Rule } from '../rule';
import { roots } from './facts';
import { describe, resolve } from './referenceFacts';
import { msg } from '../../i18n';

export const vrrpScriptUnused: Rule = {
  code: 'vrrp-script-unused',
  severity: 'information',
  title: 'A vrrp_script that no track_script uses.',
  example: 'vrrp_script chk_nginx {\n  script "/usr/bin/pgrep -x nginx"\n}\n# ...and no track_script { chk_nginx }',
  check(ctx) {
    const used = new Set<string>();
    for (const r of ctx.model.references) {
      if (r.kind !== 'vrrp_script') continue;
      // A reference read before the definition finds nothing, so it does not count as a use.
      if (resolve(ctx.model, describe(r)).before.length) used.add(r.name);
    }
    const seen = new Set<string>();
    for (const s of roots(ctx.doc, 'vrrp_script')) {
      const name = s.args[0]?.text;
      if (!name || seen.has(name)) continue;
      seen.add(name);
      if (used.has(name)) continue;
      ctx.report({
        message: msg().vrrpScriptUnused(name, name),
        file: s.args[0].file,
        range: s.args[0].range,
        tags: ['unnecessary'],
      });
    }
  },
};
