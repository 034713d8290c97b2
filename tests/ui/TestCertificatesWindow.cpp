// Account > Certificates and the renewal offer, against the sandbox over real HTTP: the table (order, colours, icons,
// summary, filters), the cached list, delete and push with their history lines, and the offer after an import.
#include "TestData.h"

#include "ui/certificates/CertificateListModel.h"
#include "ui/certificates/CertificatesWindow.h"
#include "ui/certificates/PushDialog.h"
#include "ui/certificates/RenewalDialog.h"
#include "ui/mainwindow/MainWindowController.h"

#include "application/AccountService.h"
#include "application/ImportService.h"
#include "history/ImportHistory.h"
#include "profiles/MemorySecretStore.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileStore.h"
#include "sandbox/CertificateRecord.h"
#include "sandbox/Sandbox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using ccm::application::AccountService;
using ccm::application::ExpiryLevel;
using ccm::cloud::PushRequest;
using ccm::history::Action;
using ccm::history::ImportOutcome;
using ccm::ui::CertificateFilterModel;
using ccm::ui::CertificateListModel;
using ccm::ui::CertificatesWindow;

Q_DECLARE_METATYPE(ccm::application::ImportReport)

namespace {

const QDateTime kNow(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);

ccm::sandbox::CertificateRecord makeRecord(const QString& id, const QString& name, const QStringList& domains,
                                           const QDateTime& notAfter)
{
    ccm::sandbox::CertificateRecord record;
    record.id = id;
    record.name = name;
    record.domainNames = domains;
    record.domain = domains.first();
    record.signatureAlgorithm = QStringLiteral("SHA256WITHRSA");
    record.sha1 = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha1).toHex());
    record.sha256 = QString::fromLatin1(QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex());
    record.issuer = QStringLiteral("CN=Test CA");
    record.notBefore = notAfter.addDays(-365);
    record.notAfter = notAfter;
    record.created = kNow.addDays(-30);
    return record;
}

/// A sandbox holding certificates of mixed expiry, a saved profile for it, and an account service, all on one clock.
struct Fixture
{
    QTemporaryDir dir;
    std::shared_ptr<ccm::FixedClock> clock;
    ccm::sandbox::Sandbox cloud;
    ccm::profiles::ProfileStore store{dir.filePath(QStringLiteral("profiles.ini"))};
    ccm::profiles::MemorySecretStore secrets;
    AccountService service{store, secrets};
    QString profileId;

    explicit Fixture(const QList<ccm::sandbox::CertificateRecord>& records, bool fixedClock = true)
    {
        if (fixedClock) {
            clock = std::make_shared<ccm::FixedClock>(kNow);
            cloud.setClock(clock);
            service.setClock(clock);
        }
        const QString state = dir.filePath(QStringLiteral("sandbox.json"));
        if (!ccm::sandbox::saveState(state, records) || !cloud.setStateFile(state) || !cloud.start())
            return;
        service.setHistoryPath(historyPath());
        service.setCacheFolder(dir.filePath(QStringLiteral("lists")));
        ccm::cloud::RetryPolicy retry;
        retry.maxAttempts = 1;
        service.setClientTuning(5000, retry);

        ccm::profiles::Profile profile;
        profile.name = QStringLiteral("Test account");
        profile.scmEndpoint = cloud.endpoint();
        profile.iamEndpoint = cloud.endpoint();
        const auto demo = ccm::sandbox::Sandbox::demoCredentials();
        profile.accessKeyId = demo.accessKeyId;
        profile.domainId = demo.domainId;
        auto created = store.create(profile);
        if (!created)
            return;
        bool written = false;
        secrets.write(created->id, ccm::profiles::SecretKind::SecretKey, ccm::SecureBytes::fromString(demo.secretKey),
                      nullptr, [&written](ccm::Status status) { written = bool(status); });
        if (QTest::qWaitFor([&written] { return written; }, 5000))
            profileId = created->id;
    }

    QString historyPath() const { return dir.filePath(QStringLiteral("history.sqlite")); }

    QList<ccm::history::ImportRecord> history() const { return ccm::test::readHistory(historyPath()); }

    /// A window that has finished its first refresh.
    std::unique_ptr<CertificatesWindow> openWindow()
    {
        auto window = std::make_unique<CertificatesWindow>(service, profileId);
        QSignalSpy refreshed(window.get(), &CertificatesWindow::refreshFinished);
        if (!refreshed.wait(10000))
            return nullptr;
        return window;
    }
};

/// Expired, within 30 days (two), within 60 days, and fine.
QList<ccm::sandbox::CertificateRecord> mixedExpiry()
{
    return {
        makeRecord(QStringLiteral("scs1000000000001"), QStringLiteral("fine"), {QStringLiteral("fine.test")},
                   kNow.addDays(200)),
        makeRecord(QStringLiteral("scs1000000000002"), QStringLiteral("soon"),
                   {QStringLiteral("soon.test"), QStringLiteral("www.soon.test")}, kNow.addDays(10)),
        makeRecord(QStringLiteral("scs1000000000003"), QStringLiteral("month"), {QStringLiteral("month.test")},
                   kNow.addDays(45)),
        makeRecord(QStringLiteral("scs1000000000004"), QStringLiteral("old"), {QStringLiteral("old.test")},
                   kNow.addDays(-5)),
        makeRecord(QStringLiteral("scs1000000000005"), QStringLiteral("soon-too"), {QStringLiteral("soon2.test")},
                   kNow.addDays(20)),
    };
}

QStringList shownIds(const CertificatesWindow& window)
{
    QStringList ids;
    for (int row = 0; row < window.proxy()->rowCount(); ++row)
        ids.append(window.proxy()->index(row, 0).data(CertificateListModel::IdRole).toString());
    return ids;
}

QImage iconImage(const QVariant& decoration)
{
    return decoration.value<QIcon>().pixmap(16, 16).toImage();
}

} // namespace

class TestCertificatesWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tableOrderColoursAndSummary();
    void filters();
    void reopeningShowsTheCachedList();
    void incompleteListIsSaid();
    void cancelKeepsTheListShown();
    void pushIsRecordedAfterTheWindowCloses();
    void deleteConfirmation_data();
    void deleteConfirmation();
    void declinedDeleteSendsNothing();
    void pushIsSentAndRecorded_data();
    void pushIsSentAndRecorded();
    void refusedPushIsExplained();
    void pushDialogChoice();
    void renewalDialogDefaults();
    void renewalOfferAfterImport();
};

void TestCertificatesWindow::initTestCase()
{
    // Every window gets its behaviour at once, as in one program (ccm-importer loads it as a module instead).
    ccm::ui::MainWindowController::attachToEveryWindow();
    qRegisterMetaType<ccm::application::ImportReport>();
}

void TestCertificatesWindow::tableOrderColoursAndSummary()
{
    Fixture f(mixedExpiry());
    QVERIFY(!f.profileId.isEmpty());
    auto window = f.openWindow();
    QVERIFY(window);
    QVERIFY2(window->messageText().isEmpty(), qPrintable(window->messageText()));

    // Expiry first: the expired one, then the soonest.
    QCOMPARE(shownIds(*window), (QStringList{QStringLiteral("scs1000000000004"), QStringLiteral("scs1000000000002"),
                                             QStringLiteral("scs1000000000005"), QStringLiteral("scs1000000000003"),
                                             QStringLiteral("scs1000000000001")}));
    QCOMPARE(window->summaryText(), QStringLiteral("2 expire within 30 days, 1 more within 60 days, 1 expired"));

    const QList<ExpiryLevel> levels{ExpiryLevel::Expired, ExpiryLevel::Within30Days, ExpiryLevel::Within30Days,
                                    ExpiryLevel::Within60Days, ExpiryLevel::Fine};
    QList<QImage> icons;
    for (int row = 0; row < levels.size(); ++row) {
        const QModelIndex days = window->proxy()->index(row, CertificateListModel::DaysLeft);
        QCOMPARE(ExpiryLevel(days.data(CertificateListModel::LevelRole).toInt()), levels.at(row));
        QCOMPARE(days.data(Qt::ForegroundRole).value<QColor>(),
                 CertificateListModel::levelColor(levels.at(row), QApplication::palette()));
        icons.append(iconImage(days.data(Qt::DecorationRole)));
        QVERIFY(!icons.last().isNull());
        QCOMPARE(days.data(Qt::ToolTipRole).toString(), CertificateListModel::levelText(levels.at(row)));
    }
    // Not colour alone: each level has its own icon, and the colours differ too.
    QVERIFY(icons.at(0) != icons.at(1));
    QVERIFY(icons.at(1) == icons.at(2));
    QVERIFY(icons.at(2) != icons.at(3));
    QVERIFY(icons.at(3) != icons.at(4));
    QVERIFY(CertificateListModel::levelColor(ExpiryLevel::Expired, QApplication::palette()) !=
            CertificateListModel::levelColor(ExpiryLevel::Within30Days, QApplication::palette()));
    QCOMPARE(window->proxy()->index(1, CertificateListModel::DaysLeft).data().toString(), QStringLiteral("10 days"));
    QCOMPARE(window->proxy()->index(1, CertificateListModel::OtherNames).data().toString(),
             QStringLiteral("www.soon.test"));
    QCOMPARE(window->proxy()->index(1, CertificateListModel::Status).data().toString(), QStringLiteral("UPLOAD"));

    // Any column sorts.
    window->table()->sortByColumn(CertificateListModel::Name, Qt::AscendingOrder);
    QCOMPARE(shownIds(*window).first(), QStringLiteral("scs1000000000001"));

    // The details come from show.
    QVERIFY(window->selectCertificate(QStringLiteral("scs1000000000002")));
    QSignalSpy details(window.get(), &CertificatesWindow::detailsShown);
    QVERIFY(details.wait(5000));
    QVERIFY2(window->detailsText().contains(QLatin1String("SHA-1 fingerprint")), qPrintable(window->detailsText()));
    QVERIFY(window->detailsText().contains(QLatin1String("www.soon.test")));
    QVERIFY(window->detailsText().contains(QLatin1String("Expires within 30 days")));
}

void TestCertificatesWindow::filters()
{
    Fixture f(mixedExpiry());
    auto window = f.openWindow();
    QVERIFY(window);
    auto* level = window->findChild<QComboBox*>(QStringLiteral("statusFilter"));
    level->setCurrentIndex(level->findData(int(CertificateFilterModel::LevelFilter::Expired)));
    QCOMPARE(shownIds(*window), QStringList{QStringLiteral("scs1000000000004")});
    level->setCurrentIndex(level->findData(int(CertificateFilterModel::LevelFilter::Within60Days)));
    QCOMPARE(window->proxy()->rowCount(), 3);
    level->setCurrentIndex(level->findData(int(CertificateFilterModel::LevelFilter::All)));

    auto* filter = window->findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    filter->setText(QStringLiteral("soon"));
    QCOMPARE(window->proxy()->rowCount(), 2);
    // Enter searches the service with `content`.
    const int before = f.cloud.requestCount();
    QSignalSpy refreshed(window.get(), &CertificatesWindow::refreshFinished);
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(refreshed.wait(5000));
    QVERIFY(f.cloud.requestCount() > before);
    QVERIFY(f.cloud.requestLog().last().query.contains("content=soon"));
    QCOMPARE(window->model()->rowCount(), 2);
    QVERIFY(window->ageText().contains(QLatin1String("soon")));
}

void TestCertificatesWindow::reopeningShowsTheCachedList()
{
    Fixture f(mixedExpiry());
    {
        auto first = f.openWindow();
        QVERIFY(first);
        QCOMPARE(first->ageText(), QStringLiteral("Updated just now"));
    }
    const QDir lists(f.dir.filePath(QStringLiteral("lists")));
    const QStringList files = lists.entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(QFile::permissions(lists.filePath(files.first())) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());

    // One certificate is gone meanwhile; the window still opens with the saved list, before any request.
    f.cloud.clearCertificates();
    f.clock->advanceSeconds(5 * 60);
    const int requests = f.cloud.requestCount();
    CertificatesWindow again(f.service, f.profileId);
    QCOMPARE(again.model()->rowCount(), 5);
    QCOMPARE(again.ageText(), QStringLiteral("Saved list as of 5 minutes ago"));
    QCOMPARE(f.cloud.requestCount(), requests);
    QVERIFY(!again.isRefreshing()); // the refresh starts from the event loop, after the window shows

    // Then the fresh list replaces it.
    QSignalSpy refreshed(&again, &CertificatesWindow::refreshFinished);
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(again.model()->rowCount(), 0);
    QCOMPARE(again.ageText(), QStringLiteral("Updated just now"));
    QVERIFY(f.cloud.requestCount() > requests);
}

void TestCertificatesWindow::incompleteListIsSaid()
{
    // More than the documented paging reaches: 301 certificates.
    QList<ccm::sandbox::CertificateRecord> many;
    for (int i = 0; i < 301; ++i) {
        many.append(makeRecord(QStringLiteral("scs2%1").arg(i, 12, 10, QLatin1Char('0')),
                               QStringLiteral("bulk-%1").arg(i), {QStringLiteral("bulk%1.test").arg(i)},
                               kNow.addDays(100 + i)));
    }
    Fixture f(many);
    auto window = f.openWindow();
    QVERIFY(window);
    QVERIFY2(window->incompleteText().contains(QLatin1String("301")), qPrintable(window->incompleteText()));
    QCOMPARE(window->model()->rowCount(), 300);
}

void TestCertificatesWindow::cancelKeepsTheListShown()
{
    Fixture f(mixedExpiry());
    {
        auto first = f.openWindow(); // leaves the list in the cache
        QVERIFY(first);
    }
    f.cloud.setResponseDelay(5000);
    CertificatesWindow window(f.service, f.profileId);
    QTRY_VERIFY(window.isRefreshing());
    auto* cancel = window.findChild<QPushButton*>(QStringLiteral("cancelRefreshButton"));
    QVERIFY(cancel->isEnabled());
    QSignalSpy refreshed(&window, &CertificatesWindow::refreshFinished);
    cancel->click();
    QCOMPARE(refreshed.size(), 1);
    QVERIFY(!window.isRefreshing());
    QVERIFY(!cancel->isEnabled());
    QVERIFY2(window.messageText().contains(QLatin1String("cancelled")), qPrintable(window.messageText()));
    QCOMPARE(window.model()->rowCount(), 5);
    QVERIFY(window.ageText().startsWith(QLatin1String("Saved list as of")));
}

void TestCertificatesWindow::pushIsRecordedAfterTheWindowCloses()
{
    Fixture f(mixedExpiry());
    auto window = f.openWindow();
    QVERIFY(window);
    window->setPushChooser([](QWidget*, const QString&) -> std::optional<PushRequest> {
        return PushRequest{QStringLiteral("CDN"), {QStringLiteral("cn-north-4")}};
    });
    QVERIFY(window->selectCertificate(QStringLiteral("scs1000000000001")));
    // The answer comes late: the window closes after the push arrived and before its answer.
    f.cloud.setResponseDelay(2000);
    const QString path = QStringLiteral("/v3/scm/certificates/scs1000000000001/push");
    window->pushSelected();
    QTRY_COMPARE(f.cloud.countRequests(QStringLiteral("POST"), path), 1);
    QCOMPARE(f.cloud.requestLog().last().status, 0); // not answered yet
    window.reset();                                  // closed while the answer is on its way
    QTRY_COMPARE(f.history().size(), 1);
    QCOMPARE(f.history().first().action, Action::Push);
    QVERIFY(!f.history().first().requestId.isEmpty());
}

void TestCertificatesWindow::deleteConfirmation_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("domains");
    QTest::addColumn<int>("questions");
    QTest::addRow("expired: asked once") << QStringLiteral("scs1000000000004") << QStringLiteral("old")
                                         << QStringLiteral("old.test") << 1;
    QTest::addRow("valid: asked twice") << QStringLiteral("scs1000000000002") << QStringLiteral("soon")
                                        << QStringLiteral("soon.test, www.soon.test") << 2;
}

void TestCertificatesWindow::deleteConfirmation()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(QString, domains);
    QFETCH(int, questions);
    Fixture f(mixedExpiry());
    auto window = f.openWindow();
    QVERIFY(window);
    QStringList asked;
    window->setConfirmer([&asked](QWidget*, const QString&, const QString& text) {
        asked.append(text);
        return true;
    });
    QVERIFY(window->selectCertificate(id));
    QSignalSpy finished(window.get(), &CertificatesWindow::actionFinished);
    window->deleteSelected();
    QVERIFY(finished.wait(5000));
    QCOMPARE(asked.size(), questions);
    const QDateTime expires = id == QLatin1String("scs1000000000004") ? kNow.addDays(-5) : kNow.addDays(10);
    QVERIFY2(asked.first().contains(QLatin1Char('"') + name + QLatin1Char('"')), qPrintable(asked.first()));
    QVERIFY(asked.first().contains(id));
    QVERIFY(asked.first().contains(QLatin1String("Domains: ") + domains));
    QVERIFY(asked.first().contains(QLocale().toString(expires, QLocale::LongFormat)));
    if (questions == 2)
        QVERIFY(asked.at(1).contains(QLatin1String("has not expired")));

    QCOMPARE(f.cloud.certificateCount(), 4);
    QCOMPARE(window->model()->rowCount(), 4);
    const auto history = f.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().action, Action::Delete);
    QCOMPARE(history.first().certificateId, id);
    QCOMPARE(history.first().certificateName, name);
    QCOMPARE(history.first().outcome, ImportOutcome::Done);
    QVERIFY(!history.first().requestId.isEmpty());
    QVERIFY(window->messageText().contains(history.first().requestId));
}

void TestCertificatesWindow::declinedDeleteSendsNothing()
{
    Fixture f(mixedExpiry());
    auto window = f.openWindow();
    QVERIFY(window);
    int asked = 0;
    // Yes to the first question, no to the second.
    window->setConfirmer([&asked](QWidget*, const QString&, const QString&) { return ++asked == 1; });
    QVERIFY(window->selectCertificate(QStringLiteral("scs1000000000001")));
    const int requests =
        f.cloud.countRequests(QStringLiteral("DELETE"), QStringLiteral("/v3/scm/certificates/scs1000000000001"));
    window->deleteSelected();
    QCOMPARE(asked, 2);
    QVERIFY(!window->isBusy());
    QCOMPARE(f.cloud.countRequests(QStringLiteral("DELETE"), QStringLiteral("/v3/scm/certificates/scs1000000000001")),
             requests);
    QCOMPARE(f.cloud.certificateCount(), 5);
    QVERIFY(f.history().isEmpty());
}

void TestCertificatesWindow::pushIsSentAndRecorded_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QStringList>("projects");
    QTest::addColumn<bool>("batch");
    QTest::addColumn<QString>("targets");
    QTest::addRow("one region: push") << QStringLiteral("CDN") << QStringList{QStringLiteral("cn-north-4")} << false
                                      << QStringLiteral("CDN:cn-north-4");
    QTest::addRow("two regions: batch-push")
        << QStringLiteral("WAF") << QStringList{QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")} << true
        << QStringLiteral("WAF:cn-north-4,ap-southeast-1");
}

void TestCertificatesWindow::pushIsSentAndRecorded()
{
    QFETCH(QString, service);
    QFETCH(QStringList, projects);
    QFETCH(bool, batch);
    QFETCH(QString, targets);
    Fixture f(mixedExpiry());
    auto window = f.openWindow();
    QVERIFY(window);
    QString askedFor;
    window->setPushChooser([&](QWidget*, const QString& name) -> std::optional<PushRequest> {
        askedFor = name;
        return PushRequest{service, projects};
    });
    QVERIFY(window->selectCertificate(QStringLiteral("scs1000000000003")));
    QSignalSpy finished(window.get(), &CertificatesWindow::actionFinished);
    window->pushSelected();
    QVERIFY(finished.wait(5000));
    QCOMPARE(askedFor, QStringLiteral("month"));
    const ccm::sandbox::PushRecord expected{QStringLiteral("scs1000000000003"), service, projects, batch};
    QCOMPARE(f.cloud.pushes(), QList<ccm::sandbox::PushRecord>{expected});
    const auto history = f.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().action, Action::Push);
    QCOMPARE(history.first().targets, targets);
    QCOMPARE(history.first().certificateId, QStringLiteral("scs1000000000003"));
    QVERIFY(!history.first().requestId.isEmpty());
    QVERIFY2(window->messageText().contains(history.first().requestId), qPrintable(window->messageText()));
}

void TestCertificatesWindow::refusedPushIsExplained()
{
    Fixture f(mixedExpiry());
    auto window = f.openWindow();
    QVERIFY(window);
    f.cloud.injectFault(ccm::sandbox::Fault::CannotPush, 1, 0,
                        QStringLiteral("/v3/scm/certificates/scs1000000000001/push"));
    window->setPushChooser([](QWidget*, const QString&) -> std::optional<PushRequest> {
        return PushRequest{QStringLiteral("ELB"), {QStringLiteral("cn-north-4")}};
    });
    QVERIFY(window->selectCertificate(QStringLiteral("scs1000000000001")));
    QSignalSpy finished(window.get(), &CertificatesWindow::actionFinished);
    window->pushSelected();
    QVERIFY(finished.wait(5000));
    QVERIFY2(window->messageText().contains(QLatin1String("cannot be pushed to that cloud service")),
             qPrintable(window->messageText()));
    QVERIFY(f.cloud.pushes().isEmpty());
    QCOMPARE(
        f.cloud.countRequests(QStringLiteral("POST"), QStringLiteral("/v3/scm/certificates/scs1000000000001/push")),
        1); // refused once, not sent again
    const auto history = f.history();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().outcome, ImportOutcome::Rejected);
    QCOMPARE(history.first().errorCode, QStringLiteral("cloud.push-refused")); // SCM.0030
}

void TestCertificatesWindow::pushDialogChoice()
{
    ccm::ui::PushDialog dialog(QStringLiteral("www"));
    auto* ok = dialog.findChildren<QPushButton*>().first();
    for (QPushButton* button : dialog.findChildren<QPushButton*>()) {
        if (button->text() == QLatin1String("&Push"))
            ok = button;
    }
    QVERIFY(!ok->isEnabled()); // no region yet
    dialog.setRequest({QStringLiteral("WAF"), {QStringLiteral("ap-southeast-1"), QStringLiteral("cn-north-4")}});
    QVERIFY(ok->isEnabled());
    const PushRequest chosen = dialog.request();
    QCOMPARE(chosen.service, QStringLiteral("WAF"));
    QCOMPARE(chosen.projects, (QStringList{QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")}));
    QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("serviceCombo"))->accessibleName().isEmpty());
    QVERIFY(!dialog.findChild<QListWidget*>(QStringLiteral("regionList"))->accessibleName().isEmpty());
}

void TestCertificatesWindow::renewalDialogDefaults()
{
    ccm::application::RenewalPlan proposal;
    proposal.certificateId = QStringLiteral("scs1000000000009");
    proposal.certificateName = QStringLiteral("new");
    proposal.renewed = {{QStringLiteral("scs1000000000001"), QStringLiteral("old-one"),
                         QStringLiteral("2030-01-01 00:00:00.0"), QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC)}};
    proposal.pushes = {PushRequest{QStringLiteral("CDN"), {QStringLiteral("cn-north-4")}}};
    ccm::ui::RenewalDialog dialog(proposal);
    QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("deleteRenewedCheckBox"))->isChecked());
    auto* renewed = dialog.findChild<QListWidget*>(QStringLiteral("renewedList"));
    QCOMPARE(renewed->count(), 1);
    QVERIFY(renewed->item(0)->text().contains(QLatin1String("old-one")));
    auto* targets = dialog.findChild<QListWidget*>(QStringLiteral("targetList"));
    QCOMPARE(targets->count(), 1);
    QCOMPARE(targets->item(0)->checkState(), Qt::Checked);
    ccm::application::RenewalPlan plan = dialog.plan();
    QVERIFY(!plan.deleteRenewed);
    QCOMPARE(plan.pushes.size(), 1);
    QCOMPARE(plan.pushes.first().service, QStringLiteral("CDN"));
    // Editable: a target can be left out.
    targets->item(0)->setCheckState(Qt::Unchecked);
    QVERIFY(dialog.plan().pushes.isEmpty());
}

void TestCertificatesWindow::renewalOfferAfterImport()
{
    // An older certificate for the same domains as rsa/leaf.pem, pushed to CDN before.
    const QString oldId = QStringLiteral("scs1000000000042");
    const QDateTime oldExpiry(QDate(2040, 1, 1), QTime(0, 0), Qt::UTC);
    Fixture f({makeRecord(oldId, QStringLiteral("www-2039"),
                          {QStringLiteral("www.example.test"), QStringLiteral("example.test")}, oldExpiry)},
              false);
    QVERIFY(!f.profileId.isEmpty());
    ccm::profiles::Profile profile = *f.store.findById(f.profileId);
    QVERIFY(ccm::history::appendToHistory(
        ccm::application::activityRecord(Action::Push, profile, f.cloud.endpoint(), oldId, QStringLiteral("www-2039"),
                                         QStringLiteral("CDN:cn-north-4"),
                                         ccm::Result<QString>(QStringLiteral("req-1"))),
        f.historyPath()));

    ccm::profiles::ProfileListModel model(f.store);
    ccm::application::ImportService importer(f.store, f.secrets);
    importer.setHistoryPath(f.historyPath());
    ccm::ui::MainWindow window;
    window.setProfileModel(&model);
    window.setImportService(&importer);
    window.setAccountService(&f.service);
    window.setHistoryPath(f.historyPath());
    QVERIFY(window.selectProfile(f.profileId));
    std::optional<ccm::application::RenewalPlan> offered;
    window.setRenewalAsker([&offered](QWidget*, const ccm::application::RenewalPlan& proposal) {
        offered = proposal;
        auto accepted = proposal;
        accepted.deleteRenewed = true;
        return std::optional(accepted);
    });

    window.openFiles({ccm::test::dataPath(QStringLiteral("rsa/fullchain.pem")),
                      ccm::test::dataPath(QStringLiteral("rsa/leaf.key"))});
    auto* importButton = window.findChild<QPushButton*>(QStringLiteral("importButton"));
    QTRY_VERIFY_WITH_TIMEOUT(importButton->isEnabled(), 10000);
    QSignalSpy imported(&importer, &ccm::application::ImportService::finished);
    QSignalSpy renewed(&window, &ccm::ui::MainWindow::renewalFinished);
    importButton->click();
    QVERIFY(imported.wait(10000));
    const auto report = imported.first().first().value<ccm::application::ImportReport>();
    QVERIFY2(!report.error, report.error ? qPrintable(report.error->message) : "");
    QVERIFY2(window.bannerText().contains(QLatin1String("It renews: www-2039 (") + oldId),
             qPrintable(window.bannerText()));

    QVERIFY(renewed.wait(10000));
    QVERIFY(offered);
    QCOMPARE(offered->certificateId, report.result.certificateId);
    QCOMPARE(offered->renewed.size(), 1);
    QCOMPARE(offered->renewed.first().id, oldId);
    QVERIFY(!offered->deleteRenewed); // unchecked unless the user ticks it
    QCOMPARE(offered->pushes.size(), 1);
    QCOMPARE(offered->pushes.first().service, QStringLiteral("CDN"));
    QCOMPARE(offered->pushes.first().projects, QStringList{QStringLiteral("cn-north-4")});

    QVERIFY2(renewed.first().at(1).toBool(), qPrintable(renewed.first().first().toStringList().join(u'\n')));
    const ccm::sandbox::PushRecord pushed{
        report.result.certificateId, QStringLiteral("CDN"), {QStringLiteral("cn-north-4")}, false};
    QCOMPARE(f.cloud.pushes(), QList<ccm::sandbox::PushRecord>{pushed});
    QCOMPARE(f.cloud.certificateCount(), 1); // the old one is gone, the new one stays
    QCOMPARE(f.cloud.certificates().first().id, report.result.certificateId);
    const auto history = f.history();
    QCOMPARE(history.at(0).action, Action::Delete);
    QCOMPARE(history.at(0).certificateId, oldId);
    QCOMPARE(history.at(1).action, Action::Push);
    QCOMPARE(history.at(1).certificateId, report.result.certificateId);
    QVERIFY(!history.at(1).requestId.isEmpty());
    QVERIFY(window.bannerText().contains(QLatin1String("Deleted www-2039")));
}

QTEST_MAIN(TestCertificatesWindow)
#include "TestCertificatesWindow.moc"
