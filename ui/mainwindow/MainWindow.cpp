// The main window wires its parts together: the inputs (InputPanel), the form (ImportFormFields), the profile choice
// (ProfileChoice), the inspection (InspectionRunner) shown in the preview (InspectionPreview) and the banner
// (StatusBanner, InspectionBanner), keys and screen-reader texts (MainWindowKeyboard), the saved settings
// (MainWindowSettings), the import (ImportRun) and the windows its menus open (WindowDialogs).

#include "MainWindow.h"
#include "ImportFormFields.h"
#include "InputPanel.h"
#include "InspectionBanner.h"
#include "InspectionPreview.h"
#include "MainWindowKeyboard.h"
#include "MainWindowSettings.h"
#include "ProfileChoice.h"
#include "StatusBanner.h"
#include "WindowDialogs.h"
#include "ui_MainWindow.h"

#include "ui/inspection/InspectionRunner.h"
#include "ui/passphrase/GuiPassphraseProvider.h"

#include "application/ImportService.h"
#include "profiles/ProfileListModel.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMimeData>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace ccm::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    MainWindowKeyboard::setUpKeys(*m_ui);
    m_banner = new StatusBanner(m_ui->bannerLabel, this);
    connect(m_banner, &StatusBanner::announced, this, &MainWindow::announced);
    m_inspectionBanner = std::make_unique<InspectionBanner>(*m_banner);
    m_form = std::make_unique<ImportFormFields>(*m_ui);
    m_dialogs = std::make_unique<WindowDialogs>(this);
    MainWindowKeyboard::setUpDescriptions(*m_ui);
    applyPalette();
    m_profileChoice = std::make_unique<ProfileChoice>(m_ui->profileCombo);
    m_import =
        std::make_unique<ImportRun>(this, *m_banner, m_ui->statusbar, [this](const QStringList& lines, bool done) {
            Q_EMIT renewalFinished(lines, done);
        });
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(size().expandedTo(QSize(1280, 800)).boundedTo(screen->availableSize()));
    setAcceptDrops(true);

    m_passphrases = new GuiPassphraseProvider(this, this);
    m_runner = new InspectionRunner(this);
    m_runner->setPassphraseProvider(m_passphrases);
    m_inputs = std::make_unique<InputPanel>(this, *m_ui, *m_passphrases, [this] { inputsChanged(); });
    m_formTimer = new QTimer(this);
    m_formTimer->setSingleShot(true);
    m_formTimer->setInterval(300);

    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    // The left panel gets what its buttons and translated labels need, at least 440 px; the preview the rest.
    const int leftWidth = std::max(440, m_ui->leftPanel->minimumSizeHint().width() + 8);
    m_ui->mainSplitter->setSizes({leftWidth, std::max(600, width() - leftWidth)});
    m_ui->previewSplitter->setStretchFactor(0, 3);
    m_ui->previewSplitter->setStretchFactor(1, 2);
    m_ui->previewSplitter->setSizes({470, 190});
    m_ui->busyBar->hide();
    // The preview (tabs and findings) joins the window with its contents, right after the first frame: see
    // ensurePreview(). Until then the banner keeps its place at the top and the space below it is empty: a stretch
    // takes that space only while the preview is hidden.
    m_ui->previewSplitter->hide();
    m_ui->rightLayout->setStretchFactor(m_ui->previewSplitter, 1);
    m_ui->rightLayout->addStretch(0);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { m_dialogs->showAbout(); });
    connect(m_ui->actionAddFiles, &QAction::triggered, this, [this] { m_inputs->addFiles(); });
    connect(m_ui->actionPaste, &QAction::triggered, this, [this] { m_inputs->pasteText(); });
    connect(m_ui->actionPasteClipboard, &QAction::triggered, this, [this] { m_inputs->pasteFromClipboard(); });
    connect(m_ui->actionRemove, &QAction::triggered, this, [this] { m_inputs->removeSelected(); });
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::requestImport);
    connect(m_ui->actionCancelImport, &QAction::triggered, m_ui->cancelImportButton, &QPushButton::click);
    connect(m_ui->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionClear, &QAction::triggered, this, [this] { m_inputs->clear(); });
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, [this] { m_inputs->addFiles(); });
    connect(m_ui->pasteButton, &QPushButton::clicked, this, [this] { m_inputs->pasteText(); });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { m_inputs->removeSelected(); });
    connect(m_ui->clearButton, &QPushButton::clicked, this, [this] { m_inputs->clear(); });
    connect(m_ui->fileList, &QListWidget::itemSelectionChanged, this, &MainWindow::updateButtons);
    connect(m_ui->encGroup, &QGroupBox::toggled, this, &MainWindow::inputsChanged);
    connect(m_ui->encCertBrowseButton, &QPushButton::clicked, this, [this] { m_inputs->browseEncryptionFile(true); });
    connect(m_ui->encKeyBrowseButton, &QPushButton::clicked, this, [this] { m_inputs->browseEncryptionFile(false); });
    connect(m_ui->encCertEdit, &QLineEdit::editingFinished, this, &MainWindow::inputsChanged);
    connect(m_ui->encKeyEdit, &QLineEdit::editingFinished, this, &MainWindow::inputsChanged);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &MainWindow::formEdited);
    connect(m_ui->epidEdit, &QLineEdit::textChanged, this, &MainWindow::formEdited);
    // "Allow duplicate upload" changes nothing the inspection looks at; it is read when Import is pressed.
    connect(m_formTimer, &QTimer::timeout, this, &MainWindow::reinspect);
    connect(m_ui->importButton, &QPushButton::clicked, this, &MainWindow::requestImport);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] { m_import->cancel(); });
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &MainWindow::reinspectIfTrustChanged);
    connect(m_ui->actionProfiles, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_ui->profilesButton, &QPushButton::clicked, this, &MainWindow::showProfiles);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_ui->actionCertificates, &QAction::triggered, this, &MainWindow::showCertificates);
    m_ui->actionCertificates->setEnabled(false);
    m_ui->actionProfiles->setEnabled(false);
    m_ui->profilesButton->setEnabled(false);
    m_ui->actionHistory->setEnabled(false);
    connect(m_runner, &InspectionRunner::busyChanged, this, [this](bool busy) {
        m_ui->busyBar->setVisible(busy || m_importInProgress);
        updateButtons();
    });
    connect(m_runner, &InspectionRunner::finished, this, &MainWindow::showInspection);

    m_form->validate();
    showEmpty();
}

void MainWindow::applyPalette()
{
    m_form->applyPalette(palette());
    m_banner->applyPalette();
}

void MainWindow::setFileChooser(FileChooser chooser)
{
    m_inputs->sources().setFileChooser(std::move(chooser));
}

void MainWindow::setSettingsFile(const QString& path)
{
    m_settingsPath = path;
    if (!path.isEmpty())
        m_inputs->sources().setLastFolder(MainWindowSettings::restore(path, *this, *m_ui));
}

void MainWindow::saveWindowState() const
{
    if (!m_settingsPath.isEmpty())
        MainWindowSettings::save(m_settingsPath, *this, *m_ui, lastFolder());
}

QString MainWindow::lastFolder() const
{
    return m_inputs->sources().lastFolder();
}

void MainWindow::showHelp()
{
    m_dialogs->showHelp(MainWindowKeyboard::helpActions(*m_ui));
}

MainWindow::~MainWindow()
{
    // A worker may be waiting for a passphrase answer: decline everything, then let it finish.
    m_passphrases->shutDown();
    m_runner->waitForIdle();
}

void MainWindow::setProfileModel(profiles::ProfileListModel* model)
{
    m_profileChoice->setModel(model);
}

QString MainWindow::currentProfileId() const
{
    return m_profileChoice->currentId();
}

void MainWindow::reinspectIfTrustChanged()
{
    if (hasInputs() && m_profileChoice->trustRoot() != m_inspectedTrustRoot)
        reinspect();
}

bool MainWindow::selectProfile(const QString& id)
{
    return m_profileChoice->select(id);
}

void MainWindow::setImportService(application::ImportService* service)
{
    if (m_import->service())
        disconnect(m_import->service(), nullptr, this, nullptr);
    m_import->setService(service);
    if (!service)
        return;
    connect(service, &application::ImportService::progress, this,
            [this](const QString& message) { m_import->showProgress(message); });
    connect(service, &application::ImportService::finished, this, &MainWindow::showImportReport);
}

void MainWindow::setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session)
{
    m_dialogs->setProfileManager(manager, session);
    m_ui->actionProfiles->setEnabled(manager != nullptr);
    m_ui->profilesButton->setEnabled(manager != nullptr);
}

void MainWindow::setHistoryPath(const QString& path)
{
    m_dialogs->setHistoryPath(path);
    m_ui->actionHistory->setEnabled(!path.isEmpty());
}

void MainWindow::showProfiles()
{
    m_dialogs->showProfiles(currentProfileId(), [this] {
        m_profileChoice->reload();
        reinspectIfTrustChanged();
    });
}

void MainWindow::setAccountService(application::AccountService* service)
{
    m_import->setAccountService(service);
    m_ui->actionCertificates->setEnabled(service != nullptr);
}

void MainWindow::setRenewalAsker(RenewalAsker asker)
{
    m_import->setRenewalAsker(std::move(asker));
}

CertificatesWindow* MainWindow::showCertificates()
{
    application::AccountService* account = m_import->accountService();
    if (!account)
        return nullptr;
    return m_dialogs->showCertificates(*account, currentProfileId());
}

void MainWindow::showHistory()
{
    m_dialogs->showHistory();
}

QString MainWindow::bannerText() const
{
    return m_banner->text();
}

void MainWindow::showImportReport(const application::ImportReport& report)
{
    setImportInProgress(false);
    m_import->showReport(report);
}

bool MainWindow::isInspecting() const
{
    return m_runner->isBusy() || m_formTimer->isActive();
}

ImportForm MainWindow::importForm() const
{
    return m_form->form();
}

bool MainWindow::hasInputs() const
{
    return !m_inputs->list().isEmpty();
}

void MainWindow::openFiles(const QStringList& paths)
{
    m_inputs->openFiles(paths);
}

void MainWindow::addPastedText(const QByteArray& text)
{
    m_inputs->addPastedText(text);
}

void MainWindow::setEncryptionPair(const QString& certificatePath, const QString& keyPath)
{
    m_inputs->setEncryptionPair(certificatePath, keyPath);
}

void MainWindow::inputsChanged()
{
    // A declined passphrase may be wanted after all once the inputs change.
    m_passphrases->forgetDeclines();
    m_formTimer->stop();
    reinspect();
}

void MainWindow::formEdited()
{
    m_form->validate();
    m_inspectionCurrent = false;
    m_formTimer->start();
    updateButtons();
}

void MainWindow::reinspect()
{
    m_inspectionCurrent = false;
    if (!hasInputs()) {
        showEmpty();
        return;
    }
    InspectionJob job;
    m_inputs->fillJob(job);
    job.form = importForm();
    job.trustRootFile = m_profileChoice->trustRoot();
    m_inspectedForm = job.form;
    m_inspectedTrustRoot = job.trustRootFile;
    m_runner->start(std::move(job));
    updateButtons();
}

void MainWindow::showEmpty()
{
    m_inspection = Inspection();
    m_inspectionCurrent = false;
    m_form->showGeneratedName(Certificate());
    m_inspectionBanner->showEmpty();
    // Before the preview is built there is nothing to empty: ensurePreview() builds it empty.
    if (m_preview)
        m_preview->showEmpty();
    showFindings({});
    updateButtons();
}

void MainWindow::ensurePreview()
{
    if (m_preview)
        return;
    m_preview = std::make_unique<InspectionPreview>(InspectionPreview::Pages{
        m_ui->previewTabs, m_ui->certificateTab, m_ui->chainTab, m_ui->keyTab, m_ui->encTab, m_ui->findingsGroup});
    m_ui->previewSplitter->show();
}

void MainWindow::showInspection(const Inspection& inspection)
{
    if (!hasInputs())
        return;
    ensurePreview();
    m_inspection = inspection;
    m_inspectionCurrent = !m_formTimer->isActive();
    m_form->showGeneratedName(inspection.bundle.leaf);
    m_preview->showInspection(inspection, m_ui->encGroup->isChecked());
    showFindings(inspection.findings);

    m_inspectionBanner->show(inspection, m_dialogs->historyPath());
    showInputSummaries();
    m_ui->statusbar->showMessage(tr("Inputs inspected: %1").arg(m_inputs->list().count()), 5000);
    updateButtons();
}

void MainWindow::showFindings(const QList<Finding>& findings)
{
    if (m_preview)
        m_preview->setFindings(findings);
    m_ui->findingsGroup->setTitle(findings.isEmpty() ? tr("Findings") : tr("Findings (%1)").arg(findings.size()));
}

void MainWindow::showInputSummaries()
{
    m_inputs->list().showSummaries(m_runner->inputSummaries());
}

void MainWindow::updateButtons()
{
    const bool busy = m_runner->isBusy() || m_formTimer->isActive();
    const bool editable = !m_importInProgress;
    m_ui->importButton->setEnabled(editable && !busy && m_inspectionCurrent && hasInputs() &&
                                   m_inspection.payloadReady());
    m_ui->removeButton->setEnabled(editable && m_inputs->list().hasSelection());
    m_ui->clearButton->setEnabled(editable && hasInputs());
    m_ui->actionClear->setEnabled(editable && hasInputs());
    for (QWidget* w : std::initializer_list<QWidget*>{m_ui->inputsGroup, m_ui->encGroup, m_ui->formGroup})
        w->setEnabled(editable);
    m_ui->actionAddFiles->setEnabled(editable);
    m_ui->actionPaste->setEnabled(editable);
    m_ui->actionPasteClipboard->setEnabled(editable);
    m_ui->actionRemove->setEnabled(m_ui->removeButton->isEnabled());
    m_ui->actionImport->setEnabled(m_ui->importButton->isEnabled());
}

void MainWindow::setImportInProgress(bool inProgress)
{
    m_importInProgress = inProgress;
    setAcceptDrops(!inProgress);
    m_ui->cancelImportButton->setVisible(inProgress && m_import->service());
    m_ui->actionCancelImport->setEnabled(inProgress && m_import->service());
    m_ui->busyBar->setVisible(inProgress || m_runner->isBusy());
    m_ui->profileCombo->setEnabled(!inProgress);
    m_ui->profilesButton->setEnabled(!inProgress && m_dialogs->profileManager());
    m_ui->actionProfiles->setEnabled(!inProgress && m_dialogs->profileManager());
    updateButtons();
}

void MainWindow::requestImport()
{
    if (!m_inspectionCurrent || !m_inspection.payloadReady() || m_import->isBusy())
        return;
    ImportForm form = m_inspectedForm;
    form.duplicateCheck = m_ui->duplicateCheckBox->isChecked();
    const QString profileId = currentProfileId();
    Q_EMIT importRequested(m_inspection, form, profileId);
    if (!m_import->service())
        return;
    setImportInProgress(true);
    if (!m_import->start(profileId, m_inspection, form))
        setImportInProgress(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!InputSources::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QStringList paths = InputSources::localFiles(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_inputs->openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importInProgress && m_import->service() && !m_import->confirmStop()) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_preview)
            m_preview->retranslate();
    }
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QMainWindow::changeEvent(event);
}

void MainWindow::paintEvent(QPaintEvent* event)
{
    QMainWindow::paintEvent(event);
    if (m_startUpFinished)
        return;
    m_startUpFinished = true;
    // What the first frame does not need waits until it is on screen: the preview (the first frame shows the banner
    // above an empty space; the tabs and findings fill it right after), then the SVG window icon (it loads the image
    // plugins), the line edits' clear buttons (an icon each, shown only once there is text to clear) and the
    // banner's selectable text (a text document: see StatusBanner::makeSelectable).
    QTimer::singleShot(0, this, &MainWindow::ensurePreview);
    QTimer::singleShot(0, this, [this] {
        setWindowIcon(QIcon(QStringLiteral(":/icons/ccm-importer.svg")));
        m_form->enableClearButtons();
        m_banner->makeSelectable();
    });
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_focusSet) {
        // Something useful has the focus from the start: adding the inputs, or the inputs opened with the window.
        m_focusSet = true;
        (hasInputs() ? static_cast<QWidget*>(m_ui->fileList) : m_ui->addFilesButton)->setFocus();
    }
}

} // namespace ccm::ui
