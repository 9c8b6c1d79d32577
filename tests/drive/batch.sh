# The commands tst_drive runs in the guest (sourced by init.sh, whose helpers run, monitor,
# wait_medium and drive_at it uses). @CD@ is replaced by the host's path of the CD image.
# Drives: ide0-cd0 the CD-sized image, ide0-cd1 the DVD-sized one, ide1-cd0 the CD image with
# blkdebug medium errors, ide1-cd1 the DVD-Video.
CD=$(drive_at 0 0) DVD=$(drive_at 0 1) BAD=$(drive_at 1 0) VID=$(drive_at 1 1)
echo "@@DRIVES $CD $DVD $BAD $VID"
mkdir -p /tmp/r /tmp/x /tmp/t
# 1. the drives, and what the guest kernel says they are
run drives spindle-cli drives
run drives-json spindle-cli drives --json
run drives-sysfs sh -c 'for d in /sys/block/sr*; do echo "/dev/${d##*/}|$(cat $d/device/vendor)|$(cat $d/device/model)"; done'
# 2. info: CD-sized, DVD-sized, DVD-Video
run info-cd spindle-cli info --drive $CD --json
run info-dvd spindle-cli info --drive $DVD --json
run info-vid spindle-cli info --drive $VID --json
# 3. read each, with --verify, and hash the result in the guest
run read-cd spindle-cli read --drive $CD --output /tmp/cd.iso --verify --checksum-file
run sum-cd sh -c 'sha256sum /tmp/cd.iso; stat -c %s /tmp/cd.iso; cat /tmp/cd.iso.sha256'
run read-dvd spindle-cli read --drive $DVD --output /tmp/dvd.iso --verify
run sum-dvd sh -c 'sha256sum /tmp/dvd.iso; stat -c %s /tmp/dvd.iso'
run read-vid spindle-cli read --drive $VID --output /tmp/vid.iso --verify --json --progress none
run sum-vid sh -c 'sha256sum /tmp/vid.iso; stat -c %s /tmp/vid.iso'
# 4. rescue through the real stack: without rescue mode first, then with it
run read-bad spindle-cli read --drive $BAD --output /tmp/r/bad.iso --retries 1
run left-bad ls -a /tmp/r
run rescue spindle-cli read --drive $BAD --output /tmp/r/bad.iso --retries 1 --skip-unreadable
run rescue-map cat /tmp/r/bad.iso.map
run rescue-sum sha256sum /tmp/r/bad.iso
# ... then the disc is changed to a clean copy: only the gaps are read again
monitor eject -f ide1-cd0
wait_medium $BAD no
monitor change ide1-cd0 @CD@ raw
wait_medium $BAD yes
run resume spindle-cli read --drive $BAD --output /tmp/r/bad.iso --retries 1 --skip-unreadable --json --progress none
run resume-sum sh -c 'sha256sum /tmp/r/bad.iso; cat /tmp/r/bad.iso.map'
# 5. an error that clears after some reads (@RETRY@: blkdebug rules that each fail one read):
# without retries the read stops; on a fresh copy of the rules --retries outlasts them
swap() {
    monitor eject -f ide1-cd0
    wait_medium $BAD no
    monitor change ide1-cd0 $1 raw
    wait_medium $BAD yes
}
swap @RETRY@
run retry-none spindle-cli read --drive $BAD --output /tmp/r/retry.iso --retries 0
swap @RETRY@
run retry spindle-cli read --drive $BAD --output /tmp/r/retry.iso --retries 16 --skip-unreadable
run retry-sum sh -c 'sha256sum /tmp/r/retry.iso; cat /tmp/r/retry.iso.map'
# 9. the tray opened in the middle of a (throttled) read, then a new disc and a new read;
# then the same in rescue mode, where the read after the change resumes
swap @CD@
mkdir -p /tmp/e
# read_and_eject NAME ARGS...: run NAME spindle-cli read ARGS, the tray forced open once it reads
read_and_eject() {
    what=$1 # not name: run() sets that
    shift
    monitor block_set_io_throttle ide1-cd0 0 1000000 0 0 0 0
    # Emptied first: the reader's own redirection may come after the first look below, which
    # would then find the previous run's "Reading" and open the tray while the disc is examined.
    : >/tmp/tray.out
    : >/tmp/tray.err
    spindle-cli read --drive $BAD --progress plain "$@" >>/tmp/tray.out 2>>/tmp/tray.err </dev/null &
    reader=$!
    i=0
    while ! grep -q "^Reading [0-9]" /tmp/tray.err && [ $i -lt 100 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    monitor eject -f ide1-cd0
    wait $reader
    rc=$?
    run $what sh -c "cat /tmp/tray.out; cat /tmp/tray.err >&2; exit $rc"
    run $what-left ls -a /tmp/e
    # the drive was let go: usable at once (once is enough, each spindle-cli costs 2 s here)
    [ $what = tray-read ] && run $what-info spindle-cli info --drive $BAD --json
    monitor change ide1-cd0 @CD@ raw
    wait_medium $BAD yes
    monitor block_set_io_throttle ide1-cd0 0 0 0 0 0 0
}
read_and_eject tray-read --output /tmp/e/tray.iso
run tray-again sh -c "spindle-cli read --drive $BAD --output /tmp/e/tray.iso && sha256sum /tmp/e/tray.iso"
rm -f /tmp/e/*
read_and_eject tray-rescue --output /tmp/e/rescue.iso --skip-unreadable
run tray-resume spindle-cli read --drive $BAD --output /tmp/e/rescue.iso --skip-unreadable --json --progress none
run tray-resume-sum sh -c 'sha256sum /tmp/e/rescue.iso; cat /tmp/e/rescue.iso.map'
# 7. a DVD-ROM drive writes nothing: burn and erase are refused before writing
run burn-rom spindle-cli burn /tmp/cd.iso --drive $DVD --yes
run erase-rom spindle-cli erase --drive $DVD --yes
# 6. the other verbs on a real device
run ls-vid spindle-cli ls $VID
run titles-vid spindle-cli titles $VID --json
run ls-cd spindle-cli ls $CD --long
run verify-cd spindle-cli verify /tmp/cd.iso --drive $CD
run extract-cd sh -c "spindle-cli extract $CD /dir --output /tmp/x && cd /tmp/x && find . -type f | sort | xargs sha256sum"
# 2. no disc, and after a disc change; 10. what the GUI's drive monitor sees meanwhile
drivewatch >/tmp/t/watch.txt 2>&1 &
watcher=$!
i=0
while ! grep -q watching /tmp/t/watch.txt && [ $i -lt 150 ]; do
    sleep 0.1
    i=$((i + 1))
done
monitor eject -f ide1-cd1
wait_medium $VID no
run info-nodisc spindle-cli info --drive $VID --json
run burn-nodisc spindle-cli burn /tmp/cd.iso --drive $VID --yes
run read-nodisc spindle-cli read --drive $VID --output /tmp/t/none.iso
monitor change ide1-cd1 @CD@ raw
wait_medium $VID yes
run info-changed spindle-cli info --drive $VID --json
sleep 1
kill $watcher
run watch cat /tmp/t/watch.txt
# 6. build from the device: the new image is small, so it comes to the host gzipped in base64
run build-cd sh -c "spindle-cli build $CD --exclude /dir --exclude /b.bin --output /tmp/t/built.iso && gzip -c /tmp/t/built.iso | base64"
# 8. a user without access to the drives (last: the drives stay closed to root's group)
run perm-setup sh -c 'chgrp 24 /dev/sr* /dev/sg* && chmod 660 /dev/sr* /dev/sg* && chmod 1777 /tmp/t'
run perm-drives su user -c 'spindle-cli drives'
run perm-drives-json su user -c 'spindle-cli drives --json'
run perm-info su user -c "spindle-cli info --drive $CD"
run perm-read su user -c "spindle-cli read --drive $CD --output /tmp/t/user.iso"
run perm-left ls -a /tmp/t
