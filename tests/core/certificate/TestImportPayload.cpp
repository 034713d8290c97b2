#include "certificate/Inspection.h"
#include "certificate/Validator.h"

#include "TestData.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ccm;
using ccm::test::readData;
using ccm::test::strings;

namespace {

Inspection inspectFiles(const QStringList& files, const QStringList& encFiles = {})
{
    InspectionRequest request;
    for (const auto& file : files)
        request.inputs.append(InputSource{file, readData(file)});
    for (const auto& file : encFiles)
        request.encInputs.append(InputSource{file, readData(file)});
    FixedPassphraseProvider passphrase(SecureBytes(QByteArrayView("correct horse")));
    const Inspector inspector(std::make_shared<FixedClock>(QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC)),
                              std::make_shared<ListTrustStore>());
    return inspector.inspect(request, &passphrase);
}

QJsonObject parse(const SecureBytes& body)
{
    QJsonParseError error{};
    const auto document = QJsonDocument::fromJson(body.exposeCopy(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("invalid JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class TestImportPayload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlySetFields_data();
    void onlySetFields();
    void fieldContents();
    void keyIsUnencryptedPkcs8();
    void fieldOrderFollowsApiPage();
    void smDualFields();
    void generatedNames_data();
    void generatedNames();
    void jsonReportHasNoKey();
};

void TestImportPayload::onlySetFields_data()
{
    QTest::addColumn<QString>("epid");
    QTest::addColumn<int>("duplicateCheck"); // -1 unset, 0 false, 1 true
    QTest::addColumn<QStringList>("keys");
    QTest::addRow("minimal") << QString() << -1 << strings({"certificate", "certificate_chain", "name", "private_key"});
    QTest::addRow("enterprise project") << QStringLiteral("0") << -1
                                        << strings({"certificate", "certificate_chain", "enterprise_project_id", "name",
                                                    "private_key"});
    QTest::addRow("duplicate check false")
        << QString() << 0 << strings({"certificate", "certificate_chain", "duplicate_check", "name", "private_key"});
    QTest::addRow("all") << QStringLiteral("all") << 1
                         << strings({"certificate", "certificate_chain", "duplicate_check", "enterprise_project_id",
                                     "name", "private_key"});
}

void TestImportPayload::onlySetFields()
{
    QFETCH(QString, epid);
    QFETCH(int, duplicateCheck);
    QFETCH(QStringList, keys);
    const Inspection inspection = inspectFiles(strings({"rsa/fullchain.pem", "rsa/leaf.key"}));
    ImportForm form;
    form.enterpriseProjectId = epid;
    if (duplicateCheck >= 0)
        form.duplicateCheck = duplicateCheck == 1;
    const QJsonObject body = parse(inspection.body(form));
    QStringList actual = body.keys();
    actual.sort();
    QCOMPARE(actual, keys);
    if (duplicateCheck >= 0)
        QCOMPARE(body.value(QLatin1String("duplicate_check")).toBool(), duplicateCheck == 1);
    if (!epid.isEmpty())
        QCOMPARE(body.value(QLatin1String("enterprise_project_id")).toString(), epid);
}

void TestImportPayload::fieldContents()
{
    const Inspection inspection = inspectFiles(strings({"rsa/order-shuffled.pem", "rsa/leaf.key"}));
    const QJsonObject body = parse(inspection.body({}));
    const QString certificate = body.value(QLatin1String("certificate")).toString();
    const QString chain = body.value(QLatin1String("certificate_chain")).toString();
    QCOMPARE(certificate.toLatin1(), readData(QStringLiteral("rsa/leaf.pem")));
    // Ordered intermediates, no root, LF line ends only.
    QCOMPARE(chain.toLatin1(), readData(QStringLiteral("rsa/chain.pem")));
    QVERIFY(!chain.contains(QLatin1Char('\r')));
    QCOMPARE(chain.count(QLatin1String("BEGIN CERTIFICATE")), 2);
    QCOMPARE(body.value(QLatin1String("name")).toString(), QStringLiteral("www.example.test-20440101"));
    // The wire form escapes line ends as \n inside the JSON strings.
    QVERIFY(inspection.body({}).view().contains(QByteArrayView("-----BEGIN CERTIFICATE-----\\nMII")));
}

void TestImportPayload::keyIsUnencryptedPkcs8()
{
    for (const QString& keyFile : strings({"rsa/leaf.enc.key", "rsa/leaf.rsa.key", "rsa/leaf.enc.rsa.key"})) {
        const Inspection inspection = inspectFiles({QStringLiteral("rsa/fullchain.pem"), keyFile});
        QVERIFY2(inspection.payloadReady(), qPrintable(keyFile));
        const QString key = parse(inspection.body({})).value(QLatin1String("private_key")).toString();
        QVERIFY(key.startsWith(QLatin1String("-----BEGIN PRIVATE KEY-----\n")));
        QVERIFY(!key.contains(QLatin1String("ENCRYPTED")));
        // It is the same key as the plain PKCS#8 file.
        QCOMPARE(key.toLatin1(), readData(QStringLiteral("rsa/leaf.key")));
    }
}

void TestImportPayload::fieldOrderFollowsApiPage()
{
    const Inspection inspection = inspectFiles(strings({"sm2/sign.pem", "sm2/chain.pem", "sm2/sign.key"}),
                                               strings({"sm2/enc.pem", "sm2/enc.key"}));
    ImportForm form;
    form.name = QStringLiteral("sm2-dual");
    form.enterpriseProjectId = QStringLiteral("0");
    form.duplicateCheck = false;
    const QByteArray body = inspection.body(form).exposeCopy();
    qsizetype last = -1;
    for (const char* key :
         {"\"name\"", "\"certificate\"", "\"certificate_chain\"", "\"private_key\"", "\"duplicate_check\"",
          "\"enterprise_project_id\"", "\"enc_certificate\"", "\"enc_private_key\""}) {
        const qsizetype at = body.indexOf(key);
        QVERIFY2(at > last, key);
        last = at;
    }
}

void TestImportPayload::smDualFields()
{
    const Inspection inspection = inspectFiles(strings({"sm2/sign.pem", "sm2/chain.pem", "sm2/sign.key"}),
                                               strings({"sm2/enc.pem", "sm2/enc.key"}));
    QVERIFY(inspection.payloadReady());
    const QJsonObject body = parse(inspection.body({}));
    QCOMPARE(body.value(QLatin1String("enc_certificate")).toString().toLatin1(),
             readData(QStringLiteral("sm2/enc.pem")));
    QCOMPARE(body.value(QLatin1String("enc_private_key")).toString().toLatin1(),
             readData(QStringLiteral("sm2/enc.key")));
    QCOMPARE(body.value(QLatin1String("certificate")).toString().toLatin1(), readData(QStringLiteral("sm2/sign.pem")));
}

void TestImportPayload::generatedNames_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addRow("host") << "rsa/leaf.pem"
                          << "www.example.test-20440101";
    QTest::addRow("CA with spaces") << "rsa/inter-b.pem"
                                    << "CCM-Test-Intermediate-B-20450101";
    QTest::addRow("no CN") << "findings/no-domain.pem"
                           << "certificate-20440101";
}

void TestImportPayload::generatedNames()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    const auto certificates = BundleReader().read({InputSource{file, readData(file)}}).certificates;
    QCOMPARE(certificates.size(), 1);
    const QString generated = generatedName(certificates.first().certificate);
    QCOMPARE(generated, name);
    QVERIFY(Validator::checkName(generated).isEmpty());
}

void TestImportPayload::jsonReportHasNoKey()
{
    const Inspection inspection = inspectFiles(strings({"rsa/fullchain.pem", "rsa/leaf.key"}));
    const QByteArray report = QJsonDocument(inspection.toJson()).toJson();
    const QByteArray keyBody = readData(QStringLiteral("rsa/leaf.key")).split('\n').at(1);
    QVERIFY(!keyBody.isEmpty());
    QVERIFY(!report.contains(keyBody));
    QVERIFY(!report.contains("PRIVATE KEY-----"));
}

QTEST_GUILESS_MAIN(TestImportPayload)
#include "TestImportPayload.moc"
