// The words between a block keyword and its '{': the name of vrrp_instance & co., words that
// keepalived ignores after a name, and words before the '{' of a list such as virtual_ipaddress.
import { Rule } from '../rule';
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { schemaPath, spanOf } from './shared';
import { msg } from '../../i18n';

/** Blocks skipped unless followed by exactly one name word. */
const EXACTLY_ONE = new Set(['vrrp_instance', 'vrrp_sync_group', 'track_group']);
/** Blocks that read their first word as the name and ignore the rest silently. */
const FIRST_WORD = new Set(['vrrp_script', 'vrrp_track_process', 'track_file', 'vrrp_track_file', 'bfd_instance']);
/** Longest bfd_instance name keepalived accepts. */
const BFD_NAME_MAX = 31;

function isBlock(kw: KeywordSchema): boolean {
  return kw.kind !== 'keyword';
}

export const blockName: Rule = {
  code: 'block-name',
  blockLocal: true,
  severity: 'error',
  title: 'A block with a missing or wrong name, or words before its { that keepalived rejects or ignores.',
  example: 'vrrp_instance VI 1 {\n  interface eth0\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isBlock)) {
      const kw = s.schema!;
      const path = schemaPath(kw);
      const name = s.keyword.text;
      if (kw.kind === 'keyword') continue;
      if (EXACTLY_ONE.has(path)) {
        if (s.args.length === 1) continue;
        const skipped = msg().blockNeedsName(name);
        if (s.args.length === 0) {
          ctx.report({ message: msg().blockNameMissing(name, name, skipped), file: s.file, range: s.keyword.range });
        } else {
          const joined = s.args.map((t) => t.text).join('_');
          ctx.report({
            message: msg().blockNameOneWord(name, s.args.map((t) => t.text).join(' '), s.args.length, skipped, joined),
            file: s.file,
            range: spanOf(s.args),
            data: { replacement: joined },
          });
        }
        continue;
      }
      if (FIRST_WORD.has(path) && s.args.length > 1) {
        const extra = s.args.slice(1);
        ctx.report({
          message: msg().blockNameExtraWordsIgnored(s.args[0].text, name, extra.map((t) => t.text).join(' '), s.args[0].text),
          file: s.file,
          range: spanOf(extra),
          severity: 'warning',
          tags: ['unnecessary'],
          data: { replacement: '', original: extra.map((t) => t.text).join(' '), removeFrom: s.args[0].range.end },
        });
      }
      if (path === 'bfd_instance' && s.args[0] && s.args[0].text.length > BFD_NAME_MAX) {
        ctx.report({ message: msg().bfdNameTooLong(s.args[0].text.length, BFD_NAME_MAX), file: s.file, range: s.args[0].range });
      }
      if (kw.kind === 'value_block' && path !== 'virtual_server_group' && s.args.length > 0) {
        ctx.report({
          message: msg().blockExtraParameters(name, name, s.args[0].text, (/^[\d.:/]+$/.test(s.args[0].text) ? msg().putListEntriesInsideBraces() : '')),
          file: s.file,
          range: spanOf(s.args),
          data: { replacement: '', original: s.args.map((t) => t.text).join(' '), removeFrom: s.keyword.range.end },
        });
      }
      if (kw.kind === 'block' && path !== 'virtual_server' && path !== 'virtual_server/real_server' && !EXACTLY_ONE.has(path) && !FIRST_WORD.has(path) && s.args.length > 0) {
        ctx.report({
          message: msg().blockTakesNoName(name, s.args.map((t) => t.text).join(' ')),
          file: s.file,
          range: spanOf(s.args),
          severity: 'warning',
          tags: ['unnecessary'],
          data: { replacement: '', original: s.args.map((t) => t.text).join(' '), removeFrom: s.keyword.range.end },
        });
      }
      if ((path === 'virtual_server' || path === 'virtual_server/real_server') && s.args.length > 2) {
        const extra = s.args.slice(2);
        ctx.report({
          message: msg().readsOnlyFirstWord(s.args.slice(0, 2).map((t) => t.text).join(' '), extra.map((t) => t.text).join(' ')),
          file: s.file,
          range: spanOf(extra),
          severity: 'warning',
          tags: ['unnecessary'],
          data: { replacement: '', original: extra.map((t) => t.text).join(' '), removeFrom: s.args[1].range.end },
        });
      }
    }
  },
  fixes(diag) {
    const replacement = diag.data?.replacement;
    if (typeof replacement !== 'string') return [];
    const from = (diag.data?.removeFrom as typeof diag.range.start | undefined) ?? diag.range.start;
    if (replacement === '') {
      return [{ title: msg().removeBlockNameText(String(diag.data?.original ?? '')), isPreferred: true, edits: [{ file: diag.file, range: { start: from, end: diag.range.end }, newText: '' }] }];
    }
    return [{ title: msg().changeBlockNameTo(replacement), isPreferred: true, edits: [{ file: diag.file, range: diag.range, newText: replacement }] }];
  },
};
