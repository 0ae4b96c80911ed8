// The ssh-config package (OpenSSH client config parser) behind a small typed facade. The
// package ships ESM type declarations, which the extension's node16 type check refuses to
// import from CommonJS; its CommonJS build is what runs, so we require it and type the
// little we use ourselves.

export interface SshConfigLine {
  type: number;
  param: string;
  value: string | { val: string }[];
  /** Lines of a Host/Match section. */
  config?: SshConfigLine[];
}

export interface SshConfigDoc extends Array<SshConfigLine> {
  compute(opts: { Host: string; User?: string }, computeOpts?: { ignoreCase?: boolean; matchExec?: boolean }): Record<string, string | string[]>;
}

interface SshConfigLib {
  parse(text: string): SshConfigDoc;
  DIRECTIVE: number;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const lib = require('ssh-config') as SshConfigLib & { default?: SshConfigLib };
const SSHConfig: SshConfigLib = lib.default ?? lib;

export function parseSshConfig(text: string): SshConfigDoc {
  return SSHConfig.parse(text);
}

export const DIRECTIVE = SSHConfig.DIRECTIVE;
