// The client and the sandbox against the vendor's documented SCM contract, loaded from docs/scm-contract.json (a
// copy of the machine-readable facts): the code's value tables match it, every query the client produces is inside
// it, the sandbox refuses what is outside it, and paging reaches every certificate the documented values can reach.
#include "cloud/ScmClient.h"
#include "cloud/ScmContract.h"
#include "sandbox/CertificateRecord.h"
#include "sandbox/Sandbox.h"

#include "CloudTestSupport.h"
#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

using namespace ccm;
using namespace ccm::cloud;
using namespace ccm::test;

namespace {

const QStringList kRsa{QStringLiteral("rsa/leaf.pem"), QStringLiteral("rsa/chain.pem"), QStringLiteral("rsa/leaf.key")};
const QStringList kP256{QStringLiteral("ec/p256.pem"), QStringLiteral("rsa/chain.pem"), QStringLiteral("ec/p256.key")};

QJsonObject loadContract()
{
    QFile file(QStringLiteral(CCM_DOCS_DIR "/scm-contract.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("docs/scm-contract.json is missing");
    return QJsonDocument::fromJson(file.readAll()).object();
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    for (const auto& item : value.toArray())
        out << (item.isString() ? item.toString()
                : item.isBool() ? (item.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                : QString::number(item.toInt()));
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

/// The contract's own judgement of one list query, written from the JSON alone (not from cloud::contract).
QString violation(const QJsonObject& contract, const QByteArray& rawQuery)
{
    const QJsonObject parameters =
        contract.value(QLatin1String("list")).toObject().value(QLatin1String("query")).toObject();
    QSet<QString> seen;
    for (const QByteArray& part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const QString name = QUrl::fromPercentEncoding(part.left(part.indexOf('=')));
        const QString value = QUrl::fromPercentEncoding(part.mid(part.indexOf('=') + 1));
        if (!parameters.contains(name))
            return name + QStringLiteral(" is not documented");
        if (seen.contains(name))
            return name + QStringLiteral(" repeated");
        seen.insert(name);
        const QJsonObject rule = parameters.value(name).toObject();
        if (rule.contains(QLatin1String("values")) && !strings(rule.value(QLatin1String("values"))).contains(value))
            return QStringLiteral("%1=%2 is not one of the documented values").arg(name, value);
        if (rule.contains(QLatin1String("min"))) {
            bool ok = false;
            const int number = value.toInt(&ok);
            if (!ok || number < rule.value(QLatin1String("min")).toInt() ||
                number > rule.value(QLatin1String("max")).toInt())
                return QStringLiteral("%1=%2 is out of range").arg(name, value);
        }
    }
    return {};
}

template<typename T>
Result<T> await(std::function<void(QObject*, std::function<void(Result<T>)>)> start)
{
    QObject context;
    auto result = waitFor<Result<T>>([&](auto done) { start(&context, done); }, 60000);
    if (!result)
        return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}};
    return *result;
}

} // namespace

class TestScmContract : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tablesMatchTheContract();
    void everyQueryTheClientMakesIsDocumented_data();
    void everyQueryTheClientMakesIsDocumented();
    void sandboxRefusesWhatIsOutside();
    void showAndListFieldsAreDocumented();
    void lookupFindsThe120thMatch();
    void mixedExpirySortedAndFiltered();
    void pagingBeyondWhatTheApiReaches();

private:
    /// Imports `count` copies of `files` straight to the POST (no lookups), named prefix-0 … prefix-(count-1).
    void seed(const QStringList& files, const QString& prefix, int count);

    QJsonObject m_contract = loadContract();
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
};

void TestScmContract::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    QVERIFY(m_sandbox->start().ok());
}

void TestScmContract::cleanup()
{
    m_sandbox.reset();
}

void TestScmContract::seed(const QStringList& files, const QString& prefix, int count)
{
    ScmClient client(sandboxOptions(*m_sandbox));
    for (int i = 0; i < count; ++i) {
        ImportRequest request = fixtureImport(files, QStringLiteral("%1-%2").arg(prefix).arg(i), true);
        request.fingerprint.clear(); // straight to the import request: seeding needs no lookups
        auto imported = await<ImportResult>(
            [&](QObject* context, auto done) { client.importCertificate(std::move(request), context, done); });
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().detail));
    }
}

void TestScmContract::tablesMatchTheContract()
{
    const QJsonObject query =
        m_contract.value(QLatin1String("list")).toObject().value(QLatin1String("query")).toObject();
    QStringList pageSizes;
    for (const int size : contract::kPageSizes)
        pageSizes << QString::number(size);
    QCOMPARE(pageSizes, strings(query.value(QLatin1String("limit")).toObject().value(QLatin1String("values"))));
    QCOMPARE(contract::kDefaultLimit,
             query.value(QLatin1String("limit")).toObject().value(QLatin1String("default")).toInt());
    QCOMPARE(contract::kMaxOffset, query.value(QLatin1String("offset")).toObject().value(QLatin1String("max")).toInt());
    QCOMPARE(contract::kMaxExpiredDaysSince,
             query.value(QLatin1String("expired_days_since")).toObject().value(QLatin1String("max")).toInt());
    QCOMPARE(contract::sortDirections(),
             strings(query.value(QLatin1String("sort_dir")).toObject().value(QLatin1String("values"))));
    QCOMPARE(contract::sortKeys(),
             strings(query.value(QLatin1String("sort_key")).toObject().value(QLatin1String("values"))));
    QCOMPARE(contract::statuses(),
             strings(query.value(QLatin1String("status")).toObject().value(QLatin1String("values"))));
    QCOMPARE(sorted(contract::listQueryNames()), sorted(query.keys()));
    QCOMPARE(contract::listItemFields(), strings(m_contract.value(QLatin1String("list"))
                                                     .toObject()
                                                     .value(QLatin1String("response"))
                                                     .toObject()
                                                     .value(QLatin1String("certificates[]"))));
    QCOMPARE(contract::showFields(),
             strings(m_contract.value(QLatin1String("show")).toObject().value(QLatin1String("response"))));
    QCOMPARE(
        sorted(contract::importFields()),
        sorted(m_contract.value(QLatin1String("import")).toObject().value(QLatin1String("body")).toObject().keys()));
    QCOMPARE(contract::pushServices(), strings(m_contract.value(QLatin1String("push"))
                                                   .toObject()
                                                   .value(QLatin1String("body"))
                                                   .toObject()
                                                   .value(QLatin1String("target_service"))
                                                   .toObject()
                                                   .value(QLatin1String("values"))));
}

void TestScmContract::everyQueryTheClientMakesIsDocumented_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("sortKey");
    QTest::addColumn<QString>("sortDir");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("project");
    QTest::addColumn<int>("expected");
    QTest::addRow("everything") << QString() << QString() << QString() << QString() << QString() << 120;
    QTest::addRow("by name") << QStringLiteral("bulk") << QString() << QString() << QString() << QString() << 120;
    QTest::addRow("by domain") << QStringLiteral("p256.example.test") << QString() << QString() << QString()
                               << QString() << 120;
    QTest::addRow("expiry ascending") << QString() << QStringLiteral("certExpiredTime") << QStringLiteral("ASC")
                                      << QString() << QString() << 120;
    QTest::addRow("status upload") << QString() << QStringLiteral("certStatus") << QStringLiteral("DESC")
                                   << QStringLiteral("UPLOAD") << QStringLiteral("all") << 120;
    QTest::addRow("status expired") << QString() << QString() << QString() << QStringLiteral("EXPIRED")
                                    << QStringLiteral("0") << 0;
    QTest::addRow("no match") << QStringLiteral("nothing-like-this") << QString() << QString() << QString() << QString()
                              << 0;
}

void TestScmContract::everyQueryTheClientMakesIsDocumented()
{
    QFETCH(QString, content);
    QFETCH(QString, sortKey);
    QFETCH(QString, sortDir);
    QFETCH(QString, status);
    QFETCH(QString, project);
    QFETCH(int, expected);
    seed(kP256, QStringLiteral("bulk"), 120);
    const qsizetype before = m_sandbox->requestLog().size();

    ScmClient client(sandboxOptions(*m_sandbox));
    ListQuery query;
    query.content = content;
    query.sortKey = sortKey;
    query.sortDir = sortDir;
    query.status = status;
    query.enterpriseProjectId = project;
    auto list = await<CertificateList>([&](QObject* context, auto done) { client.listAll(query, context, done); });
    QVERIFY(list.ok());
    QCOMPARE(list->certificates.size(), expected);
    QCOMPARE(list->totalCount, expected);
    QVERIFY(list->complete);
    QSet<QString> ids;
    for (const QJsonObject& entry : list->certificates)
        ids.insert(entry.value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), expected); // no certificate twice, none skipped

    const auto& log = m_sandbox->requestLog();
    QVERIFY(log.size() > before);
    for (qsizetype i = before; i < log.size(); ++i) {
        QCOMPARE(log.at(i).status, 200);
        const QString problem = violation(m_contract, log.at(i).query);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(problem + QStringLiteral(" in ") + QString::fromLatin1(log.at(i).query)));
    }
}

void TestScmContract::sandboxRefusesWhatIsOutside()
{
    // Values the old client sent (limit=100) and others just outside each documented range.
    ScmClient client(sandboxOptions(*m_sandbox));
    for (const QString& query : {QStringLiteral("limit=100"), QStringLiteral("limit=1"), QStringLiteral("offset=101"),
                                 QStringLiteral("sort_key=name"), QStringLiteral("status=upload")}) {
        QVERIFY(!violation(m_contract, query.toLatin1()).isEmpty());
        ListQuery refused;
        const QString name = query.section(QLatin1Char('='), 0, 0);
        const QString value = query.section(QLatin1Char('='), 1);
        if (name == QLatin1String("limit"))
            refused.limit = value.toInt();
        else if (name == QLatin1String("offset"))
            refused.offset = value.toInt();
        else if (name == QLatin1String("sort_key"))
            refused.sortKey = value;
        else
            refused.status = value;
        // The client will not send it ...
        auto page = await<CertificatePage>(
            [&](QObject* context, auto done) { client.listCertificates(refused, context, done); });
        QVERIFY(!page.ok());
        QCOMPARE(page.error().code, QStringLiteral("cloud.invalid-query"));
    }
    QCOMPARE(client.requestsSent(), 0);
    // ... and the sandbox refuses it with the service's error body (TestSandbox::listQueryContract has the table).
}

void TestScmContract::showAndListFieldsAreDocumented()
{
    seed(kRsa, QStringLiteral("fields"), 1);
    ScmClient client(sandboxOptions(*m_sandbox));
    auto list = await<CertificateList>([&](QObject* context, auto done) { client.listAll({}, context, done); });
    QVERIFY(list.ok());
    QCOMPARE(list->certificates.size(), 1);
    const QStringList listFields = strings(m_contract.value(QLatin1String("list"))
                                               .toObject()
                                               .value(QLatin1String("response"))
                                               .toObject()
                                               .value(QLatin1String("certificates[]")));
    for (const QString& key : list->certificates.first().keys())
        QVERIFY2(listFields.contains(key), qPrintable(key));
    const QString id = list->certificates.first().value(QLatin1String("id")).toString();
    QCOMPARE(id.size(), 16); // "certificate_id (16 characters)"
    auto shown = await<QJsonObject>([&](QObject* context, auto done) { client.showCertificate(id, context, done); });
    QVERIFY(shown.ok());
    const QStringList showFields =
        strings(m_contract.value(QLatin1String("show")).toObject().value(QLatin1String("response")));
    for (const QString& key : shown->keys())
        QVERIFY2(showFields.contains(key), qPrintable(key));
    // SHA-1, 40 lower-case hex: the only fingerprint the API has.
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$"))
                .match(shown->value(QLatin1String("fingerprint")).toString())
                .hasMatch());
}

void TestScmContract::lookupFindsThe120thMatch()
{
    // The certificate is the oldest of 120 that the domain search matches (119 others carry the domain in their
    // name), so the lookup must read three pages to find it, and show only the candidate that can be it.
    seed(kRsa, QStringLiteral("target"), 1);
    const QString target = m_sandbox->certificates().first().id;
    seed(kP256, QStringLiteral("www.example.test"), 119);
    const qsizetype before = m_sandbox->requestLog().size();

    ScmClient client(sandboxOptions(*m_sandbox));
    ImportRequest again = fixtureImport(kRsa, QStringLiteral("renamed"));
    auto result = await<ImportResult>(
        [&](QObject* context, auto done) { client.importCertificate(std::move(again), context, done); });
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(result->duplicateOf, target);
    QCOMPARE(m_sandbox->certificateCount(), 120);
    int lists = 0;
    int shows = 0;
    const auto& log = m_sandbox->requestLog();
    for (qsizetype i = before; i < log.size(); ++i) {
        if (log.at(i).path == QLatin1String("/v3/scm/certificates"))
            ++lists;
        else if (log.at(i).path.startsWith(QLatin1String("/v3/scm/certificates/scs")))
            ++shows;
        QVERIFY(violation(m_contract, log.at(i).query).isEmpty());
    }
    QCOMPARE(lists, 4); // one for the name (no match), three pages for the domain
    QCOMPARE(shows, 1);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), QStringLiteral("/v3/scm/certificates/import")), 120);
}

void TestScmContract::mixedExpirySortedAndFiltered()
{
    // 120 certificates with expiry dates in no particular order (metadata in the sandbox's state file, as a real
    // account's list would show them): sorted by expiry both ways and filtered by a keyword, every page.
    QTemporaryDir dir;
    QList<sandbox::CertificateRecord> records;
    const QDateTime base(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
    for (int i = 0; i < 120; ++i) {
        sandbox::CertificateRecord record;
        record.id = QStringLiteral("scs%1").arg(1700000000000LL + i, 13, 10, QLatin1Char('0'));
        record.name = (i % 3 == 0 ? QStringLiteral("shop-%1") : QStringLiteral("mail-%1")).arg(i);
        record.domainNames = {QStringLiteral("host%1.example.test").arg(i)};
        record.domain = record.domainNames.first();
        record.signatureAlgorithm = QStringLiteral("sha256WithRSAEncryption");
        record.sha1 = QString(40, QLatin1Char('a'));
        record.sha256 = QString(64, QLatin1Char('b'));
        record.notBefore = base.addYears(-1);
        record.notAfter = base.addDays((i * 37) % 120); // a permutation of 0 … 119 days
        record.created = base.addSecs(-i);
        records.append(record);
    }
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QVERIFY(sandbox::saveState(state, records).ok());
    QVERIFY(m_sandbox->setStateFile(state).ok());

    ScmClient client(sandboxOptions(*m_sandbox));
    for (const QString& direction : {QStringLiteral("ASC"), QStringLiteral("DESC")}) {
        ListQuery query;
        query.sortKey = QStringLiteral("certExpiredTime");
        query.sortDir = direction;
        auto list = await<CertificateList>([&](QObject* context, auto done) { client.listAll(query, context, done); });
        QVERIFY(list.ok());
        QCOMPARE(list->certificates.size(), 120);
        for (qsizetype i = 1; i < list->certificates.size(); ++i) {
            const QDateTime previous =
                parseServiceTime(list->certificates.at(i - 1).value(QLatin1String("expire_time")).toString());
            const QDateTime current =
                parseServiceTime(list->certificates.at(i).value(QLatin1String("expire_time")).toString());
            QVERIFY2(direction == QLatin1String("ASC") ? previous < current : previous > current,
                     qPrintable(QString::number(i)));
        }
    }
    ListQuery shops;
    shops.content = QStringLiteral("shop");
    shops.sortKey = QStringLiteral("certExpiredTime");
    shops.sortDir = QStringLiteral("ASC");
    auto filtered = await<CertificateList>([&](QObject* context, auto done) { client.listAll(shops, context, done); });
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->certificates.size(), 40);
    for (const QJsonObject& entry : filtered->certificates)
        QVERIFY(entry.value(QLatin1String("name")).toString().startsWith(QLatin1String("shop-")));
}

void TestScmContract::pagingBeyondWhatTheApiReaches()
{
    // Offsets end at 100 and pages at 50: 150 from each end of the order, 300 at most, and the result says so.
    seed(kP256, QStringLiteral("many"), 301);
    ScmClient client(sandboxOptions(*m_sandbox));
    auto list = await<CertificateList>([&](QObject* context, auto done) { client.listAll({}, context, done); });
    QVERIFY(list.ok());
    QCOMPARE(list->totalCount, 301);
    QCOMPARE(list->certificates.size(), 300);
    QVERIFY(!list->complete);
    QSet<QString> ids;
    for (const QJsonObject& entry : list->certificates)
        ids.insert(entry.value(QLatin1String("id")).toString());
    QCOMPARE(ids.size(), 300);
    // Newest first as asked: the first is the newest, the last the oldest.
    QCOMPARE(list->certificates.first().value(QLatin1String("id")).toString(), m_sandbox->certificates().last().id);
    QCOMPARE(list->certificates.last().value(QLatin1String("id")).toString(), m_sandbox->certificates().first().id);
}

QTEST_GUILESS_MAIN(TestScmContract)
#include "TestScmContract.moc"
