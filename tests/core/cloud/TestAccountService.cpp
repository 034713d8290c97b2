// AccountService without a window: expiry levels, days left, the summary and age texts, the list cache (owner-only,
// per profile, survives a restart) and the push targets the renewal offer proposes.
#include "application/AccountService.h"
#include "application/ImportService.h"
#include "history/ImportHistory.h"
#include "profiles/MemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "sandbox/CertificateRecord.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ccm::application::AccountService;
using ccm::application::ExpiryLevel;

Q_DECLARE_METATYPE(ccm::application::ExpiryLevel)

namespace {

const QDateTime kNow(QDate(2030, 6, 1), QTime(12, 0), Qt::UTC);

QJsonObject entry(const QDateTime& expires)
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("scs1000000000001")},
                       {QStringLiteral("expire_time"), ccm::sandbox::serviceTime(expires)}};
}

} // namespace

class TestAccountService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void levels_data();
    void levels();
    void summary_data();
    void summary();
    void age_data();
    void age();
    void cacheSurvivesARestart();
    void pushTargetsOfRenewed();
};

void TestAccountService::levels_data()
{
    QTest::addColumn<QDateTime>("expires");
    QTest::addColumn<ExpiryLevel>("level");
    QTest::addColumn<qint64>("days");
    QTest::addRow("a second ago") << kNow.addSecs(-1) << ExpiryLevel::Expired << qint64(0);
    QTest::addRow("yesterday") << kNow.addDays(-1) << ExpiryLevel::Expired << qint64(-1);
    QTest::addRow("later today") << kNow.addSecs(3600) << ExpiryLevel::Within30Days << qint64(0);
    QTest::addRow("30 days") << kNow.addDays(30) << ExpiryLevel::Within30Days << qint64(30);
    QTest::addRow("31 days") << kNow.addDays(31) << ExpiryLevel::Within60Days << qint64(31);
    QTest::addRow("60 days") << kNow.addDays(60) << ExpiryLevel::Within60Days << qint64(60);
    QTest::addRow("61 days") << kNow.addDays(61) << ExpiryLevel::Fine << qint64(61);
    QTest::addRow("unreadable") << QDateTime() << ExpiryLevel::Unknown << qint64(0);
}

void TestAccountService::levels()
{
    QFETCH(QDateTime, expires);
    QFETCH(ExpiryLevel, level);
    QFETCH(qint64, days);
    QCOMPARE(ccm::application::expiryLevel(expires, kNow), level);
    if (expires.isValid())
        QCOMPARE(ccm::application::daysLeft(expires, kNow), days);
}

void TestAccountService::summary_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<QString>("text");
    QTest::addRow("none") << QList<int>{} << QStringLiteral("No certificates.");
    QTest::addRow("all fine") << QList<int>{100, 200} << QStringLiteral("None expires within 60 days.");
    QTest::addRow("one of each") << QList<int>{-3, 10, 45, 100}
                                 << QStringLiteral("1 expires within 30 days, 1 more within 60 days, 1 expired");
    QTest::addRow("as in the issue") << QList<int>{5, 20, -1} << QStringLiteral("2 expire within 30 days, 1 expired");
}

void TestAccountService::summary()
{
    QFETCH(QList<int>, days);
    QFETCH(QString, text);
    QList<QJsonObject> entries;
    for (int d : days)
        entries.append(entry(kNow.addDays(d)));
    QCOMPARE(ccm::application::expirySummary(entries, kNow), text);
}

void TestAccountService::age_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::addRow("now") << qint64(10) << QStringLiteral("just now");
    QTest::addRow("a minute") << qint64(60) << QStringLiteral("1 minute ago");
    QTest::addRow("5 minutes") << qint64(5 * 60 + 20) << QStringLiteral("5 minutes ago");
    QTest::addRow("3 hours") << qint64(3 * 3600) << QStringLiteral("3 hours ago");
    QTest::addRow("2 days") << qint64(2 * 86400 + 5) << QStringLiteral("2 days ago");
}

void TestAccountService::age()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(ccm::application::ageText(kNow.addSecs(-seconds), kNow), text);
}

void TestAccountService::cacheSurvivesARestart()
{
    QTemporaryDir dir;
    auto clock = std::make_shared<ccm::FixedClock>(kNow);
    ccm::sandbox::Sandbox cloud;
    cloud.setClock(clock);
    ccm::sandbox::CertificateRecord record;
    record.id = QStringLiteral("scs1000000000001");
    record.name = QStringLiteral("one");
    record.domainNames = {QStringLiteral("one.test")};
    record.domain = record.domainNames.first();
    record.sha1 = QString(40, QLatin1Char('a'));
    record.sha256 = QString(64, QLatin1Char('b'));
    record.notBefore = kNow.addDays(-10);
    record.notAfter = kNow.addDays(10);
    record.created = kNow.addDays(-1);
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QVERIFY(ccm::sandbox::saveState(state, {record}));
    QVERIFY(cloud.setStateFile(state));
    QVERIFY(cloud.start());

    ccm::profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    ccm::profiles::MemorySecretStore secrets;
    ccm::profiles::Profile profile;
    profile.name = QStringLiteral("p");
    profile.scmEndpoint = cloud.endpoint();
    profile.iamEndpoint = cloud.endpoint();
    const auto demo = ccm::sandbox::Sandbox::demoCredentials();
    profile.accessKeyId = demo.accessKeyId;
    profile.domainId = demo.domainId;
    const auto created = store.create(profile);
    QVERIFY(created);
    bool written = false;
    secrets.write(created->id, ccm::profiles::SecretKind::SecretKey, ccm::SecureBytes::fromString(demo.secretKey),
                  nullptr, [&written](ccm::Status status) { written = bool(status); });
    QTRY_VERIFY(written);

    const QString folder = dir.filePath(QStringLiteral("lists"));
    {
        AccountService service(store, secrets);
        service.setCacheFolder(folder);
        service.setClock(clock);
        QVERIFY(!service.cachedList(created->id));
        std::optional<ccm::Result<ccm::application::AccountList>> listed;
        service.refresh(created->id, {}, this,
                        [&listed](ccm::Result<ccm::application::AccountList> list) { listed = list; });
        QTRY_VERIFY(listed);
        QVERIFY2(bool(*listed), *listed ? "" : qPrintable(listed->error().message));
        QCOMPARE((*listed)->certificates.size(), 1);
        QVERIFY(!(*listed)->fromCache);

        // A search (content) is not the account's list: the cache keeps the full one.
        listed.reset();
        service.refresh(created->id, QStringLiteral("nothing-matches"), this,
                        [&listed](ccm::Result<ccm::application::AccountList> list) { listed = list; });
        QTRY_VERIFY(listed);
        QVERIFY(bool(*listed));
        QCOMPARE((*listed)->certificates.size(), 0);
    }
    AccountService later(store, secrets);
    later.setCacheFolder(folder);
    const auto cached = later.cachedList(created->id);
    QVERIFY(cached);
    QVERIFY(cached->fromCache);
    QCOMPARE(cached->fetched, kNow);
    QCOMPARE(cached->certificates.size(), 1);
    QCOMPARE(cached->certificates.first().value(QLatin1String("id")).toString(), record.id);
    QVERIFY(!later.cachedList(QStringLiteral("another-profile")));
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(QFile::permissions(QDir(folder).filePath(files.first())) &
                 (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestAccountService::pushTargetsOfRenewed()
{
    QTemporaryDir dir;
    const QString history = dir.filePath(QStringLiteral("history.sqlite"));
    ccm::profiles::Profile profile;
    profile.id = QStringLiteral("p1");
    profile.name = QStringLiteral("p");
    const auto push = [&](const QString& id, const QString& targets, bool ok) {
        return ccm::history::appendToHistory(
            ccm::application::activityRecord(ccm::history::Action::Push, profile, QUrl(), id, QStringLiteral("n"),
                                             targets,
                                             ok ? ccm::Result<QString>(QStringLiteral("req"))
                                                : ccm::Result<QString>(ccm::Error{QStringLiteral("x"), {}, {}})),
            history);
    };
    QVERIFY(push(QStringLiteral("scs1"), QStringLiteral("CDN:cn-north-4"), true));
    QVERIFY(push(QStringLiteral("scs2"), QStringLiteral("CDN:ap-southeast-1"), true));
    QVERIFY(push(QStringLiteral("scs2"), QStringLiteral("WAF:cn-north-4"), true));
    QVERIFY(push(QStringLiteral("scs2"), QStringLiteral("ELB:cn-north-4"), false)); // failed: not a target
    QVERIFY(push(QStringLiteral("scs3"), QStringLiteral("ELB:cn-north-4"), true));  // not renewed

    ccm::profiles::ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    ccm::profiles::MemorySecretStore secrets;
    AccountService service(store, secrets);
    service.setHistoryPath(history);
    const auto targets =
        service.previousPushTargets({{QStringLiteral("scs1"), {}, {}, {}}, {QStringLiteral("scs2"), {}, {}, {}}});
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).service, QStringLiteral("CDN"));
    QCOMPARE(targets.at(0).projects, (QStringList{QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")}));
    QCOMPARE(targets.at(1).service, QStringLiteral("WAF"));
    QCOMPARE(targets.at(1).projects, QStringList{QStringLiteral("cn-north-4")});
}

QTEST_GUILESS_MAIN(TestAccountService)
#include "TestAccountService.moc"
