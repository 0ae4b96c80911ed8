// The editor side of the SSH callbacks: host key questions (modal, with the fingerprint),
// key passphrases (input box, kept for the session only) and passwords (SecretStorage only;
// never settings, never the log).
import * as vscode from 'vscode';
import { HostKeyQuestion } from '../../lab/ssh';

export async function confirmHostKey(q: HostKeyQuestion): Promise<boolean> {
  const other = q.otherKnownTypes.length ? '\n\n' + vscode.l10n.t('Keys of other types are known for this host ({0}).', q.otherKnownTypes.join(', ')) : '';
  const trust = vscode.l10n.t('Trust and Connect');
  const answer = await vscode.window.showWarningMessage(
    vscode.l10n.t('The authenticity of {0} ({1}:{2}) can\'t be established.', q.label, q.host, String(q.port)),
    { modal: true, detail: vscode.l10n.t('{0} key fingerprint:\n{1}\n\nCompare it with `ssh-keygen -lf /etc/ssh/ssh_host_{2}_key.pub` on the host before trusting it. The key is remembered by this extension only (~/.ssh/known_hosts is not changed).', q.keyType, q.fingerprint, q.keyType.replace(/^ssh-|-sha2-nistp\d+$/g, '')) + other },
    trust,
  );
  return answer === trust;
}

const passphrases = new Map<string, string>();

export async function askPassphrase(keyFile: string, attempt: number): Promise<string | undefined> {
  if (attempt === 1 && passphrases.has(keyFile)) return passphrases.get(keyFile);
  const p = await vscode.window.showInputBox({
    title: vscode.l10n.t('SSH key passphrase'),
    prompt: attempt > 1 ? vscode.l10n.t('Wrong passphrase. Passphrase for {0}', keyFile) : vscode.l10n.t('Passphrase for {0}', keyFile),
    password: true,
    ignoreFocusOut: true,
  });
  if (p !== undefined) passphrases.set(keyFile, p);
  return p;
}

function secretKey(t: { user: string; host: string; port: number }): string {
  return `keepalivedLab.password:${t.user}@${t.host}:${t.port}`;
}

export async function askPassword(secrets: vscode.SecretStorage, t: { label: string; user: string; host: string; port: number }): Promise<string | undefined> {
  const saved = await secrets.get(secretKey(t));
  if (saved !== undefined) return saved;
  const p = await vscode.window.showInputBox({ title: vscode.l10n.t('Password for {0}@{1}', t.user, t.label), prompt: `${t.user}@${t.host}:${t.port}`, password: true, ignoreFocusOut: true });
  if (p === undefined) return undefined;
  const remember = vscode.l10n.t('Remember');
  const keep = await vscode.window.showInformationMessage(vscode.l10n.t('Remember the password of {0}@{1} in the editor\'s secret storage?', t.user, t.label), remember, vscode.l10n.t('Only this time'));
  if (keep === remember) await secrets.store(secretKey(t), p);
  return p;
}

export async function forgetPassword(secrets: vscode.SecretStorage, t: { user: string; host: string; port: number }): Promise<void> {
  await secrets.delete(secretKey(t));
}
