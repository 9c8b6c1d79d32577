#!/bin/busybox sh
# /init of the drive tests' guest (made by mkinitramfs.sh). Loads the CD drive stack, waits for
# the drives the host attached (drives=N on the kernel command line), sources /batch.sh (the
# test's commands, appended to the initramfs by the host) and powers off. Everything goes to the
# serial console; the host splits it at the @@ markers that run() prints.
/bin/busybox --install -s /bin
export PATH=/bin HOME=/root LANG=C.UTF-8 TERM=dumb
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mount -t tmpfs -o size=700m tmp /tmp
echo 1 >/proc/sys/kernel/printk # kernel messages stay out of the markers (dmesg has them)
for m in /modules/*.ko; do insmod "$m" || echo "@@MODULE-FAILED $m"; done

want=$(sed -n 's/.*drives=\([0-9]*\).*/\1/p' /proc/cmdline)
i=0
while [ "$(ls /dev/sr* 2>/dev/null | wc -l)" -lt "${want:-1}" ] && [ $i -lt 200 ]; do
    sleep 0.1
    i=$((i + 1))
done

# The drive at IDE bus B, unit U (QEMU's ide<B>-cd<U>), as /dev/srN: the kernel numbers the
# drives in the order their probes end, which is not fixed.
drive_at() {
    for d in /sys/block/sr*; do
        case "$(readlink -f "$d/device")" in
        */ata$(($1 + 1))/host*/target*:0:$2/*) echo "/dev/${d##*/}" ;;
        esac
    done
}

# run NAME COMMAND...: the command's stdout, stderr and exit code between markers. Each part
# gets one newline more than it had, which the host takes off.
run() {
    name=$1
    shift
    "$@" >/tmp/.out 2>/tmp/.err </dev/null
    rc=$?
    echo "@@BEGIN $name"
    cat /tmp/.out
    echo
    echo "@@STDERR $name"
    cat /tmp/.err
    echo
    echo "@@END $name $rc"
}

# monitor COMMAND: asks the host to send COMMAND to QEMU's monitor (eject, change).
monitor() {
    echo "@@MONITOR $*"
}

# wait_medium DEV yes|no: until the drive has a medium (or none), at most 15 s.
wait_medium() {
    i=0
    while [ $i -lt 150 ]; do
        if dd if="$1" of=/dev/null bs=2048 count=1 2>/dev/null; then
            [ "$2" = yes ] && return 0
        else
            [ "$2" = no ] && return 0
        fi
        sleep 0.1
        i=$((i + 1))
    done
    echo "@@TIMEOUT waiting for medium=$2 in $1"
    return 1
}

echo "@@READY"
[ -f /batch.sh ] && . /batch.sh
echo "@@DONE"
poweroff -f
