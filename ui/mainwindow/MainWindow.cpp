// The main window builds what its first frame shows: the form (ImportFormFields), the banner (StatusBanner), the
// profile choice (ProfileChoice), the keys and screen-reader texts (MainWindowKeyboard) and the saved settings
// (MainWindowSettings). Everything else is its behaviour (MainWindowBehaviour), attached by a factory.

#include "MainWindow.h"
#include "ImportFormFields.h"
#include "MainWindowBehaviour.h"
#include "MainWindowKeyboard.h"
#include "MainWindowSettings.h"
#include "ProfileChoice.h"
#include "StatusBanner.h"
#include "ui_MainWindow.h"

#include "certificate/ImportPayload.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>

#include <algorithm>

namespace ccm::ui {

namespace {

struct BehaviourSource
{
    MainWindow::BehaviourFactory factory;
    MainWindow::Attach when = MainWindow::Attach::AtConstruction;
};

BehaviourSource& behaviourSource()
{
    static BehaviourSource source;
    return source;
}

} // namespace

void MainWindow::setBehaviourFactory(BehaviourFactory factory, Attach when)
{
    behaviourSource() = BehaviourSource{std::move(factory), when};
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    MainWindowKeyboard::setUpKeys(*m_ui);
    m_banner = new StatusBanner(m_ui->bannerLabel, this);
    connect(m_banner, &StatusBanner::announced, this, &MainWindow::announced);
    m_form = std::make_unique<ImportFormFields>(*m_ui);
    MainWindowKeyboard::setUpDescriptions(*m_ui);
    applyPalette();
    m_profileChoice = std::make_unique<ProfileChoice>(m_ui->profileCombo);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        resize(size().expandedTo(QSize(1280, 800)).boundedTo(screen->availableSize()));
    setAcceptDrops(true);

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
    // MainWindowBehaviour::finishStartUp(). Until then the banner keeps its place at the top and the space below it
    // is empty: a stretch takes that space only while the preview is hidden.
    m_ui->previewSplitter->hide();
    m_ui->rightLayout->setStretchFactor(m_ui->previewSplitter, 1);
    m_ui->rightLayout->addStretch(0);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);

    // The first frame as the behaviour leaves it with no inputs: nothing to import, remove or clear yet.
    m_form->validate();
    m_form->showGeneratedName(QString());
    m_banner->showNoInputs();
    for (QWidget* button : {static_cast<QWidget*>(m_ui->importButton), static_cast<QWidget*>(m_ui->removeButton),
                            static_cast<QWidget*>(m_ui->clearButton)})
        button->setEnabled(false);
    for (QAction* action : {m_ui->actionImport, m_ui->actionRemove, m_ui->actionClear})
        action->setEnabled(false);

    if (behaviourSource().when == Attach::AtConstruction)
        attachBehaviour();
}

MainWindow::~MainWindow()
{
    // The behaviour works with the window's parts: it goes first.
    m_behaviour.reset();
}

void MainWindow::attachBehaviour() const
{
    if (m_behaviour)
        return;
    const BehaviourFactory& factory = behaviourSource().factory;
    if (!factory)
        qFatal("MainWindow: no behaviour factory was set (MainWindow::setBehaviourFactory)");
    auto* self = const_cast<MainWindow*>(this);
    const QString folder = m_restoredFolder;
    m_behaviour = factory(*self, Parts{*m_ui, *m_banner, *m_form, *m_profileChoice, folder});
    if (!m_behaviour)
        qFatal("MainWindow: the behaviour factory returned none");
}

MainWindowBehaviour& MainWindow::behaviour() const
{
    attachBehaviour();
    return *m_behaviour;
}

void MainWindow::applyPalette()
{
    m_form->applyPalette(palette());
    m_banner->applyPalette();
}

void MainWindow::setFileChooser(FileChooser chooser)
{
    behaviour().setFileChooser(std::move(chooser));
}

void MainWindow::setSettingsFile(const QString& path)
{
    m_settingsPath = path;
    if (path.isEmpty())
        return;
    m_restoredFolder = MainWindowSettings::restore(path, *this, *m_ui);
    // A behaviour attached later gets the folder with its Parts.
    if (m_behaviour)
        m_behaviour->setLastFolder(m_restoredFolder);
}

void MainWindow::saveWindowState() const
{
    if (!m_settingsPath.isEmpty())
        MainWindowSettings::save(m_settingsPath, *this, *m_ui, lastFolder());
}

QString MainWindow::lastFolder() const
{
    return m_behaviour ? m_behaviour->lastFolder() : m_restoredFolder;
}

void MainWindow::showHelp()
{
    behaviour().showHelp();
}

void MainWindow::setProfileModel(profiles::ProfileListModel* model)
{
    m_profileChoice->setModel(model);
}

QString MainWindow::currentProfileId() const
{
    return m_profileChoice->currentId();
}

bool MainWindow::selectProfile(const QString& id)
{
    return m_profileChoice->select(id);
}

GuiPassphraseProvider* MainWindow::passphraseProvider() const
{
    return behaviour().passphraseProvider();
}

void MainWindow::setImportService(application::ImportService* service)
{
    behaviour().setImportService(service);
}

void MainWindow::setProfileManager(profiles::ProfileManager* manager, profiles::SessionSecretStore* session)
{
    behaviour().setProfileManager(manager, session);
}

void MainWindow::setHistoryPath(const QString& path)
{
    behaviour().setHistoryPath(path);
}

void MainWindow::showProfiles()
{
    behaviour().showProfiles();
}

void MainWindow::setAccountService(application::AccountService* service)
{
    behaviour().setAccountService(service);
}

void MainWindow::setRenewalAsker(RenewalAsker asker)
{
    behaviour().setRenewalAsker(std::move(asker));
}

CertificatesWindow* MainWindow::showCertificates()
{
    return behaviour().showCertificates();
}

void MainWindow::showHistory()
{
    behaviour().showHistory();
}

QString MainWindow::bannerText() const
{
    return m_banner->text();
}

void MainWindow::showImportReport(const application::ImportReport& report)
{
    behaviour().showImportReport(report);
}

const Inspection& MainWindow::inspection() const
{
    return behaviour().inspection();
}

bool MainWindow::isInspecting() const
{
    return behaviour().isInspecting();
}

ImportForm MainWindow::importForm() const
{
    return m_form->form();
}

void MainWindow::openFiles(const QStringList& paths)
{
    behaviour().openFiles(paths);
}

void MainWindow::addPastedText(const QByteArray& text)
{
    behaviour().addPastedText(text);
}

void MainWindow::setEncryptionPair(const QString& certificatePath, const QString& keyPath)
{
    behaviour().setEncryptionPair(certificatePath, keyPath);
}

void MainWindow::setImportInProgress(bool inProgress)
{
    behaviour().setImportInProgress(inProgress);
}

bool MainWindow::isImportInProgress() const
{
    return m_behaviour && m_behaviour->isImportInProgress();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (behaviour().acceptsDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!behaviour().acceptsDrop(event->mimeData()))
        return;
    event->acceptProposedAction();
    behaviour().drop(event->mimeData());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_behaviour && !m_behaviour->mayClose()) {
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
        if (m_behaviour)
            m_behaviour->retranslate();
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
    // What the first frame does not need waits until it is on screen: the behaviour (when it is attached after the
    // first frame) and the preview it builds (the first frame shows the banner above an empty space; the tabs and
    // findings fill it right after), then the SVG window icon (it loads the image plugins), the line edits' clear
    // buttons (an icon each, shown only once there is text to clear) and the banner's selectable text (a text
    // document: see StatusBanner::makeSelectable).
    QTimer::singleShot(0, this, [this] { behaviour().finishStartUp(); });
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
        const bool inputs = m_behaviour && m_behaviour->hasInputs();
        (inputs ? static_cast<QWidget*>(m_ui->fileList) : m_ui->addFilesButton)->setFocus();
    }
}

} // namespace ccm::ui
