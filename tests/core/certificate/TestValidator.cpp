#include "certificate/Inspection.h"
#include "certificate/Validator.h"

#include "TestData.h"

#include <QTest>

using namespace ccm;
using ccm::test::readData;
using ccm::test::strings;

namespace {

const QDateTime kNow(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);

Inspection inspectFiles(const QStringList& files, const ImportForm& form = {}, QDateTime now = kNow)
{
    InspectionRequest request;
    for (const auto& file : files)
        request.inputs.append(InputSource{file, readData(file)});
    request.form = form;
    FixedPassphraseProvider passphrase(SecureBytes(QByteArrayView("correct horse")));
    const auto root = Certificate::fromDer(QByteArray::fromBase64(readData(QStringLiteral("rsa/root.pem"))
                                                                      .replace("-----BEGIN CERTIFICATE-----", "")
                                                                      .replace("-----END CERTIFICATE-----", "")));
    const Inspector inspector(std::make_shared<FixedClock>(now),
                              std::make_shared<ListTrustStore>(QList<Certificate>{root}));
    return inspector.inspect(request, &passphrase);
}

QStringList codes(const QList<Finding>& findings, Severity atLeast = Severity::Info)
{
    QStringList list;
    for (const auto& f : findings) {
        if (int(f.severity) >= int(atLeast))
            list.append(f.code);
    }
    list.sort();
    return list;
}

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names_data();
    void names();
    void enterpriseProjectIds_data();
    void enterpriseProjectIds();
    void contentRules_data();
    void contentRules();
    void expiresSoon();
    void lengthLimits_data();
    void lengthLimits();
    void lengthRuleOnEveryField_data();
    void lengthRuleOnEveryField();
    void missingParts_data();
    void missingParts();
    void findingsCarryFieldAndMessage();
};

void TestValidator::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("codes");
    QTest::addRow("empty: generated later") << QString() << QStringList();
    QTest::addRow("simple") << QStringLiteral("www.example.test-2044") << QStringList();
    QTest::addRow("all allowed characters") << QStringLiteral("Az09_-.") << QStringList();
    QTest::addRow("3 characters") << QStringLiteral("abc") << QStringList();
    QTest::addRow("63 characters") << QString(63, QLatin1Char('a')) << QStringList();
    QTest::addRow("2 characters") << QStringLiteral("ab") << strings({"name.length"});
    QTest::addRow("64 characters") << QString(64, QLatin1Char('a')) << strings({"name.length"});
    QTest::addRow("space") << QStringLiteral("my cert") << strings({"name.characters"});
    QTest::addRow("slash and star") << QStringLiteral("a/b*c") << strings({"name.characters"});
    QTest::addRow("Chinese") << QString::fromUtf8("证书名称") << strings({"name.characters"});
    QTest::addRow("short and bad") << QStringLiteral("a!") << strings({"name.characters", "name.length"});
}

void TestValidator::names()
{
    QFETCH(QString, name);
    QFETCH(QStringList, codes);
    const auto findings = Validator::checkName(name);
    QCOMPARE(::codes(findings), codes);
    for (const auto& f : findings) {
        QCOMPARE(f.field, QStringLiteral("name"));
        QCOMPARE(f.severity, Severity::Error);
    }
    if (name == QLatin1String("a/b*c")) {
        QVERIFY(findings.first().message.contains(QLatin1String("\"/\"")));
        QVERIFY(findings.first().message.contains(QLatin1String("\"*\"")));
    }
}

void TestValidator::enterpriseProjectIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::addRow("empty") << QString() << true;
    QTest::addRow("all") << QStringLiteral("all") << true;
    QTest::addRow("0") << QStringLiteral("0") << true;
    QTest::addRow("uuid-like") << QStringLiteral("1a2b3c4d-0000-1111-2222-333344445555") << true;
    QTest::addRow("letters beyond hex") << QStringLiteral("zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz") << true;
    QTest::addRow("upper case") << QStringLiteral("1A2B3C4D-0000-1111-2222-333344445555") << false;
    QTest::addRow("ALL") << QStringLiteral("ALL") << false;
    QTest::addRow("too short group") << QStringLiteral("1a2b3c4-0000-1111-2222-333344445555") << false;
    QTest::addRow("trailing space") << QStringLiteral("0 ") << false;
    QTest::addRow("too long") << QString(65, QLatin1Char('a')) << false;
}

void TestValidator::enterpriseProjectIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    const auto findings = Validator::checkEnterpriseProjectId(id);
    QCOMPARE(findings.isEmpty(), valid);
    if (!valid)
        QCOMPARE(findings.first().field, QStringLiteral("enterprise_project_id"));
}

void TestValidator::contentRules_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("warningsAndErrors");
    QTest::addColumn<bool>("ready");
    QTest::addColumn<QString>("scmCode");

    QTest::addRow("good") << strings({"rsa/fullchain.pem", "rsa/leaf.key"}) << QStringList() << true << QString();
    QTest::addRow("encrypted key decrypted")
        << strings({"rsa/fullchain.pem", "rsa/leaf.enc.key"}) << QStringList() << true << QString();
    QTest::addRow("expired") << strings({"findings/expired.pem", "rsa/chain.pem", "findings/expired.key"})
                             << strings({"certificate.expired"}) << false << QString();
    QTest::addRow("not yet valid") << strings(
                                          {"findings/not-yet-valid.pem", "rsa/chain.pem", "findings/not-yet-valid.key"})
                                   << strings({"certificate.not-yet-valid"}) << false << QString();
    QTest::addRow("RSA 1024") << strings({"findings/rsa1024.pem", "rsa/chain.pem", "findings/rsa1024.key"})
                              << strings({"certificate.weak-key"}) << true << QString();
    QTest::addRow("SHA-1") << strings({"findings/sha1.pem", "rsa/chain.pem", "findings/sha1.key"})
                           << strings({"certificate.sha1"}) << true << QString();
    QTest::addRow("no domain") << strings({"findings/no-domain.pem", "rsa/chain.pem", "findings/no-domain.key"})
                               << strings({"certificate.no-domain"}) << false << QStringLiteral("SCM.0009");
    QTest::addRow("CN only is a domain") << strings({"findings/cn-only.pem", "rsa/chain.pem", "findings/cn-only.key"})
                                         << QStringList() << true << QString();
    QTest::addRow("leaf is a CA") << strings({"findings/leaf-ca.pem", "rsa/chain.pem", "findings/leaf-ca.key"})
                                  << strings({"certificate.is-ca"}) << true << QString();
    QTest::addRow("key mismatch") << strings({"rsa/fullchain.pem", "findings/mismatch.key"})
                                  << strings({"key.mismatch"}) << false << QStringLiteral("SCM.0014");
    QTest::addRow("wrong order") << strings({"rsa/order-chain-reversed.pem", "rsa/leaf.key"}) << QStringList() << true
                                 << QStringLiteral("SCM.0079"); // fixed: a note
    QTest::addRow("incomplete chain") << strings({"rsa/leaf.pem", "rsa/inter-b.pem", "rsa/leaf.key"})
                                      << strings({"chain.incomplete"}) << true << QString();
    QTest::addRow("no intermediate") << strings({"rsa/leaf-no-chain.pem", "rsa/leaf.key"})
                                     << strings({"chain.no-intermediate"}) << false << QStringLiteral("SCM.0013");
    QTest::addRow("duplicates in one bundle")
        << strings({"rsa/duplicates.pem", "rsa/leaf.key"}) << QStringList() << true << QString(); // fixed: a note
    QTest::addRow("forged intermediate") << strings({"rsa/bundle-forged.pem", "rsa/leaf.key"})
                                         << strings({"chain.bad-signature", "chain.no-intermediate", "chain.unrelated"})
                                         << false << QString();
    QTest::addRow("unparsable certificate")
        << strings({"rsa/bad-base64.pem", "rsa/leaf.key"}) << strings({"certificate.missing", "input.bad-base64"})
        << false << QStringLiteral("SCM.0006");
    QTest::addRow("Ed25519 key") << strings({"ed25519/leaf.pem", "rsa/chain.pem", "ed25519/leaf.key"})
                                 << strings({"certificate.key-type"}) << false << QString();
    QTest::addRow("Ed448 key") << strings({"outcomes/ed448.pem", "outcomes/inter.pem", "outcomes/ed448.key"})
                               << strings({"certificate.key-type", "chain.incomplete"}) << false << QString();
    QTest::addRow("DSA key") << strings({"outcomes/dsa.pem", "outcomes/inter.pem", "outcomes/dsa.key"})
                             << strings({"certificate.key-type", "chain.incomplete"}) << false << QString();
    QTest::addRow("EC key") << strings({"ec/p256.pem", "rsa/chain.pem", "ec/p256.key"}) << QStringList() << true
                            << QString();
    QTest::addRow("SM2 key") << strings({"sm2/sign.pem", "sm2/chain.pem", "sm2/sign.key"})
                             << strings({"chain.incomplete"}) << true << QString();
    QTest::addRow("self-signed leaf") << strings({"outcomes/self-signed.pem", "outcomes/self-signed.key"})
                                      << strings({"certificate.self-signed"}) << true << QString();
    QTest::addRow("private root in the files")
        << strings({"outcomes/leaf.pem", "outcomes/inter.pem", "outcomes/root.pem", "outcomes/leaf.key"})
        << strings({"chain.unknown-root"}) << true << QString();
    QTest::addRow("truncated key") << strings({"rsa/fullchain.pem", "rsa/truncated-key.pem"})
                                   << strings({"input.truncated"}) << false << QStringLiteral("SCM.0012");
}

void TestValidator::contentRules()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, warningsAndErrors);
    QFETCH(bool, ready);
    QFETCH(QString, scmCode);
    const Inspection inspection = inspectFiles(files);
    QCOMPARE(codes(inspection.findings, Severity::Warning), warningsAndErrors);
    QCOMPARE(inspection.payloadReady(), ready);
    if (!scmCode.isEmpty()) {
        QVERIFY(std::any_of(inspection.findings.cbegin(), inspection.findings.cend(),
                            [&](const Finding& f) { return f.scmCode == scmCode; }));
    }
    // Errors come first.
    for (int i = 1; i < inspection.findings.size(); ++i)
        QVERIFY(int(inspection.findings.at(i - 1).severity) >= int(inspection.findings.at(i).severity));
}

void TestValidator::expiresSoon()
{
    const QStringList files = strings({"rsa/fullchain.pem", "rsa/leaf.key"});
    const QDateTime expiry(QDate(2044, 1, 1), QTime(0, 0), Qt::UTC);
    QCOMPARE(codes(inspectFiles(files, {}, expiry.addDays(-10)).findings, Severity::Warning),
             strings({"certificate.expires-soon"}));
    QCOMPARE(codes(inspectFiles(files, {}, expiry.addDays(-40)).findings, Severity::Warning), QStringList());
    QCOMPARE(codes(inspectFiles(files, {}, expiry.addDays(1)).findings, Severity::Warning),
             strings({"certificate.expired"}));
}

void TestValidator::lengthLimits_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("code");
    QTest::addRow("certificate over 4096")
        << strings({"findings/big-cert.pem", "rsa/chain.pem", "findings/big-cert.key"})
        << QStringLiteral("certificate.too-long");
    QTest::addRow("chain over 8192") << strings({"findings/long-chain/fullchain.pem", "findings/long-chain/leaf.key"})
                                     << QStringLiteral("certificate_chain.too-long");
}

void TestValidator::lengthLimits()
{
    QFETCH(QStringList, files);
    QFETCH(QString, code);
    const Inspection inspection = inspectFiles(files);
    const auto found = findingsWithCode(inspection.findings, code);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().severity, Severity::Error);
    QVERIFY(!inspection.payloadReady());
}

void TestValidator::lengthRuleOnEveryField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("max");
    QTest::addRow("certificate") << "certificate" << limits::kCertificateMax;
    QTest::addRow("certificate_chain") << "certificate_chain" << limits::kChainMax;
    QTest::addRow("private_key") << "private_key" << limits::kPrivateKeyMax;
    QTest::addRow("enc_certificate") << "enc_certificate" << limits::kEncCertificateMax;
    QTest::addRow("enc_private_key") << "enc_private_key" << limits::kEncPrivateKeyMax;
}

void TestValidator::lengthRuleOnEveryField()
{
    QFETCH(QString, field);
    QFETCH(int, max);
    QCOMPARE(max, field == QLatin1String("certificate_chain") ? 8192 : 4096); // the API page's numbers

    const auto findingsFor = [&](int length) {
        PayloadFields fields;
        const QByteArray text(length, 'a');
        if (field == QLatin1String("certificate"))
            fields.certificate = text;
        else if (field == QLatin1String("certificate_chain"))
            fields.certificateChain = text;
        else if (field == QLatin1String("private_key"))
            fields.privateKey = SecureBytes(text);
        else if (field == QLatin1String("enc_certificate"))
            fields.encCertificate = text;
        else
            fields.encPrivateKey = SecureBytes(text);
        const QList<Finding> all = Validator(std::make_shared<FixedClock>(kNow)).validate({}, {}, fields);
        return findingsWithCode(all, field + QStringLiteral(".too-long"));
    };
    QVERIFY(findingsFor(max).isEmpty());
    const auto over = findingsFor(max + 1);
    QCOMPARE(over.size(), 1);
    QCOMPARE(over.first().severity, Severity::Error);
    QCOMPARE(over.first().field, field);
    QVERIFY2(over.first().message.contains(QString::number(max + 1)) &&
                 over.first().message.contains(QString::number(max)),
             qPrintable(over.first().message));
}

void TestValidator::missingParts_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addRow("no key") << strings({"rsa/fullchain.pem"}) << QStringLiteral("key.missing")
                            << QStringLiteral("private_key");
    QTest::addRow("no certificate") << strings({"rsa/leaf.key"}) << QStringLiteral("certificate.missing")
                                    << QStringLiteral("certificate");
}

void TestValidator::missingParts()
{
    QFETCH(QStringList, files);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const auto found = findingsWithCode(inspectFiles(files).findings, code);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().field, field);
}

void TestValidator::findingsCarryFieldAndMessage()
{
    ImportForm form;
    form.name = QStringLiteral("x");
    form.enterpriseProjectId = QStringLiteral("nope");
    const Inspection inspection = inspectFiles(strings({"findings/expired.pem", "findings/mismatch.key"}), form);
    QVERIFY(inspection.findings.size() >= 4);
    for (const auto& f : inspection.findings) {
        QVERIFY2(!f.code.isEmpty(), qPrintable(f.message));
        QVERIFY2(!f.field.isEmpty(), qPrintable(f.code));
        QVERIFY2(f.message.size() > 20, qPrintable(f.code));
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "TestValidator.moc"
