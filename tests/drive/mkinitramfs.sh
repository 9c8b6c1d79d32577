#!/usr/bin/env bash
# mkinitramfs.sh SPINDLE_CLI KERNEL_VERSION OUTPUT [PROGRAM...]
# The guest of the drive tests (tests/drive/README in the main README): busybox, spindle-cli
# with every library ldd lists and the loader, the kernel modules of the IDE/ATAPI/SCSI CD stack
# and init.sh as /init, as an uncompressed cpio (the guest unpacks it faster than a gzipped one
# under TCG), and more PROGRAMs (test helpers) the same way. Rebuilt only when one of the
# programs, this script or init.sh is newer than OUTPUT.
set -euo pipefail
cli=$1 kver=$2 out=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
fresh=1
for input in "$cli" "$@" "$here/init.sh" "$0"; do
    [ -f "$out" ] && [ "$out" -nt "$input" ] || fresh=0
done
if [ $fresh = 1 ] && [ "$(cat "$out.kernel" 2>/dev/null)" = "$kver" ]; then
    exit 0
fi
busybox=$(command -v busybox) || { echo "busybox not found (package busybox-static)" >&2; exit 1; }
file -L "$busybox" | grep -q 'statically linked' ||
    { echo "$busybox is not statically linked (install busybox-static)" >&2; exit 1; }
command -v cpio >/dev/null || { echo "cpio not found" >&2; exit 1; }
mods=/lib/modules/$kver
[ -d "$mods" ] || { echo "no kernel modules in $mods (package linux-image-amd64)" >&2; exit 1; }

root=$(mktemp -d "${TMPDIR:-/tmp}/spindle-initramfs.XXXXXX")
trap 'rm -rf "$root"' EXIT
mkdir -p "$root"/{bin,dev,proc,sys,tmp,etc,modules,root}
chmod 755 "$root" # mktemp made it 0700: the unprivileged user of the permission cases needs /
cp "$busybox" "$root/bin/busybox"
cp "$cli" "$root/bin/spindle-cli"
for program in "$@"; do
    cp "$program" "$root/bin/"
done
# Libraries at the paths ldd names, the loader included (its line has no "=>").
for program in "$cli" "$@"; do ldd "$program"; done | sort -u | awk '/=>/ { print $3; next } /^[ \t]*\// { print $1 }' | while read -r lib; do
    [ -n "$lib" ] || continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
done
# The drive stack, in the order modules.dep needs.
n=0
for m in scsi/scsi_common scsi/scsi_mod ata/libata ata/ata_piix cdrom/cdrom scsi/sr_mod scsi/sg; do
    n=$((n + 1))
    cp "$mods/kernel/drivers/$m.ko" "$root/modules/$n-$(basename "$m").ko"
done
# A user without access to the drive, for the permission cases.
printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/tmp:/bin/sh\n' >"$root/etc/passwd"
printf 'root:x:0:\ncdrom:x:24:\nuser:x:1000:\n' >"$root/etc/group"
cp "$here/init.sh" "$root/init"
chmod 755 "$root/init"
(cd "$root" && find . -print0 | cpio --null -o -H newc --quiet) >"$out.tmp"
echo "$kver" >"$out.kernel"
mv "$out.tmp" "$out"
