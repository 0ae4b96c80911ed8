// The namespace lab's words in Russian, unit level only (no lab is brought up here: another run
// may hold the one lab this machine can have). nsLabUnsupportedReason is asked about made-up
// machines; NsLab and nsLabNames are only constructed.
import * as assert from 'node:assert/strict';
import { NSLAB_TEXTS, NsLab, nsLabNames, nsLabUnsupportedReason, type NsLabMachine } from '../../src/lab/nslab';

const CYRILLIC = /[А-Яа-яЁё]/;
const ALL_TOOLS = new Set(['/usr/sbin/sshd', '/usr/bin/ssh-keygen', '/usr/sbin/nginx', '/usr/sbin/keepalived', '/usr/sbin/ipvsadm', '/usr/bin/curl', '/usr/bin/ip', '/usr/bin/unshare', '/usr/bin/nsenter']);

function machine(over: Partial<NsLabMachine> & { without?: string[] } = {}): NsLabMachine {
  const files = new Set([...ALL_TOOLS].filter((f) => !(over.without ?? []).includes(f)));
  return { platform: 'linux', uid: 0, exists: (f) => files.has(f), pathDirs: ['/usr/bin'], ...over };
}

describe('namespace lab words in the UI language', () => {
  it('en and ru tables have the same keys and function arities; ru is Russian', () => {
    const shape = (o: Record<string, unknown>): Record<string, string> => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'function' ? `fn/${v.length}` : typeof v]));
    assert.deepEqual(shape(NSLAB_TEXTS.ru), shape(NSLAB_TEXTS.en));
    const sample = (f: unknown): string => (typeof f === 'function' ? String((f as (...a: unknown[]) => unknown)('A', 'B', 'C')) : String(f));
    for (const [k, v] of Object.entries(NSLAB_TEXTS.ru)) {
      assert.match(sample(v), CYRILLIC, k);
      assert.notEqual(sample(v), sample((NSLAB_TEXTS.en as Record<string, unknown>)[k]), k);
    }
  });

  it('nsLabUnsupportedReason: each reason in Russian and English, undefined on a machine that can run the lab', () => {
    assert.equal(nsLabUnsupportedReason('ru', machine()), undefined);
    assert.equal(nsLabUnsupportedReason('en', machine()), undefined);
    assert.equal(nsLabUnsupportedReason('ru', machine({ platform: 'darwin' })),
      'Лаборатории на пространствах имён нужен Linux (пространства имён сети, монтирования и PID), а здесь darwin.');
    assert.equal(nsLabUnsupportedReason('en', machine({ platform: 'darwin' })),
      'The namespace lab needs Linux (network, mount and PID namespaces); this is darwin.');
    assert.equal(nsLabUnsupportedReason('ru', machine({ uid: 1000 })),
      'Лабораторию на пространствах имён нужно запускать от root (она создаёт сетевые пространства имён, мост и пары veth): попробуйте sudo.');
    assert.equal(nsLabUnsupportedReason(undefined, machine({ uid: 1000 })),
      'The namespace lab must be run as root (it creates network namespaces, a bridge and veth interfaces): try sudo.');
    const without = ['/usr/sbin/nginx', '/usr/sbin/ipvsadm', '/usr/bin/nsenter'];
    assert.equal(nsLabUnsupportedReason('ru', machine({ without })),
      'Лаборатории на пространствах имён нужны пакеты Debian: nginx ipvsadm iproute2/util-linux (apt-get install -y nginx ipvsadm iproute2/util-linux).');
    assert.equal(nsLabUnsupportedReason('en', machine({ without })),
      'The namespace lab needs these Debian packages: nginx ipvsadm iproute2/util-linux (apt-get install -y nginx ipvsadm iproute2/util-linux).');
  });

  it('a bad lab name is refused in the chosen language (nsLabNames and new NsLab({lang}))', () => {
    assert.throws(() => nsLabNames('Bad_Name', '/nonexistent', 'ru'), { message: "Имя лаборатории на пространствах имён 'Bad_Name' должно состоять из 1–8 строчных латинских букв или цифр и начинаться с буквы." });
    assert.throws(() => new NsLab({ name: 'Bad_Name', lang: 'ru' }), { message: /^Имя лаборатории на пространствах имён 'Bad_Name'/ });
    assert.throws(() => new NsLab({ name: 'Bad_Name' }), { message: "The namespace lab name 'Bad_Name' must be 1-8 lower-case letters or digits, starting with a letter." });
  });

  it('progress lines and errors keep numbers, hosts and commands verbatim', () => {
    const ru = NSLAB_TEXTS.ru;
    assert.equal(ru.sshdUp(5, 1234), 'sshd запущен на 5 хостах (1234 мс)');
    assert.equal(NSLAB_TEXTS.en.sshdUp(5, 1234), 'sshd up on 5 hosts (1234 ms)');
    assert.equal(ru.alreadyUp('t1', '/run/x/keepalived-lab.yaml', 'keepalived-lab lab down --name t1'),
      "Лаборатория на пространствах имён 't1' уже запущена (/run/x/keepalived-lab.yaml); сначала выполните 'keepalived-lab lab down --name t1'.");
    assert.equal(NSLAB_TEXTS.en.alreadyUp('lab', '/f', 'keepalived-lab lab down'), "The namespace lab 'lab' is already up (/f); run 'keepalived-lab lab down' first.");
    assert.equal(NSLAB_TEXTS.en.sshdNotUp('lb1', 15), 'sshd of lab host lb1 did not come up within 15 s.');
    assert.equal(ru.sshdNotUp('lb1', 15), 'sshd на хосте лаборатории lb1 не поднялся за 15 с.');
  });
});
