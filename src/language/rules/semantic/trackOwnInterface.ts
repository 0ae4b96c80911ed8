// Tracking the instance's own interface is implicit; keepalived drops the explicit entry (and its weight).
import { Rule } from '../rule';
import { instances, kids } from './facts';

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
            message: `(${f.name}) always tracks its own interface ${own} (going to FAULT when it is down); keepalived reports "(${f.name}) Ignoring track_interface ${own} since own interface"${it.tokens.length > 1 ? ', so the weight here has no effect' : ''}.`,
            file: it.file,
            range: it.range,
            tags: ['unnecessary'],
          });
        }
      }
    }
  },
};
