#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A Qt Linguist .ts file as the translation tests see it: one entry per message.
struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList translations; // one, or the plural forms
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error; // empty when the file was read
};

TsFile readTsFile(const QString &path);
