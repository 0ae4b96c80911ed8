// SSH errors in English and Russian: the same kinds, the pool's language chooses the words; the
// tables have the same keys. Connects only to a closed port on 127.0.0.1.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NsLab } from '../../src/lab/nslab';
import { isSshError, SshPool } from '../../src/lab/ssh';
import { SSH_TEXTS } from '../../src/lab/ssh/i18n';
import { HostRunner, KEEPALIVED_CONTROL_TEXTS, KeepalivedControlError, reloadOrStartKeepalived, startKeepalived, stopKeepalived } from '../../src/lab/keepalived';
import { closedPort } from '../support/net';

describe('SSH errors in English and Russian', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ssh-i18n-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('the tables have the same texts, the Russian ones in Russian', () => {
    assert.deepEqual(Object.keys(SSH_TEXTS.ru).sort(), Object.keys(SSH_TEXTS.en).sort());
    for (const [k, v] of Object.entries(SSH_TEXTS.ru)) {
      const en = (SSH_TEXTS.en as Record<string, unknown>)[k];
      assert.equal(typeof v, typeof en, k);
      if (typeof v === 'function') assert.equal(v.length, (en as (...a: unknown[]) => string).length, k);
    }
    assert.match(SSH_TEXTS.ru.everyMethod, /[А-Яа-я]/);
    assert.equal(SSH_TEXTS.en.seconds(1500), '1.5 s');
    assert.equal(SSH_TEXTS.ru.seconds(1500), '1,5 с');
  });

  for (const lang of ['en', 'ru'] as const) {
    it(`a refused connection and an unknown host, in ${lang}`, async () => {
      const inv = new NsLab({ name: 'unit' }).inventory();
      const port = await closedPort();
      const host = { ...inv.hosts[0], ssh: { ...inv.hosts[0].ssh, host: '127.0.0.1', port, proxyJump: undefined, sshConfigHost: undefined, connectTimeoutMs: 5000 } };
      const pool = new SshPool({ inventory: { ...inv, hosts: [host] }, lang, sshConfig: '/dev/null', agentSocket: '', trustStoreFile: path.join(tmp, `trust-${lang}.json`) });
      try {
        await assert.rejects(pool.exec(host.name, 'true'), (e: Error) => {
          assert.ok(isSshError(e) && e.kind === 'refused', `${e.message}`);
          assert.equal(e.message, lang === 'en'
            ? `${host.name} (${host.ssh.user ?? 'root'}@127.0.0.1:${port}) refused the connection: no SSH server is listening on that port.`
            : `${host.name} (${host.ssh.user ?? 'root'}@127.0.0.1:${port}) отклонил соединение: на этом порту не слушает SSH-сервер.`);
          return true;
        });
        assert.throws(() => pool.host('nohost'), new RegExp(lang === 'en' ? "^Error: There is no host 'nohost' in the lab file\\.$|There is no host 'nohost' in the lab file\\." : "В файле лаборатории нет хоста 'nohost'\\."));
      } finally {
        await pool.closeAll();
      }
    });
  }
});

describe('keepalived start/stop/reload failures in English and Russian', () => {
  // A runner that answers like a host where the script failed: the message is ours, the output keepalived's.
  const failing = (seen: Record<string, unknown>[]): HostRunner => ({
    exec: async (command, opts) => {
      seen.push({ ...opts });
      return { command, code: 3, stdout: '', stderr: 'keepalived: bad option\n', durationMs: 1 };
    },
  });

  it('the tables have the same keys', () => {
    assert.deepEqual(Object.keys(KEEPALIVED_CONTROL_TEXTS.ru).sort(), Object.keys(KEEPALIVED_CONTROL_TEXTS.en).sort());
  });

  for (const [fn, en, ru] of [
    [startKeepalived, 'Starting keepalived failed (exit 3): keepalived: bad option', 'Запуск keepalived: ошибка (код выхода 3): keepalived: bad option'],
    [stopKeepalived, 'Stopping keepalived failed (exit 3): keepalived: bad option', 'Остановка keepalived: ошибка (код выхода 3): keepalived: bad option'],
    [reloadOrStartKeepalived, 'Reloading keepalived failed (exit 3): keepalived: bad option', 'Перезагрузка конфигурации keepalived: ошибка (код выхода 3): keepalived: bad option'],
  ] as const) {
    it(`${fn.name}: English by default (unchanged), Russian with lang ru; lang is not passed on to exec`, async () => {
      const seen: Record<string, unknown>[] = [];
      await assert.rejects(fn(failing(seen)), (e: Error) => e instanceof KeepalivedControlError && e.message === en);
      await assert.rejects(fn(failing(seen), { lang: 'en' }), (e: Error) => e.message === en);
      await assert.rejects(fn(failing(seen), { lang: 'ru', timeoutMs: 5000 }), (e: Error) => e instanceof KeepalivedControlError && e.message === ru);
      assert.ok(seen.every((o) => !('lang' in o) && o.sudo === true), JSON.stringify(seen));
      assert.equal(seen[2].timeoutMs, 5000);
    });
  }
});
