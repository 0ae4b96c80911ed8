#!/bin/bash
# Runs inside the QEMU lab VM: the walkthrough's lab as network namespaces on one bridge
# (198.51.100.0/24): client .10, lb1 .11, lb2 .12, web1 .21, web2 .22, and the VM itself .1.
# Each host is a light container (own network, UTS, mount and PID namespace; private /etc/nginx,
# /etc/keepalived, /var/www, /var/log, /root, /run, /tmp) running its own sshd with the host key
# baked into the image. Nothing else is set up: the walkthrough does that over SSH.
set -euo pipefail
NET=198.51.100
S=/run/lab
declare -A IP=([client]=10 [lb1]=11 [lb2]=12 [web1]=21 [web2]=22)
HOSTS="client lb1 lb2 web1 web2"
if ip netns list | grep -q '^sw\b'; then echo "lab already up"; exit 0; fi

ip netns add sw
ip -n sw link add br0 type bridge
ip -n sw link set br0 up
for h in $HOSTS; do
  ip netns add "$h"
  ip link add "v-$h" type veth peer name "p-$h"
  ip link set "v-$h" netns "$h" name eth0
  ip link set "p-$h" netns sw name "$h"
  ip -n sw link set "$h" master br0 up
  ip -n "$h" link set lo up
  ip -n "$h" addr add "$NET.${IP[$h]}/24" dev eth0
  ip -n "$h" link set eth0 up
done
ip link add vm0 type veth peer name p-vm
ip link set p-vm netns sw name vm
ip -n sw link set vm master br0 up
ip addr add "$NET.1/24" dev vm0
ip link set vm0 up

mkdir -p "$S"
{ echo "127.0.0.1 localhost"; for h in $HOSTS; do echo "$NET.${IP[$h]} $h"; done; echo "$NET.100 vip"; } > "$S/hosts"
for h in $HOSTS; do
  R=$S/$h/root
  mkdir -p "$R"/{etc,var/log/nginx,var/www/html,root,tmp,run/sshd,run/lab-ssh}
  chmod 1777 "$R/tmp"; chmod 700 "$R/root"
  cp -a /etc/nginx /etc/keepalived "$R/etc/"
  install -m 600 "/opt/keepalived-lab/hostkeys/$h" "$R/run/lab-ssh/hostkey"
  install -m 600 /root/.ssh/authorized_keys "$R/run/lab-ssh/authorized_keys"
  cat > "$R/run/lab-ssh/sshd_config" <<CFG
ListenAddress $NET.${IP[$h]}:22
HostKey /run/lab-ssh/hostkey
PidFile /run/sshd.pid
AuthorizedKeysFile /run/lab-ssh/authorized_keys
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
StrictModes no
MaxStartups 50:30:100
Subsystem sftp internal-sftp
CFG
  cat > "$S/$h/init.sh" <<INIT
set -e
for d in tmp etc/nginx etc/keepalived var/log var/www root; do mount --bind $R/\$d /\$d; done
mount --bind $S/hosts /etc/hosts
mount --bind $R/run /run
hostname $h
cd /
/usr/sbin/sshd -f /run/lab-ssh/sshd_config -E /var/log/sshd.log
exec bash -c 'trap "" HUP; while :; do sleep 3600 & wait \$!; done'
INIT
  setsid ip netns exec "$h" unshare --uts --mount --pid --fork --kill-child --propagation private --mount-proc \
    bash "$S/$h/init.sh" </dev/null >"$S/$h/init.log" 2>&1 &
done
for h in $HOSTS; do
  for i in $(seq 300); do
    (exec 3<>"/dev/tcp/$NET.${IP[$h]}/22") 2>/dev/null && break
    sleep 0.1
  done
done
echo "lab up: $HOSTS"
