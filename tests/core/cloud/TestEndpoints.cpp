#include "application/ProfileClient.h"
#include "cloud/CloudError.h"
#include "cloud/Endpoints.h"
#include "cloud/RetryPolicy.h"
#include "sandbox/Sandbox.h"

#include <QTest>

using namespace ccm;
using namespace ccm::cloud;
using namespace ccm::application;

/// Region catalogue, endpoint rules, error classification and the retry policy.
class TestEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endpointRules_data();
    void endpointRules();
    void regions();
    void caFile();
    void classify_data();
    void classify();
    void retryPolicy();
    void profileClientOptions();
};

void TestEndpoints::endpointRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("https") << QStringLiteral("https://scm.example.test") << true;
    QTest::addRow("http-loopback-v4") << QStringLiteral("http://127.0.0.1:8080") << true;
    QTest::addRow("http-loopback-v6") << QStringLiteral("http://[::1]:8080") << true;
    QTest::addRow("http-remote") << QStringLiteral("http://scm.example.test") << false;
    QTest::addRow("http-localhost-name") << QStringLiteral("http://localhost:8080") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://127.0.0.1") << false;
    QTest::addRow("query") << QStringLiteral("https://scm.example.test/?a=b") << false;
    QTest::addRow("empty") << QString() << false;
}

void TestEndpoints::endpointRules()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    QCOMPARE(checkEndpointUrl(QUrl(url)).ok(), accepted);
}

void TestEndpoints::caFile()
{
    const QUrl url(QStringLiteral("https://scm.example.test"));
    // Read once, when the endpoint is resolved: a file without a certificate is refused there, with its name.
    const auto none = resolveEndpoint({}, url, url, QString::fromLatin1(CCM_TEST_DATA_DIR "/rsa/not-a-cert.txt"));
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, QStringLiteral("endpoint.ca"));
    QVERIFY(none.error().message.contains(QLatin1String("not-a-cert.txt")));

    const auto withCa = resolveEndpoint({}, url, url, QString::fromLatin1(CCM_TEST_DATA_DIR "/rsa/chain-root.pem"));
    QVERIFY(withCa.ok());
    QVERIFY(!withCa->caCertificates.isEmpty());
    QVERIFY(resolveEndpoint({}, url, url)->caCertificates.isEmpty());
}

void TestEndpoints::regions()
{
    const auto all = cloud::regions();
    QCOMPARE(all.size(), 4);
    auto endpoint = resolveEndpoint(QStringLiteral("eu-west-101"));
    QVERIFY(endpoint.ok());
    QCOMPARE(endpoint->scm, QUrl(QStringLiteral("https://scm.eu-west-101.myhuaweicloud.eu")));
    QCOMPARE(endpoint->iam, QUrl(QStringLiteral("https://iam.eu-west-101.myhuaweicloud.eu")));
    QVERIFY(!resolveEndpoint(QStringLiteral("nowhere-1")).ok());
    auto custom = resolveEndpoint({}, QUrl(QStringLiteral("http://127.0.0.1:9")));
    QVERIFY(custom.ok());
    QCOMPARE(custom->iam, custom->scm);
    QVERIFY(!resolveEndpoint({}, QUrl(QStringLiteral("http://example.test"))).ok());
}

void TestEndpoints::classify_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addRow("signature") << 401 << QByteArray(R"({"error_code":"APIG.0301","error_msg":"x"})")
                               << int(CloudErrorKind::Signature);
    QTest::addRow("signature-apigw") << 401 << QByteArray(R"({"error_code":"APIGW.0301","error_msg":"x"})")
                                     << int(CloudErrorKind::Signature);
    QTest::addRow("token") << 401 << QByteArray(R"({"error_code":"APIG.0307","error_msg":"x"})")
                           << int(CloudErrorKind::TokenExpired);
    QTest::addRow("throttled") << 429 << QByteArray(R"({"error_code":"APIG.0308","error_msg":"x"})")
                               << int(CloudErrorKind::Throttled);
    QTest::addRow("forbidden") << 403 << QByteArray(R"({"code":"SCM.0003","message":"x"})")
                               << int(CloudErrorKind::Permission);
    QTest::addRow("mismatch") << 400 << QByteArray(R"({"error_code":"SCM.0014","error_msg":"x"})")
                              << int(CloudErrorKind::KeyMismatch);
    QTest::addRow("chain") << 400 << QByteArray(R"({"error_code":"SCM.0079","error_msg":"x"})")
                           << int(CloudErrorKind::ChainOrder);
    QTest::addRow("quota") << 400 << QByteArray(R"({"error_code":"SCM.0011","error_msg":"x"})")
                           << int(CloudErrorKind::Quota);
    QTest::addRow("invalid") << 400 << QByteArray(R"({"error_code":"SCM.0005","error_msg":"x"})")
                             << int(CloudErrorKind::Invalid);
    QTest::addRow("path") << 404 << QByteArray(R"({"error_code":"APIG.0101","error_msg":"x"})")
                          << int(CloudErrorKind::NotFound);
    QTest::addRow("server") << 502 << QByteArray("<html>bad gateway</html>") << int(CloudErrorKind::Server);
}

void TestEndpoints::classify()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    const CloudError error = CloudError::fromHttp(status, body, "req-1");
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.requestId, QStringLiteral("req-1"));
    QVERIFY(!error.explanation().isEmpty());
    QVERIFY(!error.isNetwork());
    QVERIFY(error.toError().detail.contains(QLatin1String("req-1")));
}

void TestEndpoints::retryPolicy()
{
    RetryPolicy policy;
    policy.baseDelayMs = 100;
    policy.maxDelayMs = 1000;
    CloudError throttled;
    throttled.kind = CloudErrorKind::Throttled;
    CloudError unreachable;
    unreachable.kind = CloudErrorKind::Unreachable;
    CloudError server;
    server.kind = CloudErrorKind::Server;
    QVERIFY(policy.shouldRetry(throttled, true, 1));
    QVERIFY(!policy.shouldRetry(throttled, true, policy.maxAttempts));
    QVERIFY(policy.shouldRetry(unreachable, false, 1));
    QVERIFY(!policy.shouldRetry(unreachable, true, 1));
    QVERIFY(!policy.shouldRetry(server, true, 1));
    for (int attempt = 1; attempt <= 6; ++attempt) {
        const int delay = policy.delayMs(attempt);
        const double nominal = std::min(1000.0, 100.0 * (1 << (attempt - 1)));
        QVERIFY(delay >= nominal * 0.5 && delay <= nominal * 1.5);
    }
}

void TestEndpoints::profileClientOptions()
{
    profiles::ResolvedProfile profile;
    profile.regionId = QStringLiteral("eu-west-101");
    profile.credentials.accessKeyId = QStringLiteral("AK");
    profile.credentials.domainId = QStringLiteral("dom");
    auto options = application::clientOptions(profile);
    QVERIFY(options);
    QCOMPARE(options->endpoint.scm, QUrl(QStringLiteral("https://scm.eu-west-101.myhuaweicloud.eu")));
    QCOMPARE(options->credentials.domainId, QStringLiteral("dom"));

    profile.scmEndpoint = QUrl(QStringLiteral("http://scm.example.com"));
    QVERIFY(!application::clientOptions(profile)); // plain http only for loopback

    profiles::ResolvedProfile sandboxProfile;
    sandboxProfile.isSandbox = true;
    QVERIFY(!clientOptions(sandboxProfile)); // needs the running sandbox
    sandbox::Sandbox sandbox;
    QVERIFY(sandbox.start());
    options = clientOptions(sandboxProfile, &sandbox);
    QVERIFY(options);
    QCOMPARE(options->endpoint.scm, sandbox.endpoint());
    QCOMPARE(options->credentials.accessKeyId, sandbox::Sandbox::demoCredentials().accessKeyId);
}

QTEST_GUILESS_MAIN(TestEndpoints)
#include "TestEndpoints.moc"
