#include "SandboxClient.h"
#include "TestData.h"

#include "application/EmbeddedSandbox.h"
#include "application/ProfileClient.h"
#include "cloud/ScmContract.h"
#include "cloud/Signer.h"
#include "common/Clock.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SignatureCheck.h"

#include "sandbox/HttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

Q_DECLARE_METATYPE(ccm::sandbox::Fault)

using namespace ccm;
using namespace ccm::sandbox;
using ccm::test::Exchange;
using ccm::test::readData;
using ccm::test::SandboxClient;

namespace {

const QString kImportPath = QStringLiteral("/v3/scm/certificates/import");

QByteArray importBody(const QString& name, const QByteArray& certificate, const QByteArray& chain,
                      const QByteArray& key, std::optional<bool> duplicateCheck = std::nullopt)
{
    QJsonObject body{{QStringLiteral("name"), name},
                     {QStringLiteral("certificate"), QString::fromUtf8(certificate)},
                     {QStringLiteral("private_key"), QString::fromUtf8(key)}};
    if (!chain.isEmpty())
        body.insert(QStringLiteral("certificate_chain"), QString::fromUtf8(chain));
    if (duplicateCheck)
        body.insert(QStringLiteral("duplicate_check"), *duplicateCheck);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray goodBody(const QString& name, std::optional<bool> duplicateCheck = std::nullopt)
{
    return importBody(name, readData(QStringLiteral("rsa/leaf.pem")), readData(QStringLiteral("rsa/chain.pem")),
                      readData(QStringLiteral("rsa/leaf.key")), duplicateCheck);
}

} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void tokenIssued();
    void tokenRejected_data();
    void tokenRejected();
    void tokenExpires();
    void unauthenticatedRejected();
    void unknownRouteAnswers404();
    void malformedHttpAnswered400();
    void pipelinedAndSplitRequests();
    void signatureSeamMatchesPublishedVectors_data();
    void signatureSeamMatchesPublishedVectors();
    void signatureSeamMatchesSdkVectors_data();
    void signatureSeamMatchesSdkVectors();
    void signedRequestsAccepted();
    void signedRequestsRejected_data();
    void signedRequestsRejected();
    void malformedSignatureRejected_data();
    void malformedSignatureRejected();
    void signatureLockout();

    void importAccepted();
    void importRejected_data();
    void importRejected();
    void duplicateRejectedUnlessAllowed();
    void listPagesAndFilters();
    void showReturnsDetails();
    void deleteRemoves();

    void listQueryContract_data();
    void listQueryContract();
    void onlyDocumentedFields();
    void foreignHostRefused();
    void importValidatedOffTheSandboxThread();
    void httpLimits_data();
    void httpLimits();
    void bufferCappedWhileAnswerPending();
    void connectionsCapped();
    void idleConnectionClosed();

    void faultServerError();
    void faultThrottle();
    void faultResetAfterBodyStillImports();
    void faultsBeforeAndAfterStoring_data();
    void faultsBeforeAndAfterStoring();
    void transportResendsOnlyPlainBodies();
    void faultMalformedJson();
    void faultDelay();

    void httpsWithGeneratedCa();
    void stateFileRoundTrip();
    void embeddedSandboxBacksTheSandboxProfile();

private:
    Exchange call(const QByteArray& method, const QString& path, const QByteArray& body = {}, bool oneShot = false);
    QByteArray token();

    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    QByteArray m_token;
};

void TestSandbox::init()
{
    m_clock = std::make_shared<FixedClock>(QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC));
    m_sandbox = std::make_unique<Sandbox>();
    m_sandbox->setClock(m_clock);
    const auto port = m_sandbox->start();
    QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
    QVERIFY(*port > 0);
    QCOMPARE(m_sandbox->endpoint(), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(*port)));
    m_client = std::make_unique<SandboxClient>(m_sandbox->endpoint());
    m_token.clear();
}

void TestSandbox::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

QByteArray TestSandbox::token()
{
    if (!m_token.isEmpty())
        return m_token;
    const DemoCredentials demo = Sandbox::demoCredentials();
    const QJsonObject user{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), demo.domainName}}},
                           {QStringLiteral("name"), demo.userName},
                           {QStringLiteral("password"), demo.password}};
    const QJsonObject auth{
        {QStringLiteral("identity"),
         QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                     {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}},
        {QStringLiteral("scope"),
         QJsonObject{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), demo.domainName}}}}}};
    const Exchange reply = m_client->send("POST", QStringLiteral("/v3/auth/tokens"),
                                          QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}}).toJson());
    m_token = reply.header("X-Subject-Token");
    return m_token;
}

Exchange TestSandbox::call(const QByteArray& method, const QString& path, const QByteArray& body, bool oneShot)
{
    return m_client->send(method, path, body, {{"X-Auth-Token", token()}}, oneShot);
}

void TestSandbox::tokenIssued()
{
    const DemoCredentials demo = Sandbox::demoCredentials();
    const QByteArray body = QJsonDocument::fromJson(QStringLiteral(R"({"auth":{"identity":{"methods":["password"],
        "password":{"user":{"domain":{"name":"%1"},"name":"%2","password":"%3"}}},
        "scope":{"project":{"name":"cn-north-4"}}}})")
                                                        .arg(demo.domainName, demo.userName, demo.password)
                                                        .toUtf8())
                                .toJson();
    const Exchange reply = m_client->send("POST", QStringLiteral("/v3/auth/tokens"), body);
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("X-Subject-Token").size() >= 32);
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
    const QJsonObject token = reply.json.value(QLatin1String("token")).toObject();
    QCOMPARE(token.value(QLatin1String("expires_at")).toString(), QStringLiteral("2030-01-02T00:00:00.000000Z"));
    QCOMPARE(token.value(QLatin1String("project")).toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("cn-north-4"));
    QCOMPARE(token.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString(), demo.userName);

    const Exchange list = m_client->send("GET", QStringLiteral("/v3/scm/certificates"), {},
                                         {{"X-Auth-Token", reply.header("X-Subject-Token")}});
    QCOMPARE(list.status, 200);
}

void TestSandbox::tokenRejected_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    const DemoCredentials demo = Sandbox::demoCredentials();
    QTest::addRow("wrong password") << demo.userName << QStringLiteral("nope") << demo.domainName << 401
                                    << QStringLiteral("IAM.0004");
    QTest::addRow("wrong user") << QStringLiteral("someone") << demo.password << demo.domainName << 401
                                << QStringLiteral("IAM.0004");
    QTest::addRow("wrong account") << demo.userName << demo.password << QStringLiteral("other") << 401
                                   << QStringLiteral("IAM.0004");
    QTest::addRow("not password auth") << QString() << QString() << QString() << 400 << QStringLiteral("IAM.0001");
}

void TestSandbox::tokenRejected()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, domain);
    QFETCH(int, status);
    QFETCH(QString, code);
    QJsonObject identity{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}}};
    if (!user.isEmpty()) {
        identity.insert(
            QStringLiteral("password"),
            QJsonObject{{QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), domain}}},
                                     {QStringLiteral("name"), user},
                                     {QStringLiteral("password"), password}}}});
    }
    const QJsonObject body{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity}}}};
    const Exchange reply = m_client->send("POST", QStringLiteral("/v3/auth/tokens"), QJsonDocument(body).toJson());
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QVERIFY(reply.header("X-Subject-Token").isEmpty());
}

void TestSandbox::tokenExpires()
{
    QCOMPARE(call("GET", QStringLiteral("/v3/scm/certificates")).status, 200);
    m_clock->advanceSeconds(Sandbox::kTokenLifetimeSeconds + 1);
    const Exchange reply = call("GET", QStringLiteral("/v3/scm/certificates"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0307"));

    const Exchange forged =
        m_client->send("GET", QStringLiteral("/v3/scm/certificates"), {}, {{"X-Auth-Token", QByteArray(64, 'x')}});
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.errorCode(), QStringLiteral("APIG.0307"));
}

void TestSandbox::unauthenticatedRejected()
{
    const Exchange reply = m_client->send("GET", QStringLiteral("/v3/scm/certificates"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    QVERIFY(!reply.json.value(QLatin1String("error_msg")).toString().isEmpty());
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
    QCOMPARE(reply.header("Date"), QByteArray("Tue, 01 Jan 2030 00:00:00 GMT"));
}

void TestSandbox::unknownRouteAnswers404()
{
    for (const auto& [method, path] : {std::pair<QByteArray, QString>{"GET", QStringLiteral("/v3/nothing")},
                                       {"PUT", QStringLiteral("/v3/scm/certificates/import")},
                                       {"GET", QStringLiteral("/v3/auth/tokens")}}) {
        const Exchange reply = call(method, path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0101"));
        QVERIFY(!reply.header("X-Request-Id").isEmpty());
    }
}

namespace {

QByteArray sdkDate(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray authorization(const QByteArray& access, const QByteArray& signedHeaders = "host;x-sdk-date")
{
    return "SDK-HMAC-SHA256 Access=" + access + ", SignedHeaders=" + signedHeaders +
           ", Signature=" + QByteArray(64, 'a');
}

} // namespace

namespace {

struct Signing
{
    QByteArray accessKeyId;
    SecureBytes secretKey;
    QList<std::pair<QByteArray, QByteArray>> extraHeaders; ///< signed, e.g. X-Domain-Id, X-Security-Token
};

/// Headers of a request signed with the client's Signer, as the product sends them.
QList<std::pair<QByteArray, QByteArray>> signedHeaders(const QUrl& endpoint, const QByteArray& method,
                                                       const QString& pathAndQuery, const QByteArray& body,
                                                       const Signing& signing, const QDateTime& signedAt)
{
    cloud::SigningInput input;
    input.method = method;
    input.url = endpoint.resolved(QUrl(pathAndQuery));
    if (!body.isEmpty())
        input.headers.emplaceBack("Content-Type", "application/json");
    for (const auto& header : signing.extraHeaders)
        input.headers.append(header);
    input.body = body;
    input.sdkDate = cloud::sdkDate(signedAt);
    const cloud::SignedRequest signedRequest = cloud::signRequest(input, signing.accessKeyId, signing.secretKey);
    QList<std::pair<QByteArray, QByteArray>> headers = signing.extraHeaders;
    headers.emplaceBack("X-Sdk-Date", input.sdkDate);
    headers.emplaceBack("Authorization", signedRequest.authorization);
    return headers;
}

Signing demoSigning(bool withDomainId = true)
{
    const DemoCredentials demo = Sandbox::demoCredentials();
    Signing signing{demo.accessKeyId.toLatin1(), SecureBytes::fromString(demo.secretKey), {}};
    if (withDomainId)
        signing.extraHeaders.emplaceBack("X-Domain-Id", demo.domainId.toLatin1());
    return signing;
}

} // namespace

void TestSandbox::signatureSeamMatchesPublishedVectors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("signedHeaderNames");
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("signature");
    QTest::addRow("vendor documentation")
        << QByteArray("GET")
        << QByteArray("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
        << QByteArray("service.region.example.com") << QByteArray("application/json") << QByteArray("20191115T033655Z")
        << QByteArray() << QByteArray("content-type;host;x-sdk-date")
        << QByteArray("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc")
        << QByteArray("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe");
    QTest::addRow("go sdk, only x-sdk-date signed")
        << QByteArray("GET") << QByteArray("/path?limit=1") << QByteArray("example.huaweicloud.com") << QByteArray()
        << QByteArray("20060102T150405Z") << QByteArray() << QByteArray("x-sdk-date") << QByteArray("SecretKey")
        << QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624");
    QTest::addRow("python sdk GET") << QByteArray("GET") << QByteArray("/resources?size=1")
                                    << QByteArray("service.endpoint.myhuaweicloud.com") << QByteArray()
                                    << QByteArray("20200608T023900Z") << QByteArray() << QByteArray("host;x-sdk-date")
                                    << QByteArray("SecretKey")
                                    << QByteArray("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
    QTest::addRow("python sdk POST") << QByteArray("POST") << QByteArray("/resources?size=1")
                                     << QByteArray("service.endpoint.myhuaweicloud.com") << QByteArray()
                                     << QByteArray("20200608T023900Z") << QByteArray(R"({"name":"test","id":1})")
                                     << QByteArray("host;x-sdk-date") << QByteArray("SecretKey")
                                     << QByteArray("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
}

void TestSandbox::signatureSeamMatchesPublishedVectors()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, signedHeaderNames);
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, signature);
    HttpRequest request;
    request.method = method;
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    request.headers.emplaceBack("Host", host);
    if (!contentType.isEmpty())
        request.headers.emplaceBack("Content-Type", contentType);
    request.headers.emplaceBack("X-Sdk-Date", date);
    request.body = body;
    QCOMPARE(expectedSignature(request, signedHeaderNames.split(';'), SecureBytes(secretKey)), signature);
}

void TestSandbox::signatureSeamMatchesSdkVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonDocument document = QJsonDocument::fromJson(readData(QStringLiteral("cloud/signing-vectors.json")));
    const QJsonArray vectors = document.object().value(QLatin1String("vectors")).toArray();
    QVERIFY(!vectors.isEmpty());
    for (const auto& value : vectors) {
        const QJsonObject vector = value.toObject();
        QTest::addRow("%s", qPrintable(vector.value(QLatin1String("id")).toString())) << vector;
    }
}

void TestSandbox::signatureSeamMatchesSdkVectors()
{
    // The request as the sandbox receives it: raw target, the headers the SDK sent, the exact body.
    QFETCH(QJsonObject, vector);
    const QJsonObject inputs = vector.value(QLatin1String("inputs")).toObject();
    const QJsonObject expected = vector.value(QLatin1String("expected")).toObject();
    HttpRequest request;
    request.method = inputs.value(QLatin1String("method")).toString().toLatin1();
    const QByteArray url = inputs.value(QLatin1String("url")).toString().toUtf8();
    const QByteArray target = url.mid(url.indexOf('/', url.indexOf("://") + 3));
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    request.query = question < 0 ? QByteArray() : target.mid(question + 1);
    const QJsonObject sent = expected.value(QLatin1String("headers_to_send")).toObject();
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        if (it.key() != QLatin1String("Authorization"))
            request.headers.emplaceBack(it.key().toLatin1(), it.value().toString().toUtf8());
    }
    request.body = inputs.value(QLatin1String("body")).toString().toUtf8();
    const QList<QByteArray> names = expected.value(QLatin1String("signed_headers")).toString().toLatin1().split(';');
    const SecureBytes secretKey = SecureBytes::fromString(inputs.value(QLatin1String("sk")).toString());
    QCOMPARE(expectedSignature(request, names, secretKey),
             expected.value(QLatin1String("signature")).toString().toLatin1());
}

void TestSandbox::signedRequestsAccepted()
{
    const QUrl endpoint = m_sandbox->endpoint();
    const Exchange domains = m_client->send(
        "GET", QStringLiteral("/v3/auth/domains"), {},
        signedHeaders(endpoint, "GET", QStringLiteral("/v3/auth/domains"), {}, demoSigning(false), m_clock->now()));
    QCOMPARE(domains.status, 200);
    QCOMPARE(domains.json.value(QLatin1String("domains")).toArray().first().toObject().value(QLatin1String("id")),
             Sandbox::demoCredentials().domainId);

    const QByteArray body = goodBody(QStringLiteral("signed-import"));
    const Exchange imported = m_client->send(
        "POST", kImportPath, body, signedHeaders(endpoint, "POST", kImportPath, body, demoSigning(), m_clock->now()));
    QCOMPARE(imported.status, 200);

    const QString list = QStringLiteral("/v3/scm/certificates?limit=10&content=www.example.test&offset=0");
    const Exchange listed =
        m_client->send("GET", list, {}, signedHeaders(endpoint, "GET", list, {}, demoSigning(), m_clock->now()));
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json.value(QLatin1String("total_count")).toInt(), 1);

    const DemoCredentials demo = Sandbox::demoCredentials();
    Signing temporary{demo.temporaryAccessKeyId.toLatin1(),
                      SecureBytes::fromString(demo.temporarySecretKey),
                      {{"X-Domain-Id", demo.domainId.toLatin1()}, {"X-Security-Token", demo.securityToken.toUtf8()}}};
    const QString show =
        QStringLiteral("/v3/scm/certificates/") + imported.json.value(QLatin1String("certificate_id")).toString();
    const Exchange shown =
        m_client->send("GET", show, {}, signedHeaders(endpoint, "GET", show, {}, temporary, m_clock->now()));
    QCOMPARE(shown.status, 200);

    // 14 minutes of skew are within the gateway's window.
    const Exchange skewed = m_client->send("GET", QStringLiteral("/v3/scm/certificates"), {},
                                           signedHeaders(endpoint, "GET", QStringLiteral("/v3/scm/certificates"), {},
                                                         demoSigning(), m_clock->now().addSecs(14 * 60)));
    QCOMPARE(skewed.status, 200);
}

void TestSandbox::signedRequestsRejected_data()
{
    QTest::addColumn<int>("mistake");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("wrong secret key") << 0 << 401 << QStringLiteral("APIG.0301");
    QTest::addRow("clock 16 minutes fast") << 1 << 401 << QStringLiteral("APIG.0301");
    QTest::addRow("clock 16 minutes slow") << 2 << 401 << QStringLiteral("APIG.0301");
    QTest::addRow("body changed after signing") << 3 << 401 << QStringLiteral("APIG.0301");
    QTest::addRow("no X-Domain-Id") << 4 << 401 << QStringLiteral("APIG.0301");
    QTest::addRow("other X-Domain-Id") << 5 << 403 << QStringLiteral("APIG.0302");
    QTest::addRow("temporary key, wrong token") << 6 << 401 << QStringLiteral("APIG.0301");
}

void TestSandbox::signedRequestsRejected()
{
    QFETCH(int, mistake);
    QFETCH(int, status);
    QFETCH(QString, code);
    const DemoCredentials demo = Sandbox::demoCredentials();
    Signing signing = demoSigning(mistake != 4);
    QDateTime signedAt = m_clock->now();
    QByteArray body = goodBody(QStringLiteral("rejected"));
    QByteArray sent = body;
    switch (mistake) {
    case 0:
        signing.secretKey = SecureBytes("not-the-secret-key");
        break;
    case 1:
        signedAt = signedAt.addSecs(16 * 60);
        break;
    case 2:
        signedAt = signedAt.addSecs(-16 * 60);
        break;
    case 3:
        sent = goodBody(QStringLiteral("tampered"));
        break;
    case 5:
        signing.extraHeaders = {{"X-Domain-Id", QByteArray(32, 'f')}};
        break;
    case 6:
        signing = Signing{demo.temporaryAccessKeyId.toLatin1(),
                          SecureBytes::fromString(demo.temporarySecretKey),
                          {{"X-Domain-Id", demo.domainId.toLatin1()}, {"X-Security-Token", "forged-token"}}};
        break;
    default:
        break;
    }
    const Exchange reply = m_client->send(
        "POST", kImportPath, sent, signedHeaders(m_sandbox->endpoint(), "POST", kImportPath, body, signing, signedAt));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.header("Date"), QByteArray("Tue, 01 Jan 2030 00:00:00 GMT"));
    QVERIFY(m_sandbox->certificates().isEmpty());
}

void TestSandbox::malformedSignatureRejected_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<qint64>("skewSeconds"); // X-Sdk-Date relative to the sandbox clock; -1 means not sent
    QTest::addColumn<QString>("messagePart");
    const QByteArray ak = Sandbox::demoCredentials().accessKeyId.toLatin1();
    QTest::addRow("other scheme") << QByteArray("Basic dXNlcjpwYXNz") << qint64(0) << QStringLiteral("scheme");
    QTest::addRow("no signature") << QByteArray("SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=x-sdk-date")
                                  << qint64(0) << QStringLiteral("Signature");
    QTest::addRow("no date") << authorization(ak) << qint64(-1) << QStringLiteral("X-Sdk-Date");
    QTest::addRow("date not signed") << authorization(ak, "host") << qint64(0) << QStringLiteral("x-sdk-date");
    QTest::addRow("signed header not sent")
        << authorization(ak, "host;x-domain-id;x-sdk-date") << qint64(0) << QStringLiteral("x-domain-id");
    QTest::addRow("unknown key") << authorization("NOSUCHACCESSKEY00000") << qint64(0)
                                 << QStringLiteral("does not exist");
    QTest::addRow("temporary key without token")
        << authorization(Sandbox::demoCredentials().temporaryAccessKeyId.toLatin1()) << qint64(0)
        << QStringLiteral("X-Security-Token");
    QTest::addRow("16 minutes ahead") << authorization(ak) << qint64(16 * 60) << QStringLiteral("15 minutes");
    QTest::addRow("16 minutes behind") << authorization(ak) << qint64(-16 * 60 - 1) << QStringLiteral("15 minutes");
    QTest::addRow("wrong signature") << authorization(ak) << qint64(0) << QStringLiteral("signature");
}

void TestSandbox::malformedSignatureRejected()
{
    QFETCH(QByteArray, authorization);
    QFETCH(qint64, skewSeconds);
    QFETCH(QString, messagePart);
    QList<std::pair<QByteArray, QByteArray>> headers{{"Authorization", authorization}};
    if (skewSeconds != -1)
        headers.emplaceBack("X-Sdk-Date", sdkDate(m_clock->now().addSecs(skewSeconds)));
    const Exchange reply = m_client->send("GET", QStringLiteral("/v3/auth/domains"), {}, headers);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    const QString message = reply.json.value(QLatin1String("error_msg")).toString();
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(reply.header("Date"), QByteArray("Tue, 01 Jan 2030 00:00:00 GMT"));
}

void TestSandbox::signatureLockout()
{
    const QByteArray ak = Sandbox::demoCredentials().accessKeyId.toLatin1();
    const auto attempt = [&](qint64 skew) {
        return m_client
            ->send("GET", QStringLiteral("/v3/auth/domains"), {},
                   {{"Authorization", authorization(ak)}, {"X-Sdk-Date", sdkDate(m_clock->now().addSecs(skew))}})
            .json.value(QLatin1String("error_msg"))
            .toString();
    };
    for (int i = 0; i < 5; ++i)
        QVERIFY(attempt(3600).contains(QLatin1String("15 minutes")));
    QVERIFY(!attempt(0).contains(QLatin1String("locked"))); // off by default

    m_sandbox->setSignatureLockout(true);
    for (int i = 0; i < 5; ++i)
        QVERIFY(attempt(3600).contains(QLatin1String("15 minutes")));
    QVERIFY(attempt(0).contains(QLatin1String("locked")));
    m_clock->advanceSeconds(5 * 60 + 1);
    QVERIFY(!attempt(0).contains(QLatin1String("locked")));
}

void TestSandbox::malformedHttpAnswered400()
{
    // The server runs in this thread: wait through the event loop, never with the blocking socket calls.
    QTcpSocket socket;
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write("GARBAGE\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(answer.contains("}"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.constData());
    QVERIFY(answer.contains("X-Request-Id: "));
    QVERIFY(answer.contains("\"error_code\":\"APIG.0201\""));
}

void TestSandbox::pipelinedAndSplitRequests()
{
    QTcpSocket socket;
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);

    // Two requests in one write: answered in order on the same connection.
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_sandbox->port()) + "\r\n";
    const QByteArray get = "GET /v3/nothing HTTP/1.1\r\n" + host + "\r\n";
    socket.write(get + get);
    QTRY_COMPARE_WITH_TIMEOUT(answer.count("HTTP/1.1 404 Not Found"), 2, 5000);

    // A body that arrives in two parts is read whole.
    answer.clear();
    const QByteArray body = R"({"auth":{"identity":{"methods":["token"]}}})";
    socket.write("POST /v3/auth/tokens HTTP/1.1\r\n" + host + "Content-Length: " + QByteArray::number(body.size()) +
                 "\r\n\r\n" + body.left(10));
    // A request on another connection is answered meanwhile; the half-sent one is not handled, nor answered.
    (void)token(); // the probe's token is fetched first, so that the probe is one request
    const int before = int(m_sandbox->requestLog().size());
    QCOMPARE(call("GET", QStringLiteral("/v3/nothing")).status, 404);
    QCOMPARE(m_sandbox->requestLog().size(), before + 1);
    QCOMPARE(m_sandbox->requestLog().last().path, QStringLiteral("/v3/nothing"));
    QVERIFY(answer.isEmpty());
    socket.write(body.mid(10));
    QTRY_VERIFY_WITH_TIMEOUT(answer.contains("IAM.0001"), 5000);
    QVERIFY(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"));
}

void TestSandbox::importAccepted()
{
    const Exchange reply = call("POST", kImportPath, goodBody(QStringLiteral("www-example")));
    QCOMPARE(reply.status, 200);
    const QString id = reply.json.value(QLatin1String("certificate_id")).toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^scs\\d{13}$")).match(id).hasMatch(), qPrintable(id));
    QCOMPARE(m_sandbox->certificates().size(), 1);
    QCOMPARE(m_sandbox->certificates().first().domain, QStringLiteral("www.example.test"));
}

void TestSandbox::importRejected_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<QByteArray>("chain");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const QByteArray leaf = readData(QStringLiteral("rsa/leaf.pem"));
    const QByteArray chain = readData(QStringLiteral("rsa/chain.pem"));
    const QByteArray key = readData(QStringLiteral("rsa/leaf.key"));
    const QByteArray reversed =
        readData(QStringLiteral("rsa/inter-a.pem")) + readData(QStringLiteral("rsa/inter-b.pem"));
    const QString ok = QStringLiteral("good-name");

    QTest::addRow("key mismatch") << ok << leaf << chain << readData(QStringLiteral("findings/mismatch.key"))
                                  << QStringLiteral("SCM.0014") << QStringLiteral("does not belong");
    QTest::addRow("chain reversed") << ok << leaf << reversed << key << QStringLiteral("SCM.0079")
                                    << QStringLiteral("not in order");
    QTest::addRow("chain skips the leaf's issuer") << ok << leaf << readData(QStringLiteral("rsa/inter-a.pem")) << key
                                                   << QStringLiteral("SCM.0079") << QStringLiteral("not in order");
    QTest::addRow("expired") << ok << readData(QStringLiteral("findings/expired.pem")) << chain
                             << readData(QStringLiteral("findings/expired.key")) << QStringLiteral("SCM.0005")
                             << QStringLiteral("expired on");
    QTest::addRow("no domain") << ok << readData(QStringLiteral("findings/no-domain.pem")) << chain
                               << readData(QStringLiteral("findings/no-domain.key")) << QStringLiteral("SCM.0009")
                               << QStringLiteral("no domain");
    QTest::addRow("no chain") << ok << leaf << QByteArray() << key << QStringLiteral("SCM.0013")
                              << QStringLiteral("intermediate");
    QTest::addRow("name with space") << QStringLiteral("bad name") << leaf << chain << key << QStringLiteral("SCM.0005")
                                     << QStringLiteral("letters");
    QTest::addRow("name too short") << QStringLiteral("ab") << leaf << chain << key << QStringLiteral("SCM.0005")
                                    << QStringLiteral("3 to 63");
    QTest::addRow("name missing") << QString() << leaf << chain << key << QStringLiteral("SCM.0005")
                                  << QStringLiteral("");
    QTest::addRow("certificate missing") << ok << QByteArray() << chain << key << QStringLiteral("SCM.0054")
                                         << QStringLiteral("");
    QTest::addRow("certificate not PEM") << ok << QByteArray("hello") << chain << key << QStringLiteral("SCM.0053")
                                         << QStringLiteral("");
    QTest::addRow("certificate damaged") << ok << readData(QStringLiteral("rsa/bad-base64.pem")) << chain << key
                                         << QStringLiteral("SCM.0006") << QStringLiteral("");
    QTest::addRow("key not PEM") << ok << leaf << chain << QByteArray("secret") << QStringLiteral("SCM.0114")
                                 << QStringLiteral("");
    QTest::addRow("key encrypted") << ok << leaf << chain << readData(QStringLiteral("rsa/leaf.enc.key"))
                                   << QStringLiteral("SCM.0012") << QStringLiteral("password");
    QTest::addRow("key truncated") << ok << leaf << chain << readData(QStringLiteral("rsa/truncated-key.pem"))
                                   << QStringLiteral("SCM.0012") << QStringLiteral("");
    QTest::addRow("certificate too long")
        << ok << leaf + QByteArray(4096, ' ') << chain << key << QStringLiteral("SCM.0005") << QStringLiteral("4096");
}

void TestSandbox::importRejected()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, certificate);
    QFETCH(QByteArray, chain);
    QFETCH(QByteArray, key);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const Exchange reply = call("POST", kImportPath, importBody(name, certificate, chain, key));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    const QString message = reply.json.value(QLatin1String("error_msg")).toString();
    QVERIFY(!message.isEmpty());
    QVERIFY2(message.contains(messagePart, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY(!reply.header("X-Request-Id").isEmpty());
    QVERIFY(m_sandbox->certificates().isEmpty());
}

void TestSandbox::duplicateRejectedUnlessAllowed()
{
    const Exchange first = call("POST", kImportPath, goodBody(QStringLiteral("first")));
    QCOMPARE(first.status, 200);
    const QString id = first.json.value(QLatin1String("certificate_id")).toString();

    const Exchange again = call("POST", kImportPath, goodBody(QStringLiteral("second"), false));
    QCOMPARE(again.status, 400);
    QCOMPARE(again.errorCode(), QStringLiteral("SCM.0020"));
    QVERIFY(again.json.value(QLatin1String("error_msg")).toString().contains(id));

    const Exchange allowed = call("POST", kImportPath, goodBody(QStringLiteral("second"), true));
    QCOMPARE(allowed.status, 200);
    QVERIFY(allowed.json.value(QLatin1String("certificate_id")).toString() != id);
    QCOMPARE(m_sandbox->certificates().size(), 2);
}

void TestSandbox::listPagesAndFilters()
{
    for (const char* name : {"alpha-one", "alpha-two", "beta-three"}) {
        QCOMPARE(call("POST", kImportPath, goodBody(QLatin1String(name), true)).status, 200);
        m_clock->advanceSeconds(60);
    }
    QCOMPARE(call("POST", kImportPath,
                  importBody(QStringLiteral("other"), readData(QStringLiteral("other/other-leaf.pem")),
                             readData(QStringLiteral("other/other-ca.pem")),
                             readData(QStringLiteral("other/other-leaf.key"))))
                 .status,
             200);

    const Exchange all = call("GET", QStringLiteral("/v3/scm/certificates"));
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(QLatin1String("total_count")).toInt(), 4);
    const QJsonArray entries = all.json.value(QLatin1String("certificates")).toArray();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("other")); // newest
    const QJsonObject entry = entries.last().toObject();
    QCOMPARE(entry.value(QLatin1String("status")).toString(), QStringLiteral("UPLOAD"));
    QCOMPARE(entry.value(QLatin1String("domain")).toString(), QStringLiteral("www.example.test"));
    QCOMPARE(entry.value(QLatin1String("expire_time")).toString(), QStringLiteral("2044-01-01 00:00:00.0"));
    QVERIFY(QRegularExpression(QStringLiteral("^scs\\d{13}$"))
                .match(entry.value(QLatin1String("id")).toString())
                .hasMatch());

    const Exchange page = call("GET", QStringLiteral("/v3/scm/certificates?limit=10&offset=3"));
    QCOMPARE(page.json.value(QLatin1String("total_count")).toInt(), 4);
    QCOMPARE(page.json.value(QLatin1String("certificates")).toArray().size(), 1);

    const Exchange byName = call("GET", QStringLiteral("/v3/scm/certificates?content=ALPHA"));
    QCOMPARE(byName.json.value(QLatin1String("total_count")).toInt(), 2);
    const Exchange byDomain = call("GET", QStringLiteral("/v3/scm/certificates?content=other.example.test"));
    QCOMPARE(byDomain.json.value(QLatin1String("total_count")).toInt(), 1);
    const Exchange ascending = call("GET", QStringLiteral("/v3/scm/certificates?sort_dir=ASC&limit=10"));
    QCOMPARE(
        ascending.json.value(QLatin1String("certificates")).toArray().first().toObject().value(QLatin1String("name")),
        QStringLiteral("alpha-one"));

    const Exchange badLimit = call("GET", QStringLiteral("/v3/scm/certificates?limit=0"));
    QCOMPARE(badLimit.status, 400);
    QCOMPARE(badLimit.errorCode(), QStringLiteral("SCM.0005"));
}

void TestSandbox::showReturnsDetails()
{
    const Exchange imported = call("POST", kImportPath, goodBody(QStringLiteral("shown")));
    const QString id = imported.json.value(QLatin1String("certificate_id")).toString();
    const Exchange shown = call("GET", QStringLiteral("/v3/scm/certificates/") + id);
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json.value(QLatin1String("id")).toString(), id);
    QCOMPARE(shown.json.value(QLatin1String("name")).toString(), QStringLiteral("shown"));
    QCOMPARE(shown.json.value(QLatin1String("not_before")).toString(), QStringLiteral("2025-01-01 00:00:00.0"));
    QCOMPARE(shown.json.value(QLatin1String("not_after")).toString(), QStringLiteral("2044-01-01 00:00:00.0"));
    QCOMPARE(shown.json.value(QLatin1String("issue_time")).toString(), QStringLiteral("2030-01-01 00:00:00.0"));
    const QString fingerprint = shown.json.value(QLatin1String("fingerprint")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(fingerprint).hasMatch());
    QCOMPARE(fingerprint, m_sandbox->certificates().first().sha1);

    const Exchange missing = call("GET", QStringLiteral("/v3/scm/certificates/scs0000000000000"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("SCM.0002"));
}

void TestSandbox::deleteRemoves()
{
    const Exchange imported = call("POST", kImportPath, goodBody(QStringLiteral("doomed")));
    const QString path =
        QStringLiteral("/v3/scm/certificates/") + imported.json.value(QLatin1String("certificate_id")).toString();
    const Exchange deleted = call("DELETE", path);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(call("GET", path).status, 404);
    QCOMPARE(call("DELETE", path).status, 404);
    QVERIFY(m_sandbox->certificates().isEmpty());
}

void TestSandbox::importValidatedOffTheSandboxThread()
{
    // In the window the sandbox lives on the GUI thread; parsing what is posted to it must not happen there.
    QCOMPARE(call("POST", kImportPath, goodBody(QStringLiteral("threaded"))).status, 200);
    QThread* validated = m_sandbox->lastValidationThread();
    QVERIFY(validated != nullptr);
    QVERIFY(validated != m_sandbox->thread());
    QVERIFY(validated != QThread::currentThread());
}

namespace {

/// Writes raw bytes to a fresh connection to `port` and collects what comes back until the server closes the
/// connection or an answer's JSON body ends; the event loop keeps running so the in-process sandbox can answer.
QByteArray rawExchange(quint16 port, const QByteArray& bytes, bool* closed = nullptr)
{
    QTcpSocket socket;
    QByteArray answer;
    bool disconnected = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&] { disconnected = true; });
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    socket.write(bytes);
    (void)QTest::qWaitFor([&] { return disconnected || answer.contains("}"); }, 10000); // the caller checks what came
    if (closed)
        *closed = disconnected || socket.state() != QAbstractSocket::ConnectedState;
    return answer;
}

} // namespace

void TestSandbox::httpLimits_data()
{
    QTest::addColumn<QByteArray>("headers"); // after the request line, before the blank line
    QTest::addColumn<QByteArray>("status");
    const QByteArray filler = "X-Filler: " + QByteArray(200, 'a') + "\r\n";
    QTest::addRow("headers over 16 KB, blank line in the same write") << filler.repeated(90) << QByteArray("431");
    QTest::addRow("65 header fields") << QByteArray("X-A: b\r\n").repeated(65) << QByteArray("431");
    QTest::addRow("64 header fields are fine") << QByteArray("X-A: b\r\n").repeated(62) << QByteArray("401");
    QTest::addRow("body over 1 MB announced") << QByteArray("Content-Length: 1048577\r\n") << QByteArray("413");
    QTest::addRow("two Content-Length headers")
        << QByteArray("Content-Length: 2\r\nContent-Length: 2\r\n") << QByteArray("400");
    QTest::addRow("chunked body") << QByteArray("Transfer-Encoding: chunked\r\n") << QByteArray("411");
}

void TestSandbox::httpLimits()
{
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, status);
    const QByteArray host = "Host: 127.0.0.1:" + QByteArray::number(m_sandbox->port()) + "\r\n";
    // The 413 comes from the announced length alone: no body byte is sent.
    const QByteArray answer =
        rawExchange(m_sandbox->port(), "POST /v3/scm/certificates/import HTTP/1.1\r\n" + host + headers + "\r\n");
    QVERIFY2(answer.startsWith(QByteArray("HTTP/1.1 " + status + ' ')), answer.left(200).constData());
    QVERIFY(answer.contains("\"error_code\":"));
    QCOMPARE(m_sandbox->certificateCount(), 0);
}

void TestSandbox::bufferCappedWhileAnswerPending()
{
    // A client that keeps sending while its answer is pending cannot make the sandbox hold more than one request.
    m_sandbox->injectFault(Fault::Delay, 1, 5000, QStringLiteral("/v3/nothing"));
    const QByteArray request =
        "GET /v3/nothing HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_sandbox->port()) + "\r\n\r\n";
    QSignalSpy handled(m_sandbox.get(), &Sandbox::requestHandled);
    bool closed = false;
    const QByteArray answer =
        rawExchange(m_sandbox->port(), request + QByteArray(HttpServer::kMaxBufferedBytes + 100, 'x'), &closed);
    QVERIFY(closed);
    QVERIFY2(answer.isEmpty(), answer.constData());
    // Dropped before the delayed answer was due: the one request it took in is still waiting for its answer.
    QCOMPARE(m_sandbox->requestLog().size(), 1);
    QCOMPARE(handled.count(), 0);
}

void TestSandbox::connectionsCapped()
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < HttpServer::kMaxConnections + 1; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        QVERIFY(QTest::qWaitFor([&] { return sockets.back()->state() == QAbstractSocket::ConnectedState; }, 5000));
    }
    // The one over the limit is closed by the sandbox; the others stay open.
    QTRY_COMPARE_WITH_TIMEOUT(sockets.back()->state(), QAbstractSocket::UnconnectedState, 5000);
    for (int i = 0; i < HttpServer::kMaxConnections; ++i)
        QCOMPARE(sockets.at(size_t(i))->state(), QAbstractSocket::ConnectedState);
    // Closing one frees a slot.
    sockets.front()->disconnectFromHost();
    QTRY_VERIFY_WITH_TIMEOUT(call("GET", QStringLiteral("/v3/scm/certificates")).status == 200, 5000);
}

void TestSandbox::idleConnectionClosed()
{
    m_sandbox->setIdleTimeout(300);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write("GET /v3/noth"); // half a request, then silence
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
}

void TestSandbox::faultServerError()
{
    token();
    m_sandbox->injectFault(Fault::ServerError, 2);
    for (int i = 0; i < 2; ++i) {
        const Exchange reply = call("GET", QStringLiteral("/v3/scm/certificates"));
        QCOMPARE(reply.status, 500);
        QVERIFY(!reply.errorCode().isEmpty());
        QVERIFY(!reply.header("X-Request-Id").isEmpty());
    }
    QCOMPARE(call("GET", QStringLiteral("/v3/scm/certificates")).status, 200);
}

void TestSandbox::faultThrottle()
{
    token();
    m_sandbox->injectFault(Fault::Throttle, 1, 0, kImportPath);
    QCOMPARE(call("GET", QStringLiteral("/v3/scm/certificates")).status, 200); // other paths are not affected
    const Exchange throttled = call("POST", kImportPath, goodBody(QStringLiteral("throttled")));
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), QStringLiteral("APIG.0308"));
    QVERIFY(m_sandbox->certificates().isEmpty());
    QCOMPARE(call("POST", kImportPath, goodBody(QStringLiteral("throttled"))).status, 200);
}

void TestSandbox::faultResetAfterBodyStillImports()
{
    token();
    m_sandbox->injectFault(Fault::ResetAfterBody, 1, 0, kImportPath);
    const int before = m_sandbox->requestCount();
    const Exchange lost = call("POST", kImportPath, goodBody(QStringLiteral("ambiguous")));
    QVERIFY2(lost.error != QNetworkReply::NoError, qPrintable(lost.errorString));
    QVERIFY(!lost.jsonValid);
    // The import happened although the client never heard of it, and only once: the answer had started, so
    // QNetworkAccessManager did not send the request again.
    QCOMPARE(m_sandbox->requestCount() - before, 1);
    QCOMPARE(m_sandbox->importRequestCount(), 1);
    QCOMPARE(m_sandbox->certificateCount(), 1);
    const Exchange list = call("GET", QStringLiteral("/v3/scm/certificates?content=ambiguous"));
    QCOMPARE(list.json.value(QLatin1String("total_count")).toInt(), 1);
}

void TestSandbox::faultsBeforeAndAfterStoring_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<int>("status"); // 0: no answer
    QTest::addColumn<int>("stored");
    QTest::addRow("reset before storing") << Fault::ResetBeforeStore << 0 << 0;
    QTest::addRow("close before storing") << Fault::CloseBeforeStore << 0 << 0;
    QTest::addRow("reset after storing") << Fault::ResetAfterStore << 0 << 1;
    QTest::addRow("close after storing") << Fault::CloseAfterStore << 0 << 1;
    QTest::addRow("502 after storing") << Fault::BadGateway << 502 << 1;
    QTest::addRow("503 after storing") << Fault::ServiceUnavailable << 503 << 1;
    QTest::addRow("504 after storing") << Fault::GatewayTimeout << 504 << 1;
    QTest::addRow("500 without code after storing") << Fault::ServerErrorNoCode << 500 << 1;
    QTest::addRow("500 with code before storing") << Fault::ServerError << 500 << 0;
    QTest::addRow("429 before storing") << Fault::Throttle << 429 << 0;
}

void TestSandbox::faultsBeforeAndAfterStoring()
{
    QFETCH(Fault, fault);
    QFETCH(int, status);
    QFETCH(int, stored);
    token();
    m_sandbox->injectFault(fault, 1, 0, kImportPath);
    // Sent as the product sends imports, so the network layer cannot repeat it: exactly one request arrives.
    const Exchange reply = call("POST", kImportPath, goodBody(QStringLiteral("faulted")), true);
    QCOMPARE(reply.status, status);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), kImportPath), 1);
    QCOMPARE(m_sandbox->certificateCount(), stored);
    QCOMPARE(m_sandbox->requestLog().last().status, status);
    if (status == 504)
        QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0201"));
    if (status == 500 && stored == 1)
        QVERIFY(!reply.jsonValid); // no SCM code: the gateway's page, not the service's answer
    if (status == 0)
        QVERIFY(reply.error != QNetworkReply::NoError);
}

void TestSandbox::transportResendsOnlyPlainBodies()
{
    // What QNetworkAccessManager does on its own when a connection closes before the first answer byte: a plain
    // in-memory body is sent again (here: stored once, then refused as a duplicate); the product's one-shot body
    // is not, and the reply says ContentReSendError instead.
    token();
    m_sandbox->injectFault(Fault::ResetAfterStore, 1, 0, kImportPath);
    const Exchange plain = call("POST", kImportPath, goodBody(QStringLiteral("plain")));
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), kImportPath), 2);
    QCOMPARE(plain.status, 400);
    QCOMPARE(plain.errorCode(), QStringLiteral("SCM.0020"));
    QCOMPARE(m_sandbox->certificateCount(), 1);

    m_sandbox->clearCertificates();
    m_sandbox->injectFault(Fault::ResetAfterStore, 1, 0, kImportPath);
    const Exchange once = call("POST", kImportPath, goodBody(QStringLiteral("once")), true);
    QCOMPARE(m_sandbox->countRequests(QStringLiteral("POST"), kImportPath), 3);
    QCOMPARE(once.status, 0);
    QCOMPARE(once.error, QNetworkReply::ContentReSendError);
    QCOMPARE(m_sandbox->certificateCount(), 1);
}

void TestSandbox::listQueryContract_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    const QString uuid = QStringLiteral("1a2b3c4d-0000-1111-2222-333344445555");
    QTest::addRow("defaults") << QString() << 200;
    for (const char* limit : {"10", "20", "50"})
        QTest::addRow("limit %s", limit) << QStringLiteral("limit=") + QLatin1String(limit) << 200;
    for (const char* limit : {"0", "1", "9", "11", "30", "49", "51", "100", "-10", "ten", "10.0", ""})
        QTest::addRow("limit '%s' refused", limit) << QStringLiteral("limit=") + QLatin1String(limit) << 400;
    QTest::addRow("offset 0") << QStringLiteral("offset=0") << 200;
    QTest::addRow("offset 100") << QStringLiteral("offset=100") << 200;
    for (const char* offset : {"101", "150", "-1", "x"})
        QTest::addRow("offset '%s' refused", offset) << QStringLiteral("offset=") + QLatin1String(offset) << 400;
    for (const char* key : {"certExpiredTime", "certStatus", "certUpdateTime"})
        QTest::addRow("sort_key %s", key) << QStringLiteral("sort_key=") + QLatin1String(key) << 200;
    for (const char* key : {"name", "certexpiredtime", "expire_time"})
        QTest::addRow("sort_key %s refused", key) << QStringLiteral("sort_key=") + QLatin1String(key) << 400;
    QTest::addRow("sort_dir ASC") << QStringLiteral("sort_dir=ASC") << 200;
    QTest::addRow("sort_dir DESC") << QStringLiteral("sort_dir=DESC") << 200;
    QTest::addRow("sort_dir asc refused") << QStringLiteral("sort_dir=asc") << 400;
    for (const char* status : {"ALL", "UPLOAD", "EXPIRED", "ISSUED", "SUPPLEMENTCHECKING"})
        QTest::addRow("status %s", status) << QStringLiteral("status=") + QLatin1String(status) << 200;
    for (const char* status : {"upload", "VALID", "ANY"})
        QTest::addRow("status %s refused", status) << QStringLiteral("status=") + QLatin1String(status) << 400;
    QTest::addRow("project all") << QStringLiteral("enterprise_project_id=all") << 200;
    QTest::addRow("project 0") << QStringLiteral("enterprise_project_id=0") << 200;
    QTest::addRow("project uuid") << QStringLiteral("enterprise_project_id=") + uuid << 200;
    QTest::addRow("project junk refused") << QStringLiteral("enterprise_project_id=default") << 400;
    QTest::addRow("deploy_support") << QStringLiteral("deploy_support=true") << 200;
    QTest::addRow("deploy_support junk refused") << QStringLiteral("deploy_support=yes") << 400;
    QTest::addRow("owned_by_self") << QStringLiteral("owned_by_self=false") << 200;
    QTest::addRow("expired_days_since 1095") << QStringLiteral("expired_days_since=1095") << 200;
    QTest::addRow("expired_days_since 1096 refused") << QStringLiteral("expired_days_since=1096") << 400;
    QTest::addRow("content") << QStringLiteral("content=www.example.test") << 200;
    QTest::addRow("content with space") << QStringLiteral("content=a%20b") << 200;
    QTest::addRow("unknown parameter refused") << QStringLiteral("page=2") << 400;
    QTest::addRow("repeated parameter refused") << QStringLiteral("limit=10&limit=20") << 400;
    QTest::addRow("everything at once")
        << QStringLiteral("limit=50&offset=100&sort_dir=ASC&sort_key=certExpiredTime&status=UPLOAD&"
                          "enterprise_project_id=0&content=example")
        << 200;
}

void TestSandbox::listQueryContract()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    const Exchange reply =
        call("GET", QStringLiteral("/v3/scm/certificates") + (query.isEmpty() ? QString() : QLatin1Char('?') + query));
    QCOMPARE(reply.status, status);
    if (status == 400) {
        // The service's error body: {"error_code": "SCM.0005", "error_msg": "..."} with a request id.
        QCOMPARE(reply.errorCode(), QStringLiteral("SCM.0005"));
        QVERIFY(!reply.json.value(QLatin1String("error_msg")).toString().isEmpty());
        QVERIFY(!reply.header("X-Request-Id").isEmpty());
    } else {
        QVERIFY(reply.json.value(QLatin1String("certificates")).isArray());
    }
}

void TestSandbox::onlyDocumentedFields()
{
    const Exchange imported = call("POST", kImportPath, goodBody(QStringLiteral("fields")));
    QCOMPARE(imported.status, 200);
    const QString id = imported.json.value(QLatin1String("certificate_id")).toString();
    QCOMPARE(id.size(), 16);
    QCOMPARE(imported.json.keys(), QStringList{QStringLiteral("certificate_id")});

    const QStringList listFields = cloud::contract::listItemFields();
    const QJsonObject entry =
        call("GET", QStringLiteral("/v3/scm/certificates")).json.value(QLatin1String("certificates"))[0].toObject();
    for (const QString& key : entry.keys())
        QVERIFY2(listFields.contains(key), qPrintable(key));
    const QJsonObject shown = call("GET", QStringLiteral("/v3/scm/certificates/") + id).json;
    const QStringList showFields = cloud::contract::showFields();
    for (const QString& key : shown.keys())
        QVERIFY2(showFields.contains(key), qPrintable(key));
    QVERIFY(!shown.contains(QLatin1String("expire_time"))); // a list field, not one of show's

    // A field the API does not have is refused, not ignored.
    QJsonObject body = QJsonDocument::fromJson(goodBody(QStringLiteral("extra"), true)).object();
    body.insert(QStringLiteral("sha256"), QStringLiteral("00"));
    const Exchange extra = call("POST", kImportPath, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(extra.status, 400);
    QCOMPARE(extra.errorCode(), QStringLiteral("SCM.0005"));
}

void TestSandbox::foreignHostRefused()
{
    // A web page that rebinds its own DNS name to 127.0.0.1 sends its own name as Host: refused.
    const QByteArray authToken = token();
    QTcpSocket socket;
    QByteArray answer;
    connect(&socket, &QTcpSocket::readyRead, this, [&] { answer += socket.readAll(); });
    socket.connectToHost(QHostAddress::LocalHost, m_sandbox->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write("GET /v3/scm/certificates HTTP/1.1\r\nHost: attacker.example:" +
                 QByteArray::number(m_sandbox->port()) + "\r\nX-Auth-Token: " + authToken + "\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(answer.contains("}"), 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QCOMPARE(call("GET", QStringLiteral("/v3/scm/certificates")).status, 200); // 127.0.0.1:port is fine
}

void TestSandbox::faultMalformedJson()
{
    token();
    m_sandbox->injectFault(Fault::MalformedJson);
    const Exchange reply = call("POST", kImportPath, goodBody(QStringLiteral("garbled")));
    QCOMPARE(reply.status, 200);
    QVERIFY(!reply.jsonValid);
    QCOMPARE(m_sandbox->certificates().size(), 1);
}

void TestSandbox::faultDelay()
{
    token();
    // A lower bound only: an answer can be late on a busy machine, but never early.
    m_sandbox->setResponseDelay(300);
    const Exchange slow = call("GET", QStringLiteral("/v3/scm/certificates"));
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 290, qPrintable(QString::number(slow.elapsedMs)));
    m_sandbox->clearFaults();

    // After clearFaults, and past a one-request fault, answers come in order of arrival again: a delayed request
    // sent first is answered after an undelayed one sent second (order, not wall-clock thresholds).
    m_sandbox->injectFault(Fault::Delay, 1, 1500, QStringLiteral("/v3/scm/certificates/scs"));
    QNetworkAccessManager manager;
    const auto request = [this](const QString& path) {
        QNetworkRequest r(m_sandbox->endpoint().resolved(QUrl(path)));
        r.setRawHeader("X-Auth-Token", token());
        return r;
    };
    QStringList finished;
    QNetworkReply* delayed = manager.get(request(QStringLiteral("/v3/scm/certificates/scs0000000000001")));
    QNetworkReply* prompt = manager.get(request(QStringLiteral("/v3/scm/certificates?limit=10")));
    connect(delayed, &QNetworkReply::finished, this, [&finished] { finished << QStringLiteral("delayed"); });
    connect(prompt, &QNetworkReply::finished, this, [&finished] { finished << QStringLiteral("prompt"); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(finished, (QStringList{QStringLiteral("prompt"), QStringLiteral("delayed")}));
    delayed->deleteLater();
    prompt->deleteLater();
}

void TestSandbox::httpsWithGeneratedCa()
{
    Sandbox secure;
    secure.setClock(m_clock);
    const auto port = secure.start(0, true);
    QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message + port.error().detail));
    QCOMPARE(secure.endpoint().scheme(), QStringLiteral("https"));
    QVERIFY(secure.caCertificatePem().startsWith("-----BEGIN CERTIFICATE-----"));
    QCOMPARE(secure.caCertificates().size(), 1);
    QCOMPARE(secure.caCertificates().first().toPem(), secure.caCertificatePem());

    const QByteArray unauthenticatedPath = "/v3/scm/certificates";
    SandboxClient untrusting(secure.endpoint());
    const Exchange refused = untrusting.send("GET", QString::fromLatin1(unauthenticatedPath));
    QCOMPARE(refused.status, 0);
    QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);

    SandboxClient trusting(secure.endpoint());
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(secure.caCertificates());
    trusting.setSslConfiguration(configuration);
    const Exchange answered = trusting.send("GET", QString::fromLatin1(unauthenticatedPath));
    QVERIFY2(answered.error == QNetworkReply::AuthenticationRequiredError || answered.status == 401,
             qPrintable(answered.errorString));
    QCOMPARE(answered.status, 401);
    QCOMPARE(answered.errorCode(), QStringLiteral("APIG.0301"));
}

void TestSandbox::stateFileRoundTrip()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("sandbox.json"));
    QVERIFY(m_sandbox->setStateFile(path).ok());
    const Exchange imported = call("POST", kImportPath, goodBody(QStringLiteral("kept")));
    QCOMPARE(imported.status, 200);
    const QString id = imported.json.value(QLatin1String("certificate_id")).toString();

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains(id.toLatin1()));
    QVERIFY(!saved.contains("PRIVATE KEY"));
    QVERIFY(!saved.contains("BEGIN CERTIFICATE"));

    Sandbox restarted;
    QVERIFY(restarted.setStateFile(path).ok());
    QCOMPARE(restarted.certificates().size(), 1);
    const CertificateRecord record = restarted.certificates().first();
    QCOMPARE(record.id, id);
    QCOMPARE(record.name, QStringLiteral("kept"));
    QCOMPARE(record.sha256, m_sandbox->certificates().first().sha256);
    QCOMPARE(record.notAfter, QDateTime(QDate(2044, 1, 1), QTime(0, 0), Qt::UTC));

    QFile damaged(directory.filePath(QStringLiteral("damaged.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"version\": 1, \"certificates\": [{\"id\": \"x\"}]}");
    damaged.close();
    const Status refused = restarted.setStateFile(damaged.fileName());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("sandbox.state-record"));
}

void TestSandbox::embeddedSandboxBacksTheSandboxProfile()
{
    const auto running = application::embeddedSandbox();
    QVERIFY(running.ok());

    profiles::ResolvedProfile saved;
    saved.scmEndpoint = QUrl(QStringLiteral("https://scm.example.test"));
    saved.iamEndpoint = QUrl(QStringLiteral("https://iam.example.test"));
    const auto savedOptions = application::clientOptions(saved, *running);
    QVERIFY(savedOptions.ok());
    QCOMPARE(savedOptions->endpoint.scm, QUrl(QStringLiteral("https://scm.example.test"))); // not the sandbox

    profiles::ResolvedProfile profile;
    profile.isSandbox = true;
    const auto options = application::clientOptions(profile, *running);
    QVERIFY(options.ok());
    QCOMPARE(options->endpoint.scm.scheme(), QStringLiteral("http"));
    QCOMPARE(options->endpoint.scm.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(options->endpoint.iam, options->endpoint.scm);
    QCOMPARE(options->credentials.kind, cloud::AuthKind::AkSk);
    QCOMPARE(options->credentials.accessKeyId, Sandbox::demoCredentials().accessKeyId);
    QCOMPARE(options->credentials.secretKey, SecureBytes::fromString(Sandbox::demoCredentials().secretKey));
    QCOMPARE(options->credentials.domainId, Sandbox::demoCredentials().domainId);

    const auto again = application::embeddedSandbox();
    QVERIFY(again.ok());
    QCOMPARE(*again, *running); // one sandbox per process

    SandboxClient client(options->endpoint.scm);
    QCOMPARE(client.send("GET", QStringLiteral("/v3/scm/certificates")).status, 401);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
