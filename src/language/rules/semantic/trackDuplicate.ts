// The same name twice in one tracking list: keepalived keeps the first entry (and its weight).
import { Rule } from '../rule';
import { isKnown, roots } from './facts';
import { msg } from '../../i18n';

const LISTS: Record<string, string> = {
  track_script: 'track_script',
  track_interface: 'track_interface',
  track_file: 'track_file',
  track_process: 'track_process',
  track_bfd: 'track_bfd',
};

export const trackDuplicate: Rule = {
  code: 'track-duplicate',
  severity: 'error',
  title: 'The same script, interface, file, process or BFD instance listed twice in one tracking list.',
  example: 'track_script {\n  chk_nginx\n  chk_nginx weight 10\n}',
  check(ctx) {
    for (const block of [...roots(ctx.doc, 'vrrp_instance'), ...roots(ctx.doc, 'vrrp_sync_group')]) {
      const owner = block.args[0]?.text ?? '';
      for (const list of block.children) {
        if (!isKnown(list) || !LISTS[list.keyword.text] || list.schema?.kind !== 'value_block') continue;
        const seen = new Map<string, (typeof list.items)[number]>();
        for (const it of list.items) {
          const name = it.tokens[0]?.text;
          if (!name) continue;
          const first = seen.get(name);
          if (!first) {
            seen.set(name, it);
            continue;
          }
          const kind = list.keyword.text.replace('track_', '');
          ctx.report({
            message: msg().trackDuplicate(name, list.keyword.text, first.tokens.length > 1 ? ` (${first.tokens.map((t) => t.text).join(' ')})` : '', owner, kind, name),
            file: it.file,
            range: it.range,
            tags: ['unnecessary'],
            related: [{ file: first.file, range: first.range, message: msg().firstTrackEntry() }],
          });
        }
      }
    }
  },
};
