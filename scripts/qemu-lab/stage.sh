#!/bin/bash
# The real-IPVS stage (npm run test:qemu): build the QEMU lab image when it is missing or stale
# (cached outside the clone; about 1-4 minutes from nothing, seconds afterwards), then run the
# whole walkthrough through our code against the lab inside the VM. Prints mocha's closing line.
set -uo pipefail
cd "$(dirname "$0")/../.."
REQUIRE=${KEEPALIVED_LAB_REQUIRE_ORACLE:-0}
if [ "$(id -u)" = 0 ] && command -v debootstrap >/dev/null && command -v qemu-system-x86_64 >/dev/null; then
  if ! bash scripts/qemu-lab/build-image.sh; then
    echo "qemu-lab: building the VM image failed" >&2
    [ "$REQUIRE" = 1 ] && { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
  fi
elif [ "$REQUIRE" = 1 ]; then
  echo "qemu-lab: the stage must run here but needs root, debootstrap and qemu-system-x86_64 (apt-get install -y qemu-system-x86 debootstrap cpio zstd)" >&2
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi
# Without an image the suite skips itself with the reason (or fails when REQUIRE=1).
exec npx mocha --no-config --reporter ./test/support/reporter.js --timeout 900000 'out/test/qemu/*.qemu.js'
