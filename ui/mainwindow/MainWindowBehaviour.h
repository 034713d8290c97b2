#pragma once

#include "ImportRun.h"
#include "InputSources.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QMimeData;

namespace ccm {
struct Inspection;
} // namespace ccm

namespace ccm::profiles {
class ProfileManager;
class SessionSecretStore;
} // namespace ccm::profiles

namespace ccm::application {
class AccountService;
class ImportService;
struct ImportReport;
} // namespace ccm::application

namespace ccm::ui {

class CertificatesWindow;
class GuiPassphraseProvider;

/// What the main window does beyond its first frame: the inputs, the inspection and its preview, the import, and the
/// windows its menus open. MainWindow (library ccm_ui_shell) knows only this interface; MainWindowController
/// (library ccm_ui) implements it. That split lets ccm-importer paint its first frame from an executable that links
/// only Qt Core, Gui and Widgets, and load the rest (OpenSSL, Qt Network, Qt Sql, QtKeychain) right after it.
/// The functions are those of MainWindow of the same names unless said otherwise.
class MainWindowBehaviour
{
public:
    virtual ~MainWindowBehaviour() = default;

    virtual void setFileChooser(InputSources::FileChooser chooser) = 0;
    virtual QString lastFolder() const = 0;
    virtual void setLastFolder(const QString& folder) = 0;
    virtual GuiPassphraseProvider* passphraseProvider() const = 0;

    virtual void openFiles(const QStringList& paths) = 0;
    virtual void addPastedText(const QByteArray& text) = 0;
    virtual void setEncryptionPair(const QString& certificatePath, const QString& keyPath) = 0;
    virtual bool hasInputs() const = 0;

    virtual const Inspection& inspection() const = 0;
    virtual bool isInspecting() const = 0;

    virtual void setImportInProgress(bool inProgress) = 0;
    virtual bool isImportInProgress() const = 0;
    virtual void setImportService(application::ImportService* service) = 0;
    virtual void setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session) = 0;
    virtual void setHistoryPath(const QString& path) = 0;
    virtual void setAccountService(application::AccountService* service) = 0;
    virtual void setRenewalAsker(ImportRun::RenewalAsker asker) = 0;
    virtual void showImportReport(const application::ImportReport& report) = 0;

    virtual CertificatesWindow* showCertificates() = 0;
    virtual void showProfiles() = 0;
    virtual void showHistory() = 0;
    virtual void showHelp() = 0;

    /// True when a drop of `data` would add inputs (local files, and no import running).
    virtual bool acceptsDrop(const QMimeData* data) const = 0;
    /// Adds the local files of a drop that acceptsDrop().
    virtual void drop(const QMimeData* data) = 0;
    /// Asked when the window is about to close: false keeps it open (the user chose to let an import finish).
    virtual bool mayClose() = 0;
    /// The user interface language changed: the window has retranslated its form; this retranslates the rest.
    virtual void retranslate() = 0;
    /// The first frame is on screen: builds what it left out (the preview).
    virtual void finishStartUp() = 0;
};

} // namespace ccm::ui
