#!/bin/bash
# Boots the lab VM under QEMU's software emulation (TCG; no KVM needed) in the background.
# Usage: boot.sh PORT RUNDIR. SSH is forwarded from 127.0.0.1:PORT only; the guest's user-mode
# network is 203.0.113.0/24 with restrict=on, so the guest cannot reach this machine or beyond.
# Writes RUNDIR/qemu.pid and the serial console to RUNDIR/console.log.
set -euo pipefail
PORT=${1:?port}
RUN=${2:?run directory}
CACHE=${KEEPALIVED_LAB_QEMU_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/keepalived-lab/qemu}
IMG=$CACHE/image
[ -f "$IMG/lab.cpio.zst" ] || { echo "qemu-lab: no image in $IMG (run scripts/qemu-lab/build-image.sh)" >&2; exit 2; }
mkdir -p "$RUN"
ACCEL=tcg,thread=multi
[ "${KEEPALIVED_LAB_QEMU_KVM:-0}" = 1 ] && [ -w /dev/kvm ] && ACCEL=kvm
exec qemu-system-x86_64 -accel "$ACCEL" -cpu max -smp "${KEEPALIVED_LAB_QEMU_CPUS:-2}" -m "${KEEPALIVED_LAB_QEMU_MEM:-1024}" \
  -no-reboot -kernel "$IMG/vmlinuz" -initrd "$IMG/lab.cpio.zst" -append "console=ttyS0 quiet panic=-1" \
  -netdev "user,id=n0,net=203.0.113.0/24,host=203.0.113.2,restrict=on,hostfwd=tcp:127.0.0.1:$PORT-:22" \
  -device virtio-net-pci,netdev=n0 \
  -serial "file:$RUN/console.log" -monitor none -display none \
  -daemonize -pidfile "$RUN/qemu.pid"
