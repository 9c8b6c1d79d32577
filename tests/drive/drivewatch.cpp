// For the drive tests' guest: prints every change the GUI's DriveMonitor reports (the kernel's
// drive status, polled), one line each, until it is killed.
#include "device/drivemonitor.h"

#include <QCoreApplication>
#include <QTimer>

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
    // The first poll (started above, on a thread) only records the drives; well after it, the
    // batch may change a disc: under load this program starts in seconds, not at once.
    QTimer::singleShot(1000, [] {
        std::printf("watching\n");
        std::fflush(stdout);
    });
    return app.exec();
}
