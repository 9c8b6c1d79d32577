#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Spindle::Test {

// Runs a program; returns its exit code (or -1 if it could not start). Captures output.
int runTool(const QString &program, const QStringList &args, QByteArray *output = nullptr,
            int timeoutMs = 120000);

// Makes an ISO image with xorriso from a folder tree described as "path=content" entries
// (a path ending in '/' is an empty folder). Returns an empty string on failure.
QString makeIso(const QString &dir, const QString &name, const QString &label,
                const QStringList &entries, const QStringList &extraArgs = {});

bool haveTool(const char *path);

// A file's bytes (empty when it cannot be read).
QByteArray readAll(const QString &path);
// `size` bytes (a multiple of 4) of a fixed pseudo-random sequence.
QByteArray randomBytes(int size, quint32 seed);
// xorriso's El Torito and system area reports of an image (-report_el_torito plain,
// -report_system_area plain): a reader we did not write, for boot records.
QString xorrisoBootReport(const QString &iso);
// A file's SHA-256 in hex (empty when it cannot be read).
QByteArray sha256Of(const QString &path);
// `tool -c -1 source` (gzip, xz, bzip2, zstd) into `target`, unless `target` exists already
// (made by an earlier test function or row). Returns `target`, or empty on failure.
QString compressFile(const QString &source, const QString &tool, const QString &target);

// What a program run by runProcess() did: exit code (-1 when it crashed or timed out) and
// its output streams, kept apart.
struct ProcessRun
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
// Runs a program with stdin closed: not a TTY, so CLI questions get "no" unless --yes.
ProcessRun runProcess(const QString &program, const QStringList &args, int timeoutMs = 240000);

} // namespace Spindle::Test
