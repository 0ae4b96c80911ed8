// The same VIP twice in one instance: 2.4 drops the second with an error, 2.2 adds it twice.
import { Rule } from '../rule';
import { instances } from './facts';
import { msg } from '../../i18n';

export const vipDuplicate: Rule = {
  code: 'vip-duplicate',
  severity: 'warning',
  title: 'The same virtual IP address listed twice in one instance.',
  example: 'vrrp_instance VI_1 {\n  virtual_ipaddress {\n    192.0.2.10\n    192.0.2.10\n  }\n}',
  check(ctx) {
    for (const f of instances(ctx.doc)) {
      const seen = new Map<string, (typeof f.vips)[number]>();
      for (const v of f.vips) {
        const addr = v.token.text.split('/')[0].toLowerCase();
        const prev = seen.get(addr);
        if (!prev) {
          seen.set(addr, v);
          continue;
        }
        ctx.report({
          message: ctx.options.version === '2.4'
            ? msg().vipDuplicateReported(f.name, addr, f.name, addr)
            : msg().vipDuplicateSilent(f.name, addr),
          severity: ctx.options.version === '2.4' ? 'error' : undefined,
          file: v.item.file,
          range: v.item.range,
          tags: ['unnecessary'],
          related: [{ file: prev.item.file, range: prev.item.range, message: msg().vipFirstListed() }],
          data: { line: v.item.range.start.line, file: v.item.file },
        });
      }
    }
  },
  fixes(diag, ctx) {
    const lines = ctx.files.get(diag.file)?.split('\n');
    const line = diag.data?.line as number;
    // Only when the VIP has its own line (a VIP on the '{' line would take the brace with it).
    const text = lines?.[line];
    if (text === undefined || diag.range.start.line !== diag.range.end.line || text.trim() !== text.slice(diag.range.start.character, diag.range.end.character).trim()) return [];
    return [{ title: msg().removeDuplicateVip(), isPreferred: true, edits: [{ file: diag.file, range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, newText: '' }] }];
  },
};
