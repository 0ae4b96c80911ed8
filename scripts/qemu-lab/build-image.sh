#!/bin/bash
# Builds the QEMU lab VM: a Debian bookworm root file system (debootstrap) and the Debian cloud
# kernel, which has IPVS as a module, packed as one initramfs (no disk image). The slow parts are
# cached outside the clone, in ${XDG_CACHE_HOME:-$HOME/.cache}/keepalived-lab/qemu (or
# $KEEPALIVED_LAB_QEMU_CACHE): the kernel package, the root file system and its packed base
# archive. Only the small overlay (init, lab scripts, keys) is packed on every run.
# Needs root, debootstrap, cpio, zstd and the network to the Debian mirror on the first run.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${KEEPALIVED_LAB_QEMU_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/keepalived-lab/qemu}
SUITE=${KEEPALIVED_LAB_QEMU_SUITE:-bookworm}
MIRROR=${KEEPALIVED_LAB_QEMU_MIRROR:-http://deb.debian.org/debian}
PACKAGES=openssh-server,keepalived,ipvsadm,nginx,curl,iproute2,kmod,procps,psmisc,iputils-ping
LAB_HOSTS="client lb1 lb2 web1 web2"
log() { echo "qemu-lab: $*" >&2; }
t0=$SECONDS

[ "$(id -u)" = 0 ] || { log "must run as root (debootstrap, chroot)"; exit 2; }
for tool in debootstrap cpio zstd ssh-keygen dpkg-deb apt-get; do
  command -v $tool >/dev/null || { log "missing $tool (apt-get install -y debootstrap cpio zstd openssh-client)"; exit 2; }
done
mkdir -p "$CACHE"/{debs,keys/hosts,image}
# One build at a time per cache (two test runs may start together); a VM that is running keeps
# the image it booted, because every file is replaced by rename.
exec 9>"$CACHE/.build.lock"
flock 9

# --- kernel: the cloud flavour's current ABI (Debian point releases rename it, so ask apt) ----------
KPKG=$(apt-cache depends linux-image-cloud-amd64 2>/dev/null | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
[ -n "$KPKG" ] || { apt-get update -qq; KPKG=$(apt-cache depends linux-image-cloud-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}'); }
[ -n "$KPKG" ] || { log "cannot resolve linux-image-cloud-amd64"; exit 2; }
KV=${KPKG#linux-image-}
if [ ! -f "$CACHE/kernel/$KV/boot/vmlinuz-$KV" ]; then
  log "downloading $KPKG"
  (cd "$CACHE/debs" && apt-get download -q "$KPKG" >/dev/null)
  rm -rf "$CACHE/kernel/$KV.tmp"; mkdir -p "$CACHE/kernel/$KV.tmp"
  dpkg-deb -x "$CACHE"/debs/"$KPKG"_*.deb "$CACHE/kernel/$KV.tmp"
  rm -rf "$CACHE/kernel/$KV"; mv "$CACHE/kernel/$KV.tmp" "$CACHE/kernel/$KV"
fi
K=$CACHE/kernel/$KV
[ -f "$K/lib/modules/$KV/kernel/net/netfilter/ipvs/ip_vs.ko" ] || [ -f "$K/lib/modules/$KV/kernel/net/netfilter/ipvs/ip_vs.ko.xz" ] \
  || { log "$KPKG has no ip_vs module"; exit 2; }

# --- root file system ----------------------------------------------------------------------------
R=$CACHE/rootfs
STAMP="$SUITE $PACKAGES"
if [ "$(cat "$CACHE/rootfs.done" 2>/dev/null)" != "$STAMP" ]; then
  log "debootstrap $SUITE (about 2 minutes)"
  rm -rf "$R" "$CACHE/rootfs.done" "$CACHE/image/base.cpio.zst"
  # Daemons must not start inside the chroot while packages are configured.
  mkdir -p "$R/usr/sbin"; printf '#!/bin/sh\nexit 101\n' > "$R/usr/sbin/policy-rc.d"; chmod 755 "$R/usr/sbin/policy-rc.d"
  debootstrap --variant=minbase --include=$PACKAGES "$SUITE" "$R" "$MIRROR" > "$CACHE/debootstrap.log" 2>&1 \
    || { tail -n 20 "$CACHE/debootstrap.log" >&2; exit 1; }
  # Anything debootstrap left running inside the new root (none expected) is ours to stop.
  for p in /proc/[0-9]*; do [ "$(readlink "$p/root" 2>/dev/null)" = "$R" ] && kill "${p#/proc/}" 2>/dev/null; done
  rm -rf "$R"/usr/share/doc/* "$R"/usr/share/man/* "$R"/usr/share/info/* "$R"/usr/share/locale/* \
         "$R"/var/cache/apt/archives/*.deb "$R"/var/cache/apt/*.bin "$R"/var/lib/apt/lists/* "$R"/var/log/*.log
  rm -f "$R"/etc/ssh/ssh_host_*
  echo "$STAMP" > "$CACHE/rootfs.done"
fi

# --- base archive: root file system + the kernel modules a network lab needs -----------------------
BASE=$CACHE/image/base.cpio.zst
if [ ! -f "$BASE" ] || [ "$(cat "$CACHE/image/base.kv" 2>/dev/null)" != "$KV" ]; then
  log "packing the base archive for $KV"
  M=$R/lib/modules/$KV
  rm -rf "$R/lib/modules"; mkdir -p "$M/kernel/drivers"
  cp -a "$K/lib/modules/$KV"/modules.* "$M/"
  for d in net lib crypto arch; do cp -a "$K/lib/modules/$KV/kernel/$d" "$M/kernel/"; done
  for d in net virtio; do cp -a "$K/lib/modules/$KV/kernel/drivers/$d" "$M/kernel/drivers/"; done
  chroot "$R" depmod -a "$KV"
  (cd "$R" && find . -xdev | LC_ALL=C sort | cpio -o -H newc --quiet | zstd -T0 -3 -q) > "$BASE.tmp"
  mv "$BASE.tmp" "$BASE"; echo "$KV" > "$CACHE/image/base.kv"
fi
cp "$K/boot/vmlinuz-$KV" "$CACHE/image/vmlinuz.tmp" && mv "$CACHE/image/vmlinuz.tmp" "$CACHE/image/vmlinuz"

# --- keys: the VM's root login, the VM's and each lab host's host key (known_hosts is written from them) --
[ -f "$CACHE/keys/id_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C keepalived-lab-qemu -f "$CACHE/keys/id_ed25519"
[ -f "$CACHE/keys/vm_host_ed25519" ] || ssh-keygen -q -t ed25519 -N '' -C qemu-lab-vm -f "$CACHE/keys/vm_host_ed25519"
for h in $LAB_HOSTS; do
  [ -f "$CACHE/keys/hosts/$h" ] || ssh-keygen -q -t ed25519 -N '' -C "$h@qemu-lab" -f "$CACHE/keys/hosts/$h"
done

# --- overlay archive: init, lab scripts, keys (small, packed every time) ----------------------------
O=$(mktemp -d); trap 'rm -rf "$O"' EXIT
umask 022
mkdir -p "$O/root/.ssh" "$O/etc/ssh/sshd_config.d" "$O/opt/keepalived-lab/hostkeys" "$O/usr/sbin"
install -m 755 "$HERE/init" "$O/init"
install -m 755 "$HERE/lab-up.sh" "$O/opt/keepalived-lab/lab-up.sh"
install -m 600 "$CACHE/keys/id_ed25519.pub" "$O/root/.ssh/authorized_keys"
install -m 600 "$CACHE/keys/vm_host_ed25519" "$O/etc/ssh/ssh_host_ed25519_key"
install -m 644 "$CACHE/keys/vm_host_ed25519.pub" "$O/etc/ssh/ssh_host_ed25519_key.pub"
for h in $LAB_HOSTS; do install -m 600 "$CACHE/keys/hosts/$h" "$O/opt/keepalived-lab/hostkeys/$h"; done
printf 'PermitRootLogin prohibit-password\nPasswordAuthentication no\nUsePAM no\nMaxStartups 50:30:100\n' > "$O/etc/ssh/sshd_config.d/lab.conf"
printf '127.0.0.1 localhost\n' > "$O/etc/hosts"
chmod 700 "$O/root" "$O/root/.ssh"
# No "." entry: it would give the VM's / the temporary directory's mode (0700) and lock out nginx.
(cd "$O" && find . -mindepth 1 | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0 | zstd -q -3) > "$CACHE/image/overlay.cpio.zst"
# The kernel unpacks concatenated archives in order: the overlay's files replace the base's.
cat "$BASE" "$CACHE/image/overlay.cpio.zst" > "$CACHE/image/lab.cpio.zst.tmp"
mv "$CACHE/image/lab.cpio.zst.tmp" "$CACHE/image/lab.cpio.zst"
echo "$KV" > "$CACHE/image/kernel-version"
log "image ready in $CACHE/image ($(du -h "$CACHE/image/lab.cpio.zst" | cut -f1), $((SECONDS - t0)) s)"
