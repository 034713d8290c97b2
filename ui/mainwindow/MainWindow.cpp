// The main window: it wires the inputs (InputList), the form, the profile choice, the preview (InspectionPreview),
// the banner, keyboard, accessibility, saved settings and the import (ImportService, worded by
// cloud::describeImportReport). Longer than 500 lines because that wiring is one job: each piece it shows lives in
// its own class.

#include "MainWindow.h"
#include "InputList.h"
#include "InspectionPreview.h"
#include "ui_MainWindow.h"

#include "ui/certificates/CertificatesWindow.h"
#include "ui/certificates/RenewalDialog.h"
#include "ui/common/PlainText.h"
#include "ui/help/HelpDialog.h"
#include "ui/history/HistoryDialog.h"
#include "ui/inspection/InspectionRunner.h"
#include "ui/passphrase/GuiPassphraseProvider.h"
#include "ui/pastetext/PasteTextDialog.h"
#include "ui/profiles/ProfilesDialog.h"

#include "application/AccountService.h"
#include "application/ImportReportText.h"
#include "application/ImportService.h"
#include "certificate/Validator.h"
#include "common/Version.h"
#include "history/ImportHistory.h"
#include "profiles/ProfileListModel.h"

#include <QAccessible>
#include <QClipboard>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStyle>
#include <QTimer>
#include <QUrl>

#include <algorithm>

namespace ccm::ui {

namespace {

const QColor kReadyAccent(0x2e, 0x7d, 0x32);
const QColor kProblemAccent(0xc6, 0x28, 0x28);

/// `a` moved towards `b` by `amount` (0..1).
QColor mix(const QColor& a, const QColor& b, double amount)
{
    const auto channel = [amount](int x, int y) { return int(x + (y - x) * amount + 0.5); };
    return QColor(channel(a.red(), b.red()), channel(a.green(), b.green()), channel(a.blue(), b.blue()));
}

/// Text in an accent colour that stays readable on the palette's base, light or dark.
QColor accentText(const QPalette& palette, const QColor& accent)
{
    return mix(palette.color(QPalette::Text), accent, 0.6);
}

/// The banner's colours: the palette's alternate base when neutral, else the accent over the base, with accent text.
/// Set through the palette, not a style sheet, so the window starts without QStyleSheetStyle.
QPalette bannerPalette(const QPalette& palette, const QColor* accent)
{
    QPalette banner = palette;
    if (!accent) {
        banner.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
        banner.setColor(QPalette::WindowText, palette.color(QPalette::Text));
    } else {
        banner.setColor(QPalette::Window, mix(palette.color(QPalette::Base), *accent, 0.18));
        banner.setColor(QPalette::WindowText, accentText(palette, *accent));
    }
    return banner;
}

/// Keys from the platform's standard binding, or `fallback` where the platform has none.
QList<QKeySequence> standardOr(QKeySequence::StandardKey key, const QKeySequence& fallback)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    if (keys.isEmpty())
        keys.append(fallback);
    return keys;
}

QString fileFilters()
{
    return MainWindow::tr("Certificates and keys (*.pem *.crt *.cer *.der *.key *.p7b *.p7c *.pfx *.p12)") +
           QStringLiteral(";;") + MainWindow::tr("All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    m_inputs = std::make_unique<InputList>(m_ui->fileList);
    setUpKeyboard();
    setUpAccessibility();
    applyPalette();
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(size().expandedTo(QSize(1280, 800)).boundedTo(screen->availableSize()));
    setAcceptDrops(true);

    m_passphrases = new GuiPassphraseProvider(this, this);
    m_runner = new InspectionRunner(this);
    m_runner->setPassphraseProvider(m_passphrases);
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
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAddFiles, &QAction::triggered, this, &MainWindow::addFiles);
    connect(m_ui->actionPaste, &QAction::triggered, this, &MainWindow::pasteText);
    connect(m_ui->actionPasteClipboard, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    connect(m_ui->actionRemove, &QAction::triggered, this, &MainWindow::removeSelected);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::requestImport);
    connect(m_ui->actionCancelImport, &QAction::triggered, m_ui->cancelImportButton, &QPushButton::click);
    connect(m_ui->actionHelp, &QAction::triggered, this, &MainWindow::showHelp);
    connect(m_ui->actionClear, &QAction::triggered, this, &MainWindow::clearInputs);
    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &MainWindow::addFiles);
    connect(m_ui->pasteButton, &QPushButton::clicked, this, &MainWindow::pasteText);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &MainWindow::removeSelected);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &MainWindow::clearInputs);
    connect(m_ui->fileList, &QListWidget::itemSelectionChanged, this, &MainWindow::updateButtons);
    connect(m_ui->encGroup, &QGroupBox::toggled, this, &MainWindow::inputsChanged);
    connect(m_ui->encCertBrowseButton, &QPushButton::clicked, this, [this] { browseEncFile(true); });
    connect(m_ui->encKeyBrowseButton, &QPushButton::clicked, this, [this] { browseEncFile(false); });
    connect(m_ui->encCertEdit, &QLineEdit::editingFinished, this, &MainWindow::inputsChanged);
    connect(m_ui->encKeyEdit, &QLineEdit::editingFinished, this, &MainWindow::inputsChanged);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &MainWindow::formEdited);
    connect(m_ui->epidEdit, &QLineEdit::textChanged, this, &MainWindow::formEdited);
    // "Allow duplicate upload" changes nothing the inspection looks at; it is read when Import is pressed.
    connect(m_formTimer, &QTimer::timeout, this, &MainWindow::reinspect);
    connect(m_ui->importButton, &QPushButton::clicked, this, &MainWindow::requestImport);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, [this] {
        if (m_importer)
            m_importer->cancel();
    });
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

    validateFormLive();
    showEmpty();
}

void MainWindow::setUpKeyboard()
{
    // The platform's standard keys where there is one (QKeySequence::StandardKey).
    m_ui->actionAddFiles->setShortcuts(QKeySequence::Open);
    m_ui->actionPaste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_ui->actionQuit->setShortcuts(standardOr(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    m_ui->actionHelp->setShortcuts(standardOr(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    m_ui->actionProfiles->setShortcuts(standardOr(QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)));
    m_ui->actionHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_ui->actionCertificates->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->actionImport->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_ui->actionCancelImport->setShortcut(QKeySequence(Qt::Key_Escape));
    m_ui->actionCancelImport->setEnabled(false);
    // Paste and Delete act on the input list only: elsewhere they belong to the text fields.
    m_ui->actionPasteClipboard->setShortcuts(QKeySequence::Paste);
    m_ui->actionPasteClipboard->setShortcutContext(Qt::WidgetShortcut);
    m_ui->actionRemove->setShortcuts(QKeySequence::Delete);
    m_ui->actionRemove->setShortcutContext(Qt::WidgetShortcut);
    m_ui->fileList->addAction(m_ui->actionPasteClipboard);
    m_ui->fileList->addAction(m_ui->actionRemove);
    m_ui->fileList->setContextMenuPolicy(Qt::ActionsContextMenu);
    // Long rows are elided in the middle (the file name stays visible); the tooltip has the whole text.
    m_ui->fileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // Top to bottom, left panel first, then the preview.
    const QList<QWidget*> order{
        m_ui->addFilesButton,     m_ui->pasteButton,        m_ui->fileList,          m_ui->removeButton,
        m_ui->clearButton,        m_ui->encGroup,           m_ui->encCertEdit,       m_ui->encCertBrowseButton,
        m_ui->encKeyEdit,         m_ui->encKeyBrowseButton, m_ui->profileCombo,      m_ui->profilesButton,
        m_ui->nameEdit,           m_ui->epidEdit,           m_ui->duplicateCheckBox, m_ui->importButton,
        m_ui->cancelImportButton, m_ui->bannerLabel,        m_ui->previewTabs};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    // The banner takes the focus and its text becomes selectable right after the first frame (see paintEvent): a
    // focusable or selectable label lays its text out as a text document, which the first frame does not need.
    m_ui->bannerLabel->setAutoFillBackground(true);
    m_ui->bannerLabel->setMargin(8);
}

void MainWindow::setUpAccessibility()
{
    m_ui->bannerLabel->setAccessibleDescription(tr("Status of the inputs and of the last import"));
    m_ui->busyBar->setAccessibleDescription(tr("Shown while the inputs are inspected or an import runs"));
    m_ui->fileList->setAccessibleDescription(
        tr("Each row says what the file or pasted text holds. Delete removes the selected rows, Paste adds "
           "text from the clipboard."));
    m_ui->importButton->setAccessibleDescription(tr("Sends the certificate to the chosen profile (Ctrl+Return)"));
}

void MainWindow::applyPalette()
{
    const QPalette& current = palette();
    for (QLabel* label : {m_ui->nameStatusLabel, m_ui->epidStatusLabel}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, accentText(current, kProblemAccent));
        label->setPalette(p);
    }
    const QColor* accent = nullptr;
    if (m_bannerKind == BannerKind::Ready)
        accent = &kReadyAccent;
    else if (m_bannerKind == BannerKind::Problem)
        accent = &kProblemAccent;
    m_ui->bannerLabel->setPalette(bannerPalette(current, accent));
    QFont font = m_ui->bannerLabel->font();
    font.setBold(accent != nullptr);
    m_ui->bannerLabel->setFont(font);
}

void MainWindow::setFileChooser(FileChooser chooser)
{
    m_chooseFiles = std::move(chooser);
}

void MainWindow::setSettingsFile(const QString& path)
{
    m_settingsPath = path;
    if (path.isEmpty())
        return;
    const QSettings settings(path, QSettings::IniFormat);
    if (settings.contains(QStringLiteral("window/geometry")))
        restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (settings.contains(QStringLiteral("window/mainSplitter")))
        m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    if (settings.contains(QStringLiteral("window/previewSplitter")))
        m_ui->previewSplitter->restoreState(settings.value(QStringLiteral("window/previewSplitter")).toByteArray());
    const int tab = settings.value(QStringLiteral("window/previewTab"), 0).toInt();
    if (tab >= 0 && tab < m_ui->previewTabs->count())
        m_ui->previewTabs->setCurrentIndex(tab);
    m_lastFolder = settings.value(QStringLiteral("files/lastFolder")).toString();
}

void MainWindow::saveWindowState() const
{
    if (m_settingsPath.isEmpty())
        return;
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/previewSplitter"), m_ui->previewSplitter->saveState());
    settings.setValue(QStringLiteral("window/previewTab"), m_ui->previewTabs->currentIndex());
    settings.setValue(QStringLiteral("files/lastFolder"), m_lastFolder);
}

void MainWindow::showHelp()
{
    HelpDialog dialog({m_ui->actionAddFiles, m_ui->actionPaste, m_ui->actionPasteClipboard, m_ui->actionRemove,
                       m_ui->actionImport, m_ui->actionCancelImport, m_ui->actionProfiles, m_ui->actionHistory,
                       m_ui->actionCertificates, m_ui->actionHelp, m_ui->actionQuit},
                      this);
    dialog.exec();
}

MainWindow::~MainWindow()
{
    // A worker may be waiting for a passphrase answer: decline everything, then let it finish.
    m_passphrases->shutDown();
    m_runner->waitForIdle();
}

void MainWindow::setProfileModel(profiles::ProfileListModel* model)
{
    m_profiles = model;
    m_ui->profileCombo->setModel(model);
    if (!model)
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(profiles::ProfileListModel::DefaultRole).toBool()) {
            m_ui->profileCombo->setCurrentIndex(row);
            break;
        }
    }
}

QString MainWindow::currentProfileId() const
{
    if (!m_profiles || m_ui->profileCombo->currentIndex() < 0)
        return {};
    return m_ui->profileCombo->currentData(profiles::ProfileListModel::IdRole).toString();
}

QString MainWindow::currentTrustRoot() const
{
    const int row = m_ui->profileCombo->currentIndex();
    return m_profiles && row >= 0 ? m_profiles->profileAt(row).trustRootFile : QString();
}

void MainWindow::reinspectIfTrustChanged()
{
    if (hasInputs() && currentTrustRoot() != m_inspectedTrustRoot)
        reinspect();
}

bool MainWindow::selectProfile(const QString& id)
{
    const int row = m_profiles ? m_profiles->rowOf(id) : -1;
    if (row >= 0)
        m_ui->profileCombo->setCurrentIndex(row);
    return row >= 0;
}

void MainWindow::setImportService(cloud::ImportService* service)
{
    if (m_importer)
        disconnect(m_importer, nullptr, this, nullptr);
    m_importer = service;
    if (!service)
        return;
    connect(service, &cloud::ImportService::progress, this, [this](const QString& message) {
        setBanner(message, BannerKind::Neutral);
        m_ui->statusbar->showMessage(message);
    });
    connect(service, &cloud::ImportService::finished, this, &MainWindow::showImportReport);
}

void MainWindow::setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session)
{
    m_profileManager = manager;
    m_sessionSecrets = session;
    m_ui->actionProfiles->setEnabled(manager != nullptr);
    m_ui->profilesButton->setEnabled(manager != nullptr);
}

void MainWindow::setHistoryPath(const QString& path)
{
    m_historyPath = path;
    m_ui->actionHistory->setEnabled(!path.isEmpty());
}

void MainWindow::showProfiles()
{
    if (!m_profileManager)
        return;
    const QString selected = currentProfileId();
    ProfilesDialog dialog(*m_profileManager, m_sessionSecrets, this);
    dialog.selectProfile(selected);
    connect(&dialog, &ProfilesDialog::profilesChanged, this, [this] {
        const QString keep = currentProfileId();
        if (m_profiles)
            m_profiles->reload();
        if (!selectProfile(keep) && m_profiles)
            setProfileModel(m_profiles); // the chosen one is gone: fall back to the default
        reinspectIfTrustChanged();
    });
    dialog.exec();
}

void MainWindow::setAccountService(cloud::AccountService* service)
{
    m_account = service;
    m_ui->actionCertificates->setEnabled(service != nullptr);
}

void MainWindow::setRenewalAsker(RenewalAsker asker)
{
    m_askRenewal = std::move(asker);
}

CertificatesWindow* MainWindow::showCertificates()
{
    if (!m_account)
        return nullptr;
    const QString profileId = currentProfileId();
    if (m_certificates && m_certificates->property("profileId").toString() == profileId) {
        m_certificates->raise();
        m_certificates->activateWindow();
        return m_certificates;
    }
    if (m_certificates)
        m_certificates->close();
    auto* window = new CertificatesWindow(*m_account, profileId, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setProperty("profileId", profileId);
    m_certificates = window;
    window->show();
    return window;
}

void MainWindow::offerRenewal(const cloud::ImportReport& report)
{
    if (!m_account || report.error || report.renews.isEmpty())
        return;
    cloud::RenewalPlan proposal;
    proposal.certificateId = report.result.certificateId;
    proposal.certificateName = report.certificateName;
    proposal.renewed = report.renews;
    proposal.pushes = m_account->previousPushTargets(report.renews);
    std::optional<cloud::RenewalPlan> plan;
    if (m_askRenewal) {
        plan = m_askRenewal(this, proposal);
    } else {
        RenewalDialog dialog(proposal, this);
        if (dialog.exec() == QDialog::Accepted)
            plan = dialog.plan();
    }
    if (!plan || (plan->pushes.isEmpty() && !plan->deleteRenewed))
        return;
    m_ui->statusbar->showMessage(tr("Carrying out the renewal…"));
    m_account->applyRenewal(report.profileId, *plan, this, [this](const QStringList& lines, bool allDone) {
        setBanner(bannerText() + QLatin1Char('\n') + lines.join(QLatin1Char('\n')),
                  allDone ? BannerKind::Ready : BannerKind::Problem);
        announceBanner(true);
        m_ui->statusbar->showMessage(allDone ? tr("Renewal finished.") : tr("Renewal finished with problems."), 10000);
        Q_EMIT renewalFinished(lines, allDone);
    });
}

void MainWindow::showHistory()
{
    if (m_historyPath.isEmpty())
        return;
    HistoryDialog dialog(m_historyPath, this);
    dialog.exec();
}

QString MainWindow::previousImportNote(const Inspection& inspection)
{
    if (m_historyPath.isEmpty() || inspection.bundle.leaf.isNull())
        return {};
    const auto earlier = history::lastImportOf(inspection.leafDetails.sha256, m_historyPath);
    if (!earlier)
        return {};
    return QLatin1Char('\n') + tr("Imported before: %1 into \"%2\" as %3.")
                                   .arg(QLocale().toString(earlier->time.toLocalTime(), QLocale::ShortFormat),
                                        earlier->profileName, earlier->certificateId);
}

QString MainWindow::bannerText() const
{
    return m_ui->bannerLabel->text();
}

void MainWindow::showImportReport(const cloud::ImportReport& report)
{
    setImportInProgress(false);
    const cloud::ImportReportText wording = cloud::describeImportReport(report);
    const bool ok = wording.ok;
    const QString& text = wording.text;
    const QString& tip = wording.detail;
    setBanner(text, ok ? BannerKind::Ready : BannerKind::Problem);
    m_ui->bannerLabel->setToolTip(plainToolTip(tip));
    announceBanner(true);
    m_ui->statusbar->showMessage(ok ? tr("Import finished.") : tr("Import failed."), 10000);
    if (ok && !report.renews.isEmpty() && m_account) {
        // After the banner is shown: the offer is a dialog of its own.
        QMetaObject::invokeMethod(
            this, [this, report] { offerRenewal(report); }, Qt::QueuedConnection);
    }
}

bool MainWindow::isInspecting() const
{
    return m_runner->isBusy() || m_formTimer->isActive();
}

ImportForm MainWindow::importForm() const
{
    ImportForm form;
    form.name = m_ui->nameEdit->text();
    form.enterpriseProjectId = m_ui->epidEdit->text();
    form.duplicateCheck = m_ui->duplicateCheckBox->isChecked();
    return form;
}

bool MainWindow::hasInputs() const
{
    return !m_inputs->isEmpty();
}

void MainWindow::openFiles(const QStringList& paths)
{
    const QStringList added = m_inputs->addFiles(paths);
    if (!added.isEmpty()) {
        m_lastFolder = QFileInfo(added.last()).absolutePath();
        m_ui->statusbar->showMessage(tr("Files added: %1").arg(added.size()), 5000);
        inputsChanged();
    }
}

void MainWindow::addPastedText(const QByteArray& text)
{
    if (m_inputs->addPastedText(text))
        inputsChanged();
}

void MainWindow::setEncryptionPair(const QString& certificatePath, const QString& keyPath)
{
    const QSignalBlocker blocker(m_ui->encGroup);
    m_ui->encCertEdit->setText(certificatePath);
    m_ui->encKeyEdit->setText(keyPath);
    m_ui->encGroup->setChecked(!certificatePath.isEmpty() || !keyPath.isEmpty());
    inputsChanged();
}

void MainWindow::addFiles()
{
    const QString caption = tr("Add certificate, chain or key files");
    const QStringList paths = m_chooseFiles ? m_chooseFiles(this, caption, m_lastFolder, fileFilters())
                                            : QFileDialog::getOpenFileNames(this, caption, m_lastFolder, fileFilters());
    openFiles(paths);
}

void MainWindow::pasteText()
{
    PasteTextDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        QByteArray pasted = dialog.takeText();
        addPastedText(pasted);
        wipe(pasted);
    }
}

void MainWindow::pasteFromClipboard()
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    QStringList paths;
    if (mime) {
        const auto urls = mime->urls();
        for (const QUrl& url : urls) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
    }
    if (!paths.isEmpty())
        openFiles(paths);
    else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty())
        addPastedText(mime->text().toUtf8());
    else
        m_ui->statusbar->showMessage(tr("The clipboard holds no text or files."), 5000);
}

void MainWindow::removeSelected()
{
    if (!m_inputs->removeSelected())
        return;
    m_passphrases->forget();
    inputsChanged();
}

void MainWindow::clearInputs()
{
    m_inputs->clear();
    m_passphrases->forget();
    inputsChanged();
}

void MainWindow::browseEncFile(bool certificate)
{
    const QString path = QFileDialog::getOpenFileName(
        this, certificate ? tr("Choose the SM2 encryption certificate") : tr("Choose the SM2 encryption key"),
        m_lastFolder, fileFilters());
    if (path.isEmpty())
        return;
    m_lastFolder = QFileInfo(path).absolutePath();
    (certificate ? m_ui->encCertEdit : m_ui->encKeyEdit)->setText(path);
    inputsChanged();
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
    validateFormLive();
    m_inspectionCurrent = false;
    m_formTimer->start();
    updateButtons();
}

void MainWindow::validateFormLive()
{
    const auto show = [](QLineEdit* edit, QLabel* label, const QList<Finding>& findings) {
        QStringList messages;
        for (const auto& f : findings)
            messages.append(f.message);
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
        // Word-wrapped labels inside a form do not always get their height-for-width; reserve it.
        label->setMinimumHeight(messages.isEmpty() ? 0 : label->heightForWidth(std::max(edit->width(), 200)));
        edit->setAccessibleDescription(label->text());
    };
    show(m_ui->nameEdit, m_ui->nameStatusLabel, Validator::checkName(m_ui->nameEdit->text()));
    show(m_ui->epidEdit, m_ui->epidStatusLabel, Validator::checkEnterpriseProjectId(m_ui->epidEdit->text()));
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
    if (m_ui->encGroup->isChecked()) {
        for (QLineEdit* edit : {m_ui->encCertEdit, m_ui->encKeyEdit}) {
            if (!edit->text().trimmed().isEmpty())
                job.encFiles.append(edit->text().trimmed());
        }
    }
    job.form = importForm();
    job.trustRootFile = currentTrustRoot();
    m_inspectedForm = job.form;
    m_inspectedTrustRoot = job.trustRootFile;
    m_runner->start(std::move(job));
    updateButtons();
}

void MainWindow::showEmpty()
{
    m_inspection = Inspection();
    m_inspectionCurrent = false;
    m_ui->nameEdit->setPlaceholderText(tr("Generated from the certificate"));
    setBanner(tr("Add the certificate, its chain and the private key: as files, by dropping them onto this window, "
                 "or as pasted text."),
              BannerKind::Neutral);
    m_errorCodes.clear();
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
    const auto& bundle = inspection.bundle;

    m_ui->nameEdit->setPlaceholderText(bundle.leaf.isNull() ? tr("Generated from the certificate")
                                                            : generatedName(bundle.leaf));
    m_preview->showInspection(inspection, m_ui->encGroup->isChecked());
    showFindings(inspection.findings);

    const int errors = int(std::count_if(inspection.findings.cbegin(), inspection.findings.cend(),
                                         [](const Finding& f) { return f.isError(); }));
    if (inspection.payloadReady())
        setBanner(tr("Ready to import as \"%1\"").arg(inspection.fields.name) + previousImportNote(inspection),
                  BannerKind::Ready);
    else
        setBanner(tr("Problems to fix before import: %1").arg(std::max(errors, 1)), BannerKind::Problem);
    // Errors that were not there before are announced; the same ones again after an edit are not.
    QStringList errorCodes;
    for (const Finding& f : inspection.findings) {
        if (f.isError())
            errorCodes.append(f.code + QLatin1Char('|') + f.source);
    }
    const bool newErrors = std::any_of(errorCodes.cbegin(), errorCodes.cend(),
                                       [this](const QString& code) { return !m_errorCodes.contains(code); });
    m_errorCodes = errorCodes;
    if (newErrors)
        announceBanner(true);
    showInputSummaries();
    m_ui->statusbar->showMessage(tr("Inputs inspected: %1").arg(m_inputs->count()), 5000);
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
    m_inputs->showSummaries(m_runner->inputSummaries());
}

void MainWindow::setBanner(const QString& text, BannerKind kind)
{
    const bool changed = m_ui->bannerLabel->text() != text;
    m_bannerKind = kind;
    m_ui->bannerLabel->setText(text);
    applyPalette();
    m_ui->bannerLabel->setToolTip(QString());
    if (changed)
        announceBanner(false);
}

void MainWindow::announceBanner(bool alert)
{
    // The label's accessible name is its text: a name change makes screen readers read it again.
    QAccessibleEvent nameChanged(m_ui->bannerLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&nameChanged);
    if (alert) {
        QAccessibleEvent event(m_ui->bannerLabel, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
    Q_EMIT announced(m_ui->bannerLabel->text(), alert);
}

void MainWindow::updateButtons()
{
    const bool busy = m_runner->isBusy() || m_formTimer->isActive();
    const bool editable = !m_importInProgress;
    m_ui->importButton->setEnabled(editable && !busy && m_inspectionCurrent && hasInputs() &&
                                   m_inspection.payloadReady());
    m_ui->removeButton->setEnabled(editable && m_inputs->hasSelection());
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
    m_ui->cancelImportButton->setVisible(inProgress && m_importer);
    m_ui->actionCancelImport->setEnabled(inProgress && m_importer);
    m_ui->busyBar->setVisible(inProgress || m_runner->isBusy());
    m_ui->profileCombo->setEnabled(!inProgress);
    m_ui->profilesButton->setEnabled(!inProgress && m_profileManager);
    m_ui->actionProfiles->setEnabled(!inProgress && m_profileManager);
    updateButtons();
}

void MainWindow::requestImport()
{
    if (!m_inspectionCurrent || !m_inspection.payloadReady() || (m_importer && m_importer->isBusy()))
        return;
    ImportForm form = m_inspectedForm;
    form.duplicateCheck = m_ui->duplicateCheckBox->isChecked();
    const QString profileId = currentProfileId();
    Q_EMIT importRequested(m_inspection, form, profileId);
    if (!m_importer)
        return;
    setImportInProgress(true);
    if (!m_importer->start(profileId, m_inspection, form, *form.duplicateCheck))
        setImportInProgress(false);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl& url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    const auto urls = event->mimeData()->urls();
    for (const QUrl& url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openFiles(paths);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importInProgress && m_importer) {
        const auto answer = QMessageBox::question(
            this, tr("Import in progress"),
            tr("An import is still running. Stop it and quit?\n\nIf the request has already reached the service, "
               "the certificate may be imported anyway; importing again later finds that copy instead of adding "
               "another."),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importer->cancel();
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
    // banner's selectable text (a text document; setting the flags resets the focus policy).
    QTimer::singleShot(0, this, &MainWindow::ensurePreview);
    QTimer::singleShot(0, this, [this] {
        setWindowIcon(QIcon(QStringLiteral(":/icons/ccm-importer.svg")));
        m_ui->nameEdit->setClearButtonEnabled(true);
        m_ui->epidEdit->setClearButtonEnabled(true);
        m_ui->bannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_ui->bannerLabel->setFocusPolicy(Qt::StrongFocus);
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About CCM Importer"),
                       tr("CCM Importer %1\nImports TLS certificates into Huawei Cloud Certificate Manager.\n\n"
                          "Certificates are checked on this computer before anything is sent.")
                           .arg(versionString()));
}

} // namespace ccm::ui
