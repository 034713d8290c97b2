// ccm-importer: shows the main window's first frame, then loads the window module (ccm-importer-window) that gives
// the window its behaviour and the services behind it (see WindowModule.h and docs/DESIGN.md, "Start-up").
#include "WindowModule.h"

#include "ui/mainwindow/MainWindowBehaviour.h"

#include "common/ProcessHardening.h"
#include "common/Version.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
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
                        "  --quit-after-show  Show the window, load its module, print its title and quit\n"
                        "                     (checks an installation).\n\n"
                        "Environment:\n"
                        "  CCM_REPORT_FIRST_PAINT=1  print \"first-paint\" when the window has been painted once\n"
                        "                            (for tests/bench/startup.py); =quit also quits then;\n"
                        "                            =ready prints \"ready\" once the window works, then quits.\n");
            exitCode = 0;
            return true;
        }
    }
    return false;
}

/// Prints "first-paint" once the window has painted itself (for tests/bench/startup.py). Modes: "quit" quits then;
/// "ready" also waits until the window works (its behaviour attached, the preview built), prints "ready" and quits.
class FirstPaintReporter : public QObject
{
public:
    enum class Mode { Stay, Quit, QuitWhenReady };

    FirstPaintReporter(ccm::ui::MainWindow* window, Mode mode)
        : QObject(window)
        , m_window(window)
        , m_mode(mode)
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // After the paint event the frame is flushed; report once that happened.
            QTimer::singleShot(0, this, [this] {
                report("first-paint");
                if (m_mode == Mode::Quit)
                    QApplication::quit();
                else if (m_mode == Mode::QuitWhenReady)
                    QTimer::singleShot(0, this, [this] { reportReady(); });
            });
        }
        return false;
    }

private:
    static void report(const char* what)
    {
        std::printf("%s\n", what);
        std::fflush(stdout);
    }

    /// The window queued its deferred start-up (behaviour, preview) with its first paint, before this: it has run.
    void reportReady()
    {
        m_window->attachBehaviour();
        report("ready");
        QApplication::quit();
    }

    ccm::ui::MainWindow* m_window;
    Mode m_mode;
};

#ifdef CCM_WINDOW_MODULE_FILE
/// Where the window module is: in the installed module directory, or beside the executable (a build tree).
QString windowModulePath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString installed =
        QDir::cleanPath(dir + QStringLiteral("/" CCM_WINDOW_MODULE_DIR "/" CCM_WINDOW_MODULE_FILE));
    const QString beside = dir + QStringLiteral("/" CCM_WINDOW_MODULE_FILE);
    return QFileInfo::exists(installed) || !QFileInfo::exists(beside) ? installed : beside;
}

/// False with --quit-after-show: nobody is there to close a message box.
bool g_interactive = true;

/// Tells the user that the window cannot work without its module, and ends the process.
[[noreturn]] void moduleMissing(QWidget* window, const QString& path, const QString& reason)
{
    const QString text = QCoreApplication::translate("ccm::gui", "CCM Importer cannot go on: its window module %1 "
                                                                 "could not be loaded (%2). Reinstall the "
                                                                 "ccm-importer package.")
                             .arg(path, reason);
    std::fprintf(stderr, "ccm-importer: %s\n", qPrintable(text));
    if (g_interactive)
        QMessageBox::critical(window, QCoreApplication::translate("ccm::gui", "CCM Importer"), text);
    std::exit(EXIT_FAILURE);
}

/// The window's behaviour from the window module (MainWindow's factory).
std::unique_ptr<ccm::ui::MainWindowBehaviour>
loadBehaviour(ccm::ui::MainWindow& window, const ccm::ui::MainWindow::Parts& parts, ccm::profiles::ProfileStore& store)
{
    const QString path = windowModulePath();
    if (!QFileInfo::exists(path))
        moduleMissing(&window, path, QCoreApplication::translate("ccm::gui", "there is no such file"));
    QLibrary module(path);
    if (!module.load())
        moduleMissing(&window, module.fileName(), module.errorString());
    const auto version =
        reinterpret_cast<ccm::gui::WindowModuleVersion>(module.resolve(ccm::gui::kWindowModuleVersionEntry));
    const auto create =
        reinterpret_cast<ccm::gui::WindowModuleCreate>(module.resolve(ccm::gui::kWindowModuleCreateEntry));
    if (!version || !create)
        moduleMissing(&window, module.fileName(), module.errorString());
    if (std::strcmp(version(), CCM_VERSION) != 0) {
        moduleMissing(&window, module.fileName(),
                      QCoreApplication::translate("ccm::gui", "it is version %1, the program %2")
                          .arg(QString::fromUtf8(version()), ccm::versionString()));
    }
    return std::unique_ptr<ccm::ui::MainWindowBehaviour>(create(window, parts, store));
}
#endif

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
#ifdef CCM_WINDOW_MODULE_FILE
    g_interactive = !parser.isSet(quitAfterShowOption);
#endif

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

#ifdef CCM_WINDOW_MODULE_FILE
    ccm::ui::MainWindow::setBehaviourFactory(
        [&profileStore](ccm::ui::MainWindow& window, const ccm::ui::MainWindow::Parts& parts) {
            return loadBehaviour(window, parts, profileStore);
        },
        ccm::ui::MainWindow::Attach::AfterFirstFrame);
#else
    // Where the window module is not built (not Linux: see app/gui/CMakeLists.txt), its code is linked in.
    ccm::ui::MainWindow::setBehaviourFactory(
        [&profileStore](ccm::ui::MainWindow& window, const ccm::ui::MainWindow::Parts& parts) {
            return std::unique_ptr<ccm::ui::MainWindowBehaviour>(ccm_window_module_create(window, parts, profileStore));
        },
        ccm::ui::MainWindow::Attach::AtConstruction);
#endif
    ccm::ui::MainWindow window;
    window.setProfileModel(&profiles);
    window.setSettingsFile(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                           QStringLiteral("/ccm-importer/window.ini"));
    const QByteArray reportPaint = qgetenv("CCM_REPORT_FIRST_PAINT");
    if (!reportPaint.isEmpty()) {
        using Mode = FirstPaintReporter::Mode;
        new FirstPaintReporter(&window, reportPaint == "quit"    ? Mode::Quit
                                        : reportPaint == "ready" ? Mode::QuitWhenReady
                                                                 : Mode::Stay);
    }
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFiles(parser.positionalArguments());
    if (parser.isSet(quitAfterShowOption)) {
        // The package test starts the installed window this way: it proves the platform plugin, the translations,
        // the window and its module load, and ends once the event loop has run, without a timeout.
        QTimer::singleShot(0, &window, [&window] {
            window.attachBehaviour();
            std::printf("%s\n", qPrintable(window.windowTitle()));
            std::fflush(stdout);
            QApplication::exit(window.isVisible() ? 0 : 1);
        });
    }
    return QApplication::exec();
}
