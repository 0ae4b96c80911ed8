// What the walkthrough steps' checks and explanations say, in English (the reference: ru.ts
// implements the same type, so a missing text is a compile error). Functions take the facts
// the step read from the hosts' outputs; command names, keywords and outputs stay verbatim.

export const en = {
  common: {
    unreachableWhat: (host: string): string => `${host} can be reached over SSH`,
    unreachableFix: 'Check the host is up and its SSH settings in the lab file (keepalived-lab lab check, then the Reach step).',
    noIpvsStop:
      'Stop here for load balancing: without IPVS in the directors\' kernel nothing forwards the VIP\'s traffic to the real servers. ' +
      'keepalived still runs its VRRP part (started with --vrrp), so the VIP moves between the directors and the VRRP and failover steps still work; ' +
      'the traffic through the VIP cannot. A VM with a stock distribution kernel (Debian\'s ships ip_vs as a module) runs the whole lab.',
  },
  runner: {
    notSettled: 'not settled yet, looking again',
    cancelled: 'The step was cancelled; run it again to finish it (every step can be repeated).',
    couldNotFinish: (why: string): string => `The step could not finish: ${why}`,
    couldNotSave: (dir: string, why: string): string => `(The run could not be saved to ${dir}: ${why})`,
  },
  reach: {
    installed: 'installed',
    missing: 'missing',
    answersWhat: (host: string, role: string): string => `${host} (${role}) answers over SSH`,
    answersDetail: (hostname: string | undefined, kernel: string | undefined, tools: string): string => `hostname ${hostname}, kernel ${kernel}; ${tools}`,
    hasIpvsWhat: (host: string): string => `${host}'s kernel has IPVS`,
    lacks: (host: string, tool: string): string => `${host} lacks ${tool}`,
    notInstalled: (gaps: string): string => `Not installed yet: ${gaps}. The Real servers and Directors steps install them.`,
    allIpvs: 'Every director\'s kernel has IPVS: the whole walkthrough can run here.',
  },
  directors: {
    twoWhat: 'the lab has two directors',
    twoDetail: (n: number): string => `${n} director(s) in the lab file`,
    twoFix: 'VRRP failover needs a second director: add one with role: director.',
    installedWhat: (tool: string, host: string): string => `${tool} is installed on ${host}`,
    loadedWhat: (host: string): string => `ip_vs is loaded on ${host}`,
  },
  vrrp: {
    oneHolderWhat: (vip: string): string => `exactly one director holds the VIP ${vip}`,
    heldBy: (names: string[]): string => `held by ${names.join(' and ')}`,
    noHolder: 'no director holds it',
    splitBrainFix: 'Split brain: the directors do not hear each other (different VRID or password, a firewall dropping VRRP) or the VIP was added by hand: run the doctor.',
    startFix: 'Start keepalived on the directors (the Configure keepalived step) and look at their logs.',
    runsWhat: (host: string): string => `keepalived runs on ${host}`,
    runsFix: 'Run the Configure keepalived step again.',
    roleWhat: (host: string, prio: string, expected: 'MASTER' | 'BACKUP'): string => `${host} (priority ${prio}) is ${expected}${expected === 'MASTER' ? ' and holds the VIP' : ' without the VIP'}`,
    roleDetail: (state: string | undefined, effective: number | undefined, holds: boolean): string => `state ${state ?? 'unknown'}${effective !== undefined ? `, effective priority ${effective}` : ''}, ${holds ? 'holds' : 'does not hold'} the VIP`,
    loweredFix: 'Its effective priority is lowered or the instance is in FAULT: the tracked script or interface fails (run the doctor).',
    priorityFix: 'Give the intended MASTER the higher priority and check that both directors hear each other\'s adverts.',
    tableWhat: (host: string, service: string, reals: string[]): string => `ipvsadm -Ln on ${host} lists ${service} with ${reals.join(' and ')}`,
    weight: 'weight',
    noReals: 'no real servers',
    noService: 'no such virtual service',
    realMissingFix: 'A real server missing here failed keepalived\'s TCP check: is nginx running and answering on it?',
    noServiceFix: 'keepalived builds the table from virtual_server: deploy the generated config (and run keepalived without --vrrp).',
    election: (master: string, prio: string, vip: string, adv: number, backup: string | undefined): string =>
      `${master} won the election with priority ${prio} and holds ${vip}; it sends a VRRP advert every ${adv} s.${backup ? ` ${backup} stays BACKUP as long as it hears them; after 3 missed adverts (about ${(3 * adv + 0.6).toFixed(1)} s) it takes the VIP.` : ''}`,
    sameTable: 'Both directors carry the same IPVS table: keepalived builds it from virtual_server whether the director is MASTER or BACKUP. Only the VIP decides which of them gets traffic.',
  },
  traffic: {
    sentNoIpvs: (n: number, vip: string, ok: number, failures: string): string => `The client sent ${n} requests to ${vip}: ${ok} answered${failures}. The director holds the VIP, but with nothing to forward the connections it refuses them.`,
    failedAs: (n: number, why: string): string => `${n} failed (${why})`,
    allAnsweredWhat: (n: number, vip: string): string => `all ${n} requests through ${vip} were answered`,
    answered: (ok: number): string => `${ok} answered`,
    allAnsweredFix: 'Run the Verify VRRP step: is the VIP on exactly one director and are the real servers in its IPVS table?',
    realAnsweredWhat: (host: string): string => `${host} answered some of the requests`,
    nOfM: (n: number, m: number): string => `${n} of ${m}`,
    realAnsweredFix: (host: string): string => `Is ${host} in the IPVS table (ipvsadm -Ln), with the VIP on its lo and nginx running?`,
    masterCountedWhat: (host: string): string => `the MASTER ${host} counted the connections`,
    outPktsWhat: (host: string): string => `OutPkts stayed 0 on ${host} (direct routing: replies bypass the director)`,
    outPktsFix: 'Replies pass through the director: check the real servers\' default route and that the VIP is on their lo.',
    backupNothingWhat: (host: string): string => `the BACKUP ${host} counted nothing`,
    backupNothingFix: 'Both directors got traffic: does the BACKUP hold the VIP too (split brain)?',
    oneHolderWhat: 'exactly one director holds the VIP',
    holdIt: (n: number): string => `${n} hold it`,
    oneHolderFix: 'Run the Verify VRRP step or the doctor.',
    shares: (n: number, vip: string, shares: string, rr: boolean): string => `${n} ${n === 1 ? 'request' : 'requests'} through ${vip}: ${shares}${rr ? ' — round robin hands connections to the real servers in turn' : ''}.`,
    onlyMaster: (master: string, conns: number, perReal: string, vip: string): string => `Only ${master} counted them (Conns +${conns}; ${perReal}): the VIP lives on the MASTER, so the client's ARP for ${vip} gets the MASTER's MAC and every packet to the VIP reaches only it. The BACKUP has the same virtual service in its table but no packet for it arrives.`,
    directRouting: (outPkts: number, inPkts: number, perConn: number): string => `OutPkts +${outPkts}: in direct routing the director only rewrites the destination MAC of the client's packets and passes them to a real server; the real server has the VIP on lo, so it answers the client directly from the VIP, and the replies never pass the director. IPVS sees only the inbound half (InPkts +${inPkts}, about ${perConn} per connection: SYN, ACK, request, ACKs, FIN).`,
  },
  realServers: {
    haveRealsWhat: 'the lab has real servers',
    haveRealsFix: 'Add hosts with role: real to the lab file.',
    vipOnLoWhat: (host: string, vip: string, prefix: number): string => `${host} has the VIP ${vip} on lo as /${prefix}`,
    loHas: (addr: string, label: string | undefined): string => `lo has ${addr}${label ? ` (label ${label})` : ''}`,
    notOnLo: (vip: string): string => `${vip} is not on lo`,
    arpWhat: (host: string): string => `${host} has arp_ignore=1 and arp_announce=2 for all and lo`,
    nginxWhat: (host: string): string => `nginx runs on ${host}`,
    nginxFix: 'service nginx start (or systemctl start nginx), and look at nginx -t',
    routeWhat: (host: string, peer: string): string => `${host} routes replies to ${peer} out of its network interface, not into lo`,
    noAnswer: '(no answer)',
    routeFix: (vip: string, prefix: number, want: number): string => `Remove the VIP with the network's prefix from lo (ip addr del ${vip}/${prefix} dev lo) and add it as /${want}.`,
    pageWhat: (host: string, url: string): string => `the client gets ${host}'s own page from ${url}`,
    pageDetail: (code: number, who: string | undefined, body: string): string => `HTTP ${code}, the page names ${who ?? 'no lab host'}: ${body}`,
    otherHostFix: (addr: string): string => `Another host answers on ${addr}`,
    pageFix: (host: string, port: number): string => `Put a page naming ${host} in nginx's web root (/var/www/html/index.html) and check nginx listens on port ${port}.`,
    why32: (host: string, peer: string, route: string, broken: boolean, ifname: string): string =>
      `Why /32: on ${host}, \`ip route get ${peer}\` says "${route}". ${broken
        ? `That is broken: lo claims the whole network, so replies to ${peer} go into lo instead of out of ${ifname}.`
        : `Replies leave through ${ifname}, as they must.`} An address on lo with a network prefix (the seed's 192.168.1.100/24) makes the kernel treat every address of that /24 as local: the real server then answers its own neighbours' packets to itself, and loses the client, the directors and the other real server. As /32 lo claims only the VIP.`,
    whyArp: 'Why the ARP settings: arp_ignore=1 answers ARP only for addresses on the interface the request came in on, and the VIP is on lo, so the real server never says "the VIP is at my MAC" and the director keeps the VIP. arp_announce=2 makes it use its own address, never the VIP, as the sender of its ARP requests, so neighbours do not learn the VIP at its MAC either.',
    ownPages: (pages: string): string => `Each real server answers with its own page (${pages}), so later the client can tell which one IPVS sent it to.`,
  },
};

export type CheckStrings = typeof en;
