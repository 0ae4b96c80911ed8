// The "Keepalived Lab" tree as plain data (lab -> roles -> hosts -> details), built from
// the inventory and the last state read. No vscode here: the extension maps each node to
// a TreeItem, and tests check the tree without an editor.
import { HostRole, Inventory, LabHost } from '../inventory/types';
import { HostState, labFindings, LabState } from '../topology/reader';
import type { Lang } from '../report/i18n';
import { treeStrings, TreeStrings } from './treeStrings';

export interface TreeIcon {
  /** A codicon name (https://code.visualstudio.com/api/references/icons-in-labels). */
  id: string;
  /** A theme color id, e.g. charts.green. */
  color?: string;
}

export interface TreeModelNode {
  /** Stable id (keeps expansion state across refreshes). */
  id: string;
  label: string;
  description?: string;
  tooltip?: string;
  icon?: TreeIcon;
  /** For menus: lab, role, host.director, host.real, host.client, detail, error. */
  contextValue: string;
  /** The inventory host this node belongs to (for the host commands). */
  host?: string;
  expanded?: boolean;
  children: TreeModelNode[];
}

const ROLE_ORDER: HostRole[] = ['director', 'real', 'client'];

function leaf(id: string, label: string, extra: Partial<TreeModelNode> = {}): TreeModelNode {
  return { id, label, contextValue: 'detail', children: [], ...extra };
}

export function buildLabTree(inv: Inventory, state?: LabState, opts: { reading?: boolean; error?: string; lang?: Lang } = {}): TreeModelNode {
  const t = treeStrings(opts.lang);
  const byName = new Map((state?.hosts ?? []).map((h) => [h.name, h]));
  const vip = inv.service.vips.map((v) => `${v.address}/${v.prefix}`).join(', ');
  const holders = state?.vipHolders.flatMap((v) => v.hosts) ?? [];
  const roles = ROLE_ORDER.filter((r) => inv.hosts.some((h) => h.role === r)).map((role) => ({
    id: `role:${role}`,
    label: t.roleTitles[role],
    contextValue: 'role',
    icon: { id: role === 'director' ? 'server-process' : role === 'real' ? 'server' : 'vm' },
    expanded: true,
    children: inv.hosts.filter((h) => h.role === role).map((h) => hostNode(h, byName.get(h.name), inv, t)),
  }));
  const findings = (state ? labFindings(state, opts.lang) : []).map((f, i) => leaf(`finding:${i}`, f, { icon: { id: 'warning', color: 'list.warningForeground' }, tooltip: f }));
  const status = opts.error ? t.couldNotRead(opts.error) : opts.reading ? t.reading : state ? t.readAt(state.readAt.toLocaleTimeString(opts.lang), state.durationMs) : t.notReadYet;
  return {
    id: 'lab',
    label: inv.name,
    description: `${holders.length ? t.vipOn(vip, holders.join(' + ')) : `VIP ${vip}`} · ${status}`,
    tooltip: `${inv.file || inv.name}\nVIP ${vip}, ${inv.service.protocol}/${inv.service.port}, ${inv.service.scheduler}, ${inv.service.forwarding}, VRID ${inv.service.vrrp.vrid}`,
    icon: { id: 'type-hierarchy' },
    contextValue: 'lab',
    expanded: true,
    children: [...roles, ...(findings.length ? [{ id: 'findings', label: t.findings, contextValue: 'role', icon: { id: 'warning', color: 'list.warningForeground' }, expanded: true, children: findings }] : [])],
  };
}

function hostNode(h: LabHost, st: HostState | undefined, inv: Inventory, t: TreeStrings): TreeModelNode {
  const base = { id: `host:${h.name}`, label: h.name, host: h.name, contextValue: `host.${h.role}` };
  if (!st) return { ...base, description: h.address, icon: { id: 'circle-outline' }, tooltip: t.notReadYetTooltip(h.address), children: [] };
  if (!st.reachable) {
    return { ...base, description: `${h.address} · ${t.unreachable}`, tooltip: st.error, icon: { id: 'debug-disconnect', color: 'errorForeground' }, children: [leaf(`${h.name}:error`, st.error ?? t.unreachable, { icon: { id: 'error', color: 'errorForeground' }, tooltip: st.error, contextValue: 'error', host: h.name })] };
  }
  if (st.director) return { ...base, ...directorView(h, st, inv, t) };
  if (st.real) return { ...base, ...realView(h, st, t) };
  return { ...base, ...clientView(h, st, t) };
}

function directorView(h: LabHost, st: HostState, inv: Inventory, t: TreeStrings): Omit<TreeModelNode, 'id' | 'label' | 'contextValue'> {
  const d = st.director!;
  const main = d.instances[0];
  const stateWord = !d.keepalived.running ? t.keepalivedStopped : main ? `${main.state}${main.priority !== undefined ? ` ${main.priority}` : ''}` : t.running;
  const icon: TreeIcon = !d.keepalived.running ? { id: 'debug-stop', color: 'disabledForeground' }
    : main?.state === 'MASTER' ? { id: 'star-full', color: 'charts.green' }
      : main?.state === 'BACKUP' ? { id: 'star-empty', color: 'charts.blue' }
        : main?.state === 'FAULT' ? { id: 'error', color: 'errorForeground' } : { id: 'question' };
  const children: TreeModelNode[] = [
    leaf(`${h.name}:ka`, 'keepalived', {
      description: d.keepalived.running ? `${t.runningPid(String(d.keepalived.pid))}${d.keepalived.vrrpOnly ? t.vrrpOnly : ''}` : t.notRunning,
      tooltip: d.keepalived.commandLine, icon: { id: d.keepalived.running ? 'pass' : 'circle-slash' }, host: h.name,
    }),
    ...d.instances.map((i) => leaf(`${h.name}:vrrp:${i.name}`, i.name, {
      description: `${i.state}${i.priority !== undefined ? t.priority(i.priority) : ''}${i.effectivePriority !== undefined && i.effectivePriority !== i.priority ? t.effective(i.effectivePriority) : ''}`,
      icon: { id: i.state === 'MASTER' ? 'star-full' : i.state === 'BACKUP' ? 'star-empty' : i.state === 'FAULT' ? 'error' : 'circle-outline' },
      tooltip: t.fromSource[i.source === 'json' ? 'json' : i.source === 'data' ? 'data' : 'log'], host: h.name,
    })),
    ...d.vips.map((v) => leaf(`${h.name}:vip:${v.address}`, `VIP ${v.address}/${v.prefix}`, {
      description: v.present ? t.heldHere(String(v.interface), Number(v.actualPrefix)) : t.notHere,
      icon: { id: v.present ? 'pinned' : 'circle-outline', color: v.present ? 'charts.green' : undefined }, host: h.name,
    })),
    d.ipvs.available
      ? {
        id: `${h.name}:ipvs`, label: 'IPVS', contextValue: 'detail', host: h.name, icon: { id: 'list-tree' }, expanded: true,
        description: d.ipvs.table.services.length ? t.virtualServices(d.ipvs.table.services.length) : t.emptyTable,
        children: d.ipvs.table.services.map((s, si) => ({
          id: `${h.name}:ipvs:${si}`, label: `${s.protocol} ${s.address.includes(':') ? `[${s.address}]` : s.address}:${s.port}`, contextValue: 'detail', host: h.name,
          description: `${s.scheduler}${s.flags ? ` ${s.flags}` : ''}${s.stats ? ` · ${t.conns(s.stats.conns)}` : ''}`, icon: { id: 'symbol-interface' }, expanded: true,
          children: s.reals.map((r, ri) => leaf(`${h.name}:ipvs:${si}:${ri}`, `→ ${r.address}:${r.port}`, {
            description: t.realLine(r.forward, r.weight, r.activeConn, r.inActConn),
            icon: { id: r.weight > 0 ? 'arrow-right' : 'circle-slash' }, host: h.name,
            tooltip: r.inActConn > 0 ? t.inActConnTip : undefined,
          })),
        })),
      }
      : leaf(`${h.name}:ipvs`, 'IPVS', { description: t.noIpvs, tooltip: d.ipvs.reason, icon: { id: 'warning', color: 'list.warningForeground' }, host: h.name }),
  ];
  return {
    description: `${h.address} · ${stateWord}${d.holdsVip ? ` · ${t.holdsVip}` : ''}`,
    tooltip: `${h.name} (${h.address}): ${stateWord}${d.holdsVip ? `, ${t.holds(inv.service.vips.map((v) => v.address).join(', '))}` : ''}`,
    icon, expanded: true, children,
  };
}

function realView(h: LabHost, st: HostState, t: TreeStrings): Omit<TreeModelNode, 'id' | 'label' | 'contextValue'> {
  const r = st.real!;
  const ok = r.vipsOnLo.every((v) => v.present) && !r.vipPrefixProblems.length && r.arpOk && r.nginxRunning && r.http.status !== undefined;
  const children: TreeModelNode[] = [
    ...r.vipsOnLo.map((v) => leaf(`${h.name}:lo:${v.address}`, t.vipOnLo(v.address), {
      description: v.present ? `/${v.actualPrefix}${v.actualPrefix !== 32 && !v.address.includes(':') ? t.shouldBe32 : ''}` : t.missing,
      icon: { id: v.present && !r.vipPrefixProblems.length ? 'pass' : 'warning' }, host: h.name,
      tooltip: r.vipPrefixProblems.join('\n') || undefined,
    })),
    leaf(`${h.name}:arp`, 'arp_ignore / arp_announce', {
      description: `all ${r.arp.allIgnore ?? '?'}/${r.arp.allAnnounce ?? '?'}, lo ${r.arp.loIgnore ?? '?'}/${r.arp.loAnnounce ?? '?'}${r.arpOk ? '' : t.need12}`,
      icon: { id: r.arpOk ? 'pass' : 'warning' }, host: h.name,
    }),
    leaf(`${h.name}:nginx`, 'nginx', {
      description: `${r.nginxRunning ? t.running : t.notRunning} · ${r.http.url} → ${r.http.status ?? r.http.error}`,
      icon: { id: r.nginxRunning && r.http.status ? 'pass' : 'warning' }, host: h.name,
    }),
  ];
  return {
    description: `${h.address} · ${ok ? t.ready : t.needsAttention}`,
    icon: { id: ok ? 'server' : 'warning', color: ok ? 'charts.green' : 'list.warningForeground' },
    tooltip: `${h.name} (${h.address})`, expanded: !ok, children,
  };
}

function clientView(h: LabHost, st: HostState, t: TreeStrings): Omit<TreeModelNode, 'id' | 'label' | 'contextValue'> {
  const checks = st.client?.vipChecks ?? [];
  return {
    description: `${h.address} · ${t.reachable}`,
    icon: { id: 'vm', color: 'charts.green' },
    tooltip: `${h.name} (${h.address})`,
    expanded: false,
    children: checks.map((c, i) => leaf(`${h.name}:vip:${i}`, `→ ${c.url}`, { description: c.status !== undefined ? `HTTP ${c.status}` : c.error, icon: { id: c.status !== undefined ? 'pass' : 'circle-slash' }, host: h.name })),
  };
}
