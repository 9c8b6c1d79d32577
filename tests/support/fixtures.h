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

} // namespace Spindle::Test
