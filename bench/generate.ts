// Realistic keepalived.conf files of a chosen size for the benchmark: global_defs, a
// vrrp_script, two vrrp_instances (one per interface) and N virtual_servers with M real
// servers each, every real server health-checked with TCP_CHECK. 66 lines per virtual
// server with 10 real servers, so 2,000 × 10 is about 132,000 lines.
// Addresses are from the documentation ranges (RFC 5737); the file is only parsed.

export const INTERFACES = ['eth0', 'eth1'];

export function generateConfig(virtualServers: number, realServers: number): string {
  const out: string[] = [];
  out.push(
    'global_defs {',
    '    router_id lb1',
    '    enable_script_security',
    '    script_user root',
    '}',
    '',
    'vrrp_script chk_nginx {',
    '    script "/usr/bin/pgrep -x nginx"',
    '    interval 2',
    '    fall 2',
    '    rise 2',
    '}',
    '',
  );
  INTERFACES.forEach((dev, i) => {
    out.push(
      `vrrp_instance VI_${i + 1} {`,
      '    state BACKUP',
      `    interface ${dev}`,
      `    virtual_router_id ${51 + i}`,
      '    priority 100',
      '    advert_int 1',
      '    authentication {',
      '        auth_type PASS',
      '        auth_pass s3cret',
      '    }',
      '    virtual_ipaddress {',
      `        203.0.113.${250 + i}/24 dev ${dev}`,
      '    }',
      '    track_script {',
      '        chk_nginx',
      '    }',
      '}',
      '',
    );
  });
  for (let v = 0; v < virtualServers; v++) {
    // 250 addresses × as many ports as needed keeps every virtual server distinct.
    const vip = `203.0.113.${(v % 250) + 1}`;
    const port = 1000 + Math.floor(v / 250);
    out.push(`virtual_server ${vip} ${port} {`, '    delay_loop 6', '    lb_algo rr', '    lb_kind DR', '    protocol TCP');
    for (let r = 0; r < realServers; r++) {
      out.push(`    real_server 198.51.100.${r + 1} ${port} {`, '        weight 1', '        TCP_CHECK {', '            connect_timeout 3', '        }', '    }');
    }
    out.push('}');
  }
  return out.join('\n') + '\n';
}

/** Line index (0-based) of the `weight` line of the middle real server, for edits and requests. */
export function middleWeightLine(text: string): number {
  const lines = text.split('\n');
  const targets: number[] = [];
  lines.forEach((l, i) => {
    if (l === '        weight 1') targets.push(i);
  });
  return targets[Math.floor(targets.length / 2)];
}
