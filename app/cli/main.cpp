#include "Command.h"
#include "Console.h"

#include "common/ProcessHardening.h"
#include "common/Version.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    ccm::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QLatin1String(ccm::kOrganizationName));
    QCoreApplication::setApplicationName(QLatin1String(ccm::kApplicationName));
    QCoreApplication::setApplicationVersion(ccm::versionString());
    return ccm::cli::runCli(QCoreApplication::arguments(), ccm::cli::Console::standard());
}
