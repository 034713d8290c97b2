#include "cloud/Signer.h"

#include "TestData.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ccm;
using namespace ccm::cloud;

/// SDK-HMAC-SHA256 against the vendor's published vectors and the SDK-computed vectors file.
class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorsFile_data();
    void vectorsFile();
    void documented_data();
    void documented();
    void canonicalQueryExample();
    void sdkDateRoundTrip();
};

void TestSigner::vectorsFile_data()
{
    QTest::addColumn<QJsonObject>("vector");
    QFile file(test::dataPath(QStringLiteral("cloud/signing-vectors.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray vectors =
        QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("vectors")).toArray();
    QCOMPARE(vectors.size(), 16);
    for (const auto& v : vectors)
        QTest::addRow("%s", qPrintable(v.toObject().value(QLatin1String("id")).toString())) << v.toObject();
}

void TestSigner::vectorsFile()
{
    QFETCH(QJsonObject, vector);
    const QJsonObject in = vector.value(QLatin1String("inputs")).toObject();
    const QJsonObject expected = vector.value(QLatin1String("expected")).toObject();
    SigningInput input;
    input.method = in.value(QLatin1String("method")).toString().toLatin1();
    input.url = QUrl(in.value(QLatin1String("url")).toString(), QUrl::StrictMode);
    QVERIFY(input.url.isValid());
    const QJsonObject headers = in.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        input.headers.append({it.key().toUtf8(), it.value().toString().toUtf8()});
    input.body = in.value(QLatin1String("body")).toString().toUtf8();
    QCOMPARE(input.body.size(), in.value(QLatin1String("body_utf8_bytes")).toInt());
    input.sdkDate = in.value(QLatin1String("x_sdk_date")).toString().toLatin1();
    const auto sk = SecureBytes::fromString(in.value(QLatin1String("sk")).toString());
    const SignedRequest signedRequest = signRequest(input, in.value(QLatin1String("ak")).toString().toLatin1(), sk);

    QCOMPARE(QString::fromUtf8(signedRequest.canonicalRequest),
             expected.value(QLatin1String("canonical_request")).toString());
    QCOMPARE(QString::fromUtf8(signedRequest.stringToSign), expected.value(QLatin1String("string_to_sign")).toString());
    QCOMPARE(QString::fromLatin1(signedRequest.signedHeaders),
             expected.value(QLatin1String("signed_headers")).toString());
    QCOMPARE(QString::fromLatin1(signedRequest.authorization),
             expected.value(QLatin1String("authorization")).toString());
    const QJsonObject sent = expected.value(QLatin1String("headers_to_send")).toObject();
    QCOMPARE(QString::fromLatin1(signedRequest.host), sent.value(QLatin1String("Host")).toString());
}

void TestSigner::documented_data()
{
    QTest::addColumn<QString>("ak");
    QTest::addColumn<QString>("sk");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<bool>("signHost");

    QTest::addRow("vendor-doc") << QStringLiteral("QTWAOYTTINDUT2QVKYUC")
                                << QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc") << QByteArray("GET")
                                << QStringLiteral(
                                       "https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/"
                                       "vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0")
                                << QStringList{QStringLiteral("Content-Type"), QStringLiteral("application/json")}
                                << QByteArray() << QByteArray("20191115T033655Z")
                                << QByteArray("7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe")
                                << true;
    QTest::addRow("go-get") << QStringLiteral("AccessKey") << QStringLiteral("SecretKey") << QByteArray("GET")
                            << QStringLiteral("https://example.huaweicloud.com/path?limit=1") << QStringList{}
                            << QByteArray() << QByteArray("20060102T150405Z")
                            << QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624") << false;
    // HMAC key edge cases (RFC 2104): an empty key, one exactly a SHA-256 block long, one longer (hashed first).
    // Expected values from an independent HMAC-SHA256 over the go-get string to sign.
    QTest::addRow("hmac-empty-key") << QStringLiteral("AccessKey") << QString() << QByteArray("GET")
                                    << QStringLiteral("https://example.huaweicloud.com/path?limit=1") << QStringList{}
                                    << QByteArray() << QByteArray("20060102T150405Z")
                                    << QByteArray("bdea17a7383dadcafd176a388bf6e37ad793af58881d33d6c91f9105555eaf5e")
                                    << false;
    QTest::addRow("hmac-block-key") << QStringLiteral("AccessKey") << QString(64, QLatin1Char('K')) << QByteArray("GET")
                                    << QStringLiteral("https://example.huaweicloud.com/path?limit=1") << QStringList{}
                                    << QByteArray() << QByteArray("20060102T150405Z")
                                    << QByteArray("eeb204c8b16f1e4c971b73daa821f79ff3fe806cade61d52c9566f06312d56bf")
                                    << false;
    QTest::addRow("hmac-long-key") << QStringLiteral("AccessKey") << QString(100, QLatin1Char('L')) << QByteArray("GET")
                                   << QStringLiteral("https://example.huaweicloud.com/path?limit=1") << QStringList{}
                                   << QByteArray() << QByteArray("20060102T150405Z")
                                   << QByteArray("c917e0a275b7f07f290acc3e2dcca585856e6050706c6ae39954c5e1c7b31eb8")
                                   << false;
    QTest::addRow("go-post") << QStringLiteral("AccessKey") << QStringLiteral("SecretKey") << QByteArray("POST")
                             << QStringLiteral("https://example.huaweicloud.com/path?key=value") << QStringList{}
                             << QByteArray("{\"Name\":\"test\",\"Id\":1}\n") << QByteArray("20060102T150405Z")
                             << QByteArray("cecc2af119b18ab70b4d094c0750f3b42c02f254903179a0fc2cc72fc9db4f59") << false;
    QTest::addRow("python-get") << QStringLiteral("AccessKey") << QStringLiteral("SecretKey") << QByteArray("GET")
                                << QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")
                                << QStringList{} << QByteArray() << QByteArray("20200608T023900Z")
                                << QByteArray("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842")
                                << true;
    QTest::addRow("python-post") << QStringLiteral("AccessKey") << QStringLiteral("SecretKey") << QByteArray("POST")
                                 << QStringLiteral("https://service.endpoint.myhuaweicloud.com/resources?size=1")
                                 << QStringList{} << QByteArray("{\"name\":\"test\",\"id\":1}")
                                 << QByteArray("20200608T023900Z")
                                 << QByteArray("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f")
                                 << true;
}

void TestSigner::documented()
{
    QFETCH(QString, ak);
    QFETCH(QString, sk);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QStringList, headers);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, date);
    QFETCH(QByteArray, signature);
    QFETCH(bool, signHost);
    SigningInput input{method, QUrl(url), {}, body, date, signHost, {}};
    for (qsizetype i = 0; i + 1 < headers.size(); i += 2)
        input.headers.append({headers.at(i).toLatin1(), headers.at(i + 1).toLatin1()});
    const auto result = signRequest(input, ak.toLatin1(), SecureBytes::fromString(sk));
    QCOMPARE(result.signature, signature);
}

void TestSigner::canonicalQueryExample()
{
    const QByteArray query = QUrl::toPercentEncoding(QStringLiteral("一 (&=?!#%.*)"));
    const QByteArray raw = "limit=1&enable=true&test=" + query + "&path=%2Ftmp%2F123&multi=3&multi=1&multi=2";
    QCOMPARE(canonicalQuery(raw),
             QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test=%E4%B8%80%20%28%26%3D%3F%"
                        "21%23%25.%2A%29"));
}

void TestSigner::sdkDateRoundTrip()
{
    const QDateTime time(QDate(2026, 1, 15), QTime(8, 30, 0), QTimeZone::utc());
    QCOMPARE(sdkDate(time), QByteArray("20260115T083000Z"));
    QCOMPARE(parseSdkDate("20260115T083000Z"), time);
    QVERIFY(!parseSdkDate("2026-01-15").isValid());
}

QTEST_GUILESS_MAIN(TestSigner)
#include "TestSigner.moc"
