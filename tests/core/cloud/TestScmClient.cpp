#include "cloud/IamClient.h"
#include "cloud/ScmClient.h"
#include "history/ImportHistory.h"
#include "sandbox/Sandbox.h"

#include "CloudTestSupport.h"
#include "TestData.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::cloud;
using namespace ccm::test;

namespace {

const QStringList kRsa{QStringLiteral("rsa/leaf.pem"), QStringLiteral("rsa/chain.pem"), QStringLiteral("rsa/leaf.key")};

QByteArray fixture(const QString& relative)
{
    QFile file(dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
    void ambiguousFailureCreatesNoDuplicate();
    void droppedConnectionCreatesNoDuplicate();
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
    QCOMPARE(history::normalizeFingerprint(shown->value().value(QLatin1String("fingerprint")).toString()),
             history::normalizeFingerprint(fixtureImport(kRsa, QStringLiteral("for-fingerprint")).fingerprint));

    auto deleted =
        waitFor<Result<QString>>([&](auto done) { client.deleteCertificate(imported->certificateId, &context, done); });
    QVERIFY(deleted && deleted->ok());
    QCOMPARE(m_sandbox->certificateCount(), 0);

    auto gone = waitFor<Result<QJsonObject>>(
        [&](auto done) { client.showCertificate(imported->certificateId, &context, done); });
    QVERIFY(gone && !gone->ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::NotFound);
    QCOMPARE(client.lastError().httpStatus, 404);
    QVERIFY(!client.lastError().requestId.isEmpty());
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
    query.limit = 2;
    auto first = runList(client, query);
    QVERIFY(first.ok());
    QCOMPARE(first->totalCount, 4);
    QCOMPARE(first->certificates.size(), 2);
    query.offset = 2;
    auto second = runList(client, query);
    QVERIFY(second.ok());
    QCOMPARE(second->certificates.size(), 2);
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
    QVERIFY(!runImport(client, raw).ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Duplicate);
}

void TestScmClient::rejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<int>("kind");
    QTest::addRow("key-mismatch") << "mismatch"
                                  << "rsa/leaf.pem"
                                  << "other/other-leaf.key"
                                  << "rsa/chain.pem"
                                  << "SCM.0014" << int(CloudErrorKind::KeyMismatch);
    QTest::addRow("chain-order") << "chain-order"
                                 << "rsa/leaf.pem"
                                 << "rsa/leaf.key"
                                 << "rsa/inter-a.pem"
                                 << "SCM.0079" << int(CloudErrorKind::ChainOrder);
    QTest::addRow("bad-name") << "a b"
                              << "rsa/leaf.pem"
                              << "rsa/leaf.key"
                              << "rsa/chain.pem"
                              << "SCM.0005" << int(CloudErrorKind::Invalid);
    QTest::addRow("not-a-certificate") << "garbage"
                                       << "rsa/leaf.key"
                                       << "rsa/leaf.key"
                                       << ""
                                       << "SCM.0053" << int(CloudErrorKind::Invalid);
    QTest::addRow("expired") << "expired"
                             << "findings/expired.pem"
                             << "findings/expired.key"
                             << "rsa/chain.pem"
                             << "" << int(CloudErrorKind::Invalid);
}

void TestScmClient::rejected()
{
    QFETCH(QString, name);
    QFETCH(QString, certificate);
    QFETCH(QString, key);
    QFETCH(QString, chain);
    QFETCH(QString, errorCode);
    QFETCH(int, kind);
    ScmClient client(sandboxOptions(*m_sandbox));
    ImportRequest raw;
    raw.body = SecureBytes(
        rawImportBody(name, fixture(certificate), fixture(key), chain.isEmpty() ? QByteArray() : fixture(chain)));
    raw.allowDuplicate = true;
    auto result = runImport(client, raw);
    QVERIFY(!result.ok());
    if (!errorCode.isEmpty())
        QCOMPARE(client.lastError().errorCode, errorCode);
    QCOMPARE(int(client.lastError().kind), kind);
    QCOMPARE(client.lastError().httpStatus, 400);
    QVERIFY(!client.lastError().requestId.isEmpty());
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(m_sandbox->certificateCount(), 0);
}

void TestScmClient::wrongSecretKey()
{
    auto options = sandboxOptions(*m_sandbox);
    options.credentials.secretKey = SecureBytes::fromString(QStringLiteral("not-the-secret"));
    ScmClient client(options);
    QVERIFY(!runList(client).ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Signature);
    QCOMPARE(client.lastError().errorCode, QStringLiteral("APIG.0301"));
    QCOMPARE(client.lastError().httpStatus, 401);
    QCOMPARE(client.clockOffsetSeconds(), 0); // the clocks agree, so no skew correction
}

void TestScmClient::expiredToken()
{
    auto options = sandboxOptions(*m_sandbox);
    options.credentials = {};
    options.credentials.kind = AuthKind::Token;
    options.credentials.authToken = SecureBytes::fromString(QStringLiteral("MII") + QString(40, QLatin1Char('x')));
    ScmClient client(options);
    QVERIFY(!runList(client).ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::TokenExpired);
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
    QCOMPARE(m_sandbox->requestCount(), afterFirst + 1); // the token was cached

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
}

void TestScmClient::throttlingRetried()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::Throttle, 2);
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("throttled"), true));
    QVERIFY(result.ok());
    QCOMPARE(m_sandbox->certificateCount(), 1);
    QCOMPARE(client.requestsSent(), 3);
}

void TestScmClient::throttlingGivesUp()
{
    auto options = sandboxOptions(*m_sandbox);
    options.retry.maxAttempts = 2;
    ScmClient client(options);
    m_sandbox->injectFault(sandbox::Fault::Throttle, 5);
    auto result = runList(client);
    QVERIFY(!result.ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Throttled);
    QCOMPARE(client.lastError().httpStatus, 429);
    QCOMPARE(client.requestsSent(), 2);
}

void TestScmClient::serverError()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::ServerError, 1);
    QVERIFY(!runList(client).ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Server);
    QCOMPARE(client.requestsSent(), 1); // a 500 is not retried
}

void TestScmClient::malformedAnswer()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::MalformedJson, 1);
    QVERIFY(!runList(client).ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Malformed);
}

void TestScmClient::ambiguousFailureCreatesNoDuplicate()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::ResetAfterBody, 1);
    // Duplicates allowed: a blind re-send would create a second copy, so only the lookup prevents it.
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("ambiguous"), true));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(m_sandbox->importRequestCount(), 1);
    QVERIFY(result->recovered);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    QCOMPARE(m_sandbox->importRequestCount(), 1);
}

void TestScmClient::droppedConnectionCreatesNoDuplicate()
{
    // Closed before any answer byte: QNetworkAccessManager re-sends the request on its own (no API turns that off).
    // The service then refuses the second copy, and the client reports the first one instead of failing.
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::DropConnection, 1, 0, QStringLiteral("/v3/scm/certificates/import"));
    auto result = runImport(client, fixtureImport(kRsa, QStringLiteral("dropped")));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().detail));
    QCOMPARE(m_sandbox->certificateCount(), 1);
    QVERIFY(!result->certificateId.isEmpty());
    // Seen on Qt 6.4: two import requests arrive; the second is refused as a duplicate and reported as duplicate_of.
    QVERIFY(m_sandbox->importRequestCount() <= 2);
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
    QCOMPARE(client.requestsSent(), 2);
    // Corrected once: later calls sign with the offset right away.
    QVERIFY(runList(client).ok());
    QCOMPARE(client.requestsSent(), 3);
}

void TestScmClient::unreachable()
{
    auto options = sandboxOptions(*m_sandbox);
    const QUrl url = m_sandbox->endpoint();
    m_sandbox.reset(); // nothing listens on that port any more
    options.endpoint = {url, url, {}};
    options.retry.maxAttempts = 2;
    ScmClient client(options);
    QVERIFY(!runList(client).ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Unreachable);
    QVERIFY(client.lastError().isNetwork());
    QCOMPARE(client.requestsSent(), 2); // refused before sending: retried
}

void TestScmClient::timeout()
{
    auto options = sandboxOptions(*m_sandbox);
    options.timeoutMs = 300;
    ScmClient client(options);
    m_sandbox->injectFault(sandbox::Fault::Delay, 1, 2000);
    QVERIFY(!runList(client).ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Timeout);
    QVERIFY(isNetworkError(client.lastError().toError()));
}

void TestScmClient::cancellation()
{
    ScmClient client(sandboxOptions(*m_sandbox));
    m_sandbox->injectFault(sandbox::Fault::Delay, 1, 3000);
    QObject context;
    auto result = waitFor<Result<CertificatePage>>([&](auto done) {
        client.listCertificates({}, &context, done);
        QTimer::singleShot(100, &client, &ScmClient::cancelAll);
    });
    QVERIFY(result && !result->ok());
    QCOMPARE(client.lastError().kind, CloudErrorKind::Cancelled);
    QVERIFY(client.lastError().isNetwork());
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
        QCOMPARE(client.lastError().kind, CloudErrorKind::Tls);
        QVERIFY(result.error().message.contains(QLatin1String("CA certificate")));
        QCOMPARE(tlsSandbox.certificateCount(), 0);
    }
}

QTEST_GUILESS_MAIN(TestScmClient)
#include "TestScmClient.moc"
