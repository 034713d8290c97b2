#pragma once

#include "MainWindow.h"
#include "MainWindowBehaviour.h"

#include "certificate/Inspection.h"

#include <QCoreApplication>
#include <QObject>

#include <memory>

class QTimer;

namespace ccm::ui {

class InputPanel;
class InspectionBanner;
class InspectionPreview;
class InspectionRunner;
class WindowDialogs;

/// The main window's behaviour (see MainWindowBehaviour): it wires the inputs (InputPanel), the inspection
/// (InspectionRunner) shown in the preview (InspectionPreview) and the banner (InspectionBanner), the import
/// (ImportRun) and the windows the menus open (WindowDialogs) to the window's widgets. Its texts keep the
/// ccm::ui::MainWindow translation context.
class MainWindowController : public QObject, public MainWindowBehaviour
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::MainWindow)

public:
    /// Makes every MainWindow get a controller while it is constructed (tests, benchmarks, screenshots: everything
    /// that links the whole user interface into one program).
    static void attachToEveryWindow();
    /// The factory attachToEveryWindow() sets: a controller for `window` and its parts.
    static std::unique_ptr<MainWindowBehaviour> create(MainWindow& window, const MainWindow::Parts& parts);

    MainWindowController(MainWindow& window, const MainWindow::Parts& parts);
    ~MainWindowController() override;

    void setFileChooser(InputSources::FileChooser chooser) override;
    QString lastFolder() const override;
    void setLastFolder(const QString& folder) override;
    GuiPassphraseProvider* passphraseProvider() const override { return m_passphrases; }

    void openFiles(const QStringList& paths) override;
    void addPastedText(const QByteArray& text) override;
    void setEncryptionPair(const QString& certificatePath, const QString& keyPath) override;
    bool hasInputs() const override;

    const Inspection& inspection() const override { return m_inspection; }
    bool isInspecting() const override;

    void setImportInProgress(bool inProgress) override;
    bool isImportInProgress() const override { return m_importInProgress; }
    void setImportService(application::ImportService* service) override;
    void setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session) override;
    void setHistoryPath(const QString& path) override;
    void setAccountService(application::AccountService* service) override;
    void setRenewalAsker(ImportRun::RenewalAsker asker) override;
    void showImportReport(const application::ImportReport& report) override;

    CertificatesWindow* showCertificates() override;
    void showProfiles() override;
    void showHistory() override;
    void showHelp() override;

    bool acceptsDrop(const QMimeData* data) const override;
    void drop(const QMimeData* data) override;
    bool mayClose() override;
    void retranslate() override;
    void finishStartUp() override;

private:
    void connectWidgets();
    void inputsChanged();
    void formEdited();
    void reinspect();
    void showInspection(const Inspection& inspection);
    void showEmpty();
    /// Builds the preview's contents (the tabs' pages and the findings) if they do not exist yet, showing no
    /// inspection, and shows the preview. Start-up leaves it out of the first frame (it is built right after);
    /// everything that shows an inspection calls this first.
    void ensurePreview();
    void showFindings(const QList<Finding>& findings);
    void showInputSummaries();
    void updateButtons();
    void requestImport();
    /// Inspects again when the chosen profile trusts another private root than the last inspection did.
    void reinspectIfTrustChanged();

    MainWindow& m_window;
    Ui::MainWindow& m_ui;
    StatusBanner& m_banner;
    ImportFormFields& m_form;
    ProfileChoice& m_profileChoice;
    std::unique_ptr<InputPanel> m_inputs;         ///< the inputs: the file list, the SM2 pair, adding and removing
    std::unique_ptr<InspectionPreview> m_preview; ///< the preview's contents, once built (ensurePreview())
    std::unique_ptr<InspectionBanner> m_inspectionBanner;
    std::unique_ptr<WindowDialogs> m_dialogs;
    std::unique_ptr<ImportRun> m_import;
    GuiPassphraseProvider* m_passphrases = nullptr;
    InspectionRunner* m_runner = nullptr;
    QTimer* m_formTimer = nullptr;
    Inspection m_inspection;
    ImportForm m_inspectedForm;
    QString m_inspectedTrustRoot;
    bool m_inspectionCurrent = false;
    bool m_importInProgress = false;
};

} // namespace ccm::ui
