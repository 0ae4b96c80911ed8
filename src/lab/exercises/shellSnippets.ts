// Shell text the steps run on lab hosts. Every snippet is idempotent (it checks before it
// changes anything) and POSIX sh, because the login shell of a lab host may be dash. Values
// from the inventory pass through shellQuote and the inventory's own validation.
import { shellQuote } from '../shell';

const q = shellQuote;

/** key=value lines parsed into a map (later keys win). */
export function parseKeyValues(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9_.:-]+)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/** Loads ip_vs when it is not there yet; prints ipvs=1 or ipvs=0. */
export const LOAD_IPVS = `if [ -e /proc/net/ip_vs ]; then echo ipvs=1
elif command -v modprobe >/dev/null 2>&1 && modprobe ip_vs 2>/dev/null && [ -e /proc/net/ip_vs ]; then echo ipvs=1; echo ipvs_loaded_now=1
else echo ipvs=0; command -v modprobe >/dev/null 2>&1 || echo modprobe=missing; fi`;

/**
 * Makes sure a program is installed: nothing when it is; apt-get when allowed; otherwise a
 * clear message and exit 3. Prints `<program>=present|installed`.
 */
export function ensureProgram(program: string, pkg: string, install: boolean): string {
  const p = q(program);
  const k = q(pkg);
  return `if command -v ${p} >/dev/null 2>&1 || [ -x /usr/sbin/${p} ]; then echo ${p}=present
elif ${install ? 'true' : 'false'}; then
  if ! command -v apt-get >/dev/null 2>&1; then echo "${program} is missing and this host has no apt-get: install the package ${pkg} by hand" >&2; exit 3; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q ${k} >/tmp/keepalived-lab-apt.log 2>&1 || { apt-get update -q >>/tmp/keepalived-lab-apt.log 2>&1 && apt-get install -y -q ${k} >>/tmp/keepalived-lab-apt.log 2>&1; } || { tail -n 5 /tmp/keepalived-lab-apt.log >&2; echo "apt-get install ${pkg} failed" >&2; exit 3; }
  echo ${p}=installed
else echo "${program} is not installed (apt-get install ${pkg})" >&2; exit 3; fi`;
}

/** Starts nginx when it is not running (systemd when it is PID 1, else the init script, else nginx itself). */
export const ENSURE_NGINX_RUNNING = `if pidof nginx >/dev/null 2>&1; then echo nginx=running
else
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then systemctl start nginx
  else service nginx start >/dev/null 2>&1 || nginx; fi
  i=0; while ! pidof nginx >/dev/null 2>&1 && [ $i -lt 30 ]; do sleep 0.1; i=$((i+1)); done
  if pidof nginx >/dev/null 2>&1; then echo nginx=started; else echo "nginx did not start" >&2; nginx -t >&2; exit 1; fi
fi`;

/** The page a real server serves: it names the host, so the client can tell who answered. */
export function pageHtml(host: string): string {
  return `<!doctype html><title>${host}</title><h1>${host}</h1>\n`;
}

/** Writes the web root's index.html unless it already names the host. */
export function ensurePage(host: string, webRoot = '/var/www/html'): string {
  const file = `${webRoot}/index.html`;
  return `if grep -qs ${q(`<h1>${host}</h1>`)} ${q(file)}; then echo page=present
else mkdir -p ${q(webRoot)} && printf '%s' ${q(pageHtml(host))} > ${q(file)} && chmod 644 ${q(file)} && echo page=written; fi`;
}

export function hostPrefix(address: string): number {
  return address.includes(':') ? 128 : 32;
}

/**
 * Puts the VIP on lo as a host address (/32, /128 for IPv6), first removing it when it is
 * there with another prefix (the seed's /24). `ip addr replace` never duplicates it.
 */
export function ensureVipOnLo(vip: string): string {
  const plen = hostPrefix(vip);
  const fam = vip.includes(':') ? '-6' : '-4';
  return `for a in $(ip -o ${fam} addr show dev lo | awk '{print $4}'); do
  case "$a" in ${q(vip)}/*) [ "$a" = ${q(`${vip}/${plen}`)} ] || { ip addr del "$a" dev lo && echo "removed=$a"; } ;; esac
done
ip addr replace ${q(`${vip}/${plen}`)} dev lo && echo vip_on_lo=${q(`${vip}/${plen}`)}`;
}

/** arp_ignore=1 / arp_announce=2 for all and lo: the real server neither answers ARP for the VIP nor announces it. */
export const ARP_SYSCTLS = 'sysctl -qw net.ipv4.conf.all.arp_ignore=1 net.ipv4.conf.all.arp_announce=2 net.ipv4.conf.lo.arp_ignore=1 net.ipv4.conf.lo.arp_announce=2 && echo arp=set';

export const READ_ARP_SYSCTLS = 'sysctl net.ipv4.conf.all.arp_ignore net.ipv4.conf.all.arp_announce net.ipv4.conf.lo.arp_ignore net.ipv4.conf.lo.arp_announce';

export function httpUrl(address: string, port: number): string {
  return `http://${address.includes(':') ? `[${address}]` : address}:${port}/`;
}

/** One HTTP request; prints the body, then a line `@@http <code> <curl exit>`. */
export function curlOnce(url: string, timeoutSec = 3): string {
  return `b=$(curl -s --connect-timeout ${Math.min(2, timeoutSec)} -m ${timeoutSec} -w '\\n@@code=%{http_code}' ${q(url)}); rc=$?; printf '%s\\n@@rc=%s\\n' "$b" "$rc"`;
}

/**
 * N requests one after the other; each prints `@@req <i> <curl exit> <http code> <body's first
 * <h1> or title>`, so the distribution can be read without the whole pages.
 */
export function curlLoop(url: string, count: number, timeoutSec = 2): string {
  const n = Math.max(1, Math.floor(count));
  return `i=1; while [ $i -le ${n} ]; do
  b=$(curl -s --connect-timeout 1 -m ${timeoutSec} -w '\\n%{http_code}' ${q(url)}); rc=$?
  code=$(printf '%s' "$b" | tail -n 1); who=$(printf '%s' "$b" | sed -n 's:.*<h1>\\([^<]*\\)</h1>.*:\\1:p' | head -n 1)
  [ -n "$who" ] || who=$(printf '%s' "$b" | sed -n 's:.*<title>\\([^<]*\\)</title>.*:\\1:p' | head -n 1)
  echo "@@req $i $rc \${code:-000} \${who:--}"
  i=$((i+1))
done`;
}

export interface RequestLine {
  index: number;
  curlExit: number;
  httpCode: number;
  /** Whose page answered (the <h1> of the page), '-' when none. */
  who: string;
}

export function parseRequestLines(text: string): RequestLine[] {
  const out: RequestLine[] = [];
  for (const line of text.split('\n')) {
    const m = /^@@req (\d+) (\d+) (\d+) (\S+)\s*$/.exec(line.trim());
    if (m) out.push({ index: Number(m[1]), curlExit: Number(m[2]), httpCode: Number(m[3]), who: m[4] });
  }
  return out;
}

/** The single response printed by curlOnce. */
export function parseCurlOnce(text: string): { body: string; httpCode: number; curlExit: number } {
  const rc = /@@rc=(\d+)\s*$/.exec(text);
  const code = /\n?@@code=(\d+)\n@@rc=/.exec(text);
  const body = text.replace(/\n?@@code=\d*\n@@rc=\d+\s*$/, '');
  return { body, httpCode: code ? Number(code[1]) : 0, curlExit: rc ? Number(rc[1]) : -1 };
}

/** Which of the names a page names (its <h1>, else a whole-word match); undefined when none or several. */
export function pageNames(body: string, names: string[]): string | undefined {
  const h1 = /<h1>([^<]*)<\/h1>/i.exec(body)?.[1]?.trim();
  if (h1 && names.includes(h1)) return h1;
  const hits = names.filter((n) => new RegExp(`(^|[^A-Za-z0-9_.-])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_.-])`).test(body));
  return hits.length === 1 ? hits[0] : undefined;
}

/** curl's exit codes a student meets here, in words. */
export function curlExitText(code: number): string {
  const words: Record<number, string> = {
    0: 'ok',
    6: 'the name does not resolve',
    7: 'connection refused (nothing listens there, or no route)',
    28: 'no answer in time',
    52: 'the server closed the connection without a reply',
    56: 'the connection was reset',
    127: 'curl is not installed',
  };
  return words[code] ?? `curl exit ${code}`;
}
