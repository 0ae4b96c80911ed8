// Blocks that keepalived drops because a setting they cannot work without is missing.
// (vrrp_script without `script` has its own rule because its references fail too.)
import { Statement } from '../../ast';
import { Rule } from '../rule';
import { BlockInsertPoint, blockInsertPoint, insertInBlock } from './edits';
import { ConfigModel } from '../../model';
import { statementIndex } from '../../statementIndex';
import { kids } from './facts';
import { msg } from '../../i18n';

interface Requirement {
  block: string;
  parent?: string;
  /** Any of these settings satisfies it. */
  needs: string[];
  said: (s: Statement) => string;
  effect: string;
  /** Line the fix inserts (with a placeholder the user edits), if any. */
  template?: string;
}

const REQUIREMENTS: Requirement[] = [
  { block: 'HTTP_GET', parent: 'real_server', needs: ['url'], said: () => 'HTTP/SSL_GET checker has no urls specified - ignoring', get effect() { return msg().httpGetWithoutUrlDropped(); }, template: 'url {\n  path /\n}' },
  { block: 'SSL_GET', parent: 'real_server', needs: ['url'], said: () => 'HTTP/SSL_GET checker has no urls specified - ignoring', get effect() { return msg().sslGetWithoutUrlDropped(); }, template: 'url {\n  path /\n}' },
  { block: 'url', parent: 'HTTP_GET', needs: ['path'], said: () => 'HTTP/SSL_GET checker url has no path - ignoring', get effect() { return msg().httpGetUrlWithoutPathIgnored(); }, template: 'path /' },
  { block: 'url', parent: 'SSL_GET', needs: ['path'], said: () => 'HTTP/SSL_GET checker url has no path - ignoring', get effect() { return msg().sslGetUrlWithoutPathIgnored(); }, template: 'path /' },
  { block: 'MISC_CHECK', parent: 'real_server', needs: ['misc_path'], said: () => 'No script path has been specified for MISC_CHECKER - skipping', get effect() { return msg().miscCheckWithoutPathDropped(); } },
  { block: 'FILE_CHECK', parent: 'real_server', needs: ['track_file'], said: () => 'FILE_CHECK has no track_file specified - ignoring', get effect() { return msg().fileCheckWithoutTrackFileDropped(); } },
  { block: 'track_file', needs: ['file'], said: (s) => `No file set for track_file ${s.args[0]?.text ?? ''} - ignoring`, get effect() { return msg().trackFileWithoutFileIgnored(); } },
  { block: 'vrrp_track_file', needs: ['file'], said: (s) => `No file set for track_file ${s.args[0]?.text ?? ''} - ignoring`, get effect() { return msg().vrrpTrackFileWithoutFileIgnored(); } },
  { block: 'vrrp_track_process', needs: ['process'], said: (s) => `track process '${s.args[0]?.text ?? ''}' process name not specified`, get effect() { return msg().ignoresTrackProcess(); } },
  { block: 'bfd_instance', needs: ['neighbor_ip', 'neighbour_ip'], said: (s) => `Configuration error: BFD instance ${s.args[0]?.text ?? ''} has no neighbor address set, disabling instance`, get effect() { return msg().disablesBfdInstance(); } },
];

/** A url counts only with a path: keepalived drops path-less urls first, then the checker has none. */
function satisfies(k: Statement, model: ConfigModel): boolean {
  if (k.keyword.text === 'url') return kids(k, 'path').some((p) => p.args.length > 0);
  // FILE_CHECK's track_file counts only when it names a track_file read before it (else keepalived drops it too).
  if (k.keyword.text === 'track_file' && k.parent?.keyword.text === 'FILE_CHECK') return model.find('track_file', k.args[0]?.text ?? '').some((o) => o.statement.order < k.order);
  return k.args.length > 0 || k.schema?.kind === 'block';
}

export const requiredSettingMissing: Rule = {
  code: 'required-setting-missing',
  severity: 'error',
  title: 'A block without the setting it cannot work without (url/path in HTTP_GET, misc_path, file, neighbor_ip, ...).',
  example: 'real_server 192.0.2.21 80 {\n  HTTP_GET {\n    connect_timeout 3\n  }\n}',
  check(ctx) {
    const index = statementIndex(ctx.doc);
    for (const r of REQUIREMENTS) {
      const blocks = index.named(r.block).filter((s) => (r.parent ? s.parent?.keyword.text === r.parent : !s.parent));
      for (const s of blocks) {
        if (!s.open || r.needs.some((n) => kids(s, n).some((k) => satisfies(k, ctx.model)))) continue;
        ctx.report({
          message: msg().requiredSettingMissing(s.keyword.text, s.args[0] ? ` ${s.args[0].text}` : '', r.needs.join(msg().orSeparator()), r.needs[0] === 'url' && kids(s, 'url').length ? msg().withPath() : '', s.keyword.text === 'FILE_CHECK' && kids(s, 'track_file').length ? msg().namingTrackFileAbove() : '', r.effect, r.said(s)),
          file: s.file,
          // keepalived reports it at the block's '}', so the range ends there.
          range: s.range,
          data: r.template && !kids(s, 'url').length ? { insert: blockInsertPoint(s), template: r.template } : undefined,
        });
      }
    }
  },
  fixes(diag, ctx) {
    const p = diag.data?.insert as BlockInsertPoint | undefined;
    const template = diag.data?.template as string | undefined;
    if (!p || !template) return [];
    return [{ title: msg().addSetting(template.split('\n').join(' ')), isPreferred: true, edits: [insertInBlock(p, template.split('\n'), ctx.files)] }];
  },
};
