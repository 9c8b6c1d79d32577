// For the drive tests' guest: prints every change the GUI's DriveMonitor reports (the kernel's
// drive status, polled), one line each, until it is killed.
#include "device/drivemonitor.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Spindle::DriveMonitor monitor;
    QObject::connect(&monitor, &Spindle::DriveMonitor::mediumChanged, [](const QString &address) {
        std::printf("medium changed: %s\n", qPrintable(address));
        std::fflush(stdout);
    });
    QObject::connect(&monitor, &Spindle::DriveMonitor::drivesChanged, [] {
        std::printf("drives changed\n");
        std::fflush(stdout);
    });
    monitor.start(200);
    return app.exec();
}
