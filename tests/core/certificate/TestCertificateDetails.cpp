#include "certificate/CertificateDetails.h"

#include "TestData.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QTest>

using namespace ccm;
using ccm::test::readData;

namespace {

Certificate load(const QString& file)
{
    const QByteArray pem = readData(file);
    const int begin = int(pem.indexOf("-----BEGIN CERTIFICATE-----"));
    const int end = int(pem.indexOf("-----END CERTIFICATE-----"));
    const QByteArray body = pem.mid(begin + 27, end - begin - 27);
    return Certificate::fromDer(QByteArray::fromBase64(body));
}

const QDateTime kNow(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);

} // namespace

class TestCertificateDetails : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void leafProfile();
    void subjectAltNames();
    void keys_data();
    void keys();
    void daysLeft_data();
    void daysLeft();
    void caFlags_data();
    void caFlags();
    void fingerprintsMatchDigests();
    void domainNames_data();
    void domainNames();
    void idnDecoding_data();
    void idnDecoding();
    void jsonHasEveryField();
};

void TestCertificateDetails::leafProfile()
{
    const auto d = CertificateDetails::from(load(QStringLiteral("rsa/leaf.pem")), kNow);
    QCOMPARE(d.subjectCn, QStringLiteral("www.example.test"));
    QCOMPARE(d.subjectDn, QStringLiteral("CN=www.example.test"));
    QCOMPARE(d.issuerCn, QStringLiteral("CCM Test Intermediate B"));
    QCOMPARE(d.issuerDn, QStringLiteral("CN=CCM Test Intermediate B, O=CCM Test"));
    QCOMPARE(d.notBefore, QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(d.notAfter, QDateTime(QDate(2044, 1, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(d.signatureAlgorithm, QStringLiteral("sha256WithRSAEncryption"));
    QCOMPARE(d.keyUsage, (QStringList{QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")}));
    QCOMPARE(d.extendedKeyUsage, QStringList{QStringLiteral("serverAuth")});
    QVERIFY(d.hasBasicConstraints);
    QVERIFY(!d.isCa);
    QCOMPARE(d.ocspUrls, QStringList{QStringLiteral("http://ocsp.example.test")});
    QCOMPARE(d.caIssuerUrls, QStringList{QStringLiteral("http://ca.example.test/inter-b.cer")});
    QCOMPARE(d.crlUrls, QStringList{QStringLiteral("http://crl.example.test/inter-b.crl")});
    QVERIFY(!d.serialHex.isEmpty());
    QCOMPARE(d.serialHex, d.serialHex.toUpper());
    QVERIFY(!d.selfSigned);
    // SKI of the issuer is the AKI of the leaf.
    const auto issuer = CertificateDetails::from(load(QStringLiteral("rsa/inter-b.pem")), kNow);
    QCOMPARE(d.authorityKeyId, issuer.subjectKeyId);
    QVERIFY(d.subjectKeyId.contains(QLatin1Char(':')));
}

void TestCertificateDetails::subjectAltNames()
{
    const auto d = CertificateDetails::from(load(QStringLiteral("findings/rich-san.pem")), kNow);
    QCOMPARE(d.subjectAltNames.size(), 7);
    const auto& sans = d.subjectAltNames;
    QCOMPARE(sans.at(0).value, QStringLiteral("rich.example.test"));
    QCOMPARE(sans.at(1).value, QStringLiteral("*.example.test"));
    QCOMPARE(sans.at(1).type, SubjectAltName::Type::Dns);
    QCOMPARE(sans.at(2).value, QStringLiteral("xn--fsqu00a.xn--0zwm56d"));
    QCOMPARE(sans.at(2).display, QString::fromUtf8("例子.测试"));
    QCOMPARE(sans.at(3).type, SubjectAltName::Type::Ip);
    QCOMPARE(sans.at(3).value, QStringLiteral("127.0.0.1"));
    QCOMPARE(sans.at(4).value, QStringLiteral("2001:db8::1"));
    QCOMPARE(sans.at(5).type, SubjectAltName::Type::Email);
    QCOMPARE(sans.at(5).value, QStringLiteral("admin@example.test"));
    QCOMPARE(sans.at(6).type, SubjectAltName::Type::Uri);
    QCOMPARE(sans.at(6).value, QStringLiteral("https://rich.example.test/path"));
}

void TestCertificateDetails::keys_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<QString>("signature");

    QTest::addRow("RSA 2048") << "rsa/leaf.pem"
                              << "RSA" << 2048 << ""
                              << "sha256WithRSAEncryption";
    QTest::addRow("RSA 3072 root") << "rsa/root.pem"
                                   << "RSA" << 3072 << ""
                                   << "sha256WithRSAEncryption";
    QTest::addRow("RSA 1024") << "findings/rsa1024.pem"
                              << "RSA" << 1024 << ""
                              << "sha256WithRSAEncryption";
    QTest::addRow("SHA-1 signature") << "findings/sha1.pem"
                                     << "RSA" << 2048 << ""
                                     << "sha1WithRSAEncryption";
    QTest::addRow("P-256") << "ec/p256.pem"
                           << "EC" << 256 << "P-256"
                           << "sha256WithRSAEncryption";
    QTest::addRow("P-384") << "ec/p384.pem"
                           << "EC" << 384 << "P-384"
                           << "sha256WithRSAEncryption";
    QTest::addRow("P-521") << "ec/p521.pem"
                           << "EC" << 521 << "P-521"
                           << "sha256WithRSAEncryption";
    QTest::addRow("Ed25519") << "ed25519/leaf.pem"
                             << "Ed25519" << 256 << ""
                             << "sha256WithRSAEncryption";
    QTest::addRow("SM2") << "sm2/sign.pem"
                         << "SM2" << 256 << "SM2"
                         << "SM2-with-SM3";
}

void TestCertificateDetails::keys()
{
    QFETCH(QString, file);
    QFETCH(QString, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, curve);
    QFETCH(QString, signature);
    const auto d = CertificateDetails::from(load(file), kNow);
    QCOMPARE(d.publicKeyAlgorithm, algorithm);
    QCOMPARE(d.publicKeyBits, bits);
    QCOMPARE(d.publicKeyCurve, curve);
    QCOMPARE(d.signatureAlgorithm, signature);
    QCOMPARE(d.hasWeakSignatureHash(), signature.startsWith(QLatin1String("sha1")));
}

void TestCertificateDetails::daysLeft_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<qint64>("days");
    const QDateTime expiry(QDate(2044, 1, 1), QTime(0, 0), Qt::UTC);
    QTest::addRow("a day before") << expiry.addDays(-1) << qint64(1);
    QTest::addRow("at expiry") << expiry << qint64(0);
    QTest::addRow("an hour after") << expiry.addSecs(3600) << qint64(-1);
    QTest::addRow("ten days after") << expiry.addDays(10) << qint64(-10);
    QTest::addRow("a year before") << expiry.addDays(-365) << qint64(365);
}

void TestCertificateDetails::daysLeft()
{
    QFETCH(QDateTime, now);
    QFETCH(qint64, days);
    QCOMPARE(CertificateDetails::from(load(QStringLiteral("rsa/leaf.pem")), now).daysLeft, days);
}

void TestCertificateDetails::caFlags_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ca");
    QTest::addColumn<bool>("selfSigned");
    QTest::addColumn<int>("pathLength");
    QTest::addRow("root") << "rsa/root.pem" << true << true << -1;
    QTest::addRow("inter-a") << "rsa/inter-a.pem" << true << false << 1;
    QTest::addRow("inter-b") << "rsa/inter-b.pem" << true << false << 0;
    QTest::addRow("leaf") << "rsa/leaf.pem" << false << false << -1;
    QTest::addRow("SM2 root (distinguishing id)") << "sm2/root.pem" << true << true << -1;
    QTest::addRow("CA used as leaf") << "findings/leaf-ca.pem" << true << false << -1;
}

void TestCertificateDetails::caFlags()
{
    QFETCH(QString, file);
    QFETCH(bool, ca);
    QFETCH(bool, selfSigned);
    QFETCH(int, pathLength);
    const auto d = CertificateDetails::from(load(file), kNow);
    QCOMPARE(d.isCa, ca);
    QCOMPARE(d.selfSigned, selfSigned);
    QCOMPARE(d.pathLength, pathLength);
}

void TestCertificateDetails::fingerprintsMatchDigests()
{
    const QByteArray der = readData(QStringLiteral("rsa/leaf.der"));
    const auto d = CertificateDetails::from(Certificate::fromDer(der), kNow);
    QCOMPARE(d.sha256, fingerprintText(QCryptographicHash::hash(der, QCryptographicHash::Sha256)));
    QCOMPARE(d.sha1, fingerprintText(QCryptographicHash::hash(der, QCryptographicHash::Sha1)));
    QCOMPARE(d.sha1.size(), 20 * 3 - 1);
    QVERIFY(d.sha1.at(2) == QLatin1Char(':'));
}

void TestCertificateDetails::domainNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("domains");
    QTest::addRow("SAN") << "rsa/leaf.pem"
                         << QStringList{QStringLiteral("www.example.test"), QStringLiteral("example.test")};
    QTest::addRow("CN only") << "findings/cn-only.pem" << QStringList{QStringLiteral("cnonly.example.test")};
    QTest::addRow("no domain") << "findings/no-domain.pem" << QStringList{};
    QTest::addRow("CA name is not a domain") << "rsa/inter-b.pem" << QStringList{};
}

void TestCertificateDetails::domainNames()
{
    QFETCH(QString, file);
    QFETCH(QStringList, domains);
    QCOMPARE(CertificateDetails::from(load(file), kNow).domainNames(), domains);
}

void TestCertificateDetails::idnDecoding_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("decoded");
    QTest::addRow("ascii") << QStringLiteral("www.example.test") << QStringLiteral("www.example.test");
    QTest::addRow("IDN") << QStringLiteral("xn--fsqu00a.xn--0zwm56d") << QString::fromUtf8("例子.测试");
    QTest::addRow("wildcard IDN") << QStringLiteral("*.xn--fsqu00a.example") << QString::fromUtf8("*.例子.example");
    QTest::addRow("broken A-label stays") << QStringLiteral("xn--.example") << QStringLiteral("xn--.example");
}

void TestCertificateDetails::idnDecoding()
{
    QFETCH(QString, host);
    QFETCH(QString, decoded);
    QCOMPARE(decodeHostName(host), decoded);
}

void TestCertificateDetails::jsonHasEveryField()
{
    const auto json = CertificateDetails::from(load(QStringLiteral("rsa/leaf.pem")), kNow).toJson();
    for (const char* key : {"subject",
                            "subject_cn",
                            "issuer",
                            "issuer_cn",
                            "serial",
                            "not_before",
                            "not_after",
                            "days_left",
                            "subject_alt_names",
                            "public_key",
                            "signature_algorithm",
                            "key_usage",
                            "extended_key_usage",
                            "ca",
                            "self_signed",
                            "subject_key_id",
                            "authority_key_id",
                            "ocsp_urls",
                            "ca_issuer_urls",
                            "crl_urls",
                            "sha256",
                            "sha1"}) {
        QVERIFY2(json.contains(QLatin1String(key)), key);
    }
}

QTEST_GUILESS_MAIN(TestCertificateDetails)
#include "TestCertificateDetails.moc"
