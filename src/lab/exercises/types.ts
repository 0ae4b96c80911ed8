// The exercises of the seed lab as data: what each step runs on which hosts, how its result is
// verified (commands whose outputs a pure check function judges) and what it tells the student.
// The CLI, the VS Code walkthrough and the Theia Lab Guide all render these same definitions.
import { HostRole, Inventory, LabHost } from '../inventory/types';
import type { Lang } from '../../language/i18n';
import { ExecOptions, ExecResult, SshConnection } from '../ssh/connection';

export type StepId =
  | 'reach'
  | 'real-servers'
  | 'directors'
  | 'keepalived-config'
  | 'vrrp'
  | 'traffic'
  | 'inactconn'
  | 'failover'
  | 'active-active';

/** Runs commands on lab hosts by name: an SshPool fits. */
export interface LabExecutor {
  exec(host: string, command: string, opts?: ExecOptions): Promise<ExecResult>;
  /** The host's pooled connection (deploying a config and keepalived control need one). */
  connection(host: string, signal?: AbortSignal): Promise<SshConnection>;
}

/** One command a step runs on one host. */
export interface CommandSpec {
  /** Stable key of the command's output in `Outputs` (e.g. `page:web1`). */
  key: string;
  host: string;
  /** What it does, in a few words (shown while it runs). */
  title: string;
  command: string;
  /** Run as root (sudo -n when the login user is not root). */
  sudo?: boolean;
  timeoutMs?: number;
}

/** One command as it ran: the data reports are made from. */
export interface CommandRecord {
  key: string;
  host: string;
  title: string;
  phase: 'apply' | 'measure' | 'verify';
  command: string;
  /** Exit status; null when a signal ended it; undefined when it could not run (error set). */
  code?: number | null;
  stdout: string;
  stderr: string;
  startedAt: string;
  durationMs: number;
  /** Why it could not run (host unreachable, timeout, cancelled). */
  error?: string;
}

/** Outputs of the verification commands by key (the latest run of each key). */
export type Outputs = Record<string, CommandRecord>;

export type StepStatus =
  /** Verification passed: the step counts as done. */
  | 'passed'
  /** Verification found the lab not in the step's state. */
  | 'failed'
  /** The step needs IPVS and a director's kernel has none: not our failure, a clear stop. */
  | 'no-ipvs'
  /** Cancelled by the user. */
  | 'cancelled'
  /** Our code or the connection failed before the step could be judged. */
  | 'error';

/** One verified fact: what was expected, whether it holds, and the fix when it does not. */
export interface Check {
  ok: boolean;
  /** What was checked, as a statement that is true when ok ("web1 has the VIP on lo as /32"). */
  what: string;
  /** What was seen (from the outputs). */
  detail?: string;
  /** How to fix it, when not ok. */
  fix?: string;
  host?: string;
}

export interface Verdict {
  status: 'passed' | 'failed' | 'no-ipvs';
  checks: Check[];
  /** Explanations drawn from the captured outputs, one paragraph each. */
  explanation: string[];
  /** Numbers the step measured or derived (distribution, timings...). */
  measurements?: Record<string, unknown>;
}

export interface StepOptions {
  /** Traffic step: requests to send through the VIP (default 20). */
  requests?: number;
  /** Install missing packages with apt-get (default true; false reports them missing instead). */
  install?: boolean;
  /** keepalived-config: configs of the user's own to deploy instead of generated ones, by director name. */
  ownConfigs?: Record<string, string>;
  /** keepalived-config: check the configs already on the directors and deploy nothing. */
  checkDeployed?: boolean;
  /** active-active: planner inputs (default: the seed's question). */
  plan?: { directors?: number; trafficBps?: number; linkBps?: number; failures?: number; headroom?: number };
  /** active-active: deploy the planned configs to the lab's directors (only when their number matches). */
  deployPlan?: boolean;
}

/** What a step's functions get: the lab, its hosts by role, and a place shared across steps of one run. */
export interface StepContext {
  inventory: Inventory;
  clients: LabHost[];
  directors: LabHost[];
  reals: LabHost[];
  options: StepOptions;
  /** Facts earlier steps of this run left (e.g. who was MASTER); never required. */
  shared: Record<string, unknown>;
  /** Language of the checks and explanations the step writes. */
  lang: Lang;
}

/** What a measuring procedure can do: run commands (recorded), stream long ones, report progress. */
export interface ProcedureApi {
  ctx: StepContext;
  /** Runs and records a command; `ignoreAbort` for clean-up that must run even after a cancel. */
  exec(spec: CommandSpec, opts?: { onStdout?: (text: string) => void; phase?: CommandRecord['phase']; stdin?: string; ignoreAbort?: boolean }): Promise<CommandRecord>;
  /** The host's SSH connection, for the lab API functions that take one (deploy, keepalived control). */
  connection(host: string): Promise<SshConnection>;
  /** Records work done through the lab API (a deploy) as a command of the step. */
  record(entry: Omit<CommandRecord, 'startedAt' | 'durationMs' | 'phase'> & { durationMs?: number; phase?: CommandRecord['phase'] }): void;
  progress(message: string): void;
  signal: AbortSignal;
  /** Milliseconds since the procedure started (the clock measurements use). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface StepDefinition {
  id: StepId;
  /** 1-based position in the walkthrough. */
  index: number;
  title: string;
  /** What the step does and why, for the student (one paragraph). */
  goal: string;
  /** Roles of the hosts it touches. */
  roles: HostRole[];
  /** 'required': without IPVS the step ends in 'no-ipvs'; 'partial': parts of it still run. */
  ipvs: 'none' | 'partial' | 'required';
  /** Idempotent commands bringing the hosts into the step's state, in phases (each phase in parallel). */
  apply?(ctx: StepContext): CommandSpec[][];
  /** Work that is more than commands (deploying configs, measuring failover); records what it ran. */
  procedure?(api: ProcedureApi): Promise<Record<string, unknown>>;
  /** Read-only commands whose outputs `check` judges. */
  verify(ctx: StepContext): CommandSpec[];
  /** Pure: the verdict from the verification outputs (and what the procedure measured). */
  check(outputs: Outputs, ctx: StepContext, measured: Record<string, unknown>): Verdict;
  /** Verification that needs time to settle (VRRP election) is repeated until it passes or this runs out. */
  settleMs?: number;
}

export interface StepResult {
  step: StepId;
  index: number;
  title: string;
  lab: string;
  status: StepStatus;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  commands: CommandRecord[];
  checks: Check[];
  explanation: string[];
  measurements: Record<string, unknown>;
  /** Set for 'error' and 'cancelled'. */
  error?: string;
  /** Where the JSON of this run was saved. */
  savedTo?: string;
  /** Language its checks and explanation were written in; absent (runs saved before) means English. */
  lang?: Lang;
}

export interface StepProgress {
  step: StepId;
  phase: 'apply' | 'measure' | 'verify' | 'done';
  message: string;
  host?: string;
}

/** Context keys the VS Code walkthrough ticks steps with (set only when verification passed). */
export function stepContextKey(id: StepId): string {
  return `keepalivedLab.step.${id}.done`;
}
