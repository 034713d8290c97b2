// The main window's Import button through ImportService: the embedded sandbox, saved profiles with secrets,
// service and network failures, cancellation, the import history and its dialog.
#include "CloudTestSupport.h"
#include "TestData.h"

#include "ui/history/HistoryDialog.h"
#include "ui/mainwindow/MainWindowController.h"
#include "ui/passphrase/PassphraseDialog.h"

#include "application/ImportService.h"
#include "history/ImportHistory.h"
#include "profiles/MemorySecretStore.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileStore.h"
#include "sandbox/Sandbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using ccm::application::ImportReport;
using ccm::application::ImportService;
using ccm::history::ImportOutcome;
using ccm::ui::MainWindow;

Q_DECLARE_METATYPE(ccm::application::ImportReport)

namespace {

/// One window wired as the application wires it, with its own settings, secrets and history in a temporary folder.
struct Fixture
{
    QTemporaryDir dir;
    ccm::profiles::ProfileStore store{dir.filePath(QStringLiteral("profiles.ini"))};
    ccm::profiles::MemorySecretStore secrets;
    ccm::profiles::ProfileListModel model{store};
    ImportService service{store, secrets};
    MainWindow window;

    Fixture()
    {
        service.setHistoryPath(historyPath());
        ccm::cloud::RetryPolicy retry;
        retry.maxAttempts = 1;
        service.setClientTuning(5000, retry);
        window.setProfileModel(&model);
        window.setImportService(&service);
        window.setHistoryPath(historyPath());
    }

    QString historyPath() const { return dir.filePath(QStringLiteral("history.sqlite")); }

    QList<ccm::history::ImportRecord> history() const { return ccm::test::readHistory(historyPath()); }

    /// A saved AK/SK profile at `endpoint` whose secret key is in the (memory) credential store.
    QString addProfile(const QString& name, const QUrl& endpoint, const QString& secretKey)
    {
        ccm::profiles::Profile profile;
        profile.name = name;
        profile.scmEndpoint = endpoint;
        profile.iamEndpoint = endpoint;
        const auto demo = ccm::sandbox::Sandbox::demoCredentials();
        profile.accessKeyId = demo.accessKeyId;
        profile.domainId = demo.domainId;
        auto created = store.create(profile);
        if (!created)
            return {};
        if (!secretKey.isEmpty()) {
            bool written = false;
            secrets.write(created->id, ccm::profiles::SecretKind::SecretKey, ccm::SecureBytes::fromString(secretKey),
                          nullptr, [&written](ccm::Status status) { written = bool(status); });
            if (!QTest::qWaitFor([&written] { return written; }, 5000))
                return {};
        }
        model.reload();
        return created->id;
    }

    /// A saved profile for `cloud` with its demo secret, chosen in the window; its id (empty on failure).
    QString chooseProfileFor(const ccm::sandbox::Sandbox& cloud, const QString& name)
    {
        const QString id = addProfile(name, cloud.endpoint(), ccm::sandbox::Sandbox::demoCredentials().secretKey);
        return !id.isEmpty() && window.selectProfile(id) ? id : QString();
    }

    QPushButton* button(const char* name) { return window.findChild<QPushButton*>(QLatin1String(name)); }

    /// Opens a ready bundle and waits until the Import button is enabled.
    bool openReadyBundle()
    {
        window.openFiles({ccm::test::dataPath(QStringLiteral("rsa/fullchain.pem")),
                          ccm::test::dataPath(QStringLiteral("rsa/leaf.key"))});
        return QTest::qWaitFor([this] { return button("importButton")->isEnabled(); }, 10000);
    }

    /// Clicks Import and waits for the service to report; the report.
    std::optional<ImportReport> clickImport()
    {
        QSignalSpy spy(&service, &ImportService::finished);
        button("importButton")->click();
        if (!window.isImportInProgress())
            return std::nullopt;
        if (!spy.wait(20000))
            return std::nullopt;
        return spy.first().first().value<ImportReport>();
    }
};

} // namespace

class TestImportFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void importIntoBuiltInSandbox();
    void savedProfileWithSecret();
    void missingSecretIsExplained();
    void serviceRejectionIsShownAndRecorded();
    void lostAnswerShownAsImported_data();
    void lostAnswerShownAsImported();
    void unreachableEndpoint();
    void cancelWhileSending();
    void closingAsksWhileImporting();
    void historyDialogListsAttempts();
    void keyboardOnlyImport();
    void escapeCancelsTheImport();
};

void TestImportFlow::initTestCase()
{
    // Every window gets its behaviour at once, as in one program (ccm-importer loads it as a module instead).
    ccm::ui::MainWindowController::attachToEveryWindow();
    qRegisterMetaType<ImportReport>();
}

void TestImportFlow::importIntoBuiltInSandbox()
{
    Fixture f;
    QCOMPARE(f.window.currentProfileId(), QStringLiteral("sandbox"));
    QVERIFY(f.openReadyBundle());

    auto report = f.clickImport();
    QVERIFY(report);
    QVERIFY2(!report->error, report->error ? qPrintable(report->error->message) : "");
    QVERIFY(report->result.certificateId.startsWith(QLatin1String("scs")));
    QCOMPARE(report->profileName, QStringLiteral("Local sandbox"));
    QVERIFY(f.window.bannerText().contains(report->result.certificateId));
    QVERIFY(!f.window.isImportInProgress());
    QVERIFY(f.button("importButton")->isEnabled());
    const QString firstId = report->result.certificateId;

    // The same certificate again: found in the account, nothing sent, the user told how to force a copy.
    report = f.clickImport();
    QVERIFY(report);
    QCOMPARE(report->result.duplicateOf, firstId);
    QVERIFY(f.window.bannerText().contains(QLatin1String("Already imported as ") + firstId));

    // Allowing duplicates imports a second copy.
    f.window.findChild<QCheckBox*>(QStringLiteral("duplicateCheckBox"))->setChecked(true);
    QTRY_VERIFY(f.button("importButton")->isEnabled());
    report = f.clickImport();
    QVERIFY(report);
    QVERIFY(report->result.duplicateOf.isEmpty());
    QVERIFY(report->result.certificateId != firstId);

    const auto records = f.history();
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.at(2).outcome, ImportOutcome::Imported);
    QCOMPARE(records.at(2).certificateId, firstId);
    QCOMPARE(records.at(1).outcome, ImportOutcome::AlreadyPresent);
    QCOMPARE(records.at(1).certificateId, firstId);
    QCOMPARE(records.at(0).outcome, ImportOutcome::Imported);
    QCOMPARE(records.at(0).profileId, QStringLiteral("sandbox"));
    QCOMPARE(records.at(0).subjectCommonName, QStringLiteral("www.example.test"));
    QVERIFY(!records.at(0).sha256Fingerprint.isEmpty());

    // Opening the same certificate later says when and where it was imported.
    MainWindow later;
    later.setHistoryPath(f.historyPath());
    later.openFiles({ccm::test::dataPath(QStringLiteral("rsa/fullchain.pem")),
                     ccm::test::dataPath(QStringLiteral("rsa/leaf.key"))});
    QTRY_VERIFY(!later.isInspecting());
    QVERIFY2(later.bannerText().contains(QLatin1String("Imported before: ")), qPrintable(later.bannerText()));
    QVERIFY(later.bannerText().contains(report->result.certificateId));
    // A certificate that never was: no such line.
    MainWindow other;
    other.setHistoryPath(f.historyPath());
    other.openFiles({ccm::test::dataPath(QStringLiteral("sm2/sign.pem")),
                     ccm::test::dataPath(QStringLiteral("sm2/chain.pem")),
                     ccm::test::dataPath(QStringLiteral("sm2/sign.key"))});
    QTRY_VERIFY(!other.isInspecting());
    QVERIFY(other.inspection().payloadReady());
    QVERIFY(!other.bannerText().contains(QLatin1String("Imported before")));
}

void TestImportFlow::savedProfileWithSecret()
{
    ccm::sandbox::Sandbox cloud;
    QVERIFY(bool(cloud.start()));
    Fixture f;
    const QString id = f.chooseProfileFor(cloud, QStringLiteral("Lab"));
    QVERIFY(!id.isEmpty());
    f.window.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("lab-cert"));
    QVERIFY(f.openReadyBundle());
    QTRY_VERIFY(f.button("importButton")->isEnabled());

    const auto report = f.clickImport();
    QVERIFY(report);
    QVERIFY2(!report->error, report->error ? qPrintable(report->error->message) : "");
    QCOMPARE(report->profileName, QStringLiteral("Lab"));
    QCOMPARE(report->certificateName, QStringLiteral("lab-cert"));
    QCOMPARE(cloud.certificateCount(), 1);
    QVERIFY(f.window.bannerText().contains(QStringLiteral("\"lab-cert\" into \"Lab\"")));
    // Using a profile marks it used.
    QVERIFY(f.store.findById(id)->lastUsed.isValid());
    QCOMPARE(f.history().value(0).profileName, QStringLiteral("Lab"));

    // What the application wrote (settings, history) holds neither the secret key nor the private key.
    const QList<QByteArray> secrets = QList<QByteArray>{ccm::sandbox::Sandbox::demoCredentials().secretKey.toUtf8()} +
                                      ccm::test::pemBodyLines(QStringLiteral("rsa/leaf.key"));
    QVERIFY(secrets.size() > 10);
    int scanned = 0;
    const QStringList leaks = ccm::test::filesHoldingSecrets(f.dir.path(), secrets, &scanned);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    QVERIFY(scanned >= 2); // profiles.ini and history.sqlite at least
}

void TestImportFlow::missingSecretIsExplained()
{
    ccm::sandbox::Sandbox cloud;
    QVERIFY(bool(cloud.start()));
    Fixture f;
    const QString id = f.addProfile(QStringLiteral("No secret"), cloud.endpoint(), {});
    QVERIFY(f.window.selectProfile(id));
    QVERIFY(f.openReadyBundle());

    const auto report = f.clickImport();
    QVERIFY(report);
    QVERIFY(report->error);
    QCOMPARE(cloud.importRequestCount(), 0);
    QVERIFY2(f.window.bannerText().startsWith(QLatin1String("Not imported: ")), qPrintable(f.window.bannerText()));
    QVERIFY(f.button("importButton")->isEnabled());
    QCOMPARE(f.history().value(0).outcome, ImportOutcome::Failed);
}

void TestImportFlow::serviceRejectionIsShownAndRecorded()
{
    ccm::sandbox::Sandbox cloud;
    QVERIFY(bool(cloud.start()));
    Fixture f;
    const QString id = f.chooseProfileFor(cloud, QStringLiteral("Lab"));
    QVERIFY(!id.isEmpty());
    f.window.findChild<QCheckBox*>(QStringLiteral("duplicateCheckBox"))->setChecked(true);
    QVERIFY(f.openReadyBundle());
    QTRY_VERIFY(f.button("importButton")->isEnabled());
    // The import itself is refused (a fault on any SCM path would hit the list of names asked first).
    cloud.injectFault(ccm::sandbox::Fault::ServerError, 1, 0, QStringLiteral("/v3/scm/certificates/import"));

    const auto report = f.clickImport();
    QVERIFY(report);
    QVERIFY(report->error);
    QCOMPARE(cloud.certificateCount(), 0);
    QVERIFY2(f.window.bannerText().startsWith(QLatin1String("Not imported: ")), qPrintable(f.window.bannerText()));
    QVERIFY(f.window.bannerText().contains(QLatin1String("HTTP 500")));
    // One import request: a 500 with a service error is an answer, not sent again.
    QCOMPARE(cloud.countRequests(QStringLiteral("POST"), QStringLiteral("/v3/scm/certificates/import")), 1);
    QCOMPARE(f.history().size(), 1);
    const auto record = f.history().value(0);
    QCOMPARE(record.outcome, ImportOutcome::Rejected);
    QCOMPARE(record.errorCode, report->error->code);
}

void TestImportFlow::lostAnswerShownAsImported_data()
{
    ccm::test::addLostAnswerRows();
}

void TestImportFlow::lostAnswerShownAsImported()
{
    // Whatever happened to the answer, the user sees "imported" with the id of the one copy in the account, and
    // the history says so.
    QFETCH(ccm::sandbox::Fault, fault);
    QFETCH(bool, allowDuplicate);
    QFETCH(int, posts);
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    ccm::sandbox::Sandbox cloud;
    QVERIFY(bool(cloud.start()));
    Fixture f;
    f.service.setClientTuning(1000, ccm::cloud::RetryPolicy());
    QVERIFY(!f.chooseProfileFor(cloud, QStringLiteral("Lab")).isEmpty());
    f.window.findChild<QCheckBox*>(QStringLiteral("duplicateCheckBox"))->setChecked(allowDuplicate);
    QVERIFY(f.openReadyBundle());
    QTRY_VERIFY(f.button("importButton")->isEnabled());
    cloud.injectFault(fault, 1, 3000, importPath);

    const auto report = f.clickImport();
    QVERIFY(report);
    QVERIFY2(!report->error, report->error ? qPrintable(report->error->message + report->error->detail) : "");
    QCOMPARE(cloud.countRequests(QStringLiteral("POST"), importPath), posts);
    QCOMPARE(cloud.certificateCount(), 1);
    const QString id = cloud.certificates().first().id;
    QCOMPARE(report->result.certificateId, id);
    const QString banner = f.window.bannerText();
    QVERIFY2(banner.startsWith(QLatin1String("Imported \"")) && banner.contains(id), qPrintable(banner));
    QVERIFY2(banner.contains(posts == 1 ? QLatin1String("The answer was lost on the way")
                                        : QLatin1String("An earlier answer was lost")),
             qPrintable(banner));
    const auto record = f.history().value(0);
    QCOMPARE(record.outcome, ImportOutcome::Imported);
    QCOMPARE(record.certificateId, id);
}

void TestImportFlow::unreachableEndpoint()
{
    Fixture f;
    // Port 9 (discard) on loopback: nothing listens there.
    const QString id = f.addProfile(QStringLiteral("Dead"), QUrl(QStringLiteral("http://127.0.0.1:9")),
                                    QStringLiteral("any-secret-key"));
    QVERIFY(f.window.selectProfile(id));
    QVERIFY(f.openReadyBundle());

    const auto report = f.clickImport();
    QVERIFY(report);
    QVERIFY(report->error);
    QVERIFY(ccm::cloud::isNetworkError(*report->error));
    QCOMPARE(f.history().value(0).outcome, ImportOutcome::Failed);
    QVERIFY(f.button("importButton")->isEnabled());
}

void TestImportFlow::cancelWhileSending()
{
    ccm::sandbox::Sandbox cloud;
    QVERIFY(bool(cloud.start()));
    cloud.setResponseDelay(1500);
    Fixture f;
    const QString id = f.chooseProfileFor(cloud, QStringLiteral("Slow"));
    QVERIFY(!id.isEmpty());
    QVERIFY(f.openReadyBundle());

    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    QSignalSpy spy(&f.service, &ImportService::finished);
    QSignalSpy steps(&f.service, &ImportService::progress);
    QSignalSpy handled(&cloud, &ccm::sandbox::Sandbox::requestHandled);
    f.button("importButton")->click();
    QPushButton* cancel = f.button("cancelImportButton");
    QVERIFY(!cancel->isHidden());
    QVERIFY(!f.button("importButton")->isEnabled());
    // Wait until the import has reached the sandbox (which holds its answer back), then cancel.
    QTRY_COMPARE_WITH_TIMEOUT(cloud.countRequests(QStringLiteral("POST"), importPath), 1, 10000);
    QCOMPARE(steps.count(), 2);
    QCOMPARE(spy.count(), 0);
    cancel->click();
    QCOMPARE(spy.count(), 1); // at once, not when the aborted call gets round to answering
    const auto report = spy.first().first().value<ImportReport>();
    QVERIFY(report.error);
    QCOMPARE(report.error->code, QStringLiteral("cloud.network.cancelled"));
    QVERIFY(cancel->isHidden());
    QVERIFY(f.button("importButton")->isEnabled());
    QVERIFY(f.window.bannerText().contains(QLatin1String("may have been imported")));
    QCOMPARE(f.history().value(0).outcome, ImportOutcome::Failed);
    // The late answer of the aborted call: wait until the sandbox has sent it, give it its turn here (a probe's
    // answer over a fresh connection arrives after it), and it must not report a second time.
    const int sent = int(cloud.requestLog().size());
    QTRY_COMPARE_WITH_TIMEOUT(handled.count(), sent, 10000);
    cloud.setResponseDelay(0);
    ccm::cloud::ScmClient probe(ccm::test::sandboxOptions(cloud));
    const auto probed = ccm::test::waitFor<ccm::Result<ccm::cloud::CertificatePage>>(
        [&](auto done) { probe.listCertificates({}, &probe, done); });
    QVERIFY(probed && probed->ok());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(f.history().size(), 1);
    QCOMPARE(cloud.countRequests(QStringLiteral("POST"), importPath), 1);
}

void TestImportFlow::closingAsksWhileImporting()
{
    ccm::sandbox::Sandbox cloud;
    QVERIFY(bool(cloud.start()));
    cloud.setResponseDelay(3000);
    Fixture f;
    const QString id = f.chooseProfileFor(cloud, QStringLiteral("Slow"));
    QVERIFY(!id.isEmpty());
    f.window.show();
    QVERIFY(f.openReadyBundle());
    QSignalSpy spy(&f.service, &ImportService::finished);
    f.button("importButton")->click();
    QVERIFY(f.window.isImportInProgress());

    // Answers the question box with `button` once it is up; the answered box's text for the checks below.
    QString asked;
    const auto answer = [&asked](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            QTRY_VERIFY(qobject_cast<QMessageBox*>(QApplication::activeModalWidget()));
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            asked = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::No);
    QVERIFY(!f.window.close());
    QVERIFY(asked.startsWith(QLatin1String("An import is still running.")));
    QVERIFY(f.window.isVisible());
    QCOMPARE(spy.count(), 0);

    answer(QMessageBox::Yes);
    QVERIFY(f.window.close());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().value<ImportReport>().error->code, QStringLiteral("cloud.network.cancelled"));

    // Without an import running, closing asks nothing.
    f.window.show();
    asked.clear();
    QVERIFY(f.window.close());
    QVERIFY(asked.isEmpty());
}

void TestImportFlow::historyDialogListsAttempts()
{
    Fixture f;
    ccm::history::ImportHistory ledger(f.historyPath());
    QVERIFY(bool(ledger.open()));
    ccm::history::ImportRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.certificateName = QStringLiteral("shop-cert");
    record.certificateId = QStringLiteral("scs1554192131150");
    record.subjectCommonName = QStringLiteral("shop.example.test");
    record.profileName = QStringLiteral("Prod");
    QVERIFY(bool(ledger.record(record)));
    record.outcome = ImportOutcome::Rejected;
    record.certificateId.clear();
    record.errorCode = QStringLiteral("SCM.0014");
    record.message = QStringLiteral("The key does not match.");
    QVERIFY(bool(ledger.record(record)));

    ccm::ui::HistoryDialog dialog(f.historyPath());
    QCOMPARE(dialog.rowCount(), 2);
    QCOMPARE(dialog.cellText(0, 1), QStringLiteral("Rejected"));
    QVERIFY(dialog.cellText(0, 7).startsWith(QLatin1String("SCM.0014: ")));
    QCOMPARE(dialog.cellText(1, 1), QStringLiteral("Imported"));
    QCOMPARE(dialog.cellText(1, 3), QStringLiteral("scs1554192131150"));
    QCOMPARE(dialog.cellText(1, 4), QStringLiteral("shop.example.test"));

    QCOMPARE(dialog.statusText(), QStringLiteral("Entries: 2"));

    // Opening the history before any import shows that, and creates no ledger.
    const QString none = f.dir.filePath(QStringLiteral("none/history.sqlite"));
    ccm::ui::HistoryDialog empty(none);
    QCOMPARE(empty.rowCount(), 0);
    QCOMPARE(empty.statusText(), QStringLiteral("Nothing has been imported from this computer yet."));
    QVERIFY(!QFileInfo::exists(none));
    // A ledger that cannot be opened (not a database) is said so, not shown as empty.
    QFile junk(f.dir.filePath(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(4096, 'x'));
    junk.close();
    ccm::ui::HistoryDialog broken(junk.fileName());
    QCOMPARE(broken.rowCount(), 0);
    QVERIFY(!broken.statusText().isEmpty());
    QVERIFY2(!broken.statusText().contains(QLatin1String("Nothing has been imported")),
             qPrintable(broken.statusText()));
}

void TestImportFlow::keyboardOnlyImport()
{
    Fixture f;
    int chooserCalls = 0;
    f.window.setFileChooser([&chooserCalls](QWidget*, const QString&, const QString&, const QString&) {
        ++chooserCalls;
        return QStringList{ccm::test::dataPath(QStringLiteral("rsa/fullchain.pem")),
                           ccm::test::dataPath(QStringLiteral("rsa/leaf.enc.key"))};
    });
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QCOMPARE(QApplication::focusWidget(), f.button("addFilesButton"));

    // The passphrase dialog opens inside the inspection's question; it is answered with keys once it shows.
    QString focusInDialog;
    bool answered = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &f.window, [&poll, &focusInDialog, &answered] {
        QWidget* dialog = qobject_cast<ccm::ui::PassphraseDialog*>(QApplication::activeModalWidget());
        QWidget* focus = QApplication::focusWidget();
        if (!dialog || !focus || focus->window() != dialog)
            return;
        poll.stop();
        focusInDialog = focus ? focus->objectName() : QString();
        QTest::keyClicks(focus, QStringLiteral("correct horse"));
        QTest::keyClick(focus, Qt::Key_Return);
        answered = true;
    });
    poll.start();
    // Add files with the platform's Open key (Ctrl+O), from the focused button.
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::Open);
    QCOMPARE(chooserCalls, 1);
    QTRY_VERIFY(answered);
    QCOMPARE(focusInDialog, QStringLiteral("passphraseEdit"));
    QTRY_VERIFY_WITH_TIMEOUT(f.button("importButton")->isEnabled(), 10000);
    QVERIFY(f.window.bannerText().startsWith(QLatin1String("Ready to import")));

    // Import with Ctrl+Return from wherever the focus is in the main window, active again after the dialog (the
    // offscreen platform has no window manager to do that).
    f.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QVERIFY(QApplication::focusWidget() && QApplication::focusWidget()->window() == &f.window);
    QSignalSpy finished(&f.service, &ImportService::finished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(f.window.isImportInProgress());
    QVERIFY(finished.wait(20000));
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
    // The process's sandbox may hold this certificate from an earlier test: then it is found, not sent again.
    const QString id = report.result.duplicateOf.isEmpty() ? report.result.certificateId : report.result.duplicateOf;
    QVERIFY(id.startsWith(QLatin1String("scs")));
    QVERIFY(f.window.bannerText().contains(id));
    QVERIFY(f.history().value(0).outcome == ImportOutcome::Imported ||
            f.history().value(0).outcome == ImportOutcome::AlreadyPresent);
}

void TestImportFlow::escapeCancelsTheImport()
{
    ccm::sandbox::Sandbox cloud;
    QVERIFY(bool(cloud.start()));
    cloud.setResponseDelay(3000);
    Fixture f;
    QVERIFY(!f.chooseProfileFor(cloud, QStringLiteral("Slow")).isEmpty());
    f.window.show();
    QVERIFY(QTest::qWaitForWindowActive(&f.window));
    QVERIFY(f.openReadyBundle());
    QSignalSpy finished(&f.service, &ImportService::finished);
    QSignalSpy steps(&f.service, &ImportService::progress);
    QTest::keyClick(&f.window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(f.window.isImportInProgress());
    QTRY_COMPARE(steps.count(), 2);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &f.window, Qt::Key_Escape);
    QCOMPARE(finished.count(), 1);
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY(report.error);
    QCOMPARE(report.error->code, QStringLiteral("cloud.network.cancelled"));
    QVERIFY(!f.window.isImportInProgress());
}

QTEST_MAIN(TestImportFlow)
#include "TestImportFlow.moc"
