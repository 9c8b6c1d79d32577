#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Spindle::Test {

// One title as lsdvd (a libdvdread client we did not write) reports it.
struct LsdvdTitle
{
    int number = 0;
    int titleSet = 0;
    int titleInSet = 0;
    double seconds = 0;
    int chapters = 0;
    int angles = 0;
    QStringList audioLanguages; // "?" where lsdvd prints "xx" (unset), as Spindle says
    QStringList audioFormats;
    QList<int> audioChannels;
    QStringList audioContents; // lsdvd's words for the code extension: "Undefined", "Comments1"
    QStringList subtitleLanguages;
    QStringList subtitleContents;
};

struct LsdvdReport
{
    QList<LsdvdTitle> titles;
    int longest = 0;
    QString error; // lsdvd missing or failing, or XML it could not parse
};

// Runs `lsdvd -x -Ox PATH` (an image, a folder or a VIDEO_TS folder) and parses the XML.
LsdvdReport runLsdvd(const QString &path);

} // namespace Spindle::Test
