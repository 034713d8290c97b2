#include "Command.h"
#include "Console.h"

#include "common/ProcessHardening.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

int main(int argc, char* argv[])
{
    ccm::hardenProcess();
    int exitCode = 0;
    {
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QLatin1String(ccm::kOrganizationName));
        QCoreApplication::setApplicationName(QLatin1String(ccm::kApplicationName));
        QCoreApplication::setApplicationVersion(ccm::versionString());
        exitCode = ccm::cli::runCli(QCoreApplication::arguments(), ccm::cli::Console::standard());
    }
#ifdef Q_OS_UNIX
    // Test-only (tests/security/TestMemoryDump): after the command and the application object are gone, stay
    // alive until a signal comes, so the test can dump this process's memory and look for secrets left behind.
    if (const char* pause = std::getenv("CCM_TEST_PAUSE_AT_EXIT"); pause && std::strcmp(pause, "1") == 0) {
        std::fflush(stdout);
        std::fprintf(stderr, "ccmctl: paused at exit (CCM_TEST_PAUSE_AT_EXIT)\n");
        std::fflush(stderr);
        ::pause();
    }
#endif
    return exitCode;
}
