// `notification_email { }` without an address: keepalived warns at the block's '}' and has
// nobody to send its alert emails to.
import { KeywordSchema } from '../../schema';
import { statementIndex } from '../../statementIndex';
import { Rule } from '../rule';
import { schemaPath } from './shared';
import { msg } from '../../i18n';

const isNotificationEmail = (kw: KeywordSchema) => schemaPath(kw) === 'global_defs/notification_email';

export const emptyNotificationEmail = {
  code: 'empty-notification-email',
  severity: 'warning',
  title: 'A notification_email block without any address.',
  example: 'global_defs {\n  notification_email {\n  }\n}',
  check(ctx) {
    for (const s of statementIndex(ctx.doc).where(isNotificationEmail)) {
      if (s.items.length) continue;
      ctx.report({
        message: msg().emptyNotificationEmail(),
        file: s.file,
        // keepalived reports it at the block's '}', where this range ends.
        range: s.range,
      });
    }
  },
} satisfies Rule;
