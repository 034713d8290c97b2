// The main window as a desktop application: what each input row says, keyboard shortcuts and mnemonics, focus,
// remembered window state, palette colours and what screen readers are told.
#include "TestData.h"

#include "ui/help/HelpDialog.h"
#include "ui/mainwindow/MainWindowController.h"
#include "ui/pastetext/PasteTextDialog.h"

#include "profiles/MemorySecretStore.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using ccm::test::dataPath;
using ccm::ui::MainWindow;

namespace {

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

QListWidget* inputList(const MainWindow& window)
{
    return child<QListWidget>(window, "fileList");
}

/// The row whose text ends with "— name".
QListWidgetItem* row(const MainWindow& window, const QString& name)
{
    QListWidget* list = inputList(window);
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().endsWith(QStringLiteral(" — ") + name))
            return list->item(i);
    }
    return nullptr;
}

/// The letter after '&' in a text ("&Import", "导入(&I)"); null when it has none.
QChar mnemonic(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("&([^&])"));
    const auto match = pattern.match(text);
    return match.hasMatch() ? match.captured(1).at(0).toLower() : QChar();
}

/// Closes the next modal dialog with Escape once it shows and has the focus; its class name goes to `seen`, the
/// class of its focused widget to `focus`. Polls from the dialog's own event loop.
void closeNextDialog(QString* seen, QString* focus)
{
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, seen, focus] {
        QWidget* dialog = QApplication::activeModalWidget();
        QWidget* focused = QApplication::focusWidget();
        if (!dialog || !focused || focused->window() != dialog)
            return;
        poll->stop();
        poll->deleteLater();
        *seen = QString::fromLatin1(dialog->metaObject()->className());
        *focus = QString::fromLatin1(focused->metaObject()->className());
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    poll->start();
}

} // namespace

class TestMainWindowDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void inputRowsSayWhatTheyHold_data();
    void inputRowsSayWhatTheyHold();
    void rowTooltipEscapesFileText();
    void openShortcutUsesTheChooserAndLastFolder();
    void deleteAndPasteActOnTheList();
    void shortcutsOpenDialogs_data();
    void shortcutsOpenDialogs();
    void mnemonicsAreUnique();
    void focusStartsOnAddFiles();
    void windowStateIsRestored();
    void bannerColoursFollowThePalette();
    void newErrorsAreAnnounced();
    void previewFillsInAfterTheFirstFrame_data();
    void previewFillsInAfterTheFirstFrame();
    void bannerTakesFocusAndSelectionOnceShown();
    void behaviourAttachedLaterChangesNoPixel();
    void behaviourAttachedOnFirstUse();
};

void TestMainWindowDesktop::initTestCase()
{
    // Every window gets its behaviour at once, as in one program (ccm-importer loads it as a module instead).
    ccm::ui::MainWindowController::attachToEveryWindow();
}

void TestMainWindowDesktop::inputRowsSayWhatTheyHold_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addRow("leaf") << "rsa/leaf.pem"
                          << "certificate: www.example.test (leaf)";
    QTest::addRow("intermediate") << "rsa/inter-b.pem"
                                  << "intermediate: CCM Test Intermediate B";
    QTest::addRow("root") << "rsa/root.pem"
                          << "root: CCM Test Root R1 (left out)";
    QTest::addRow("key") << "rsa/leaf.key"
                         << "RSA 2048 private key";
    QTest::addRow("pkcs12") << "rsa/leaf-nopass.pfx"
                            << "PKCS#12: 3 certificates + key";
    QTest::addRow("unreadable") << "rsa/junk.bin"
                                << "unreadable: junk.bin is not a certificate";
}

void TestMainWindowDesktop::inputRowsSayWhatTheyHold()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    MainWindow window;
    const QStringList names{QStringLiteral("rsa/leaf.pem"), QStringLiteral("rsa/inter-b.pem"),
                            QStringLiteral("rsa/inter-a.pem"), QStringLiteral("rsa/root.pem"),
                            QStringLiteral("rsa/leaf.key")};
    QStringList paths;
    for (const QString& name : names)
        paths.append(dataPath(name));
    if (!names.contains(file))
        paths.append(dataPath(file));
    window.openFiles(paths);
    QTRY_VERIFY(!window.isInspecting());
    QListWidgetItem* item = row(window, QFileInfo(file).fileName());
    QVERIFY2(item, qPrintable(inputList(window)->item(0)->text()));
    QVERIFY2(item->text().startsWith(text), qPrintable(item->text()));
    QVERIFY(!item->icon().isNull());
    QVERIFY(item->toolTip().contains(QDir::toNativeSeparators(dataPath(file)).toHtmlEscaped()));
}

void TestMainWindowDesktop::rowTooltipEscapesFileText()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a<b>&c.pem"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("rsa/leaf.pem")), path));
    MainWindow window;
    window.openFiles({path});
    QTRY_VERIFY(!window.isInspecting());
    const QString tip = inputList(window)->item(0)->toolTip();
    QVERIFY2(tip.contains(QLatin1String("a&lt;b&gt;&amp;c.pem")), qPrintable(tip));
    QVERIFY(!tip.contains(QLatin1String("a<b>")));
}

void TestMainWindowDesktop::openShortcutUsesTheChooserAndLastFolder()
{
    MainWindow window;
    QStringList folders;
    window.setFileChooser([&folders](QWidget*, const QString&, const QString& folder, const QString&) {
        folders.append(folder);
        return QStringList{dataPath(QStringLiteral("rsa/leaf.pem"))};
    });
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keySequence(&window, QKeySequence::Open);
    QCOMPARE(folders.size(), 1);
    QCOMPARE(inputList(window)->count(), 1);
    // The next dialog starts where the files came from.
    QTest::keySequence(&window, QKeySequence::Open);
    QCOMPARE(folders.size(), 2);
    QCOMPARE(folders.at(1), QFileInfo(dataPath(QStringLiteral("rsa/leaf.pem"))).absolutePath());
}

void TestMainWindowDesktop::deleteAndPasteActOnTheList()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QListWidget* list = inputList(window);
    QFile pem(dataPath(QStringLiteral("rsa/leaf.pem")));
    QVERIFY(pem.open(QIODevice::ReadOnly));
    QApplication::clipboard()->setText(QString::fromLatin1(pem.readAll()));
    list->setFocus();
    QTest::keySequence(list, QKeySequence::Paste);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("Pasted text 1")));
    // Files on the clipboard (copied in a file manager) are added as files.
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(dataPath(QStringLiteral("rsa/leaf.key")))});
    QApplication::clipboard()->setMimeData(mime);
    QTest::keySequence(list, QKeySequence::Paste);
    QCOMPARE(list->count(), 2);
    QTRY_VERIFY(!window.isInspecting());

    list->setCurrentRow(0);
    QTest::keySequence(list, QKeySequence::Delete);
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QLatin1String("leaf.key")));
    // Delete in a text field edits the text; the inputs stay.
    QWidget* name = child<QWidget>(window, "nameEdit");
    name->setFocus();
    list->setCurrentRow(0);
    QTest::keySequence(name, QKeySequence::Delete);
    QCOMPARE(list->count(), 1);
}

void TestMainWindowDesktop::shortcutsOpenDialogs_data()
{
    QTest::addColumn<QKeySequence>("keys");
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<QString>("focus"); // where the focus lands when it opens
    QTest::addRow("help") << QKeySequence(QKeySequence::HelpContents) << "ccm::ui::HelpDialog"
                          << "QTextBrowser";
    QTest::addRow("paste text") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V) << "ccm::ui::PasteTextDialog"
                                << "QPlainTextEdit";
    QTest::addRow("history") << QKeySequence(Qt::CTRL | Qt::Key_H) << "ccm::ui::HistoryDialog"
                             << "QTableWidget";
}

void TestMainWindowDesktop::shortcutsOpenDialogs()
{
    QFETCH(QKeySequence, keys);
    QFETCH(QString, dialog);
    QFETCH(QString, focus);
    QTemporaryDir dir;
    MainWindow window;
    window.setHistoryPath(dir.filePath(QStringLiteral("history.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString seen;
    QString focused;
    closeNextDialog(&seen, &focused);
    QTest::keySequence(&window, keys);
    QTRY_COMPARE(seen, dialog);
    QCOMPARE(focused, focus);
}

void TestMainWindowDesktop::mnemonicsAreUnique()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QHash<QChar, QString> used;
    QStringList missing;
    QStringList clashes;
    const auto use = [&](const QString& text) {
        const QChar letter = mnemonic(text);
        if (letter.isNull()) {
            missing.append(text);
            return;
        }
        if (used.contains(letter))
            clashes.append(used.value(letter) + QLatin1String(" / ") + text);
        used.insert(letter, text);
    };
    const auto menus = window.menuBar()->actions();
    for (QAction* menu : menus)
        use(menu->text());
    const auto buttons = window.findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (!button->objectName().startsWith(QLatin1String("qt_")) && button->inherits("QPushButton"))
            use(button->text());
        else if (button->inherits("QCheckBox"))
            use(button->text());
    }
    const auto labels = window.findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy())
            use(label->text());
    }
    use(child<QGroupBox>(window, "encGroup")->title());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String(", "))));
}

void TestMainWindowDesktop::focusStartsOnAddFiles()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, "addFilesButton"));
    // Tab goes on to the next control of the inputs.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), child<QWidget>(window, "pasteButton"));
}

void TestMainWindowDesktop::windowStateIsRestored()
{
    QTemporaryDir dir;
    const QString settings = dir.filePath(QStringLiteral("window.ini"));
    QList<int> mainSizes;
    QList<int> previewSizes;
    {
        MainWindow window;
        window.setSettingsFile(settings);
        window.setFileChooser([](QWidget*, const QString&, const QString&, const QString&) {
            return QStringList{dataPath(QStringLiteral("rsa/leaf.pem"))};
        });
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* mainSplitter = child<QSplitter>(window, "mainSplitter");
        auto* previewSplitter = child<QSplitter>(window, "previewSplitter");
        mainSplitter->setSizes({500, 380});
        previewSplitter->setSizes({200, 380});
        mainSizes = mainSplitter->sizes();
        previewSizes = previewSplitter->sizes();
        child<QTabWidget>(window, "previewTabs")->setCurrentIndex(2);
        QTest::keySequence(&window, QKeySequence::Open);
        QTRY_VERIFY(!window.isInspecting());
        window.close();
    }
    MainWindow again;
    again.setSettingsFile(settings);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 640));
    QCOMPARE(child<QSplitter>(again, "mainSplitter")->sizes(), mainSizes);
    QCOMPARE(child<QSplitter>(again, "previewSplitter")->sizes(), previewSizes);
    QCOMPARE(child<QTabWidget>(again, "previewTabs")->currentIndex(), 2);
    QCOMPARE(again.lastFolder(), QFileInfo(dataPath(QStringLiteral("rsa/leaf.pem"))).absolutePath());
}

void TestMainWindowDesktop::bannerColoursFollowThePalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    MainWindow window;
    window.setPalette(dark);
    window.openFiles({dataPath(QStringLiteral("rsa/junk.bin"))});
    QTRY_VERIFY(!window.isInspecting());
    auto* banner = child<QLabel>(window, "bannerLabel");
    QVERIFY(banner->autoFillBackground());
    const auto colours = [banner] {
        return std::make_pair(banner->palette().color(banner->backgroundRole()),
                              banner->palette().color(banner->foregroundRole()));
    };
    // Light text on a dark background, far enough apart to read, and tinted (not the plain base).
    auto [background, text] = colours();
    QVERIFY2(background.lightness() < 90, qPrintable(background.name()));
    QVERIFY2(text.lightness() - background.lightness() > 90, qPrintable(text.name() + background.name()));
    QVERIFY(background != dark.color(QPalette::Base));
    // The same window in a light palette: dark text on a light background.
    window.setPalette(QApplication::style()->standardPalette());
    std::tie(background, text) = colours();
    QVERIFY2(background.lightness() - text.lightness() > 90, qPrintable(text.name() + background.name()));
}

void TestMainWindowDesktop::newErrorsAreAnnounced()
{
    // What reaches a real screen reader is checked over AT-SPI by tests/ui/accessibility/check_atspi.py; here, when.
    MainWindow window;
    QSignalSpy announced(&window, &MainWindow::announced);
    const auto alerts = [&announced] {
        return std::count_if(announced.cbegin(), announced.cend(),
                             [](const QList<QVariant>& a) { return a.at(1).toBool(); });
    };
    window.openFiles({dataPath(QStringLiteral("rsa/junk.bin"))});
    QTRY_VERIFY(!window.isInspecting());
    QCOMPARE(alerts(), 1);
    QVERIFY(announced.last().at(0).toString().startsWith(QLatin1String("Problems to fix")));
    // The same error again after an edit is not announced a second time.
    child<QLineEdit>(window, "nameEdit")->setText(QStringLiteral("site"));
    QTRY_VERIFY(!window.isInspecting());
    QCOMPARE(alerts(), 1);
    // A new problem is.
    window.openFiles({dataPath(QStringLiteral("rsa/not-a-cert.txt"))});
    QTRY_VERIFY(!window.isInspecting());
    QCOMPARE(alerts(), 2);
}

void TestMainWindowDesktop::previewFillsInAfterTheFirstFrame_data()
{
    QTest::addColumn<bool>("inspectFirst");
    QTest::newRow("shown, nothing to inspect") << false;
    QTest::newRow("inspected before it is shown") << true;
}

void TestMainWindowDesktop::previewFillsInAfterTheFirstFrame()
{
    // Start-up builds what the first frame shows: the preview's tabs and findings box, empty. Their contents are
    // built right after the first paint, or as soon as an inspection is to be shown.
    QFETCH(bool, inspectFirst);
    MainWindow window;
    QCOMPARE(child<QTabWidget>(window, "previewTabs")->count(), 4);
    QVERIFY(child<QGroupBox>(window, "findingsGroup"));
    for (const char* name : {"leafView", "chainTree", "leftOutTree", "keyLabel", "encView", "findingsView"})
        QVERIFY2(!window.findChild<QWidget*>(QLatin1String(name)), name);
    QVERIFY(child<QSplitter>(window, "previewSplitter")->isHidden());
    if (inspectFirst) {
        window.openFiles({dataPath(QStringLiteral("rsa/fullchain.pem")), dataPath(QStringLiteral("rsa/leaf.key"))});
        QTRY_VERIFY(!window.isInspecting());
        QVERIFY(window.inspection().payloadReady());
        QCOMPARE(child<QTreeWidget>(window, "chainTree")->topLevelItemCount(), 2);
        QVERIFY(child<QLabel>(window, "keyLabel")->text().contains(QLatin1String("It matches the certificate.")));
    } else {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(window.findChild<QWidget*>(QStringLiteral("findingsView")));
        QTRY_VERIFY(child<QWidget>(window, "findingsView")->isVisible());
        QCOMPARE(child<QLabel>(window, "keyLabel")->text(), QStringLiteral("No private key yet."));
        QCOMPARE(child<QTreeWidget>(window, "chainTree")->topLevelItemCount(), 0);
    }
    QVERIFY(!child<QSplitter>(window, "previewSplitter")->isHidden());
    // Built once, with the names screen readers read.
    QCOMPARE(window.findChildren<QTreeWidget*>(QStringLiteral("chainTree")).size(), 1);
    QCOMPARE(child<QTreeWidget>(window, "chainTree")->accessibleName(), QStringLiteral("Chain as sent"));
    QCOMPARE(child<QTreeWidget>(window, "leftOutTree")->headerItem()->text(0), QStringLiteral("Reason"));
    QCOMPARE(child<QWidget>(window, "findingsView")->accessibleName(), QStringLiteral("Findings"));
}

void TestMainWindowDesktop::bannerTakesFocusAndSelectionOnceShown()
{
    // The banner's text is laid out the cheap way for the first frame; right after it, the banner is in the tab
    // chain and its text can be selected and copied, with the mouse or the keyboard.
    MainWindow window;
    auto* banner = child<QLabel>(window, "bannerLabel");
    QCOMPARE(banner->focusPolicy(), Qt::NoFocus);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_COMPARE(banner->focusPolicy(), Qt::StrongFocus);
    QVERIFY(banner->textInteractionFlags().testFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard));
    QVERIFY(!banner->text().isEmpty());
    banner->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(banner->hasFocus());
    QTest::keyClick(banner, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(banner->selectedText(), banner->text());
}

namespace {

/// Windows made from now on get their behaviour after the first frame, as in ccm-importer; `made` counts them.
void attachAfterFirstFrame(int& made)
{
    MainWindow::setBehaviourFactory(
        [&made](MainWindow& window, const MainWindow::Parts& parts) {
            ++made;
            return ccm::ui::MainWindowController::create(window, parts);
        },
        MainWindow::Attach::AfterFirstFrame);
}

} // namespace

void TestMainWindowDesktop::behaviourAttachedLaterChangesNoPixel()
{
    // ccm-importer paints the first frame before its window module gives the window its behaviour: the frame must be
    // exactly what the window looks like once the behaviour is there (with a profile manager, as the module sets).
    int made = 0;
    attachAfterFirstFrame(made);
    QTemporaryDir dir;
    ccm::profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    ccm::profiles::ProfileListModel model(store);
    ccm::profiles::MemorySecretStore secrets;
    ccm::profiles::ProfileManager manager(store, secrets);
    {
        MainWindow window;
        window.setProfileModel(&model);
        window.resize(1100, 700);
        const QImage firstFrame = window.grab().toImage();
        QCOMPARE(made, 0);
        window.attachBehaviour();
        QCOMPARE(made, 1);
        window.setProfileManager(&manager, nullptr);
        const QImage attached = window.grab().toImage();
        QCOMPARE(attached.size(), firstFrame.size());
        QVERIFY2(attached == firstFrame, "attaching the behaviour changed what the window shows");
        // What the first frame left out comes right after it.
        QVERIFY(child<QSplitter>(window, "previewSplitter")->isHidden());
        QTRY_VERIFY(!child<QSplitter>(window, "previewSplitter")->isHidden());
        QCOMPARE(made, 1);
    }
    ccm::ui::MainWindowController::attachToEveryWindow();
}

void TestMainWindowDesktop::behaviourAttachedOnFirstUse()
{
    // Files given on the command line are opened before the first frame: the behaviour is attached for them.
    int made = 0;
    attachAfterFirstFrame(made);
    {
        MainWindow window;
        QCOMPARE(made, 0);
        window.openFiles({dataPath(QStringLiteral("rsa/fullchain.pem")), dataPath(QStringLiteral("rsa/leaf.key"))});
        QCOMPARE(made, 1);
        QTRY_VERIFY(!window.isInspecting());
        QVERIFY(window.inspection().payloadReady());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!child<QSplitter>(window, "previewSplitter")->isHidden());
        QCOMPARE(made, 1);
    }
    ccm::ui::MainWindowController::attachToEveryWindow();
}

QTEST_MAIN(TestMainWindowDesktop)
#include "TestMainWindowDesktop.moc"
