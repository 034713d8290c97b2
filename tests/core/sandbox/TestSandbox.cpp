#include "cloud/Signer.h"
#include "sandbox/Sandbox.h"

#include "TestData.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ccm;

namespace {

struct Answer
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
    QByteArray requestId;
    QByteArray subjectToken;
};

QByteArray fixture(const QString& relative)
{
    QFile file(test::dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

/// The sandbox over raw HTTP: signature verification and its window, tokens, ids, validation, state file.
class TestSandbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void signatureWindow_data();
    void signatureWindow();
    void tamperedRequestRejected();
    void unknownPath();
    void domains();
    void tokens();
    void importIdsAndState();
    void validation_data();
    void validation();

private:
    Answer call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                qint64 skewSeconds = 0, bool sign = true, const QList<cloud::Header>& extra = {}, bool tamper = false);

    QNetworkAccessManager m_network;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
};

void TestSandbox::initTestCase()
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void TestSandbox::init()
{
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    QVERIFY(m_sandbox->start().ok());
}

void TestSandbox::cleanup()
{
    m_sandbox.reset();
}

Answer TestSandbox::call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                         qint64 skewSeconds, bool sign, const QList<cloud::Header>& extra, bool tamper)
{
    const auto demo = sandbox::Sandbox::demoCredentials();
    QUrl url = m_sandbox->endpoint();
    const QStringList parts = pathAndQuery.split(QLatin1Char('?'));
    url.setPath(parts.first());
    if (parts.size() > 1)
        url.setQuery(parts.at(1));
    QNetworkRequest request(url);
    QList<cloud::Header> headers{{"Content-Type", "application/json"}, {"X-Domain-Id", demo.domainId.toLatin1()}};
    headers.append(extra);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (sign) {
        cloud::SigningInput input{method, url, headers, body,
                                  cloud::sdkDate(QDateTime::currentDateTimeUtc().addSecs(skewSeconds))};
        const auto signedRequest =
            cloud::signRequest(input, demo.accessKeyId.toLatin1(), SecureBytes::fromString(demo.secretKey));
        request.setRawHeader("X-Sdk-Date", input.sdkDate);
        request.setRawHeader("Authorization", signedRequest.authorization);
    }
    QByteArray sent = body;
    if (tamper)
        sent.append(' ');
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, sent);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.json = QJsonDocument::fromJson(answer.body).object();
    answer.requestId = reply->rawHeader("X-Request-Id");
    answer.subjectToken = reply->rawHeader("X-Subject-Token");
    reply->deleteLater();
    return answer;
}

void TestSandbox::signatureWindow_data()
{
    QTest::addColumn<qint64>("skew");
    QTest::addColumn<int>("status");
    QTest::addRow("in-time") << qint64(0) << 200;
    QTest::addRow("14-minutes-behind") << qint64(-14 * 60) << 200;
    QTest::addRow("14-minutes-ahead") << qint64(14 * 60) << 200;
    QTest::addRow("16-minutes-behind") << qint64(-16 * 60) << 401;
    QTest::addRow("16-minutes-ahead") << qint64(16 * 60) << 401;
}

void TestSandbox::signatureWindow()
{
    QFETCH(qint64, skew);
    QFETCH(int, status);
    const Answer answer = call("GET", QStringLiteral("/v3/scm/certificates?limit=10&offset=0"), {}, skew);
    QCOMPARE(answer.status, status);
    QVERIFY(!answer.requestId.isEmpty());
    if (status == 401)
        QCOMPARE(answer.json.value(QLatin1String("error_code")).toString(), QStringLiteral("APIG.0301"));
    else
        QCOMPARE(answer.json.value(QLatin1String("total_count")).toInt(), 0);
}

void TestSandbox::tamperedRequestRejected()
{
    const QByteArray body = R"({"name":"x"})";
    QCOMPARE(call("POST", QStringLiteral("/v3/scm/certificates/import"), body, 0, true, {}, true).status, 401);
    QCOMPARE(call("GET", QStringLiteral("/v3/scm/certificates"), {}, 0, false).status, 401);
}

void TestSandbox::unknownPath()
{
    const Answer answer = call("GET", QStringLiteral("/v3/scm/nothing-here"));
    QCOMPARE(answer.status, 404);
    QCOMPARE(answer.json.value(QLatin1String("error_code")).toString(), QStringLiteral("APIG.0101"));
}

void TestSandbox::domains()
{
    const Answer answer = call("GET", QStringLiteral("/v3/auth/domains"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(
        answer.json.value(QLatin1String("domains")).toArray().first().toObject().value(QLatin1String("id")).toString(),
        sandbox::Sandbox::demoCredentials().domainId);
}

void TestSandbox::tokens()
{
    const auto demo = sandbox::Sandbox::demoCredentials();
    const auto body = [&](const QString& password) {
        return QJsonDocument(
                   QJsonObject{
                       {QStringLiteral("auth"),
                        QJsonObject{
                            {QStringLiteral("identity"),
                             QJsonObject{
                                 {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                 {QStringLiteral("password"),
                                  QJsonObject{{QStringLiteral("user"),
                                               QJsonObject{{QStringLiteral("domain"),
                                                            QJsonObject{{QStringLiteral("name"), demo.domainName}}},
                                                           {QStringLiteral("name"), demo.userName},
                                                           {QStringLiteral("password"), password}}}}}}}}}})
            .toJson(QJsonDocument::Compact);
    };
    const Answer wrong = call("POST", QStringLiteral("/v3/auth/tokens"), body(QStringLiteral("nope")), 0, false);
    QCOMPARE(wrong.status, 401);
    const Answer issued = call("POST", QStringLiteral("/v3/auth/tokens"), body(demo.password), 0, false);
    QCOMPARE(issued.status, 201);
    QVERIFY(issued.subjectToken.size() >= 32);
    const QDateTime expires = QDateTime::fromString(
        issued.json.value(QLatin1String("token")).toObject().value(QLatin1String("expires_at")).toString().left(19),
        QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    QVERIFY(expires.isValid());
    const Answer listed =
        call("GET", QStringLiteral("/v3/scm/certificates"), {}, 0, false, {{"X-Auth-Token", issued.subjectToken}});
    QCOMPARE(listed.status, 200);
    const Answer bogus = call("GET", QStringLiteral("/v3/scm/certificates"), {}, 0, false,
                              {{"X-Auth-Token", "MIIbogus-token-bogus-token-bogus"}});
    QCOMPARE(bogus.status, 401);
    QCOMPARE(bogus.json.value(QLatin1String("error_code")).toString(), QStringLiteral("APIG.0307"));
}

void TestSandbox::importIdsAndState()
{
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.json"));
    QVERIFY(m_sandbox->setStateFile(state).ok());
    const auto body = [](const char* name, bool duplicateCheck) {
        QJsonObject o{
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("certificate"), QString::fromUtf8(fixture(QStringLiteral("rsa/leaf.pem")))},
            {QStringLiteral("certificate_chain"), QString::fromUtf8(fixture(QStringLiteral("rsa/chain.pem")))},
            {QStringLiteral("private_key"), QString::fromUtf8(fixture(QStringLiteral("rsa/leaf.key")))}};
        if (duplicateCheck)
            o.insert(QStringLiteral("duplicate_check"), true);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    const Answer first = call("POST", QStringLiteral("/v3/scm/certificates/import"), body("first", false));
    QCOMPARE(first.status, 200);
    const QString id = first.json.value(QLatin1String("certificate_id")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^scs\\d{13}$")).match(id).hasMatch());
    QCOMPARE(call("POST", QStringLiteral("/v3/scm/certificates/import"), body("second", false)).status, 400);
    QCOMPARE(call("POST", QStringLiteral("/v3/scm/certificates/import"), body("second", true)).status, 200);
    QCOMPARE(m_sandbox->certificateCount(), 2);

    const Answer shown = call("GET", QStringLiteral("/v3/scm/certificates/") + id);
    QCOMPARE(shown.status, 200);
    QCOMPARE(shown.json.value(QLatin1String("fingerprint")).toString().size(), 40);
    QCOMPARE(shown.json.value(QLatin1String("domain")).toString(), QStringLiteral("www.example.test"));
    QVERIFY(!shown.body.contains("PRIVATE KEY"));

    // A new sandbox with the same state file has the certificates, and deletes persist.
    m_sandbox = std::make_unique<sandbox::Sandbox>();
    QVERIFY(m_sandbox->setStateFile(state).ok());
    QVERIFY(m_sandbox->start().ok());
    QCOMPARE(m_sandbox->certificateCount(), 2);
    QCOMPARE(call("DELETE", QStringLiteral("/v3/scm/certificates/") + id).status, 204);
    QCOMPARE(call("DELETE", QStringLiteral("/v3/scm/certificates/") + id).status, 404);
    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains(id.toLatin1()));
    QVERIFY(!saved.contains("PRIVATE KEY"));
}

void TestSandbox::validation_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("errorCode");
    QTest::addRow("mismatch") << "rsa/leaf.pem"
                              << "rsa/chain.pem"
                              << "other/other-leaf.key"
                              << "SCM.0014";
    QTest::addRow("chain-order") << "rsa/leaf.pem"
                                 << "rsa/inter-a.pem"
                                 << "rsa/leaf.key"
                                 << "SCM.0079";
    QTest::addRow("no-certificate") << ""
                                    << ""
                                    << "rsa/leaf.key"
                                    << "SCM.0054";
    QTest::addRow("key-markers") << "rsa/leaf.pem"
                                 << "rsa/chain.pem"
                                 << "rsa/leaf.pem"
                                 << "SCM.0114";
}

void TestSandbox::validation()
{
    QFETCH(QString, certificate);
    QFETCH(QString, chain);
    QFETCH(QString, key);
    QFETCH(QString, errorCode);
    QJsonObject o{
        {QStringLiteral("name"), QStringLiteral("validation")},
        {QStringLiteral("certificate"), QString::fromUtf8(certificate.isEmpty() ? QByteArray() : fixture(certificate))},
        {QStringLiteral("private_key"), QString::fromUtf8(fixture(key))}};
    if (!chain.isEmpty())
        o.insert(QStringLiteral("certificate_chain"), QString::fromUtf8(fixture(chain)));
    const Answer answer =
        call("POST", QStringLiteral("/v3/scm/certificates/import"), QJsonDocument(o).toJson(QJsonDocument::Compact));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json.value(QLatin1String("error_code")).toString(), errorCode);
    QVERIFY(!answer.json.value(QLatin1String("error_msg")).toString().isEmpty());
    QCOMPARE(m_sandbox->certificateCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "TestSandbox.moc"
