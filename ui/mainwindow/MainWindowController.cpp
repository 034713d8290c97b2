// The main window's behaviour: what it does beyond its first frame (see MainWindowBehaviour). MainWindow builds the
// first frame; this wires its parts together: the inputs (InputPanel), the inspection (InspectionRunner) shown in the
// preview (InspectionPreview) and the banner (InspectionBanner), the import (ImportRun) and the windows its menus open
// (WindowDialogs).

#include "MainWindowController.h"
#include "ImportFormFields.h"
#include "InputPanel.h"
#include "InspectionBanner.h"
#include "InspectionPreview.h"
#include "MainWindowKeyboard.h"
#include "ProfileChoice.h"
#include "StatusBanner.h"
#include "WindowDialogs.h"
#include "ui_MainWindow.h"

#include "ui/inspection/InspectionRunner.h"
#include "ui/passphrase/GuiPassphraseProvider.h"

#include "application/ImportService.h"
#include "certificate/ImportPayload.h"

#include <QMetaType>
#include <QTimer>

namespace ccm::ui {

void MainWindowController::attachToEveryWindow()
{
    MainWindow::setBehaviourFactory(&MainWindowController::create, MainWindow::Attach::AtConstruction);
}

std::unique_ptr<MainWindowBehaviour> MainWindowController::create(MainWindow& window, const MainWindow::Parts& parts)
{
    return std::make_unique<MainWindowController>(window, parts);
}

MainWindowController::MainWindowController(MainWindow& window, const MainWindow::Parts& parts)
    : m_window(window)
    , m_ui(parts.ui)
    , m_banner(parts.banner)
    , m_form(parts.form)
    , m_profileChoice(parts.profileChoice)
{
    // MainWindow::importRequested() names these types without defining them (see MainWindow.h): receivers that look
    // its arguments up by name (QSignalSpy, queued connections) find them registered here.
    qRegisterMetaType<Inspection>("ccm::Inspection");
    qRegisterMetaType<ImportForm>("ccm::ImportForm");

    m_inspectionBanner = std::make_unique<InspectionBanner>(m_banner);
    m_dialogs = std::make_unique<WindowDialogs>(&m_window);
    m_import =
        std::make_unique<ImportRun>(&m_window, m_banner, m_ui.statusbar, [this](const QStringList& lines, bool done) {
            Q_EMIT m_window.renewalFinished(lines, done);
        });
    m_passphrases = new GuiPassphraseProvider(&m_window, this);
    m_runner = new InspectionRunner(this);
    m_runner->setPassphraseProvider(m_passphrases);
    m_inputs = std::make_unique<InputPanel>(&m_window, m_ui, *m_passphrases, [this] { inputsChanged(); });
    m_inputs->sources().setLastFolder(parts.lastFolder);
    m_formTimer = new QTimer(this);
    m_formTimer->setSingleShot(true);
    m_formTimer->setInterval(300);
    connectWidgets();
    showEmpty();
}

MainWindowController::~MainWindowController()
{
    // A worker may be waiting for a passphrase answer: decline everything, then let it finish.
    m_passphrases->shutDown();
    m_runner->waitForIdle();
}

void MainWindowController::connectWidgets()
{
    connect(m_ui.actionAbout, &QAction::triggered, this, [this] { m_dialogs->showAbout(); });
    connect(m_ui.actionAddFiles, &QAction::triggered, this, [this] { m_inputs->addFiles(); });
    connect(m_ui.actionPaste, &QAction::triggered, this, [this] { m_inputs->pasteText(); });
    connect(m_ui.actionPasteClipboard, &QAction::triggered, this, [this] { m_inputs->pasteFromClipboard(); });
    connect(m_ui.actionRemove, &QAction::triggered, this, [this] { m_inputs->removeSelected(); });
    connect(m_ui.actionImport, &QAction::triggered, this, &MainWindowController::requestImport);
    connect(m_ui.actionCancelImport, &QAction::triggered, m_ui.cancelImportButton, &QPushButton::click);
    connect(m_ui.actionHelp, &QAction::triggered, this, &MainWindowController::showHelp);
    connect(m_ui.actionClear, &QAction::triggered, this, [this] { m_inputs->clear(); });
    connect(m_ui.addFilesButton, &QPushButton::clicked, this, [this] { m_inputs->addFiles(); });
    connect(m_ui.pasteButton, &QPushButton::clicked, this, [this] { m_inputs->pasteText(); });
    connect(m_ui.removeButton, &QPushButton::clicked, this, [this] { m_inputs->removeSelected(); });
    connect(m_ui.clearButton, &QPushButton::clicked, this, [this] { m_inputs->clear(); });
    connect(m_ui.fileList, &QListWidget::itemSelectionChanged, this, &MainWindowController::updateButtons);
    connect(m_ui.encGroup, &QGroupBox::toggled, this, &MainWindowController::inputsChanged);
    connect(m_ui.encCertBrowseButton, &QPushButton::clicked, this, [this] { m_inputs->browseEncryptionFile(true); });
    connect(m_ui.encKeyBrowseButton, &QPushButton::clicked, this, [this] { m_inputs->browseEncryptionFile(false); });
    connect(m_ui.encCertEdit, &QLineEdit::editingFinished, this, &MainWindowController::inputsChanged);
    connect(m_ui.encKeyEdit, &QLineEdit::editingFinished, this, &MainWindowController::inputsChanged);
    connect(m_ui.nameEdit, &QLineEdit::textChanged, this, &MainWindowController::formEdited);
    connect(m_ui.epidEdit, &QLineEdit::textChanged, this, &MainWindowController::formEdited);
    // "Allow duplicate upload" changes nothing the inspection looks at; it is read when Import is pressed.
    connect(m_formTimer, &QTimer::timeout, this, &MainWindowController::reinspect);
    connect(m_ui.importButton, &QPushButton::clicked, this, &MainWindowController::requestImport);
    connect(m_ui.cancelImportButton, &QPushButton::clicked, this, [this] { m_import->cancel(); });
    connect(m_ui.profileCombo, &QComboBox::currentIndexChanged, this, &MainWindowController::reinspectIfTrustChanged);
    connect(m_ui.actionProfiles, &QAction::triggered, this, &MainWindowController::showProfiles);
    connect(m_ui.profilesButton, &QPushButton::clicked, this, &MainWindowController::showProfiles);
    connect(m_ui.actionHistory, &QAction::triggered, this, &MainWindowController::showHistory);
    connect(m_ui.actionCertificates, &QAction::triggered, this, &MainWindowController::showCertificates);
    // Enabled by the setters once there is something to open.
    m_ui.actionCertificates->setEnabled(false);
    m_ui.actionProfiles->setEnabled(false);
    m_ui.profilesButton->setEnabled(false);
    m_ui.actionHistory->setEnabled(false);
    connect(m_runner, &InspectionRunner::busyChanged, this, [this](bool busy) {
        m_ui.busyBar->setVisible(busy || m_importInProgress);
        updateButtons();
    });
    connect(m_runner, &InspectionRunner::finished, this, &MainWindowController::showInspection);
}

void MainWindowController::setFileChooser(InputSources::FileChooser chooser)
{
    m_inputs->sources().setFileChooser(std::move(chooser));
}

QString MainWindowController::lastFolder() const
{
    return m_inputs->sources().lastFolder();
}

void MainWindowController::setLastFolder(const QString& folder)
{
    m_inputs->sources().setLastFolder(folder);
}

void MainWindowController::showHelp()
{
    m_dialogs->showHelp(MainWindowKeyboard::helpActions(m_ui));
}

void MainWindowController::reinspectIfTrustChanged()
{
    if (hasInputs() && m_profileChoice.trustRoot() != m_inspectedTrustRoot)
        reinspect();
}

void MainWindowController::setImportService(application::ImportService* service)
{
    if (m_import->service())
        disconnect(m_import->service(), nullptr, this, nullptr);
    m_import->setService(service);
    if (!service)
        return;
    connect(service, &application::ImportService::progress, this,
            [this](const QString& message) { m_import->showProgress(message); });
    connect(service, &application::ImportService::finished, this, &MainWindowController::showImportReport);
}

void MainWindowController::setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session)
{
    m_dialogs->setProfileManager(manager, session);
    m_ui.actionProfiles->setEnabled(manager != nullptr);
    m_ui.profilesButton->setEnabled(manager != nullptr);
}

void MainWindowController::setHistoryPath(const QString& path)
{
    m_dialogs->setHistoryPath(path);
    m_ui.actionHistory->setEnabled(!path.isEmpty());
}

void MainWindowController::showProfiles()
{
    m_dialogs->showProfiles(m_profileChoice.currentId(), [this] {
        m_profileChoice.reload();
        reinspectIfTrustChanged();
    });
}

void MainWindowController::setAccountService(application::AccountService* service)
{
    m_import->setAccountService(service);
    m_ui.actionCertificates->setEnabled(service != nullptr);
}

void MainWindowController::setRenewalAsker(ImportRun::RenewalAsker asker)
{
    m_import->setRenewalAsker(std::move(asker));
}

CertificatesWindow* MainWindowController::showCertificates()
{
    application::AccountService* account = m_import->accountService();
    if (!account)
        return nullptr;
    return m_dialogs->showCertificates(*account, m_profileChoice.currentId());
}

void MainWindowController::showHistory()
{
    m_dialogs->showHistory();
}

void MainWindowController::showImportReport(const application::ImportReport& report)
{
    setImportInProgress(false);
    m_import->showReport(report);
}

bool MainWindowController::isInspecting() const
{
    return m_runner->isBusy() || m_formTimer->isActive();
}

bool MainWindowController::hasInputs() const
{
    return !m_inputs->list().isEmpty();
}

void MainWindowController::openFiles(const QStringList& paths)
{
    m_inputs->openFiles(paths);
}

void MainWindowController::addPastedText(const QByteArray& text)
{
    m_inputs->addPastedText(text);
}

void MainWindowController::setEncryptionPair(const QString& certificatePath, const QString& keyPath)
{
    m_inputs->setEncryptionPair(certificatePath, keyPath);
}

void MainWindowController::inputsChanged()
{
    // A declined passphrase may be wanted after all once the inputs change.
    m_passphrases->forgetDeclines();
    m_formTimer->stop();
    reinspect();
}

void MainWindowController::formEdited()
{
    m_form.validate();
    m_inspectionCurrent = false;
    m_formTimer->start();
    updateButtons();
}

void MainWindowController::reinspect()
{
    m_inspectionCurrent = false;
    if (!hasInputs()) {
        showEmpty();
        return;
    }
    InspectionJob job;
    m_inputs->fillJob(job);
    job.form = m_form.form();
    job.trustRootFile = m_profileChoice.trustRoot();
    m_inspectedForm = job.form;
    m_inspectedTrustRoot = job.trustRootFile;
    m_runner->start(std::move(job));
    updateButtons();
}

void MainWindowController::showEmpty()
{
    m_inspection = Inspection();
    m_inspectionCurrent = false;
    m_form.showGeneratedName(QString());
    m_inspectionBanner->showEmpty();
    // Before the preview is built there is nothing to empty: ensurePreview() builds it empty.
    if (m_preview)
        m_preview->showEmpty();
    showFindings({});
    updateButtons();
}

void MainWindowController::finishStartUp()
{
    ensurePreview();
}

void MainWindowController::ensurePreview()
{
    if (m_preview)
        return;
    m_preview = std::make_unique<InspectionPreview>(InspectionPreview::Pages{
        m_ui.previewTabs, m_ui.certificateTab, m_ui.chainTab, m_ui.keyTab, m_ui.encTab, m_ui.findingsGroup});
    m_ui.previewSplitter->show();
}

void MainWindowController::showInspection(const Inspection& inspection)
{
    if (!hasInputs())
        return;
    ensurePreview();
    m_inspection = inspection;
    m_inspectionCurrent = !m_formTimer->isActive();
    m_form.showGeneratedName(inspection.bundle.leaf.isNull() ? QString() : generatedName(inspection.bundle.leaf));
    m_preview->showInspection(inspection, m_ui.encGroup->isChecked());
    showFindings(inspection.findings);

    m_inspectionBanner->show(inspection, m_dialogs->historyPath());
    showInputSummaries();
    m_ui.statusbar->showMessage(tr("Inputs inspected: %1").arg(m_inputs->list().count()), 5000);
    updateButtons();
}

void MainWindowController::showFindings(const QList<Finding>& findings)
{
    if (m_preview)
        m_preview->setFindings(findings);
    m_ui.findingsGroup->setTitle(findings.isEmpty() ? tr("Findings") : tr("Findings (%1)").arg(findings.size()));
}

void MainWindowController::showInputSummaries()
{
    m_inputs->list().showSummaries(m_runner->inputSummaries());
}

void MainWindowController::updateButtons()
{
    const bool busy = m_runner->isBusy() || m_formTimer->isActive();
    const bool editable = !m_importInProgress;
    m_ui.importButton->setEnabled(editable && !busy && m_inspectionCurrent && hasInputs() &&
                                  m_inspection.payloadReady());
    m_ui.removeButton->setEnabled(editable && m_inputs->list().hasSelection());
    m_ui.clearButton->setEnabled(editable && hasInputs());
    m_ui.actionClear->setEnabled(editable && hasInputs());
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui.inputsGroup, m_ui.encGroup, m_ui.formGroup})
        w->setEnabled(editable);
    m_ui.actionAddFiles->setEnabled(editable);
    m_ui.actionPaste->setEnabled(editable);
    m_ui.actionPasteClipboard->setEnabled(editable);
    m_ui.actionRemove->setEnabled(m_ui.removeButton->isEnabled());
    m_ui.actionImport->setEnabled(m_ui.importButton->isEnabled());
}

void MainWindowController::setImportInProgress(bool inProgress)
{
    m_importInProgress = inProgress;
    m_window.setAcceptDrops(!inProgress);
    m_ui.cancelImportButton->setVisible(inProgress && m_import->service());
    m_ui.actionCancelImport->setEnabled(inProgress && m_import->service());
    m_ui.busyBar->setVisible(inProgress || m_runner->isBusy());
    m_ui.profileCombo->setEnabled(!inProgress);
    m_ui.profilesButton->setEnabled(!inProgress && m_dialogs->profileManager());
    m_ui.actionProfiles->setEnabled(!inProgress && m_dialogs->profileManager());
    updateButtons();
}

void MainWindowController::requestImport()
{
    if (!m_inspectionCurrent || !m_inspection.payloadReady() || m_import->isBusy())
        return;
    ImportForm form = m_inspectedForm;
    form.duplicateCheck = m_ui.duplicateCheckBox->isChecked();
    const QString profileId = m_profileChoice.currentId();
    Q_EMIT m_window.importRequested(m_inspection, form, profileId);
    if (!m_import->service())
        return;
    setImportInProgress(true);
    if (!m_import->start(profileId, m_inspection, form))
        setImportInProgress(false);
}

bool MainWindowController::acceptsDrop(const QMimeData* data) const
{
    return !m_importInProgress && !InputSources::localFiles(data).isEmpty();
}

void MainWindowController::drop(const QMimeData* data)
{
    m_inputs->openFiles(InputSources::localFiles(data));
}

bool MainWindowController::mayClose()
{
    return !(m_importInProgress && m_import->service() && !m_import->confirmStop());
}

void MainWindowController::retranslate()
{
    if (m_preview)
        m_preview->retranslate();
}

} // namespace ccm::ui
