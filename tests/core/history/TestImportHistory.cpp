#include "history/ImportHistory.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::history;

namespace {

ImportRecord sample(const QString& profileId, int minute, ImportOutcome outcome = ImportOutcome::Imported)
{
    ImportRecord record;
    record.time = QDateTime(QDate(2026, 3, 1), QTime(12, minute), Qt::UTC);
    record.profileId = profileId;
    record.profileName = QStringLiteral("Profile ") + profileId;
    record.endpoint = QStringLiteral("https://scm.cn-north-4.myhuaweicloud.com");
    record.regionId = QStringLiteral("cn-north-4");
    record.certificateId = outcome == ImportOutcome::Imported ? QStringLiteral("scs1554192131150") : QString();
    record.certificateName = QStringLiteral("www-example-com");
    record.subjectCommonName = QStringLiteral("www.example.com");
    record.subjectAltNames = {QStringLiteral("www.example.com"), QStringLiteral("*.example.com"),
                              QStringLiteral("\xe4\xbe\x8b\xe5\xad\x90.example")};
    record.sha256Fingerprint = QStringLiteral("AB:CD:EF:01:23");
    record.notAfter = QDateTime(QDate(2027, 3, 1), QTime(0, 0), Qt::UTC);
    record.requestId = QStringLiteral("req-%1").arg(minute);
    record.outcome = outcome;
    if (outcome == ImportOutcome::Rejected) {
        record.errorCode = QStringLiteral("SCM.0014");
        record.message = QStringLiteral("certificate and private key do not match");
    }
    return record;
}

} // namespace

class TestImportHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void recordsRoundTrip_data();
    void recordsRoundTrip();
    void orderLimitAndFilter();
    void fingerprintLookup_data();
    void fingerprintLookup();
    void lastImportOf_data();
    void lastImportOf();
    void lastImportOfWithoutLedger();
    void schemaVersionAndReopen();
    void refusesNewerSchema();
    void upgradesEmptyVersion0File();
    void twoLedgersOnOneFile();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("data/ccm-importer/history.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportHistory::recordsRoundTrip_data()
{
    QTest::addColumn<int>("outcome");
    QTest::addRow("imported") << int(ImportOutcome::Imported);
    QTest::addRow("already present") << int(ImportOutcome::AlreadyPresent);
    QTest::addRow("rejected") << int(ImportOutcome::Rejected);
    QTest::addRow("failed") << int(ImportOutcome::Failed);
}

void TestImportHistory::recordsRoundTrip()
{
    QFETCH(int, outcome);
    ImportHistory history(path());
    QVERIFY(history.open());
    ImportRecord record = sample(QStringLiteral("p1"), 5, ImportOutcome(outcome));
    auto id = history.record(record);
    QVERIFY(id.ok());
    QVERIFY(*id > 0);
    auto records = history.recent();
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 1);
    record.id = *id;
    record.sha256Fingerprint = QStringLiteral("abcdef0123"); // stored normalised
    QCOMPARE(records->first(), record);
}

void TestImportHistory::orderLimitAndFilter()
{
    ImportHistory history(path());
    QVERIFY(history.open());
    for (int minute : {3, 1, 4, 2})
        QVERIFY(history.record(sample(minute % 2 ? QStringLiteral("odd") : QStringLiteral("even"), minute)).ok());
    auto all = history.recent(0);
    QVERIFY(all.ok());
    QStringList order;
    for (const auto& record : *all)
        order << record.requestId;
    QCOMPARE(order, (QStringList{QStringLiteral("req-4"), QStringLiteral("req-3"), QStringLiteral("req-2"),
                                 QStringLiteral("req-1")}));
    QCOMPARE(history.recent(2)->size(), 2);
    auto odd = history.recent(10, QStringLiteral("odd"));
    QCOMPARE(odd->size(), 2);
    QCOMPARE(odd->first().requestId, QStringLiteral("req-3"));
}

void TestImportHistory::fingerprintLookup_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("found");
    QTest::addRow("as given") << QStringLiteral("AB:CD:EF:01:23") << 2;
    QTest::addRow("lower, no colons") << QStringLiteral("abcdef0123") << 2;
    QTest::addRow("spaces") << QStringLiteral("ab cd ef 01 23") << 2;
    QTest::addRow("other") << QStringLiteral("ffff") << 0;
}

void TestImportHistory::fingerprintLookup()
{
    QFETCH(QString, query);
    QFETCH(int, found);
    ImportHistory history(path());
    QVERIFY(history.open());
    QVERIFY(history.record(sample(QStringLiteral("a"), 1)).ok());
    QVERIFY(history.record(sample(QStringLiteral("b"), 2, ImportOutcome::AlreadyPresent)).ok());
    auto records = history.findByFingerprint(query);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), found);
}

void TestImportHistory::lastImportOf_data()
{
    QTest::addColumn<QList<int>>("outcomes"); // recorded in this order, the n-th by profile "pn" at minute n
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedProfile"); // empty: no line
    const int imported = int(ImportOutcome::Imported);
    const int present = int(ImportOutcome::AlreadyPresent);
    const int rejected = int(ImportOutcome::Rejected);
    const int failed = int(ImportOutcome::Failed);
    QTest::addRow("empty ledger") << QList<int>{} << QStringLiteral("AB:CD:EF:01:23") << QString();
    QTest::addRow("imported") << QList<int>{imported} << QStringLiteral("abcdef0123") << QStringLiteral("p1");
    QTest::addRow("already present") << QList<int>{present} << QStringLiteral("AB:CD:EF:01:23") << QStringLiteral("p1");
    QTest::addRow("only failures") << QList<int>{rejected, failed} << QStringLiteral("AB:CD:EF:01:23") << QString();
    QTest::addRow("newest success, failures after it skipped")
        << QList<int>{imported, present, rejected, failed} << QStringLiteral("AB:CD:EF:01:23") << QStringLiteral("p2");
    QTest::addRow("other certificate") << QList<int>{imported} << QStringLiteral("AB:CD:EF:01:24") << QString();
}

void TestImportHistory::lastImportOf()
{
    QFETCH(QList<int>, outcomes);
    QFETCH(QString, query);
    QFETCH(QString, expectedProfile);
    {
        ImportHistory history(path());
        QVERIFY(history.open());
        for (int i = 0; i < outcomes.size(); ++i)
            QVERIFY(
                history.record(sample(QStringLiteral("p%1").arg(i + 1), i + 1, ImportOutcome(outcomes.at(i)))).ok());
    }
    const auto found = history::lastImportOf(query, path());
    QCOMPARE(found.has_value(), !expectedProfile.isEmpty());
    if (found) {
        QCOMPARE(found->profileId, expectedProfile);
        QCOMPARE(found->profileName, QStringLiteral("Profile ") + expectedProfile);
        QCOMPARE(found->time, sample(expectedProfile, expectedProfile.mid(1).toInt()).time);
        QCOMPARE(found->outcome == ImportOutcome::Imported ? found->certificateId : QString(),
                 found->outcome == ImportOutcome::Imported ? QStringLiteral("scs1554192131150") : QString());
    }
}

void TestImportHistory::lastImportOfWithoutLedger()
{
    // Looking never creates a ledger.
    QVERIFY(!history::lastImportOf(QStringLiteral("AB:CD:EF:01:23"), path()).has_value());
    QVERIFY(!QFileInfo::exists(path()));
    QVERIFY(!history::lastImportOf(QStringLiteral("AB:CD:EF:01:23"), QString()).has_value());
}

void TestImportHistory::schemaVersionAndReopen()
{
    {
        ImportHistory history(path());
        QVERIFY(history.open());
        QVERIFY(history.record(sample(QStringLiteral("a"), 1)).ok());
    }
    {
        auto database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        database.setDatabaseName(path());
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), ImportHistory::kSchemaVersion);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    ImportHistory reopened(path());
    QVERIFY(reopened.open());
    QCOMPARE(reopened.recent()->size(), 1);
    QCOMPARE(QFile::permissions(path()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestImportHistory::refusesNewerSchema()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        auto database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        database.setDatabaseName(path());
        QVERIFY(database.open());
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 42")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    ImportHistory history(path());
    const Status opened = history.open();
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, QStringLiteral("history.newer-schema"));
}

void TestImportHistory::upgradesEmptyVersion0File()
{
    // An empty SQLite file (user_version 0, no table) is brought to the current schema.
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    ImportHistory history(path());
    QVERIFY(history.open());
    QVERIFY(history.record(sample(QStringLiteral("a"), 1)).ok());
}

void TestImportHistory::twoLedgersOnOneFile()
{
    ImportHistory first(path());
    ImportHistory second(path());
    QVERIFY(first.open());
    QVERIFY(second.open());
    QVERIFY(first.record(sample(QStringLiteral("a"), 1)).ok());
    QVERIFY(second.record(sample(QStringLiteral("b"), 2)).ok());
    QCOMPARE(first.recent()->size(), 2);
    QCOMPARE(second.recent()->size(), 2);
}

QTEST_GUILESS_MAIN(TestImportHistory)
#include "TestImportHistory.moc"
