// ccm-importer: the composition root. It wires the core services to the main window and does nothing else.
#include "ui/mainwindow/MainWindow.h"

#include "application/AccountService.h"
#include "application/EmbeddedSandbox.h"
#include "application/ImportService.h"
#include "application/ScmConnectionTester.h"
#include "common/ProcessHardening.h"
#include "common/Version.h"
#include "history/ImportHistory.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"
#include "profiles/SessionSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstring>

namespace {

/// --help and --version must work without a display, so they are answered before QApplication exists.
bool answerWithoutDisplay(int argc, char* argv[], int& exitCode)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("ccm-importer %s\n", qPrintable(ccm::versionString()));
            exitCode = 0;
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: ccm-importer [options] [FILE...]\n\n"
                        "Imports TLS certificates into Huawei Cloud Certificate Manager.\n"
                        "FILE: certificate, key, bundle, PKCS#7 or PKCS#12 files to open at start.\n\n"
                        "Options:\n"
                        "  -h, --help         Show this help.\n"
                        "  -v, --version      Show the version.\n"
                        "  --language LANG    Use LANG (e.g. zh_CN, en) instead of the system language.\n"
                        "  --quit-after-show  Show the window, print its title and quit (checks an installation).\n\n"
                        "Environment:\n"
                        "  CCM_REPORT_FIRST_PAINT=1  print \"first-paint\" when the window has been painted once\n"
                        "                            (for tests/bench/startup.py); =quit also quits then.\n");
            exitCode = 0;
            return true;
        }
    }
    return false;
}

/// Prints "first-paint" once the window has painted itself (for tests/bench/startup.py), and quits when asked.
class FirstPaintReporter : public QObject
{
public:
    FirstPaintReporter(QWidget* window, bool quit)
        : QObject(window)
        , m_quit(quit)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After the paint event the frame is flushed; report once that happened.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint\n");
                std::fflush(stdout);
                if (m_quit)
                    QApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_quit;
};

} // namespace

int main(int argc, char* argv[])
{
    ccm::hardenProcess();
    int exitCode = 0;
    if (answerWithoutDisplay(argc, argv, exitCode))
        return exitCode;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QLatin1String(ccm::kOrganizationName));
    QApplication::setApplicationName(QLatin1String(ccm::kApplicationName));
    QApplication::setApplicationVersion(ccm::versionString());
    QApplication::setDesktopFileName(QLatin1String(ccm::kApplicationId));

    QCommandLineParser parser;
    QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("UI language"),
                                      QStringLiteral("LANG"));
    parser.addOption(languageOption);
    QCommandLineOption quitAfterShowOption(QStringLiteral("quit-after-show"),
                                           QStringLiteral("Show the window, print its title and quit"));
    parser.addOption(quitAfterShowOption);
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Files to open"));
    parser.process(app);

    const QLocale locale = parser.isSet(languageOption) ? QLocale(parser.value(languageOption)) : QLocale::system();
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("ccm-importer"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    ccm::profiles::ProfileStore profileStore;
    // A damaged or newer profiles file still leaves the built-in profiles; the profile manager reports the problem.
    (void)profileStore.load();
    ccm::profiles::ProfileListModel profiles(profileStore);
    ccm::profiles::KeychainSecretStore keychain;
    ccm::profiles::SessionSecretStore secrets(keychain);
    ccm::profiles::ProfileManager profileManager(profileStore, secrets);
    ccm::application::installScmConnectionTester(ccm::application::defaultStateFile());

    ccm::application::ImportService importer(profileStore, secrets);
    // The built-in sandbox keeps what was imported into it across restarts (shared with ccmctl).
    importer.setSandboxStateFile(ccm::application::defaultStateFile());
    ccm::application::AccountService account(profileStore, secrets);
    account.setSandboxStateFile(ccm::application::defaultStateFile());

    ccm::ui::MainWindow window;
    window.setProfileModel(&profiles);
    window.setProfileManager(&profileManager, &secrets);
    window.setImportService(&importer);
    window.setAccountService(&account);
    window.setHistoryPath(ccm::history::ImportHistory::defaultPath());
    window.setSettingsFile(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                           QStringLiteral("/ccm-importer/window.ini"));
    const QByteArray reportPaint = qgetenv("CCM_REPORT_FIRST_PAINT");
    if (!reportPaint.isEmpty())
        new FirstPaintReporter(&window, reportPaint == "quit");
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    if (parser.isSet(quitAfterShowOption)) {
        // The package test starts the installed window this way: it proves the platform plugin, the translations
        // and the window load, and ends once the event loop has run, without a timeout.
        QTimer::singleShot(0, &window, [&window] {
            std::printf("%s\n", qPrintable(window.windowTitle()));
            std::fflush(stdout);
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    return QApplication::exec();
}
