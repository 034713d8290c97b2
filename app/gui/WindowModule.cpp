// ccm-importer-window: the main window's behaviour and the services behind it, loaded by ccm-importer right after
// the window's first frame (see WindowModule.h). This is the composition root of the services.
#include "WindowModule.h"

#include "ui/mainwindow/MainWindowController.h"

#include "application/AccountService.h"
#include "application/EmbeddedSandbox.h"
#include "application/ImportService.h"
#include "application/ScmConnectionTester.h"
#include "history/ImportHistory.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"
#include "profiles/SessionSecretStore.h"

#include <QObject>

namespace {

/// The services the window uses; a child of the window, so they outlive its behaviour (MainWindow drops that first).
class WindowServices : public QObject
{
public:
    WindowServices(ccm::profiles::ProfileStore& store, QObject* window)
        : QObject(window)
        , secrets(keychain)
        , manager(store, secrets)
        , importer(store, secrets)
        , account(store, secrets)
    {
        const QString sandboxState = ccm::application::defaultStateFile();
        ccm::application::installScmConnectionTester(sandboxState);
        // The built-in sandbox keeps what was imported into it across restarts (shared with ccmctl).
        importer.setSandboxStateFile(sandboxState);
        account.setSandboxStateFile(sandboxState);
    }

    ccm::profiles::KeychainSecretStore keychain;
    ccm::profiles::SessionSecretStore secrets;
    ccm::profiles::ProfileManager manager;
    ccm::application::ImportService importer;
    ccm::application::AccountService account;
};

} // namespace

extern "C" Q_DECL_EXPORT const char* ccm_window_module_version()
{
    return CCM_VERSION;
}

extern "C" Q_DECL_EXPORT ccm::ui::MainWindowBehaviour* ccm_window_module_create(ccm::ui::MainWindow& window,
                                                                                const ccm::ui::MainWindow::Parts& parts,
                                                                                ccm::profiles::ProfileStore& store)
{
    auto* services = new WindowServices(store, &window);
    auto controller = std::make_unique<ccm::ui::MainWindowController>(window, parts);
    controller->setProfileManager(&services->manager, &services->secrets);
    controller->setImportService(&services->importer);
    controller->setAccountService(&services->account);
    controller->setHistoryPath(ccm::history::ImportHistory::defaultPath());
    return controller.release();
}
