#include "TestData.h"

#include "ui/findings/FindingsView.h"
#include "ui/inspection/InspectionRunner.h"
#include "ui/mainwindow/MainWindowController.h"
#include "ui/passphrase/GuiPassphraseProvider.h"
#include "ui/passphrase/PassphraseDialog.h"
#include "ui/pastetext/PasteTextDialog.h"

#include "history/ImportHistory.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileStore.h"
#include "ui/history/HistoryDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>

using ccm::test::dataPath;
using ccm::test::strings;
using ccm::ui::MainWindow;

namespace {

QStringList fixtures(std::initializer_list<const char*> names)
{
    QStringList paths;
    for (const QString& name : strings(names))
        paths.append(dataPath(name));
    return paths;
}

template<typename T>
T* child(const QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

/// What a tooltip shows: Qt renders text that looks like HTML as HTML.
QString shownText(const QString& toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

/// Input widgets of w without an accessible name (the platform's own helpers, named qt_*, excepted).
QStringList unnamedInputs(const QWidget& w)
{
    QStringList unnamed;
    const auto widgets = w.findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        const bool input = qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) ||
                           qobject_cast<QAbstractButton*>(widget) || qobject_cast<QAbstractItemView*>(widget) ||
                           qobject_cast<QPlainTextEdit*>(widget) ||
                           (qobject_cast<QGroupBox*>(widget) && qobject_cast<QGroupBox*>(widget)->isCheckable());
        if (!input || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        // Qt's own parts: item view headers and the line edits' clear buttons.
        if (widget->objectName().isEmpty() &&
            (widget->inherits("QHeaderView") || widget->inherits("QLineEditIconButton")))
            continue;
        // Line edits inside combo boxes and the like take their name from the owner.
        if (qobject_cast<QLineEdit*>(widget) && qobject_cast<QComboBox*>(widget->parentWidget()))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
        if (widget->accessibleName().isEmpty() && name.trimmed().isEmpty())
            unnamed.append(
                QStringLiteral("%1 (%2)").arg(widget->objectName(), QLatin1String(widget->metaObject()->className())));
    }
    return unnamed;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readyBundle();
    void encryptedKeyAsksOnce();
    void wrongPassphraseIsAskedAgain();
    void cancelledPassphrase();
    void expiredCertificate();
    void invalidNameShowsLiveError();
    void invalidProjectIdShowsLiveError();
    void unreadableFile();
    void staleResultsAreIgnored();
    void pastedText();
    void importRequested();
    void profileChooser();
    void profileTrustRootIsUsed();
    void unreadableTrustRootIsAWarning();
    void removeAndClear();
    void accessibleNames();
    void droppedFilesAreAdded();
    void runnerDropsStaleResults();
    void badInputNeverCrashes_data();
    void badInputNeverCrashes();
    void hostileTextIsShownAsPlainText();
    void historyShowsHostileTextAsText();
    void passphraseFieldKeepsNoUndoHistory();
    void pastedTextIsNotInTheItemModel();
};

void TestMainWindow::initTestCase()
{
    // Every window gets its behaviour at once, as in one program (ccm-importer loads it as a module instead).
    ccm::ui::MainWindowController::attachToEveryWindow();
}

void TestMainWindow::readyBundle()
{
    MainWindow window;
    window.openFiles(fixtures({"rsa/fullchain.pem", "rsa/leaf.key"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
    auto* banner = child<QLabel>(window, "bannerLabel");
    QVERIFY(banner->text().startsWith(QLatin1String("Ready to import as")));
    QVERIFY(banner->text().contains(window.inspection().fields.name));
    QCOMPARE(child<QTreeWidget>(window, "chainTree")->topLevelItemCount(), 2);
    QVERIFY(
        child<QTreeWidget>(window, "chainTree")->topLevelItem(0)->text(0).contains(QLatin1String("Intermediate B")));
    QVERIFY(child<QPushButton>(window, "importButton")->isEnabled());
    QCOMPARE(child<QLineEdit>(window, "nameEdit")->placeholderText(), window.inspection().fields.name);
}

void TestMainWindow::encryptedKeyAsksOnce()
{
    MainWindow window;
    QList<ccm::PassphraseRequest> asked;
    window.passphraseProvider()->setAsker([&asked](const ccm::PassphraseRequest& request) {
        asked.append(request);
        return std::optional<ccm::SecureBytes>(ccm::SecureBytes::fromString(QStringLiteral("correct horse")));
    });
    window.openFiles(fixtures({"rsa/fullchain.pem", "rsa/leaf.enc.key"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().source, QStringLiteral("leaf.enc.key"));
    QCOMPARE(asked.first().kind, ccm::PassphraseRequest::Kind::PrivateKey);
    QVERIFY(window.inspection().bundle.keyWasEncrypted);

    // Editing the form re-inspects with the remembered answer.
    QTest::keyClicks(child<QLineEdit>(window, "nameEdit"), QStringLiteral("my-cert"));
    QTRY_VERIFY(!window.isInspecting());
    QCOMPARE(window.inspection().fields.name, QStringLiteral("my-cert"));
    QVERIFY(window.inspection().payloadReady());
    QCOMPARE(asked.size(), 1);
}

void TestMainWindow::wrongPassphraseIsAskedAgain()
{
    MainWindow window;
    QList<ccm::PassphraseRequest> asked;
    window.passphraseProvider()->setAsker([&asked](const ccm::PassphraseRequest& request) {
        asked.append(request);
        return std::optional<ccm::SecureBytes>(ccm::SecureBytes::fromString(
            asked.size() == 1 ? QStringLiteral("wrong") : QStringLiteral("correct horse")));
    });
    window.openFiles(fixtures({"rsa/fullchain.pem", "rsa/leaf.enc.key"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
    QCOMPARE(asked.size(), 2);
    QVERIFY(!asked.at(0).previousWasWrong);
    QVERIFY(asked.at(1).previousWasWrong);
    QCOMPARE(asked.at(1).attempt, 2);
}

void TestMainWindow::cancelledPassphrase()
{
    MainWindow window;
    int asked = 0;
    window.passphraseProvider()->setAsker([&asked](const ccm::PassphraseRequest&) {
        ++asked;
        return std::optional<ccm::SecureBytes>();
    });
    window.openFiles(fixtures({"rsa/fullchain.pem", "rsa/leaf.enc.key"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(!window.inspection().payloadReady());
    QVERIFY(!ccm::findingsWithCode(window.inspection().findings, QStringLiteral("input.passphrase-needed")).isEmpty());
    QVERIFY(!child<QPushButton>(window, "importButton")->isEnabled());
    QVERIFY(child<QLabel>(window, "bannerLabel")->text().startsWith(QLatin1String("Problems to fix before import")));

    // A form edit does not ask again about a declined key.
    QTest::keyClicks(child<QLineEdit>(window, "nameEdit"), QStringLiteral("abc"));
    QTRY_VERIFY(!window.isInspecting());
    QCOMPARE(asked, 1);
}

void TestMainWindow::expiredCertificate()
{
    MainWindow window;
    window.openFiles(fixtures({"findings/expired.pem", "findings/expired.key", "rsa/chain.pem"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(!window.inspection().payloadReady());
    auto* findings = child<ccm::ui::FindingsView>(window, "findingsView");
    const auto rows = findings->findChildren<QWidget*>(QStringLiteral("findingRow"));
    QCOMPARE(rows.size(), window.inspection().findings.size());
    bool shown = false;
    for (const QWidget* row : rows) {
        if (row->property("ccmCode").toString() == QLatin1String("certificate.expired")) {
            shown = true;
            QCOMPARE(row->property("ccmSeverity").toInt(), int(ccm::Severity::Error));
            QVERIFY(!row->findChild<QLabel*>(QStringLiteral("messageLabel"))->text().isEmpty());
            QVERIFY(!row->findChild<QLabel*>(QStringLiteral("severityIcon"))->pixmap().isNull());
            QVERIFY(row->findChild<QLabel*>(QStringLiteral("codeLabel"))
                        ->text()
                        .contains(QLatin1String("certificate.expired")));
        }
    }
    QVERIFY(shown);
    // Errors come first.
    QCOMPARE(findings->findings().first().severity, ccm::Severity::Error);
    QVERIFY(child<QLabel>(window, "bannerLabel")->text().startsWith(QLatin1String("Problems to fix before import")));
    QVERIFY(!child<QPushButton>(window, "importButton")->isEnabled());
}

void TestMainWindow::invalidNameShowsLiveError()
{
    MainWindow window;
    window.show();
    auto* name = child<QLineEdit>(window, "nameEdit");
    auto* status = child<QLabel>(window, "nameStatusLabel");
    QVERIFY(status->isHidden());
    QTest::keyClicks(name, QStringLiteral("a!"));
    // Shown at once, without waiting for an inspection.
    QVERIFY(!status->isHidden());
    QVERIFY(!status->text().isEmpty());
    QCOMPARE(name->accessibleDescription(), status->text());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("good-name"));
    QVERIFY(status->isHidden());
}

void TestMainWindow::invalidProjectIdShowsLiveError()
{
    MainWindow window;
    window.show();
    auto* epid = child<QLineEdit>(window, "epidEdit");
    auto* status = child<QLabel>(window, "epidStatusLabel");
    QTest::keyClicks(epid, QStringLiteral("not a project"));
    QVERIFY(!status->isHidden());
    QVERIFY(!status->text().isEmpty());
    epid->setText(QStringLiteral("0"));
    QVERIFY(status->isHidden());
}

void TestMainWindow::unreadableFile()
{
    QTemporaryDir dir;
    MainWindow window;
    window.openFiles({dir.filePath(QStringLiteral("missing.pem"))});
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(!window.inspection().payloadReady());
    QVERIFY(!ccm::findingsWithCode(window.inspection().findings, QStringLiteral("input.open")).isEmpty());
    // Only that: "no certificate" and "no key" would just repeat it.
    QCOMPARE(window.inspection().findings.size(), 1);
    QVERIFY(window.inspection().unreadableInput);
    QVERIFY(window.bannerText().endsWith(QLatin1String(": 1")));
}

void TestMainWindow::staleResultsAreIgnored()
{
    MainWindow window;
    QSignalSpy spy(&window, &MainWindow::importRequested);
    window.openFiles(fixtures({"findings/expired.pem"}));
    window.openFiles(fixtures({"rsa/leaf.key"}));
    child<QPushButton>(window, "clearButton")->click();
    window.openFiles(fixtures({"rsa/fullchain.pem", "rsa/leaf.key"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
    QCOMPARE(child<QTreeWidget>(window, "chainTree")->topLevelItemCount(), 2);
}

void TestMainWindow::pastedText()
{
    MainWindow window;
    window.addPastedText(ccm::test::readData(QStringLiteral("rsa/fullchain.pem")) +
                         ccm::test::readData(QStringLiteral("rsa/leaf.key")));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
    QCOMPARE(window.inspection().bundle.leafSource, QStringLiteral("pasted text"));

    ccm::ui::PasteTextDialog dialog;
    auto* edit = child<QPlainTextEdit>(dialog, "textEdit");
    edit->setPlainText(QStringLiteral("abc"));
    QCOMPARE(dialog.takeText(), QByteArray("abc"));
    QVERIFY(edit->toPlainText().isEmpty());
}

void TestMainWindow::importRequested()
{
    QTemporaryDir dir;
    ccm::profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    ccm::profiles::ProfileListModel model(store);
    MainWindow window;
    window.setProfileModel(&model);
    QSignalSpy spy(&window, &MainWindow::importRequested);
    child<QLineEdit>(window, "nameEdit")->setText(QStringLiteral("chosen-name"));
    child<QCheckBox>(window, "duplicateCheckBox")->setChecked(true);
    window.openFiles(fixtures({"rsa/fullchain.pem", "rsa/leaf.key"}));
    QTRY_VERIFY(!window.isInspecting());
    auto* import = child<QPushButton>(window, "importButton");
    QVERIFY(import->isEnabled());
    import->click();
    QCOMPARE(spy.count(), 1);
    const auto form = spy.first().at(1).value<ccm::ImportForm>();
    QCOMPARE(form.name, QStringLiteral("chosen-name"));
    QCOMPARE(form.duplicateCheck, std::optional<bool>(true));
    QCOMPARE(spy.first().at(2).toString(), QStringLiteral("sandbox"));
    QCOMPARE(spy.first().at(0).value<ccm::Inspection>().fields.name, QStringLiteral("chosen-name"));

    window.setImportInProgress(true);
    QVERIFY(!import->isEnabled());
    window.setImportInProgress(false);
    QVERIFY(import->isEnabled());

    // An edit makes the result stale until it is inspected again.
    QTest::keyClicks(child<QLineEdit>(window, "nameEdit"), QStringLiteral("2"));
    QVERIFY(!import->isEnabled());
    QTRY_VERIFY(import->isEnabled());
}

void TestMainWindow::profileChooser()
{
    QTemporaryDir dir;
    ccm::profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    ccm::profiles::ProfileListModel model(store);
    MainWindow window;
    window.setProfileModel(&model);
    auto* combo = child<QComboBox>(window, "profileCombo");
    QVERIFY(combo->findText(QStringLiteral("Local sandbox")) >= 0);
    QCOMPARE(window.currentProfileId(), QStringLiteral("sandbox"));
}

void TestMainWindow::profileTrustRootIsUsed()
{
    QTemporaryDir dir;
    ccm::profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    ccm::profiles::Profile privatePki;
    privatePki.name = QStringLiteral("Private PKI");
    privatePki.regionId = QStringLiteral("cn-north-4");
    privatePki.accessKeyId = QStringLiteral("AKTESTPRIVATE");
    privatePki.trustRootFile = dataPath(QStringLiteral("outcomes/root.pem"));
    const auto created = store.create(privatePki);
    QVERIFY(created);
    ccm::profiles::ProfileListModel model(store);
    MainWindow window;
    window.setProfileModel(&model);
    QVERIFY(window.selectProfile(created->id));

    const auto incomplete = [&] {
        return ccm::findingsWithCode(window.inspection().findings, QStringLiteral("chain.incomplete")).size();
    };
    window.openFiles(fixtures({"outcomes/leaf.pem", "outcomes/inter.pem", "outcomes/leaf.key"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
    QCOMPARE(incomplete(), 0); // the profile's private root completes the chain

    // The sandbox profile names no private root: the same files are inspected again, and the chain is incomplete.
    QVERIFY(window.selectProfile(QStringLiteral("sandbox")));
    QTRY_COMPARE(incomplete(), 1);
}

void TestMainWindow::removeAndClear()
{
    MainWindow window;
    window.openFiles(fixtures({"rsa/fullchain.pem", "rsa/leaf.key"}));
    auto* list = child<QListWidget>(window, "fileList");
    QCOMPARE(list->count(), 2);
    window.openFiles(fixtures({"rsa/leaf.key"}));
    QCOMPARE(list->count(), 2); // the same file is listed once
    list->item(1)->setSelected(true);
    child<QPushButton>(window, "removeButton")->click();
    QCOMPARE(list->count(), 1);
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(!window.inspection().payloadReady());
    QVERIFY(!ccm::findingsWithCode(window.inspection().findings, QStringLiteral("key.missing")).isEmpty());
    child<QPushButton>(window, "clearButton")->click();
    QCOMPARE(list->count(), 0);
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(child<ccm::ui::FindingsView>(window, "findingsView")->findings().isEmpty());
    QVERIFY(!child<QPushButton>(window, "importButton")->isEnabled());
}

void TestMainWindow::accessibleNames()
{
    MainWindow window;
    window.setEncryptionPair(dataPath(QStringLiteral("sm2/enc.pem")), dataPath(QStringLiteral("sm2/enc.key")));
    window.openFiles(fixtures({"sm2/sign.pem", "sm2/sign.key", "sm2/chain.pem"}));
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(!window.inspection().bundle.encCertificate.isNull());
    const QStringList unnamed = unnamedInputs(window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    ccm::ui::PassphraseDialog passphrase;
    QCOMPARE(unnamedInputs(passphrase), QStringList());
    ccm::ui::PasteTextDialog paste;
    QCOMPARE(unnamedInputs(paste), QStringList());
}

void TestMainWindow::droppedFilesAreAdded()
{
    MainWindow window;
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dataPath(QStringLiteral("rsa/fullchain.pem"))),
                  QUrl::fromLocalFile(dataPath(QStringLiteral("rsa/leaf.key")))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(child<QListWidget>(window, "fileList")->count(), 2);
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
}

void TestMainWindow::unreadableTrustRootIsAWarning()
{
    ccm::ui::InspectionRunner runner;
    QSignalSpy finished(&runner, &ccm::ui::InspectionRunner::finished);
    ccm::ui::InspectionJob job;
    job.files = fixtures({"rsa/fullchain.pem", "rsa/leaf.key"});
    job.trustRootFile = dataPath(QStringLiteral("no-such-root.pem"));
    runner.start(job);
    QTRY_COMPARE(finished.count(), 1);
    const auto inspection = finished.first().first().value<ccm::Inspection>();
    const auto found = ccm::findingsWithCode(inspection.findings, QStringLiteral("trust-root.unreadable"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, ccm::Severity::Warning);
    QVERIFY(found.first().message.contains(QStringLiteral("no-such-root.pem")));
    QVERIFY(inspection.payloadReady()); // the certificate itself is still checked as before
    // Sorted like every other finding: no note before it.
    for (int i = 1; i < inspection.findings.size(); ++i)
        QVERIFY(int(inspection.findings.at(i - 1).severity) >= int(inspection.findings.at(i).severity));
}

void TestMainWindow::runnerDropsStaleResults()
{
    ccm::ui::InspectionRunner runner;
    QSignalSpy finished(&runner, &ccm::ui::InspectionRunner::finished);
    QSignalSpy busy(&runner, &ccm::ui::InspectionRunner::busyChanged);
    ccm::ui::InspectionJob first;
    first.files = fixtures({"findings/expired.pem"});
    ccm::ui::InspectionJob second;
    second.files = fixtures({"rsa/fullchain.pem"});
    ccm::ui::InspectionJob third;
    third.files = fixtures({"rsa/fullchain.pem", "rsa/leaf.key"});
    runner.start(first);
    runner.start(second);
    runner.start(third);
    QVERIFY(runner.isBusy());
    QTRY_VERIFY(!runner.isBusy());
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.first().first().value<ccm::Inspection>().payloadReady());
    QCOMPARE(busy.count(), 2);
    // The one result is the third job's (the only one with the key), not a stale one.
    QCOMPARE(finished.first().first().value<ccm::Inspection>().bundle.keySource, QStringLiteral("leaf.key"));
}

void TestMainWindow::badInputNeverCrashes_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addRow("junk") << fixtures({"rsa/junk.bin"});
    QTest::addRow("empty") << fixtures({"rsa/empty.pem"});
    QTest::addRow("truncated") << fixtures({"rsa/truncated.pem", "rsa/truncated-key.pem"});
    QTest::addRow("bad base64") << fixtures({"rsa/bad-base64.pem"});
    QTest::addRow("text") << fixtures({"rsa/not-a-cert.txt"});
    QTest::addRow("mismatch") << fixtures({"rsa/fullchain.pem", "findings/mismatch.key"});
    QTest::addRow("folder") << QStringList{dataPath(QStringLiteral("rsa"))};
    QTest::addRow("pfx without passphrase") << fixtures({"rsa/leaf.pfx"});
}

void TestMainWindow::badInputNeverCrashes()
{
    QFETCH(QStringList, files);
    MainWindow window;
    window.passphraseProvider()->setAsker(
        [](const ccm::PassphraseRequest&) { return std::optional<ccm::SecureBytes>(); });
    window.openFiles(files);
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(!window.inspection().payloadReady());
    QVERIFY(ccm::hasErrors(window.inspection().findings));
    QVERIFY(!child<ccm::ui::FindingsView>(window, "findingsView")->findings().isEmpty());
    QVERIFY(!child<QPushButton>(window, "importButton")->isEnabled());
}

void TestMainWindow::hostileTextIsShownAsPlainText()
{
    // A certificate name, a DN and a file name are whatever the file's author chose: they are text, never markup.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString hostile = QStringLiteral("<b>x<img src=y>"); // no "/": openssl -subj splits at it
    const QString leaf = dir.filePath(QStringLiteral("<b>leaf<img src=y>.pem"));
    const QString key = dir.filePath(QStringLiteral("leaf.key"));
    const QString stray = dir.filePath(QStringLiteral("stray.pem"));
    const auto openssl = [](const QStringList& arguments) {
        QProcess process;
        process.start(QStringLiteral("openssl"), arguments);
        return process.waitForFinished(60000) && process.exitCode() == 0;
    };
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=leaf.example.test"), QStringLiteral("-addext"),
                     QStringLiteral("subjectAltName=DNS:leaf.example.test"), QStringLiteral("-days"),
                     QStringLiteral("30"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), leaf}));
    QVERIFY(openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-subj"), QStringLiteral("/O=") + hostile + QStringLiteral("/CN=") + hostile,
                     QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-keyout"),
                     dir.filePath(QStringLiteral("stray.key")), QStringLiteral("-out"), stray}));

    MainWindow window;
    window.openFiles({leaf, key, stray});
    QTRY_VERIFY(!window.isInspecting());
    auto* list = child<QListWidget>(window, "fileList");
    QCOMPARE(list->count(), 3);
    // The row's tooltip (rich text since the rows describe what they hold) shows the hostile file name as text.
    const QString rowTip = shownText(list->item(0)->toolTip());
    QVERIFY2(rowTip.contains(QStringLiteral("File: ") + QFileInfo(leaf).absoluteFilePath()), qPrintable(rowTip));
    auto* leftOut = child<QTreeWidget>(window, "leftOutTree");
    QCOMPARE(leftOut->topLevelItemCount(), 1);
    const QString dn = window.inspection().bundle.unrelated.value(0).subjectDn();
    QVERIFY2(dn.contains(QLatin1String("<b")), qPrintable(dn));
    QCOMPARE(shownText(leftOut->topLevelItem(0)->toolTip(1)), dn);
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->text().contains(hostile))
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }
}

void TestMainWindow::historyShowsHostileTextAsText()
{
    // Certificate names, profile names and the service's messages in the history are text, in cells and tooltips.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    {
        ccm::history::ImportHistory ledger(path);
        ccm::history::ImportRecord record;
        record.certificateName = QStringLiteral("<b>name</b><img src=a>");
        record.profileName = QStringLiteral("<i>profile<img src=b>");
        record.endpoint = QStringLiteral("https://scm.example.test/<img src=c>");
        record.outcome = ccm::history::ImportOutcome::Rejected;
        record.errorCode = QStringLiteral("SCM.0014");
        record.message = QStringLiteral("<a href=\"https://evil.test\">click</a>");
        QVERIFY(ledger.record(record).ok());
    }
    ccm::ui::HistoryDialog dialog(path);
    auto* table = dialog.findChild<QTableWidget*>();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    int checked = 0;
    for (int column = 0; column < table->columnCount(); ++column) {
        const QTableWidgetItem* item = table->item(0, column);
        if (!item || !item->text().contains(QLatin1Char('<')))
            continue;
        ++checked;
        const QString shown = shownText(item->toolTip());
        QVERIFY2(shown == item->text() || shown.contains(QLatin1String("<img src=c>")), qPrintable(shown));
    }
    QCOMPARE(checked, 3);
}

void TestMainWindow::passphraseFieldKeepsNoUndoHistory()
{
    ccm::ui::PassphraseDialog dialog;
    dialog.show();
    auto* edit = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("secret-passphrase"));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QCOMPARE(edit->text(), QStringLiteral("secret-passphras"));
    // Nothing typed can be brought back (the history would keep each character), in either echo mode.
    QVERIFY(!edit->isUndoAvailable());
    QVERIFY(!edit->isRedoAvailable());
    edit->setEchoMode(QLineEdit::Normal);
    edit->undo();
    QCOMPARE(edit->text(), QStringLiteral("secret-passphras"));
    QTest::keyClick(edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(edit->text(), QStringLiteral("secret-passphras"));
    QCOMPARE(edit->contextMenuPolicy(), Qt::NoContextMenu);
}

void TestMainWindow::pastedTextIsNotInTheItemModel()
{
    // A pasted private key is kept by the window in a wiped buffer, not as a QVariant in the list's items.
    MainWindow window;
    const QByteArray pasted =
        ccm::test::readData(QStringLiteral("rsa/fullchain.pem")) + ccm::test::readData(QStringLiteral("rsa/leaf.key"));
    window.addPastedText(pasted);
    QTRY_VERIFY(!window.isInspecting());
    QVERIFY(window.inspection().payloadReady());
    auto* list = child<QListWidget>(window, "fileList");
    QCOMPARE(list->count(), 1);
    const QByteArray keyLine = ccm::test::readData(QStringLiteral("rsa/leaf.key")).split('\n').value(3);
    QVERIFY(keyLine.size() > 40);
    for (int role = 0; role < Qt::UserRole + 16; ++role) {
        const QVariant value = list->item(0)->data(role);
        QVERIFY2(!value.toByteArray().contains(keyLine) && !value.toString().toUtf8().contains(keyLine),
                 qPrintable(QString::number(role)));
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
