// Tracking the instance's own interface is implicit; keepalived drops the explicit entry (and its weight).
import { Rule } from '../rule';
import { instances, kids } from './facts';
import { msg } from '../../i18n';

export const trackOwnInterface: Rule = {
  code: 'track-own-interface',
  severity: 'warning',
  title: "track_interface lists the instance's own interface.",
  example: 'vrrp_instance VI_1 {\n  interface eth0\n  track_interface {\n    eth0\n  }\n}',
  check(ctx) {
    for (const f of instances(ctx.doc)) {
      const own = f.interfaceStmt?.args[0]?.text;
      if (!own) continue;
      for (const list of kids(f.stmt, 'track_interface')) {
        for (const it of list.items) {
          if (it.tokens[0]?.text !== own) continue;
          ctx.report({
            message: msg().trackOwnInterface(f.name, own, f.name, own, it.tokens.length > 1 ? msg().weightHasNoEffect() : ''),
            file: it.file,
            range: it.range,
            tags: ['unnecessary'],
          });
        }
      }
    }
  },
};
