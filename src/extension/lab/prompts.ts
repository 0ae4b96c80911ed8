// The editor side of the SSH callbacks: host key questions (modal, with the fingerprint),
// key passphrases (input box, kept for the session only) and passwords (SecretStorage only;
// never settings, never the log).
import * as vscode from 'vscode';
import { HostKeyQuestion } from '../../lab/ssh';

export async function confirmHostKey(q: HostKeyQuestion): Promise<boolean> {
  const other = q.otherKnownTypes.length ? `\n\nKeys of other types are known for this host (${q.otherKnownTypes.join(', ')}).` : '';
  const trust = 'Trust and Connect';
  const answer = await vscode.window.showWarningMessage(
    `The authenticity of ${q.label} (${q.host}:${q.port}) can't be established.`,
    { modal: true, detail: `${q.keyType} key fingerprint:\n${q.fingerprint}\n\nCompare it with \`ssh-keygen -lf /etc/ssh/ssh_host_${q.keyType.replace(/^ssh-|-sha2-nistp\d+$/g, '')}_key.pub\` on the host before trusting it. The key is remembered by this extension only (~/.ssh/known_hosts is not changed).${other}` },
    trust,
  );
  return answer === trust;
}

const passphrases = new Map<string, string>();

export async function askPassphrase(keyFile: string, attempt: number): Promise<string | undefined> {
  if (attempt === 1 && passphrases.has(keyFile)) return passphrases.get(keyFile);
  const p = await vscode.window.showInputBox({
    title: 'SSH key passphrase',
    prompt: `${attempt > 1 ? 'Wrong passphrase. ' : ''}Passphrase for ${keyFile}`,
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
  const p = await vscode.window.showInputBox({ title: `Password for ${t.user}@${t.label}`, prompt: `${t.user}@${t.host}:${t.port}`, password: true, ignoreFocusOut: true });
  if (p === undefined) return undefined;
  const keep = await vscode.window.showInformationMessage(`Remember the password of ${t.user}@${t.label} in the editor's secret storage?`, 'Remember', 'Only this time');
  if (keep === 'Remember') await secrets.store(secretKey(t), p);
  return p;
}

export async function forgetPassword(secrets: vscode.SecretStorage, t: { user: string; host: string; port: number }): Promise<void> {
  await secrets.delete(secretKey(t));
}
