#include "savelocation.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace Spindle::SaveLocation {

namespace {

bool usable(const QString &folder)
{
    const QFileInfo info(folder);
    return !folder.isEmpty() && info.isDir() && info.isWritable();
}

QString failedKey(const QString &key)
{
    return key + QStringLiteral("Failed");
}

} // namespace

QString startFolder(const QString &key)
{
    const QSettings settings;
    const QString last = settings.value(key).toString();
    if (usable(last) && last != settings.value(failedKey(key)).toString())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return usable(documents) ? documents : QDir::homePath();
}

void remember(const QString &key, const QString &path)
{
    QSettings settings;
    const QString folder = QFileInfo(path).absolutePath();
    settings.setValue(key, folder);
    if (settings.value(failedKey(key)).toString() == folder)
        settings.remove(failedKey(key));
}

void failed(const QString &key, const QString &path)
{
    QSettings settings;
    settings.setValue(failedKey(key), QFileInfo(path).absolutePath());
}

QString withSuffix(const QString &path, const QString &suffix)
{
    if (path.isEmpty() || !QFileInfo(path).suffix().isEmpty())
        return path;
    return path + QLatin1Char('.') + suffix;
}

QString nameFor(const QString &label, const QString &suffix)
{
    QString name;
    for (const QChar c : label.trimmed()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') ||
            c == QLatin1Char('.'))
            name += c;
        else if (c.isSpace())
            name += QLatin1Char('_');
    }
    return (name.isEmpty() ? QStringLiteral("disc") : name) + QLatin1Char('.') + suffix;
}

QString ask(QWidget *parent, const QString &title, const QString &filter, const QString &key,
            const QString &suffix, bool *overwriteAsked, const QString &name)
{
    const QString start = startFolder(key);
    QFileDialog dialog(parent, title, start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    // Qt's own dialog adds it before asking about overwriting; withSuffix() covers the rest.
    dialog.setDefaultSuffix(suffix);
    if (!name.isEmpty())
        dialog.selectFile(QDir(start).filePath(name));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    const QString chosen = dialog.selectedFiles().constFirst();
    const QString path = withSuffix(chosen, suffix);
    if (overwriteAsked)
        *overwriteAsked = path == chosen;
    remember(key, path);
    return path;
}

} // namespace Spindle::SaveLocation
