#include "dvdvideosetup.h"

#include <QStandardPaths>
#include <QStringList>

namespace Spindle::Test {

DvdVideoSetup prepareDvdVideo(std::initializer_list<const char *> moreTools, WithLsdvd lsdvd)
{
    DvdVideoSetup setup;
    QStringList missing = missingDvdVideoTools();
    for (const char *tool : moreTools) {
        const QString name = QString::fromLatin1(tool);
        if (QStandardPaths::findExecutable(name).isEmpty())
            missing << name;
    }
    if (!missing.isEmpty()) {
        setup.skip = QStringLiteral("not installed: %1; installer/debian-packages.txt lists them")
                         .arg(missing.join(QLatin1Char(' ')));
        return setup;
    }
    setup.dvd = &dvdVideoFixture();
    if (!setup.dvd->error.isEmpty()) {
        setup.error = setup.dvd->error;
        return setup;
    }
    if (lsdvd == WithLsdvd::Yes) {
        setup.lsdvd = runLsdvd(setup.dvd->image);
        setup.error = setup.lsdvd.error;
    }
    return setup;
}

} // namespace Spindle::Test
