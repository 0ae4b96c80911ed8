// The "Keepalived Lab" tree as plain data (lab -> roles -> hosts -> details), built from
// the inventory and the last state read. No vscode here: the extension maps each node to
// a TreeItem, and tests check the tree without an editor.
import { HostRole, Inventory, LabHost } from '../inventory/types';
import { HostState, LabState } from '../topology/reader';

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

const ROLE_TITLES: Record<HostRole, string> = { director: 'Directors', real: 'Real servers', client: 'Clients' };
const ROLE_ORDER: HostRole[] = ['director', 'real', 'client'];

function leaf(id: string, label: string, extra: Partial<TreeModelNode> = {}): TreeModelNode {
  return { id, label, contextValue: 'detail', children: [], ...extra };
}

export function buildLabTree(inv: Inventory, state?: LabState, opts: { reading?: boolean; error?: string } = {}): TreeModelNode {
  const byName = new Map((state?.hosts ?? []).map((h) => [h.name, h]));
  const vip = inv.service.vips.map((v) => `${v.address}/${v.prefix}`).join(', ');
  const holders = state?.vipHolders.flatMap((v) => v.hosts) ?? [];
  const roles = ROLE_ORDER.filter((r) => inv.hosts.some((h) => h.role === r)).map((role) => ({
    id: `role:${role}`,
    label: ROLE_TITLES[role],
    contextValue: 'role',
    icon: { id: role === 'director' ? 'server-process' : role === 'real' ? 'server' : 'vm' },
    expanded: true,
    children: inv.hosts.filter((h) => h.role === role).map((h) => hostNode(h, byName.get(h.name), inv)),
  }));
  const findings = (state?.findings ?? []).map((f, i) => leaf(`finding:${i}`, f, { icon: { id: 'warning', color: 'list.warningForeground' }, tooltip: f }));
  const status = opts.error ? `could not read: ${opts.error}` : opts.reading ? 'reading…' : state ? `read ${state.readAt.toLocaleTimeString()} in ${state.durationMs} ms` : 'not read yet';
  return {
    id: 'lab',
    label: inv.name,
    description: `VIP ${vip}${holders.length ? ` on ${holders.join(' + ')}` : ''} · ${status}`,
    tooltip: `${inv.file || inv.name}\nVIP ${vip}, ${inv.service.protocol}/${inv.service.port}, ${inv.service.scheduler}, ${inv.service.forwarding}, VRID ${inv.service.vrrp.vrid}`,
    icon: { id: 'type-hierarchy' },
    contextValue: 'lab',
    expanded: true,
    children: [...roles, ...(findings.length ? [{ id: 'findings', label: 'Findings', contextValue: 'role', icon: { id: 'warning', color: 'list.warningForeground' }, expanded: true, children: findings }] : [])],
  };
}

function hostNode(h: LabHost, st: HostState | undefined, inv: Inventory): TreeModelNode {
  const base = { id: `host:${h.name}`, label: h.name, host: h.name, contextValue: `host.${h.role}` };
  if (!st) return { ...base, description: h.address, icon: { id: 'circle-outline' }, tooltip: `${h.address} (not read yet)`, children: [] };
  if (!st.reachable) {
    return { ...base, description: `${h.address} · unreachable`, tooltip: st.error, icon: { id: 'debug-disconnect', color: 'errorForeground' }, children: [leaf(`${h.name}:error`, st.error ?? 'unreachable', { icon: { id: 'error', color: 'errorForeground' }, tooltip: st.error, contextValue: 'error', host: h.name })] };
  }
  if (st.director) return { ...base, ...directorView(h, st, inv) };
  if (st.real) return { ...base, ...realView(h, st) };
  return { ...base, ...clientView(h, st) };
}

function directorView(h: LabHost, st: HostState, inv: Inventory): Omit<TreeModelNode, 'id' | 'label' | 'contextValue'> {
  const d = st.director!;
  const main = d.instances[0];
  const stateWord = !d.keepalived.running ? 'keepalived stopped' : main ? `${main.state}${main.priority !== undefined ? ` ${main.priority}` : ''}` : 'running';
  const icon: TreeIcon = !d.keepalived.running ? { id: 'debug-stop', color: 'disabledForeground' }
    : main?.state === 'MASTER' ? { id: 'star-full', color: 'charts.green' }
      : main?.state === 'BACKUP' ? { id: 'star-empty', color: 'charts.blue' }
        : main?.state === 'FAULT' ? { id: 'error', color: 'errorForeground' } : { id: 'question' };
  const children: TreeModelNode[] = [
    leaf(`${h.name}:ka`, 'keepalived', {
      description: d.keepalived.running ? `running, pid ${d.keepalived.pid}${d.keepalived.vrrpOnly ? ', VRRP only (--vrrp)' : ''}` : 'not running',
      tooltip: d.keepalived.commandLine, icon: { id: d.keepalived.running ? 'pass' : 'circle-slash' }, host: h.name,
    }),
    ...d.instances.map((i) => leaf(`${h.name}:vrrp:${i.name}`, i.name, {
      description: `${i.state}${i.priority !== undefined ? `, priority ${i.priority}` : ''}${i.effectivePriority !== undefined && i.effectivePriority !== i.priority ? ` (effective ${i.effectivePriority})` : ''}`,
      icon: { id: i.state === 'MASTER' ? 'star-full' : i.state === 'BACKUP' ? 'star-empty' : i.state === 'FAULT' ? 'error' : 'circle-outline' },
      tooltip: `from keepalived's ${i.source === 'json' ? 'JSON dump' : i.source === 'data' ? 'state dump' : 'log'}`, host: h.name,
    })),
    ...d.vips.map((v) => leaf(`${h.name}:vip:${v.address}`, `VIP ${v.address}/${v.prefix}`, {
      description: v.present ? `held here on ${v.interface} (/${v.actualPrefix})` : 'not here',
      icon: { id: v.present ? 'pinned' : 'circle-outline', color: v.present ? 'charts.green' : undefined }, host: h.name,
    })),
    d.ipvs.available
      ? {
        id: `${h.name}:ipvs`, label: 'IPVS', contextValue: 'detail', host: h.name, icon: { id: 'list-tree' }, expanded: true,
        description: d.ipvs.table.services.length ? `${d.ipvs.table.services.length} virtual service(s)` : 'empty table',
        children: d.ipvs.table.services.map((s, si) => ({
          id: `${h.name}:ipvs:${si}`, label: `${s.protocol} ${s.address.includes(':') ? `[${s.address}]` : s.address}:${s.port}`, contextValue: 'detail', host: h.name,
          description: `${s.scheduler}${s.flags ? ` ${s.flags}` : ''}${s.stats ? ` · ${s.stats.conns} conns` : ''}`, icon: { id: 'symbol-interface' }, expanded: true,
          children: s.reals.map((r, ri) => leaf(`${h.name}:ipvs:${si}:${ri}`, `→ ${r.address}:${r.port}`, {
            description: `${r.forward} · weight ${r.weight} · active ${r.activeConn} · inactive ${r.inActConn}`,
            icon: { id: r.weight > 0 ? 'arrow-right' : 'circle-slash' }, host: h.name,
            tooltip: r.inActConn > 0 ? 'InActConn counts finished connections IPVS still tracks (FIN_WAIT/TIME_WAIT) until their timeout.' : undefined,
          })),
        })),
      }
      : leaf(`${h.name}:ipvs`, 'IPVS', { description: 'this kernel has no IPVS', tooltip: d.ipvs.reason, icon: { id: 'warning', color: 'list.warningForeground' }, host: h.name }),
  ];
  return {
    description: `${h.address} · ${stateWord}${d.holdsVip ? ' · holds VIP' : ''}`,
    tooltip: `${h.name} (${h.address}): ${stateWord}${d.holdsVip ? `, holds ${inv.service.vips.map((v) => v.address).join(', ')}` : ''}`,
    icon, expanded: true, children,
  };
}

function realView(h: LabHost, st: HostState): Omit<TreeModelNode, 'id' | 'label' | 'contextValue'> {
  const r = st.real!;
  const ok = r.vipsOnLo.every((v) => v.present) && !r.vipPrefixProblems.length && r.arpOk && r.nginxRunning && r.http.status !== undefined;
  const children: TreeModelNode[] = [
    ...r.vipsOnLo.map((v) => leaf(`${h.name}:lo:${v.address}`, `VIP ${v.address} on lo`, {
      description: v.present ? `/${v.actualPrefix}${v.actualPrefix !== 32 && !v.address.includes(':') ? ' (should be /32)' : ''}` : 'missing',
      icon: { id: v.present && !r.vipPrefixProblems.length ? 'pass' : 'warning' }, host: h.name,
      tooltip: r.vipPrefixProblems.join('\n') || undefined,
    })),
    leaf(`${h.name}:arp`, 'arp_ignore / arp_announce', {
      description: `all ${r.arp.allIgnore ?? '?'}/${r.arp.allAnnounce ?? '?'}, lo ${r.arp.loIgnore ?? '?'}/${r.arp.loAnnounce ?? '?'}${r.arpOk ? '' : ' (need 1/2)'}`,
      icon: { id: r.arpOk ? 'pass' : 'warning' }, host: h.name,
    }),
    leaf(`${h.name}:nginx`, 'nginx', {
      description: `${r.nginxRunning ? 'running' : 'not running'} · ${r.http.url} → ${r.http.status ?? r.http.error}`,
      icon: { id: r.nginxRunning && r.http.status ? 'pass' : 'warning' }, host: h.name,
    }),
  ];
  return {
    description: `${h.address} · ${ok ? 'ready' : 'needs attention'}`,
    icon: { id: ok ? 'server' : 'warning', color: ok ? 'charts.green' : 'list.warningForeground' },
    tooltip: `${h.name} (${h.address})`, expanded: !ok, children,
  };
}

function clientView(h: LabHost, st: HostState): Omit<TreeModelNode, 'id' | 'label' | 'contextValue'> {
  const checks = st.client?.vipChecks ?? [];
  return {
    description: `${h.address} · reachable`,
    icon: { id: 'vm', color: 'charts.green' },
    tooltip: `${h.name} (${h.address})`,
    expanded: false,
    children: checks.map((c, i) => leaf(`${h.name}:vip:${i}`, `→ ${c.url}`, { description: c.status !== undefined ? `HTTP ${c.status}` : c.error, icon: { id: c.status !== undefined ? 'pass' : 'circle-slash' }, host: h.name })),
  };
}
