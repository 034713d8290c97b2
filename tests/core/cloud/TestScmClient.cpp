#include "cloud/IamClient.h"
#include "cloud/ScmClient.h"
#include "history/ImportHistory.h"
#include "sandbox/Sandbox.h"

#include "CloudTestSupport.h"
#include "TestData.h"

#include "application/ProfileClient.h"
#include "certificate/Inspection.h"
#include "cloud/HttpSupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::cloud;
using namespace ccm::application;
using namespace ccm::test;

namespace {

const QStringList kRsa{QStringLiteral("rsa/leaf.pem"), QStringLiteral("rsa/chain.pem"), QStringLiteral("rsa/leaf.key")};

QByteArray fixture(const QString& relative)
{
    return readData(relative); // a missing fixture fails the test
}

Result<ImportResult> runImport(ScmClient& client, ImportRequest request)
{
    QObject context;
    auto result =
        waitFor<Result<ImportResult>>([&](auto done) { client.importCertificate(std::move(request), &context, done); });
    if (!result)
        return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}};
    return *result;
}

Result<CertificatePage> runList(ScmClient& client, const ListQuery& query = {})
{
    QObject context;
    auto result = waitFor<Result<CertificatePage>>([&](auto done) { client.listCertificates(query, &context, done); });
    if (!result)
        return Error{QStringLiteral("test.timeout"), QStringLiteral("no answer"), {}};
    return *result;
}

// Waits until the sandbox has answered (or dropped) `handled` requests in all, then makes one more request over a
// fresh connection and waits for its answer, so that whatever those answers would have set off in this process
// has had its turn in the event loop. Returns false on a timeout.
bool sandboxAnswered(sandbox::Sandbox& sandbox, QSignalSpy& handledSpy, int handled)
{
    if (!QTest::qWaitFor([&] { return handledSpy.count() >= handled; }, 15000))
        return false;
    ScmClient probe(sandboxOptions(sandbox));
    return runList(probe).ok();
}

} // namespace

/// ScmClient against the in-process sandbox over real loopback HTTP(S).
class TestScmClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importListShowDelete();
    void listPagingAndFilter();
    void duplicateDetected();
    void duplicateAllowed();
    void rejected_data();
    void rejected();
    void wrongSecretKey();
    void expiredToken();
    void iamPasswordToken();
    void domainDiscovery();
    void domainNotFound();
    void throttlingRetried();
    void throttlingGivesUp();
    void serverError();
    void malformedAnswer();
    void exactlyOnce_data();
    void exactlyOnce();
    void resendIsBounded();
    void duplicateRefusalAfterLostAnswer();
    void throttlingHonoursRetryAfter();
    void throttlingRetryAfterTooLong();
    void defaultBackoffStartsAtTwoSeconds();
    void cancelStopsEverything_data();
    void cancelStopsEverything();
    void hostHeaderAsSent_data();
    void hostHeaderAsSent();
    void caFileAddsToSystemRoots();
    void iamClockSkewCorrected();
    void temporaryKeyWithSecurityToken();
    void projectScopedToken();
    void sm2EncryptionPairReachesTheService();
    void quotaExplained();
    void clockSkewCorrected();
    void unreachable();
    void timeout();
    void cancellation();
    void https_data();
    void https();

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
};

void TestScmClient::init()
{
    IamClient::clearCaches();
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    QVERIFY(m_sandbox->start().ok());
}

void TestScmClient::cleanup()
{
    m_sandbox.reset();
}

void TestScmClient::importListShowDelete()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    auto imported = runImport(client, fixtureImport(kRsa, QStringLiteral("www-example")));
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().detail));
    QVERIFY(QRegularExpression(QStringLiteral("^scs\\d{13}$")).match(imported->certificateId).hasMatch());
    QVERIFY(!imported->requestId.isEmpty());
    QVERIFY(imported->duplicateOf.isEmpty());

    auto page = runList(client);
    QVERIFY(page.ok());
    QCOMPARE(page->totalCount, 1);
    QCOMPARE(page->certificates.first().value(QLatin1String("name")).toString(), QStringLiteral("www-example"));
    QCOMPARE(page->certificates.first().value(QLatin1String("status")).toString(), QStringLiteral("UPLOAD"));

    QObject context;
    auto shown = waitFor<Result<QJsonObject>>(
        [&](auto done) { client.showCertificate(imported->certificateId, &context, done); });
    QVERIFY(shown && shown->ok());
    QCOMPARE(normalizeFingerprint(shown->value().value(QLatin1String("fingerprint")).toString()),
             normalizeFingerprint(fixtureImport(kRsa, QStringLiteral("for-fingerprint")).fingerprint));

    auto deleted =
        waitFor<Result<QString>>([&](auto done) { client.deleteCertificate(imported->certificateId, &context, done); });
    QVERIFY(deleted && deleted->ok());
    QCOMPARE(m_sandbox->certificateCount(), 0);

    auto gone = waitFor<Result<QJsonObject>>(
        [&](auto done) { client.showCertificate(imported->certificateId, &context, done); });
    QVERIFY(gone && !gone->ok());
    QCOMPARE(gone->error().code, QStringLiteral("cloud.not-found"));
    QCOMPARE(gone->error().category, ErrorCategory::Rejected);
    QVERIFY2(gone->error().message.startsWith(QLatin1String("Not found: the certificate does not exist")),
             qPrintable(gone->error().message));
    QVERIFY2(gone->error().detail.startsWith(QLatin1String("HTTP 404; ")), qPrintable(gone->error().detail));
    QVERIFY2(gone->error().detail.contains(QLatin1String("request id ")), qPrintable(gone->error().detail));
}

void TestScmClient::listPagingAndFilter()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    for (int i = 0; i < 3; ++i)
        QVERIFY(runImport(client, fixtureImport(kRsa, QStringLiteral("copy-%1").arg(i), true)).ok());
    QVERIFY(runImport(client, fixtureImport({QStringLiteral("ec/p256.pem"), QStringLiteral("rsa/chain.pem"),
                                             QStringLiteral("ec/p256.key")},
                                            QStringLiteral("ec-cert"), true))
                .ok());
    ListQuery query;
    query.offset = 3;
    auto first = runList(client, query);
    QVERIFY(first.ok());
    QCOMPARE(first->totalCount, 4);
    QCOMPARE(first->certificates.size(), 1);
    // A page size the API does not document is refused before anything is sent.
    const int sent = client.requestsSent();
    query.limit = 2;
    auto refused = runList(client, query);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("cloud.invalid-query"));
    QCOMPARE(client.requestsSent(), sent);
    ListQuery filter;
    filter.content = QStringLiteral("copy");
    auto filtered = runList(client, filter);
    QVERIFY(filtered.ok());
    QCOMPARE(filtered->totalCount, 3);
    filter.content = QStringLiteral("no such name or domain");
    QCOMPARE(runList(client, filter)->totalCount, 0);
}

void TestScmClient::duplicateDetected()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    auto first = runImport(client, fixtureImport(kRsa, QStringLiteral("first-copy")));
    QVERIFY(first.ok());
    // A different name: the lookup by domain and fingerprint still finds the copy.
    auto second = runImport(client, fixtureImport(kRsa, QStringLiteral("second-copy")));
    QVERIFY(second.ok());
    QCOMPARE(second->duplicateOf, first->certificateId);
    QCOMPARE(second->certificateId, first->certificateId);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    QCOMPARE(m_sandbox->importRequestCount(), 1);
}

void TestScmClient::duplicateAllowed()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    QVERIFY(runImport(client, fixtureImport(kRsa, QStringLiteral("first-copy"))).ok());
    auto second = runImport(client, fixtureImport(kRsa, QStringLiteral("second-copy"), true));
    QVERIFY(second.ok());
    QVERIFY(second->duplicateOf.isEmpty());
    QCOMPARE(m_sandbox->certificateCount(), 2);

    // Without duplicate_check the sandbox itself refuses a second copy, as the service does.
    ImportRequest raw;
    raw.body =
        SecureBytes(rawImportBody(QStringLiteral("third"), fixture(QStringLiteral("rsa/leaf.pem")),
                                  fixture(QStringLiteral("rsa/leaf.key")), fixture(QStringLiteral("rsa/chain.pem"))));
    raw.allowDuplicate = true;
    const auto refused = runImport(client, raw);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("cloud.duplicate"));
    QCOMPARE(refused.error().category, ErrorCategory::Rejected);
    QVERIFY2(refused.error().message.contains(QLatin1String("already imported")), qPrintable(refused.error().message));
    QCOMPARE(m_sandbox->certificateCount(), 2);
}

void TestScmClient::rejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("code");        // the error code the user's report carries
    QTest::addColumn<QString>("detailPart");  // what the service said, as the report's detail shows it
    QTest::addColumn<QString>("messagePart"); // what the explanation says
    QTest::addRow("key-mismatch") << "mismatch"
                                  << "rsa/leaf.pem"
                                  << "other/other-leaf.key"
                                  << "rsa/chain.pem"
                                  << "cloud.key-mismatch"
                                  << "SCM.0014: "
                                  << "do not match";
    QTest::addRow("chain-order") << "chain-order"
                                 << "rsa/leaf.pem"
                                 << "rsa/leaf.key"
                                 << "rsa/inter-a.pem"
                                 << "cloud.chain-order"
                                 << "SCM.0079: "
                                 << "wrong order";
    QTest::addRow("bad-name") << "a b"
                              << "rsa/leaf.pem"
                              << "rsa/leaf.key"
                              << "rsa/chain.pem"
                              << "cloud.invalid"
                              << "SCM.0005: "
                              << "refused the request";
    QTest::addRow("not-a-certificate") << "garbage"
                                       << "rsa/leaf.key"
                                       << "rsa/leaf.key"
                                       << ""
                                       << "cloud.invalid"
                                       << "SCM.0053: "
                                       << "refused the request";
    // The service's code for an expired certificate is unconfirmed: the sandbox answers SCM.0005 naming the rule.
    QTest::addRow("expired") << "expired"
                             << "findings/expired.pem"
                             << "findings/expired.key"
                             << "rsa/chain.pem"
                             << "cloud.invalid"
                             << "SCM.0005: "
                             << "expired";
}

void TestScmClient::rejected()
{
    QFETCH(QString, name);
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, chain);
    QFETCH(QString, code);
    QFETCH(QString, detailPart);
    QFETCH(QString, messagePart);
    ScmClient client(sandboxOptions(*m_sandbox));
    ImportRequest raw;
    raw.body = SecureBytes(
        rawImportBody(name, fixture(certificate), fixture(key), chain.isEmpty() ? QByteArray() : fixture(chain)));
    raw.allowDuplicate = true;
    auto result = runImport(client, raw);
    QVERIFY(!result.ok());
    // What the user is shown: the explanation, and the service's answer with its status and request id.
    const Error& error = result.error();
    QCOMPARE(error.code, code);
    QVERIFY2(error.message.contains(messagePart, Qt::CaseInsensitive), qPrintable(error.message));
    QVERIFY2(error.detail.startsWith(QLatin1String("HTTP 400; ")), qPrintable(error.detail));
    QVERIFY2(error.detail.contains(detailPart), qPrintable(error.detail));
    QVERIFY2(error.detail.contains(QLatin1String("request id ")), qPrintable(error.detail));
    QCOMPARE(m_sandbox->certificateCount(), 0);
}

void TestScmClient::wrongSecretKey()
{
    auto options = sandboxOptions(*m_sandbox);
    options.credentials.secretKey = SecureBytes::fromString(QStringLiteral("not-the-secret"));
    ScmClient client(options);
    const auto listed = runList(client);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, QStringLiteral("cloud.signature"));
    QCOMPARE(listed.error().category, ErrorCategory::Rejected);
    QVERIFY2(listed.error().message.contains(QLatin1String("rejected the request signature")),
             qPrintable(listed.error().message));
    QVERIFY2(listed.error().detail.startsWith(QLatin1String("HTTP 401; APIG.0301: ")),
             qPrintable(listed.error().detail));
    QCOMPARE(client.clockOffsetSeconds(), 0); // the clocks agree, so no skew correction
}

void TestScmClient::expiredToken()
{
    auto options = sandboxOptions(*m_sandbox);
    options.credentials = {};
    options.credentials.kind = AuthKind::Token;
    options.credentials.authToken = SecureBytes::fromString(QStringLiteral("MII") + QString(40, QLatin1Char('x')));
    ScmClient client(options);
    const auto listed = runList(client);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, QStringLiteral("cloud.token-expired"));
    QCOMPARE(listed.error().category, ErrorCategory::Rejected);
    QVERIFY2(listed.error().message.contains(QLatin1String("token has expired")), qPrintable(listed.error().message));
}

void TestScmClient::iamPasswordToken()
{
    const auto demo = sandbox::Sandbox::demoCredentials();
    auto options = sandboxOptions(*m_sandbox);
    options.credentials = {};
    options.credentials.kind = AuthKind::IamPassword;
    options.credentials.domainName = demo.domainName;
    options.credentials.userName = demo.userName;
    options.credentials.password = SecureBytes::fromString(demo.password);
    ScmClient client(options);
    {
        auto first = runList(client);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message + first.error().detail));
    }
    const int afterFirst = m_sandbox->requestCount();
    QVERIFY(runList(client).ok());
    QCOMPARE(m_sandbox->requestCount(), afterFirst + 1);                             // the token was cached
    QCOMPARE(m_sandbox->issuedTokenScopes(), QStringList{QStringLiteral("domain")}); // the default scope

    // The service's clock passes the token's expiry: the client gets a new token once and carries on.
    auto sandboxClock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc().addSecs(25 * 3600));
    m_sandbox->setClock(sandboxClock);
    const int beforeExpiry = m_sandbox->requestCount();
    QVERIFY(runList(client).ok());
    QCOMPARE(m_sandbox->requestCount(), beforeExpiry + 3); // rejected list, new token, list

    IamClient::clearCaches();
    options.credentials.password = SecureBytes::fromString(QStringLiteral("wrong"));
    ScmClient wrong(options);
    QVERIFY(!runList(wrong).ok());
}

void TestScmClient::domainDiscovery()
{
    ScmClient client(sandboxOptions(*m_sandbox, false));
    QVERIFY(runList(client).ok());
    const int afterFirst = m_sandbox->requestCount();
    QCOMPARE(afterFirst, 2); // GET /v3/auth/domains, then the list
    QVERIFY(runList(client).ok());
    QCOMPARE(m_sandbox->requestCount(), afterFirst + 1); // cached per AK
}

void TestScmClient::domainNotFound()
{
    // IAM answers without a usable domain list: the user is told to enter the account id, not "no permission".
    m_sandbox->injectFault(sandbox::Fault::MalformedJson, 1, 0, QStringLiteral("/v3/auth/domains"));
    ScmClient client(sandboxOptions(*m_sandbox, false));
    const auto result = runList(client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("cloud.domain-unknown"));
    QVERIFY2(result.error().message.contains(QLatin1String("Enter the account id")),
             qPrintable(result.error().message));
    // One IAM question, and the list itself never left.
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("GET"), QStringLiteral("/v3/auth/domains")), 1);
    QCOMPARE(client.requestsSent(), 0);
    QCOMPARE(m_sandbox->requestLog().size(), 1);
}

void TestScmClient::throttlingRetried()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::Throttle, 2);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("throttled"), true));
    QVERIFY(result.ok());
    QCOMPARE(m_sandbox->certificateCount(), 1);
    // The snapshot list of names is throttled twice, then the import goes through once.
    QCOMPARE(client.requestsSent(), 4);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), QStringLiteral("/v3/scm/certificates/import")), 1);
}

void TestScmClient::throttlingGivesUp()
{
    auto options = sandboxOptions(*m_sandbox);
    options.retry.maxAttempts = 2;
    ScmClient client(options);
    m_sandbox->injectFault(sandbox::Fault::Throttle, 5);
    auto result = runList(client);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("cloud.throttled"));
    QCOMPARE(result.error().category, ErrorCategory::Rejected);
    QVERIFY2(result.error().detail.startsWith(QLatin1String("HTTP 429; ")), qPrintable(result.error().detail));
    QCOMPARE(client.requestsSent(), 2);
}

void TestScmClient::serverError()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::ServerError, 1);
    const auto listed = runList(client);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, QStringLiteral("cloud.server"));
    QCOMPARE(listed.error().category, ErrorCategory::Rejected);
    QCOMPARE(listed.error().message, QStringLiteral("The service failed (HTTP 500). Retry later."));
    QCOMPARE(client.requestsSent(), 1); // a 500 is not retried
}

void TestScmClient::malformedAnswer()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::MalformedJson, 1);
    const auto listed = runList(client);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, QStringLiteral("cloud.malformed"));
    QCOMPARE(listed.error().category, ErrorCategory::Rejected);
    QVERIFY2(listed.error().message.contains(QLatin1String("could not be understood")),
             qPrintable(listed.error().message));
    QCOMPARE(client.requestsSent(), 1);
}

void TestScmClient::exactlyOnce_data()
{
    ccm::test::addLostAnswerRows(true);
}

void TestScmClient::exactlyOnce()
{
    QFETCH(sandbox::Fault, fault);
    QFETCH(bool, allowDuplicate);
    QFETCH(int, posts);
    QFETCH(bool, recovered);
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    auto options = sandboxOptions(*m_sandbox);
    options.timeoutMs = 1000;
    ScmClient client(options);
    if (allowDuplicate) {
        // An older copy with another name: the lookup must find the new copy, not this one.
        QVERIFY(runImport(client, fixtureImport(kRsa, QStringLiteral("older-copy"), true)).ok());
    }
    const int storedBefore = m_sandbox->certificateCount();
    const int postsBefore = m_sandbox->countRequests(QStringLiteral("POST"), importPath);
    m_sandbox->injectFault(fault, 1, 3000, importPath);

    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("exactly-once"), allowDuplicate));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), importPath) - postsBefore, posts);
    QCOMPARE(result->posts, posts);
    QCOMPARE(m_sandbox->certificateCount() - storedBefore, 1); // exactly one copy
    QCOMPARE(result->recovered, recovered);
    QVERIFY(result->duplicateOf.isEmpty()); // imported by this run, not "already there"
    const auto& records = m_sandbox->certificates();
    QCOMPARE(result->certificateId, records.last().id);
    QCOMPARE(records.last().name, QStringLiteral("exactly-once"));
}

void TestScmClient::resendIsBounded()
{
    // Every request is lost before it is stored: a few attempts, each after a lookup, then a clear "unknown".
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::ResetBeforeStore, 10, 0, importPath);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("never-arrives")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("cloud.network.outcome-unknown"));
    QVERIFY(result.error().message.contains(QLatin1String("nothing is sent twice")));
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), importPath), 3);
    QCOMPARE(m_sandbox->certificateCount(), 0);
    // A lookup (list by name) stands between any two import requests.
    QStringList order;
    for (const auto& request : m_sandbox->requestLog())
        order << request.method;
    const QString sequence = order.join(QLatin1Char(' '));
    QVERIFY2(!sequence.contains(QLatin1String("POST POST")), qPrintable(sequence));
}

void TestScmClient::duplicateRefusalAfterLostAnswer()
{
    // The first request is stored but its answer lost, and the search does not show it yet: the second request is
    // refused as a duplicate. That refusal means "your earlier request arrived": reported as imported, one copy.
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::ResetAfterStore, 1, 0, importPath);
    m_sandbox->injectFault(sandbox::Fault::StaleList, 4, 0, QStringLiteral("/v3/scm/certificates"));
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("lagging-search")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), importPath), 2);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    QCOMPARE(result->certificateId, m_sandbox->certificates().first().id);
    QVERIFY(result->duplicateOf.isEmpty());
    QVERIFY(result->recovered);
}

void TestScmClient::throttlingHonoursRetryAfter()
{
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    auto options = sandboxOptions(*m_sandbox);
    ScmClient client(options);
    QStringList progress;
    connect(&client, &ScmClient::progress, this, [&progress](const QString& message) { progress << message; });
    m_sandbox->injectFault(sandbox::Fault::Throttle, 1, 2, importPath); // Retry-After: 2
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("retry-after"), true));
    QVERIFY(result.ok());
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), importPath), 2);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    // The wait announced is the one the service asked for (the tests' own backoff of 10 ms would say 1 second).
    QCOMPARE(progress, QStringList{QStringLiteral("The service is throttling requests; trying again in 2 second(s)…")});
}

void TestScmClient::throttlingRetryAfterTooLong()
{
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::Throttle, 1, 120, importPath);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("retry-much-later"), true));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("cloud.throttled"));
    QVERIFY2(result.error().detail.contains(QLatin1String("120")), qPrintable(result.error().detail));
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), importPath), 1);
    QCOMPARE(m_sandbox->certificateCount(), 0);
}

void TestScmClient::defaultBackoffStartsAtTwoSeconds()
{
    const RetryPolicy policy; // the product's defaults
    for (int i = 0; i < 200; ++i) {
        const int first = policy.delayMs(1);
        QVERIFY2(first >= 2000 && first <= 3000, qPrintable(QString::number(first)));
        const int second = policy.delayMs(2);
        QVERIFY2(second >= 4000 && second <= 6000, qPrintable(QString::number(second)));
        QVERIFY(policy.delayMs(10) <= policy.maxDelayMs);
    }
    CloudError throttled;
    throttled.kind = CloudErrorKind::Throttled;
    QVERIFY(policy.shouldRetry(throttled, true, 1));
    QVERIFY(!policy.shouldRetry(throttled, true, policy.maxAttempts));
    CloudError lost;
    lost.kind = CloudErrorKind::Unreachable;
    QVERIFY(!policy.shouldRetry(lost, true, 1)); // sent: only a lookup may decide
    QVERIFY(policy.shouldRetry(lost, false, 1));
}

void TestScmClient::cancelStopsEverything_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addRow("during the IAM account lookup") << QStringLiteral("iam");
    QTest::addRow("during the duplicate lookup") << QStringLiteral("lookup");
    QTest::addRow("during a throttling wait") << QStringLiteral("backoff");
    QTest::addRow("during a lost-answer lookup") << QStringLiteral("recovery");
}

void TestScmClient::cancelStopsEverything()
{
    QFETCH(QString, stage);
    const QString importPath = QStringLiteral("/v3/scm/certificates/import");
    auto options = sandboxOptions(*m_sandbox, stage != QLatin1String("iam"));
    ScmClient client(options);
    int arrivedBeforeCancel = 0;
    if (stage == QLatin1String("iam")) {
        m_sandbox->injectFault(sandbox::Fault::Delay, 1, 400, QStringLiteral("/v3/auth/domains"));
        arrivedBeforeCancel = 1;
    } else if (stage == QLatin1String("lookup")) {
        m_sandbox->injectFault(sandbox::Fault::Delay, 1, 400, QStringLiteral("/v3/scm/certificates"));
        arrivedBeforeCancel = 1;
    } else if (stage == QLatin1String("backoff")) {
        m_sandbox->injectFault(sandbox::Fault::Throttle, 1, 1, importPath); // then a 1 s wait
        arrivedBeforeCancel = 3;                                            // list, list, throttled import
    } else {
        m_sandbox->injectFault(sandbox::Fault::ResetAfterStore, 1, 0, importPath);
        m_sandbox->injectFault(sandbox::Fault::Delay, 3, 400, QStringLiteral("/v3/scm/certificates"));
        arrivedBeforeCancel = 4; // list, list, import, list (delayed)
    }
    QSignalSpy handled(m_sandbox.get(), &sandbox::Sandbox::requestHandled);
    QObject context;
    std::optional<Result<ImportResult>> result;
    int answers = 0;
    client.importCertificate(fixtureImport(kRsa, QStringLiteral("cancelled")), &context,
                             [&result, &answers](Result<ImportResult> value) {
                                 ++answers;
                                 result.emplace(std::move(value));
                             });
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestLog().size(), arrivedBeforeCancel, 10000);
    client.cancelAll();
    QVERIFY(result.has_value());
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("cloud.network.cancelled"));
    // Past the moment when the delayed answer or the end of the wait would have sent the next request: nothing.
    if (stage == QLatin1String("backoff")) {
        // The 1 s wait the cancel stopped ends in this process, with no request to await: wait it out.
        QTest::qWait(1000 + 200);
        QVERIFY(sandboxAnswered(*m_sandbox, handled, arrivedBeforeCancel));
    } else {
        // The delayed answer has left the sandbox (its request is handled) and been given its turn here.
        QVERIFY(sandboxAnswered(*m_sandbox, handled, arrivedBeforeCancel));
    }
    QCOMPARE(m_sandbox->requestLog().size(), arrivedBeforeCancel + 1); // + the probe's list
    QCOMPARE(answers, 1);
    QCOMPARE(result->error().code, QStringLiteral("cloud.network.cancelled"));
    QCOMPARE(m_sandbox->certificateCount(), stage == QLatin1String("recovery") ? 1 : 0);
}

void TestScmClient::hostHeaderAsSent_data()
{
    QTest::addColumn<bool>("ipv6");
    QTest::addColumn<int>("port");
    QTest::addRow("IPv6 literal [::1]") << true << 0;
    // Qt sends "host:80" when the URL names the port, default or not; the signature must cover exactly that.
    QTest::addRow("explicit default port :80") << false << 80;
}

void TestScmClient::hostHeaderAsSent()
{
    QFETCH(bool, ipv6);
    QFETCH(int, port);
    sandbox::Sandbox local;
    const auto started = local.start(quint16(port), false, ipv6);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    QUrl endpoint = local.endpoint();
    endpoint.setPort(*started);
    QCOMPARE(endpoint.toString(),
             ipv6 ? QStringLiteral("http://[::1]:%1").arg(*started) : QStringLiteral("http://127.0.0.1:80"));
    auto options = sandboxOptions(local, false); // the IAM account lookup is signed too
    options.endpoint = {endpoint, endpoint, {}, {}};
    ScmClient client(options);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("host-header")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    QCOMPARE(local.certificateCount(), 1);
    QCOMPARE(hostHeader(endpoint),
             ipv6 ? QByteArray("[::1]:") + QByteArray::number(*started) : QByteArray("127.0.0.1:80"));
}

void TestScmClient::caFileAddsToSystemRoots()
{
    sandbox::Sandbox tlsSandbox;
    QVERIFY(tlsSandbox.start(0, true).ok());
    const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    QVERIFY2(!system.isEmpty(), "the system trust store (ca-certificates) is empty");
    Endpoint endpoint{
        tlsSandbox.endpoint(), QUrl(QStringLiteral("https://iam.myhuaweicloud.com")), tlsSandbox.caCertificates(), {}};
    // The request to the public IAM endpoint keeps every system root, and the profile's CA is there as well.
    const QNetworkRequest request = detail::makeRequest(endpoint.iam, endpoint, 1000);
    const QList<QSslCertificate> trusted = request.sslConfiguration().caCertificates();
    QVERIFY(trusted.contains(tlsSandbox.caCertificates().first()));
    for (const QSslCertificate& root : system)
        QVERIFY2(trusted.contains(root), qPrintable(root.subjectDisplayName()));
    // And the private endpoint verifies with it.
    auto options = sandboxOptions(tlsSandbox);
    options.endpoint = endpoint;
    options.endpoint.iam = tlsSandbox.endpoint();
    ScmClient client(options);
    QVERIFY(runList(client).ok());
}

void TestScmClient::iamClockSkewCorrected()
{
    // No account id: the first signed call is IAM's GET /v3/auth/domains, and it gets the same correction.
    auto options = sandboxOptions(*m_sandbox, false);
    options.clock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc().addSecs(-3600));
    ScmClient client(options);
    auto result = runList(client);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    QVERIFY(qAbs(client.clockOffsetSeconds() - 3600) < 10);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("GET"), QStringLiteral("/v3/auth/domains")), 2);
    QCOMPARE(m_sandbox->requestLog().size(), 3); // rejected, corrected, then the list signed right at once
}

void TestScmClient::temporaryKeyWithSecurityToken()
{
    // Temporary AK/SK: X-Security-Token is sent and signed, on the IAM account lookup and on SCM calls alike.
    auto options = sandboxOptions(*m_sandbox);
    options.credentials = sandbox::Sandbox::demoCredentials().temporaryAkSk();
    options.credentials.domainId.clear();
    ScmClient client(options);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("temporary-key")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    QCOMPARE(m_sandbox->certificateCount(), 1);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("GET"), QStringLiteral("/v3/auth/domains")), 1);

    // The same key with another token is refused before anything is imported.
    IamClient::clearCaches();
    options.credentials.securityToken = SecureBytes::fromString(QStringLiteral("not-the-token"));
    ScmClient wrong(options);
    auto refused = runImport(wrong, fixtureImport(kRsa, QStringLiteral("wrong-token"), true));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("cloud.signature"));
    QVERIFY2(refused.error().detail.contains(QLatin1String("X-Security-Token")), qPrintable(refused.error().detail));
    QCOMPARE(m_sandbox->certificateCount(), 1);
}

void TestScmClient::projectScopedToken()
{
    const auto demo = sandbox::Sandbox::demoCredentials();
    auto options = sandboxOptions(*m_sandbox);
    options.credentials = demo.iamPassword();
    options.credentials.scope = TokenScope::Project;
    options.credentials.projectName = QStringLiteral("cn-north-4");
    ScmClient client(options);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("project-token")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), QStringLiteral("/v3/auth/tokens")), 1);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    // The one token, which the import used, is scoped to the project the profile names.
    QCOMPARE(m_sandbox->issuedTokenScopes(), QStringList{QStringLiteral("project cn-north-4")});
}

void TestScmClient::sm2EncryptionPairReachesTheService()
{
    // An SM2 dual certificate: the encryption certificate and key go in enc_certificate / enc_private_key, and the
    // service checks them too (a pair from another issuer is refused).
    InspectionRequest request;
    for (const char* file : {"sm2/sign.pem", "sm2/chain.pem", "sm2/sign.key"})
        request.inputs.append(InputSource{QLatin1String(file), fixture(QLatin1String(file))});
    for (const char* file : {"sm2/enc.pem", "sm2/enc.key"})
        request.encInputs.append(InputSource{QLatin1String(file), fixture(QLatin1String(file))});
    request.form.name = QStringLiteral("sm2-dual");
    const Inspection inspection = Inspector().inspect(request);
    QVERIFY(inspection.payloadReady());
    ImportRequest good = application::importRequest(inspection, request.form, true);
    const QJsonObject body = QJsonDocument::fromJson(good.body.exposeCopy()).object();
    QVERIFY(body.value(QLatin1String("enc_certificate")).toString().contains(QLatin1String("BEGIN CERTIFICATE")));
    QVERIFY(body.value(QLatin1String("enc_private_key")).toString().contains(QLatin1String("PRIVATE KEY")));

    ScmClient client(sandboxOptions(*m_sandbox));
    auto imported = runImport(client, good);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message + imported.error().detail));
    QCOMPARE(m_sandbox->certificateCount(), 1);

    QJsonObject mismatched = body;
    mismatched.insert(QStringLiteral("name"), QStringLiteral("sm2-wrong-pair"));
    mismatched.insert(QStringLiteral("enc_certificate"),
                      QString::fromUtf8(fixture(QStringLiteral("sm2/enc-other-issuer.pem"))));
    mismatched.insert(QStringLiteral("enc_private_key"),
                      QString::fromUtf8(fixture(QStringLiteral("sm2/enc-other-issuer.key"))));
    ImportRequest wrong;
    wrong.body = SecureBytes(QJsonDocument(mismatched).toJson(QJsonDocument::Compact));
    wrong.allowDuplicate = true;
    auto refused = runImport(client, wrong);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().detail.startsWith(QLatin1String("HTTP 400")), qPrintable(refused.error().detail));
    QCOMPARE(m_sandbox->certificateCount(), 1);
}

void TestScmClient::quotaExplained()
{
    m_sandbox->setQuota(0);
    ScmClient client(sandboxOptions(*m_sandbox));
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("over-quota")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("cloud.quota"));
    QVERIFY2(result.error().message.contains(QLatin1String("quota of this account is reached")),
             qPrintable(result.error().message));
    QVERIFY2(result.error().detail.contains(QLatin1String("SCM.0011")), qPrintable(result.error().detail));
}

void TestScmClient::clockSkewCorrected()
{
    auto options = sandboxOptions(*m_sandbox);
    auto clock = std::make_shared<FixedClock>(QDateTime::currentDateTimeUtc().addSecs(-3600));
    options.clock = clock;
    ScmClient client(options);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("skewed"), true));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message + result.error().detail));
    QVERIFY(qAbs(client.clockOffsetSeconds() - 3600) < 10);
    // The first call (the list of copies with this name) is rejected and signed again; then the import.
    QCOMPARE(client.requestsSent(), 3);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), QStringLiteral("/v3/scm/certificates/import")), 1);
    // Corrected once: later calls sign with the offset right away.
    QVERIFY(runList(client).ok());
    QCOMPARE(client.requestsSent(), 4);
}

void TestScmClient::unreachable()
{
    auto options = sandboxOptions(*m_sandbox);
    const QUrl url = m_sandbox->endpoint();
    m_sandbox.reset(); // nothing listens on that port any more
    options.endpoint = {url, url, {}, {}};
    options.retry.maxAttempts = 2;
    ScmClient client(options);
    const auto listed = runList(client);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, QStringLiteral("cloud.network.unreachable"));
    QCOMPARE(listed.error().category, ErrorCategory::Network);
    QVERIFY2(listed.error().message.contains(QLatin1String("cannot be reached")), qPrintable(listed.error().message));
    QCOMPARE(client.requestsSent(), 2); // refused before sending: retried
}

void TestScmClient::timeout()
{
    auto options = sandboxOptions(*m_sandbox);
    options.timeoutMs = 300;
    ScmClient client(options);
    m_sandbox->injectFault(sandbox::Fault::Delay, 1, 2000);
    const auto listed = runList(client);
    QVERIFY(!listed.ok());
    QCOMPARE(listed.error().code, QStringLiteral("cloud.network.timeout"));
    QVERIFY(isNetworkError(listed.error()));
    QVERIFY2(listed.error().message.contains(QLatin1String("did not answer in time")),
             qPrintable(listed.error().message));
    // A request that was sent and timed out is not sent again: only a lookup could tell what happened to it.
    QCOMPARE(client.requestsSent(), 1);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("GET"), QStringLiteral("/v3/scm/certificates")), 1);
}

void TestScmClient::cancellation()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::Delay, 1, 300);
    QSignalSpy handled(m_sandbox.get(), &sandbox::Sandbox::requestHandled);
    QObject context;
    std::optional<Result<CertificatePage>> result;
    int answers = 0;
    client.listCertificates({}, &context, [&result, &answers](Result<CertificatePage> value) {
        ++answers;
        result.emplace(std::move(value));
    });
    // Cancelled while the sandbox holds the answer back; the late answer then changes nothing.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->requestLog().size(), 1, 10000);
    client.cancelAll();
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QVERIFY(sandboxAnswered(*m_sandbox, handled, 1));
    QCOMPARE(answers, 1);
    QCOMPARE(client.requestsSent(), 1);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().code, QStringLiteral("cloud.network.cancelled"));
    QCOMPARE(result->error().category, ErrorCategory::Network);
    QCOMPARE(result->error().message, QStringLiteral("The request was cancelled."));
}

void TestScmClient::https_data()
{
    QTest::addColumn<bool>("trusted");
    QTest::addRow("trusted-ca-file") << true;
    QTest::addRow("untrusted") << false;
}

void TestScmClient::https()
{
    QFETCH(bool, trusted);
    sandbox::Sandbox tlsSandbox;
    QVERIFY(tlsSandbox.start(0, true).ok());
    QCOMPARE(tlsSandbox.endpoint().scheme(), QStringLiteral("https"));
    QTemporaryDir dir;
    const QString caFile = dir.filePath(QStringLiteral("sandbox-ca.pem"));
    QFile file(caFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(tlsSandbox.caCertificatePem());
    file.close();
    auto options = sandboxOptions(tlsSandbox);
    if (trusted) {
        const auto endpoint = resolveEndpoint({}, tlsSandbox.endpoint(), tlsSandbox.endpoint(), caFile);
        QVERIFY(endpoint.ok());
        options.endpoint = *endpoint;
    }
    ScmClient client(options);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("over-tls"), true));
    QCOMPARE(result.ok(), trusted);
    if (!trusted) {
        QCOMPARE(result.error().code, QStringLiteral("cloud.network.tls"));
        QCOMPARE(result.error().category, ErrorCategory::Network);
        QVERIFY(result.error().message.contains(QLatin1String("CA certificate")));
        QCOMPARE(tlsSandbox.certificateCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestScmClient)
#include "TestScmClient.moc"
