// An SSH terminal into a lab host: a Pseudoterminal over an ssh2 shell channel with a pty,
// on the host's pooled connection.
import * as vscode from 'vscode';
import { ClientChannel } from 'ssh2';
import { SshPool } from '../../lab/ssh';

export function openSshTerminal(pool: SshPool, host: string): vscode.Terminal {
  const write = new vscode.EventEmitter<string>();
  const close = new vscode.EventEmitter<number | void>();
  let channel: ClientChannel | undefined;
  let size: vscode.TerminalDimensions | undefined;
  const pty: vscode.Pseudoterminal = {
    onDidWrite: write.event,
    onDidClose: close.event,
    open(initial) {
      size = initial;
      write.fire(vscode.l10n.t('Connecting to {0}...', host) + '\r\n');
      pool.connection(host).then(async (conn) => {
        channel = await conn.shell({ rows: size?.rows ?? 24, cols: size?.columns ?? 80 });
        channel.on('data', (d: Buffer) => write.fire(d.toString('utf8')));
        channel.stderr.on('data', (d: Buffer) => write.fire(d.toString('utf8')));
        channel.on('close', () => close.fire());
      }).catch((e: Error) => {
        write.fire(`\r\n${e.message.replace(/\n/g, '\r\n')}\r\n`);
        close.fire(1);
      });
    },
    handleInput(data) {
      channel?.write(data);
    },
    setDimensions(d) {
      size = d;
      channel?.setWindow(d.rows, d.columns, 0, 0);
    },
    close() {
      channel?.end();
    },
  };
  return vscode.window.createTerminal({ name: vscode.l10n.t('SSH {0}', host), pty, iconPath: new vscode.ThemeIcon('remote') });
}
