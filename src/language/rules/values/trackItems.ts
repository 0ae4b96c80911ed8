// Items of track_interface / track_script / track_file / track_process / track_bfd:
// `NAME [weight N [reverse|noreverse]]`. Anything else makes keepalived drop the item.
import { Rule } from '../rule';
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { schemaPath, spanOf } from './shared';
import { msg } from '../../i18n';

export interface TrackShape {
  /** Accepted weight range. */
  min: number;
  max: number;
  /** ±(max+1) is accepted but clamped to ±max with a report. */
  clamp: boolean;
  /** Words allowed after the weight value. */
  options: string[];
  /** An unknown option word drops the item (otherwise it is only reported). */
  badOptionDrops: boolean;
}

const SHAPES: Record<string, TrackShape> = {
  track_interface: { min: -253, max: 253, clamp: true, options: ['reverse'], badOptionDrops: false },
  track_script: { min: -253, max: 253, clamp: true, options: ['reverse', 'noreverse'], badOptionDrops: false },
  track_process: { min: -254, max: 254, clamp: false, options: ['reverse', 'noreverse'], badOptionDrops: false },
  track_file: { min: -254, max: 254, clamp: false, options: ['reverse', 'noreverse'], badOptionDrops: true },
  track_bfd: { min: -253, max: 253, clamp: false, options: ['reverse', 'noreverse'], badOptionDrops: true },
};

/** The item syntax of a track list at this schema path, if it is one. */
export function trackItemShape(path: string): TrackShape | undefined {
  const m = /^(vrrp_instance|vrrp_sync_group)\/(track_\w+)$/.exec(path);
  return m ? SHAPES[m[2]] : undefined;
}

function isTrackList(kw: KeywordSchema): boolean {
  return trackItemShape(schemaPath(kw)) !== undefined;
}

export const invalidTrackOption: Rule = {
  code: 'invalid-track-option',
  blockLocal: true,
  severity: 'error',
  title: "A track_* list entry that is not 'NAME [weight N [reverse]]'.",
  example: 'track_script {\n  chk_nginx 20\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isTrackList)) {
      const shape = trackItemShape(schemaPath(s.schema!));
      if (!shape) continue;
      const list = s.keyword.text;
      for (const item of s.items) {
        const [target, word, value, option, ...rest] = item.tokens;
        if (!word) continue;
        if (word.text !== 'weight') {
          const looksLikeWeight = /^[-+]?\d+$/.test(word.text);
          ctx.report({
            message: msg().invalidTrackOption(target.text, word.text, target.text, (looksLikeWeight ? msg().writeWeight(word.text) : '')),
            file: item.file,
            range: word.range,
            data: looksLikeWeight ? { insertWeight: true } : undefined,
          });
          continue;
        }
        if (!value) {
          ctx.report({ message: msg().weightNeedsValue(target.text), file: item.file, range: word.range });
          continue;
        }
        if (option && !shape.options.includes(option.text)) {
          ctx.report({
            message: msg().invalidWeightOption(option.text, list, shape.options.join(msg().trackOptionOr()), shape.badOptionDrops ? msg().ignoresTrackEntry(target.text) : msg().trackIgnoresWord()),
            file: item.file,
            range: option.range,
          });
        }
        if (rest.length) {
          ctx.report({ message: msg().trackEntryTextIgnored(rest.map((t) => t.text).join(' '), list), file: item.file, range: spanOf(rest), severity: 'warning', tags: ['unnecessary'] });
        }
      }
    }
  },
  fixes(diag) {
    if (!diag.data?.insertWeight) return [];
    return [{ title: msg().insertWeight(), isPreferred: true, edits: [{ file: diag.file, range: { start: diag.range.start, end: diag.range.start }, newText: `weight ` }] }];
  },
};
