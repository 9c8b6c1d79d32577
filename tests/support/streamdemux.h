#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Spindle::Test {

// Streams of DVD-Video VOBs seen by readers we did not write (ffmpeg, ffprobe) and by a pack
// count of the tests' own, for checks of stream removal. Streams are named by their MPEG id as
// ffmpeg numbers them: 0x80+n AC-3, 0x88+n DTS, 0xA0+n LPCM, 0x20+n subpictures (private
// stream 1 substreams), 0x1C0+n MPEG audio, 0x1E0 video, 0x1BF NAV packets.

// Several VOBs (a title set's VTS_nn_1..9.VOB) as one input for ffmpeg: its concat protocol.
QString ffmpegInput(const QStringList &vobs);

// The payload of stream `id` of `vobs`, demuxed by `ffmpeg -i VOB -map 0:i:ID -c copy -f data -`.
// Sets `error` (and returns nothing) when ffmpeg fails or the stream is not there.
QByteArray demuxStream(const QStringList &vobs, int id, QString *error);

// How many packets of each stream ffprobe reads in `vobs` (-show_entries packet=stream_index
// with the streams' ids). Empty with `error` set when ffprobe fails.
QMap<int, int> probePackets(const QStringList &vobs, QString *error);

// How many 2048-byte packs of `vobs` carry each stream, by the pack's first PES packet (the
// tests' own reading of MPEG-2 program stream headers, not Spindle's): a pack whose system
// header starts a VOBU counts as 0x1BF, a pack that is no MPEG-2 pack as -1.
QMap<int, qint64> countPacks(const QStringList &vobs);

// The stream of each 2048-byte pack of `vobs` in order, as countPacks() tells them apart.
QList<int> packStreams(const QStringList &vobs);

// The new VOBs `to` against the source's `from` after the streams `gone` were left out, pack
// by pack, with the tests' own reading of the NAV pack (DVD-Video PCI/DSI layout): every pack
// of a stream that stays is there, in order and unchanged, except that each NAV pack's own
// sector, VOBU end, reference frame ends, VOBU search pointers and audio/subpicture sync
// addresses follow the packs that went (and the sync addresses of streams that went are 0).
// Returns the first difference, or nothing.
QString compareVobPacks(const QStringList &from, const QStringList &to, const QList<int> &gone);

// The title VOBs of title set `titleSet` in `videoTs` (a VIDEO_TS folder), in order.
QStringList titleVobs(const QString &videoTs, int titleSet);

} // namespace Spindle::Test
