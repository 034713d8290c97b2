#pragma once

#include "ImportRun.h"
#include "InputSources.h"

#include <QMainWindow>
#include <QStringList>

#include <functional>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace ccm {
// Declared only: the signal importRequested() names them, and its meta-object code must not need their definitions
// (they bring OpenSSL with them; see MainWindowBehaviour).
struct ImportForm;
struct Inspection;
} // namespace ccm

namespace ccm::profiles {
class ProfileListModel;
class ProfileManager;
class SessionSecretStore;
} // namespace ccm::profiles

namespace ccm::application {
class AccountService;
class ImportService;
struct ImportReport;
struct RenewalPlan;
} // namespace ccm::application

namespace ccm::ui {

class CertificatesWindow;
class GuiPassphraseProvider;
class ImportFormFields;
class MainWindowBehaviour;
class ProfileChoice;
class StatusBanner;

/// The application's main window: inputs and form on the left, the inspection's preview on the right.
///
/// The window itself builds what its first frame shows (the form, the banner, the profile choice, the saved geometry);
/// everything else it does is its behaviour (MainWindowBehaviour, implemented by MainWindowController), which a
/// factory attaches either at once or right after the first frame (setBehaviourFactory()). ccm-importer attaches it
/// from a module loaded after the first frame, so the window shows before OpenSSL, Qt Network, Qt Sql and QtKeychain
/// are loaded; tests attach it at once. Every call that needs the behaviour attaches it first if it is not there yet.
///
/// Every change of inputs or form re-inspects off the GUI thread (InspectionRunner); the preview always shows the
/// latest result. The window never talks to the cloud itself.
///
/// Import: the Import button is enabled only when the latest inspection is current and payloadReady(). A click
/// emits importRequested() and, when an ImportService is set (setImportService), starts the import there and
/// shows its progress and outcome (the service signs, sends and records it).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// Asks for files to open (the file dialog by default); tests replace it. Empty: the user cancelled.
    using FileChooser = InputSources::FileChooser;
    /// Asks what to do after an import renewed older certificates (RenewalDialog by default); tests answer it.
    using RenewalAsker = ImportRun::RenewalAsker;
    /// The parts of the window its behaviour works with (all owned by the window).
    struct Parts
    {
        Ui::MainWindow& ui;
        StatusBanner& banner;
        ImportFormFields& form;
        ProfileChoice& profileChoice;
        QString lastFolder; ///< the folder restored from the settings file (setSettingsFile())
    };
    /// Makes the behaviour of `window`. It never returns null: a factory that cannot make it (ccm-importer's module is
    /// missing, say) tells the user why and ends the process.
    using BehaviourFactory =
        std::function<std::unique_ptr<MainWindowBehaviour>(MainWindow& window, const Parts& parts)>;
    /// When the factory is called: while the window is constructed, or right after its first frame was painted.
    enum class Attach { AtConstruction, AfterFirstFrame };

    /// How every window made from now on gets its behaviour (see the class comment).
    static void setBehaviourFactory(BehaviourFactory factory, Attach when);

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Attaches the behaviour now unless it is attached already (ccm-importer --quit-after-show proves with it that
    /// the window module loads).
    void attachBehaviour() const;

    /// The seam for tests: answer "Add files" without a file dialog. An empty chooser restores the file dialog.
    void setFileChooser(FileChooser chooser);
    /// Restores window geometry, splitters, the last folder and the preview tab from this settings file now, and
    /// saves them there when the window closes. Empty: nothing is remembered.
    void setSettingsFile(const QString& path);
    /// Writes what setSettingsFile() restores (also done on close).
    void saveWindowState() const;
    /// The folder the file dialogs start in: the last one files were added from.
    QString lastFolder() const;

    /// The profiles for the profile chooser; not owned, must outlive the window. The default profile is selected.
    void setProfileModel(profiles::ProfileListModel* model);
    /// Where passphrase questions go; tests answer through its setAsker() seam instead of a dialog.
    GuiPassphraseProvider* passphraseProvider() const;

    /// Opens certificate, key or bundle files as if the user had picked them.
    void openFiles(const QStringList& paths);
    /// Adds pasted PEM text as an input named "pasted text".
    void addPastedText(const QByteArray& text);
    /// Sets the SM2 encryption certificate and key files and turns the pair on (both empty: off).
    void setEncryptionPair(const QString& certificatePath, const QString& keyPath);

    /// The latest finished inspection (empty before the first one).
    const Inspection& inspection() const;
    /// True while an inspection runs or an edit waits to be inspected.
    bool isInspecting() const;
    /// The form as it would be sent now.
    ImportForm importForm() const;
    /// Id of the chosen profile ("sandbox" for the local sandbox); empty without a profile model.
    QString currentProfileId() const;

    /// Disables the inputs and the Import button while the receiver of importRequested() works.
    void setImportInProgress(bool inProgress);
    bool isImportInProgress() const;

    /// The service that performs imports; not owned, must outlive the window.
    void setImportService(application::ImportService* service);
    /// Enables Account > Profiles (the profiles dialog); not owned. `session` may be null.
    void setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session);
    /// Enables Account > Import history, reading the ledger at `path`.
    void setHistoryPath(const QString& path);
    /// Enables Account > Certificates and the renewal offer after an import; not owned, must outlive the window.
    void setAccountService(application::AccountService* service);
    /// The seam for tests: answer the renewal offer without a dialog.
    void setRenewalAsker(RenewalAsker asker);
    /// Opens the certificates window of the chosen profile (Account > Certificates); null without an account service.
    CertificatesWindow* showCertificates();
    /// Shows how an import ended (called by the service's finished signal).
    void showImportReport(const application::ImportReport& report);
    /// The text of the banner above the preview (what the user reads first).
    QString bannerText() const;
    /// Selects the profile with this id in the chooser; false when there is none.
    bool selectProfile(const QString& id);
    /// Opens the profiles dialog (Account > Profiles).
    void showProfiles();
    /// Opens the import history (Account > Import history).
    void showHistory();
    /// Opens the help (Help > CCM Importer help, F1).
    void showHelp();

Q_SIGNALS:
    /// The user asked to import: inspection is current and payloadReady(); form is what was inspected.
    void importRequested(const ccm::Inspection& inspection, const ccm::ImportForm& form, const QString& profileId);
    /// The banner was announced to screen readers (NameChanged; with `alert` also an Alert event).
    void announced(const QString& text, bool alert);
    /// The pushes and deletes of an accepted renewal offer ended; one line per step.
    void renewalFinished(const QStringList& lines, bool allDone);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    /// The behaviour, attached first if it is not there yet (no factory set is a programming error: qFatal).
    /// Attaching is logically const: the window only does what it would have done anyway.
    MainWindowBehaviour& behaviour() const;
    void applyPalette();

    std::unique_ptr<Ui::MainWindow> m_ui;
    StatusBanner* m_banner = nullptr;
    std::unique_ptr<ImportFormFields> m_form;
    std::unique_ptr<ProfileChoice> m_profileChoice;
    mutable std::unique_ptr<MainWindowBehaviour> m_behaviour;
    QString m_settingsPath;
    QString m_restoredFolder; ///< the last folder from the settings file, for a behaviour attached later
    bool m_focusSet = false;
    bool m_startUpFinished = false; ///< the first frame was painted; deferred start-up work is queued
};

} // namespace ccm::ui
