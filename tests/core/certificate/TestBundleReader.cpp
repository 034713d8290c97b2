#include "certificate/BundleReader.h"
#include "certificate/OpenSsl.h"

#include "TestData.h"

#include <QTest>

using namespace ccm;
using ccm::test::readData;

namespace {

/// Answers with a list of passphrases in turn and records what it was asked.
class ScriptedPassphrases final : public PassphraseProvider
{
public:
    explicit ScriptedPassphrases(QList<QByteArray> answers)
        : m_answers(std::move(answers))
    {}
    std::optional<SecureBytes> passphrase(const PassphraseRequest& request) override
    {
        requests.append(request);
        if (m_answers.isEmpty())
            return std::nullopt;
        return SecureBytes(m_answers.takeFirst());
    }
    QList<PassphraseRequest> requests;

private:
    QList<QByteArray> m_answers;
};

QStringList codes(const QList<Finding>& findings)
{
    QStringList list;
    for (const auto& f : findings)
        list.append(f.code);
    return list;
}

} // namespace

class TestBundleReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFormat_data();
    void readsEveryFormat();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void unreadableInputIsMarkedNotSpelled();
    void passphraseAttempts_data();
    void passphraseAttempts();
    void tooLarge();
    void textVariants_data();
    void textVariants();
    void positionsFollowInputOrder();
    void refusesCostlyDerivation_data();
    void refusesCostlyDerivation();
    void refusesCostlyKeyInsideEncryptedPart();
};

void TestBundleReader::readsEveryFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("certificates");
    QTest::addColumn<int>("keys");
    QTest::addColumn<QString>("keyAlgorithm");

    QTest::addRow("PEM certificate") << "rsa/leaf.pem" << QByteArray() << 1 << 0 << "";
    QTest::addRow("DER certificate") << "rsa/leaf.der" << QByteArray() << 1 << 0 << "";
    QTest::addRow("PEM fullchain") << "rsa/fullchain.pem" << QByteArray() << 3 << 0 << "";
    QTest::addRow("PEM with text dumps") << "rsa/bundle-text.pem" << QByteArray() << 3 << 0 << "";
    QTest::addRow("CRLF") << "rsa/bundle-crlf.pem" << QByteArray() << 3 << 0 << "";
    QTest::addRow("no final newline") << "rsa/bundle-no-final-newline.pem" << QByteArray() << 3 << 0 << "";
    QTest::addRow("key first bundle") << "rsa/bundle-key-first.pem" << QByteArray() << 3 << 1 << "RSA";
    QTest::addRow("shuffled bundle, PKCS#1 key") << "rsa/bundle-all-shuffled.pem" << QByteArray() << 4 << 1 << "RSA";
    QTest::addRow("PKCS#7 PEM") << "rsa/chain.p7b" << QByteArray() << 3 << 0 << "";
    QTest::addRow("PKCS#7 DER") << "rsa/chain.p7b.der" << QByteArray() << 3 << 0 << "";
    QTest::addRow("PKCS#7 .p7c") << "rsa/chain.p7c" << QByteArray() << 3 << 0 << "";
    QTest::addRow("PKCS#12") << "rsa/leaf.pfx" << QByteArray("pfx-pass") << 3 << 1 << "RSA";
    QTest::addRow("PKCS#12 without passphrase") << "rsa/leaf-nopass.pfx" << QByteArray() << 3 << 1 << "RSA";
    QTest::addRow("PKCS#12 legacy RC2") << "rsa/leaf-legacy.pfx" << QByteArray("pfx-pass") << 3 << 1 << "RSA";
    QTest::addRow("PKCS#12 leaf only") << "rsa/leaf-only.pfx" << QByteArray("pfx-pass") << 1 << 1 << "RSA";
    QTest::addRow("PKCS#8 PEM key") << "rsa/leaf.key" << QByteArray() << 0 << 1 << "RSA";
    QTest::addRow("PKCS#1 PEM key") << "rsa/leaf.rsa.key" << QByteArray() << 0 << 1 << "RSA";
    QTest::addRow("PKCS#8 DER key") << "rsa/leaf.key.der" << QByteArray() << 0 << 1 << "RSA";
    QTest::addRow("PKCS#1 DER key") << "rsa/leaf.rsa.key.der" << QByteArray() << 0 << 1 << "RSA";
    QTest::addRow("encrypted PKCS#8 PEM") << "rsa/leaf.enc.key" << QByteArray("correct horse") << 0 << 1 << "RSA";
    QTest::addRow("encrypted traditional PEM")
        << "rsa/leaf.enc.rsa.key" << QByteArray("correct horse") << 0 << 1 << "RSA";
    QTest::addRow("encrypted PKCS#8 DER") << "rsa/leaf.enc.key.der" << QByteArray("correct horse") << 0 << 1 << "RSA";
    QTest::addRow("EC P-256 PKCS#8") << "ec/p256.key" << QByteArray() << 0 << 1 << "EC";
    QTest::addRow("EC SEC1") << "ec/p256.ec.key" << QByteArray() << 0 << 1 << "EC";
    QTest::addRow("EC with parameters block") << "ec/p256-params.ec.key" << QByteArray() << 0 << 1 << "EC";
    QTest::addRow("EC encrypted PKCS#8") << "ec/p256.enc.key" << QByteArray("correct horse") << 0 << 1 << "EC";
    QTest::addRow("EC encrypted SEC1") << "ec/p256.enc.ec.key" << QByteArray("correct horse") << 0 << 1 << "EC";
    QTest::addRow("EC P-384") << "ec/p384.key" << QByteArray() << 0 << 1 << "EC";
    QTest::addRow("EC P-521") << "ec/p521.key" << QByteArray() << 0 << 1 << "EC";
    QTest::addRow("Ed25519") << "ed25519/leaf.key" << QByteArray() << 0 << 1 << "Ed25519";
    QTest::addRow("SM2 key") << "sm2/sign.key" << QByteArray() << 0 << 1 << "SM2";
    QTest::addRow("SM2 encrypted key") << "sm2/sign.enc.key" << QByteArray("correct horse") << 0 << 1 << "SM2";
    QTest::addRow("SM2 certificate") << "sm2/sign.pem" << QByteArray() << 1 << 0 << "";
}

void TestBundleReader::readsEveryFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, certificates);
    QFETCH(int, keys);
    QFETCH(QString, keyAlgorithm);

    ScriptedPassphrases provider(passphrase.isEmpty() ? QList<QByteArray>{} : QList<QByteArray>{passphrase});
    const BundleReader reader(&provider);
    const ReadResult result = reader.read({InputSource{file, readData(file)}});
    QVERIFY2(result.findings.isEmpty(), qPrintable(codes(result.findings).join(QLatin1Char(','))));
    QCOMPARE(result.certificates.size(), certificates);
    QCOMPARE(result.keys.size(), keys);
    if (keys > 0) {
        QCOMPARE(result.keys.first().key.algorithm(), keyAlgorithm);
        QCOMPARE(result.keys.first().wasEncrypted, !passphrase.isEmpty());
    }
    for (const auto& sc : result.certificates)
        QVERIFY(!sc.certificate.isNull());
    // Passphrases are asked only for what is encrypted.
    QCOMPARE(provider.requests.isEmpty(), passphrase.isEmpty());
}

void TestBundleReader::rejectsBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("certificatesStillRead");

    QTest::addRow("empty") << "rsa/empty.pem"
                           << "input.empty"
                           << "input" << 0;
    QTest::addRow("blank") << "rsa/whitespace.pem"
                           << "input.empty"
                           << "input" << 0;
    QTest::addRow("binary junk") << "rsa/junk.bin"
                                 << "input.unrecognized"
                                 << "input" << 0;
    QTest::addRow("plain text") << "rsa/not-a-cert.txt"
                                << "input.no-pem"
                                << "input" << 0;
    QTest::addRow("bad base64") << "rsa/bad-base64.pem"
                                << "input.bad-base64"
                                << "certificate" << 0;
    QTest::addRow("truncated bundle keeps what precedes") << "rsa/truncated.pem"
                                                          << "input.truncated"
                                                          << "certificate" << 1;
    QTest::addRow("truncated key") << "rsa/truncated-key.pem"
                                   << "input.truncated"
                                   << "private_key" << 0;
    QTest::addRow("encrypted key, no passphrase") << "rsa/leaf.enc.key"
                                                  << "input.passphrase-needed"
                                                  << "private_key" << 0;
    QTest::addRow("PFX, no passphrase") << "rsa/leaf.pfx"
                                        << "input.passphrase-needed"
                                        << "private_key" << 0;
    QTest::addRow("CSR, PEM") << "outcomes/request.csr"
                              << "input.csr"
                              << "certificate" << 0;
    QTest::addRow("CSR, DER") << "outcomes/request.csr.der"
                              << "input.csr"
                              << "certificate" << 0;
    QTest::addRow("public key alone") << "outcomes/public.pem"
                                      << "input.public-key"
                                      << "private_key" << 0;
    QTest::addRow("RSA public key alone") << "outcomes/rsa-public.pem"
                                          << "input.public-key"
                                          << "private_key" << 0;
    QTest::addRow("CRL") << "outcomes/crl.pem"
                         << "input.crl"
                         << "input" << 0;
    QTest::addRow("unsupported block") << "outcomes/dsa-params.pem"
                                       << "input.unsupported-block"
                                       << "input" << 0;
    QTest::addRow("empty PKCS#7") << "outcomes/empty.p7b"
                                  << "input.empty-pkcs7"
                                  << "certificate_chain" << 0;
    QTest::addRow("empty PKCS#12") << "outcomes/empty.p12"
                                   << "input.empty-pkcs12"
                                   << "input" << 0;
    QTest::addRow("corrupt certificate") << "outcomes/corrupt.pem"
                                         << "input.corrupt"
                                         << "certificate" << 0;
    QTest::addRow("corrupt key") << "outcomes/corrupt-key.pem"
                                 << "input.corrupt-key"
                                 << "private_key" << 0;
}

void TestBundleReader::rejectsBadInput()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(int, certificatesStillRead);

    const BundleReader reader(nullptr);
    const ReadResult result = reader.read({InputSource{file, readData(file)}});
    QCOMPARE(codes(result.findings), QStringList{code});
    const Finding& f = result.findings.first();
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.field, field);
    QCOMPARE(f.source, file);
    QVERIFY2(f.message.contains(file), qPrintable(f.message)); // says which file
    QVERIFY(result.hasUnreadableInput());
    QVERIFY(f.unreadableInput);
    QCOMPARE(result.certificates.size(), certificatesStillRead);
}

void TestBundleReader::unreadableInputIsMarkedNotSpelled()
{
    // Whether an input was unreadable (exit status 2) is what the reader marked, not what a code starts with.
    ReadResult result;
    result.findings.append(Finding{Severity::Error,
                                   QStringLiteral("input.lookalike"),
                                   QStringLiteral("input"),
                                   QStringLiteral("made elsewhere"),
                                   {},
                                   {}});
    QVERIFY(!result.hasUnreadableInput());
    Finding marked{
        Severity::Error, QStringLiteral("reader.other"), QStringLiteral("input"), QStringLiteral("x"), {}, {}};
    marked.unreadableInput = true;
    result.findings.append(marked);
    QVERIFY(result.hasUnreadableInput());
    result.findings.last().severity = Severity::Warning; // only errors make an input unreadable
    QVERIFY(!result.hasUnreadableInput());

    // A finding the checks make after reading (a key that does not match) is not one.
    const ReadResult read = BundleReader(nullptr).read(
        {InputSource{QStringLiteral("rsa/leaf.pem"), readData(QStringLiteral("rsa/leaf.pem"))}});
    QVERIFY(!read.hasUnreadableInput());
    for (const Finding& finding : read.findings)
        QVERIFY(!finding.unreadableInput);
}

void TestBundleReader::passphraseAttempts_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QList<QByteArray>>("answers");
    QTest::addColumn<int>("keys");
    QTest::addColumn<int>("questions");
    QTest::addColumn<QString>("code");

    const QByteArray wrong("wrong");
    QTest::addRow("right at once") << "rsa/leaf.enc.key" << QList<QByteArray>{"correct horse"} << 1 << 1 << "";
    QTest::addRow("right on third") << "rsa/leaf.enc.key" << QList<QByteArray>{wrong, wrong, "correct horse"} << 1 << 3
                                    << "";
    QTest::addRow("three wrong") << "rsa/leaf.enc.key" << QList<QByteArray>{wrong, wrong, wrong, wrong} << 0 << 3
                                 << "input.passphrase-wrong";
    QTest::addRow("wrong then cancel") << "rsa/leaf.enc.key" << QList<QByteArray>{wrong} << 0 << 2
                                       << "input.passphrase-wrong";
    QTest::addRow("cancel") << "rsa/leaf.enc.key" << QList<QByteArray>{} << 0 << 1 << "input.passphrase-needed";
    QTest::addRow("PFX wrong then right") << "rsa/leaf.pfx" << QList<QByteArray>{wrong, "pfx-pass"} << 1 << 2 << "";
    QTest::addRow("DER key wrong") << "rsa/leaf.enc.key.der" << QList<QByteArray>{wrong, wrong, wrong} << 0 << 3
                                   << "input.passphrase-wrong";
}

void TestBundleReader::passphraseAttempts()
{
    QFETCH(QString, file);
    QFETCH(QList<QByteArray>, answers);
    QFETCH(int, keys);
    QFETCH(int, questions);
    QFETCH(QString, code);

    ScriptedPassphrases provider(answers);
    const ReadResult result = BundleReader(&provider).read({InputSource{file, readData(file)}});
    QCOMPARE(result.keys.size(), keys);
    QCOMPARE(provider.requests.size(), questions);
    for (int i = 0; i < provider.requests.size(); ++i) {
        QCOMPARE(provider.requests.at(i).attempt, i + 1);
        QCOMPARE(provider.requests.at(i).previousWasWrong, i > 0);
        QCOMPARE(provider.requests.at(i).source, file);
    }
    QCOMPARE(codes(result.findings), code.isEmpty() ? QStringList() : QStringList{code});
}

void TestBundleReader::tooLarge()
{
    QByteArray big = readData(QStringLiteral("rsa/fullchain.pem"));
    while (big.size() <= BundleReader::kDefaultMaxInputSize)
        big += big;
    const ReadResult result = BundleReader().read({InputSource{QStringLiteral("huge.pem"), big}});
    QCOMPARE(codes(result.findings), QStringList{QStringLiteral("input.too-large")});
    QVERIFY(result.certificates.isEmpty());

    BundleReader small;
    small.setMaxInputSize(100);
    const ReadResult limited =
        small.read({InputSource{QStringLiteral("leaf.pem"), readData(QStringLiteral("rsa/leaf.pem"))}});
    QCOMPARE(codes(limited.findings), QStringList{QStringLiteral("input.too-large")});
}

void TestBundleReader::textVariants_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("certificates");

    const QByteArray pem = readData(QStringLiteral("rsa/fullchain.pem"));
    QByteArray jsonEscaped = pem;
    jsonEscaped.replace("\n", "\\n");
    QByteArray base64Only = readData(QStringLiteral("rsa/leaf.der")).toBase64();
    QByteArray utf16("\xFF\xFE");
    const QString text = QString::fromLatin1(pem);
    utf16.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    QByteArray indented = pem;
    indented.replace("\n", "\n    ");

    QTest::addRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF" + pem) << 3;
    QTest::addRow("UTF-16LE with BOM") << utf16 << 3;
    QTest::addRow("JSON-escaped line ends") << QByteArray("\"" + jsonEscaped + "\"") << 3;
    QTest::addRow("bare base64 of DER") << base64Only << 1;
    QTest::addRow("indented blocks") << QByteArray("    " + indented) << 3;
    QTest::addRow("blocks glued together") << QByteArray(pem).replace("-----\n-----", "----------") << 3;
}

void TestBundleReader::textVariants()
{
    QFETCH(QByteArray, data);
    QFETCH(int, certificates);
    const ReadResult result = BundleReader().read({InputSource{QStringLiteral("pasted text"), data}});
    QVERIFY2(result.findings.isEmpty(), qPrintable(codes(result.findings).join(QLatin1Char(','))));
    QCOMPARE(result.certificates.size(), certificates);
}

void TestBundleReader::positionsFollowInputOrder()
{
    const ReadResult result = BundleReader().read({
        InputSource{QStringLiteral("a"), readData(QStringLiteral("rsa/chain.pem"))},
        InputSource{QStringLiteral("b"), readData(QStringLiteral("rsa/leaf.pem"))},
    });
    QCOMPARE(result.certificates.size(), 3);
    QCOMPARE(result.certificates.at(0).sourceIndex, 0);
    QCOMPARE(result.certificates.at(1).position, 1);
    QCOMPARE(result.certificates.at(2).sourceIndex, 1);
    QCOMPARE(result.certificates.at(2).position, 0);
    QCOMPARE(result.certificates.at(2).certificate.subjectCommonName(), QStringLiteral("www.example.test"));
}

void TestBundleReader::refusesCostlyDerivation_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("cost"); // what the message names

    QTest::addRow("PFX MAC 2^31-1") << "hostile/pfx-mac-iter.p12"
                                    << "input"
                                    << "2147483647 key-derivation iterations";
    QTest::addRow("PFX MAC 2000000") << "hostile/pfx-mac-above-cap.p12"
                                     << "input"
                                     << "2000000 key-derivation iterations";
    QTest::addRow("PFX shrouded key") << "hostile/pfx-key-iter.p12"
                                      << "input"
                                      << "2147483647 key-derivation iterations";
    QTest::addRow("PFX encrypted part, PBES1") << "hostile/pfx-certs-iter.p12"
                                               << "input"
                                               << "2147483647 key-derivation iterations";
    QTest::addRow("PKCS#8 PEM PBKDF2") << "hostile/key-pbkdf2-iter.pem"
                                       << "private_key"
                                       << "2147483647 key-derivation iterations";
    QTest::addRow("PKCS#8 DER PBKDF2") << "hostile/key-pbkdf2-iter.der"
                                       << "private_key"
                                       << "2147483647 key-derivation iterations";
    QTest::addRow("PKCS#8 DER PBKDF2 2000000") << "hostile/key-pbkdf2-above-cap.der"
                                               << "private_key"
                                               << "2000000 key-derivation iterations";
    QTest::addRow("PKCS#8 scrypt memory") << "hostile/key-scrypt-memory.pem"
                                          << "private_key"
                                          << "1024 MiB of memory for scrypt";
    QTest::addRow("PKCS#8 scrypt work") << "hostile/key-scrypt-work.pem"
                                        << "private_key"
                                        << "scrypt work N·r·p = 8388608";
}

void TestBundleReader::refusesCostlyDerivation()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, cost);

    // The provider would answer, but is never asked: nothing is derived, not even with an empty passphrase.
    ScriptedPassphrases provider({"pfx-pass", "correct horse"});
    const ReadResult result = BundleReader(&provider).read({InputSource{file, readData(file)}});
    QCOMPARE(codes(result.findings), QStringList{QStringLiteral("input.pbe-too-costly")});
    QVERIFY(provider.requests.isEmpty());
    const Finding& f = result.findings.first();
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.field, field);
    QVERIFY2(f.message.contains(file) && f.message.contains(cost), qPrintable(f.message));
    QVERIFY(result.hasUnreadableInput());
    QVERIFY(result.keys.isEmpty());
}

void TestBundleReader::refusesCostlyKeyInsideEncryptedPart()
{
    // A shrouded key whose parameters only show once the part around it is decrypted (with 1 iteration here).
    const QByteArray hostileKey = readData(QStringLiteral("hostile/key-pbkdf2-iter.der"));
    const auto* cursor = reinterpret_cast<const unsigned char*>(hostileKey.constData());
    X509_SIG* sig = d2i_X509_SIG(nullptr, &cursor, long(hostileKey.size()));
    QVERIFY(sig);
    ossl::SafeBagStackPtr bags(sk_PKCS12_SAFEBAG_new_null());
    PKCS12_SAFEBAG* bag = PKCS12_SAFEBAG_create0_pkcs8(sig);
    QVERIFY(bag);
    sk_PKCS12_SAFEBAG_push(bags.get(), bag);
    const char* passphrase = "pfx-pass";
    ossl::Pkcs7StackPtr parts(sk_PKCS7_new_null());
    PKCS7* part = PKCS12_pack_p7encdata(NID_aes_256_cbc, passphrase, -1, nullptr, 8, 1, bags.get());
    QVERIFY(part);
    sk_PKCS7_push(parts.get(), part);
    ossl::Pkcs12Ptr p12(PKCS12_init(NID_pkcs7_data));
    QVERIFY(p12);
    QVERIFY(PKCS12_pack_authsafes(p12.get(), parts.get()) == 1);
    QVERIFY(PKCS12_set_mac(p12.get(), passphrase, -1, nullptr, 8, 1, EVP_sha256()) == 1);
    unsigned char* der = nullptr;
    const int length = i2d_PKCS12(p12.get(), &der);
    QVERIFY(length > 0);
    const QByteArray file(reinterpret_cast<const char*>(der), length);
    OPENSSL_free(der);

    ScriptedPassphrases provider({"pfx-pass"});
    const ReadResult result = BundleReader(&provider).read({InputSource{QStringLiteral("nested.p12"), file}});
    QCOMPARE(codes(result.findings), QStringList{QStringLiteral("input.pbe-too-costly")});
    QCOMPARE(provider.requests.size(), 1); // the part needed the passphrase; the key was never derived
    QVERIFY(result.keys.isEmpty());
}

QTEST_GUILESS_MAIN(TestBundleReader)
#include "TestBundleReader.moc"
