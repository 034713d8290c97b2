#include "certificate/BundleAssembler.h"

#include "TestData.h"

#include <QTest>

using namespace ccm;
using ccm::test::readData;

namespace {

ReadResult readFiles(const QStringList& files)
{
    QList<InputSource> inputs;
    for (const auto& file : files)
        inputs.append(InputSource{file, readData(file)});
    FixedPassphraseProvider passphrase(SecureBytes(QByteArrayView("correct horse")));
    return BundleReader(&passphrase).read(inputs);
}

CertificateBundle assembleFiles(const QStringList& files, const QStringList& encFiles = {},
                                std::shared_ptr<const TrustStore> trust = std::make_shared<ListTrustStore>())
{
    return BundleAssembler(std::move(trust)).assemble(readFiles(files), readFiles(encFiles));
}

QStringList commonNames(const QList<Certificate>& certificates)
{
    QStringList names;
    for (const auto& c : certificates)
        names.append(c.subjectCommonName());
    return names;
}

QStringList codes(const QList<Finding>& findings)
{
    QStringList list;
    for (const auto& f : findings)
        list.append(f.code);
    list.sort();
    return list;
}

const QString kLeaf = QStringLiteral("www.example.test");
const QString kInterA = QStringLiteral("CCM Test Intermediate A");
const QString kInterB = QStringLiteral("CCM Test Intermediate B");
const QString kRoot = QStringLiteral("CCM Test Root R1");

} // namespace

class TestBundleAssembler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ordersChains_data();
    void ordersChains();
    void leafIsChosenByKey();
    void forgedIntermediateIsRejected();
    void trustStoreCompletesChain();
    void directRootIsKeptAsChain();
    void privateRootGivesCleanResult_data();
    void privateRootGivesCleanResult();
    void longChain();
    void smDualPair_data();
    void smDualPair();
    void encPairOnNonSm2();
};

void TestBundleAssembler::ordersChains_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("chain");
    QTest::addColumn<QStringList>("roots");
    QTest::addColumn<QStringList>("unrelated");
    QTest::addColumn<int>("duplicates");
    QTest::addColumn<QStringList>("findings");

    const QStringList chain{kInterB, kInterA};
    QTest::addRow("fullchain + key") << ccm::test::strings({"rsa/fullchain.pem", "rsa/leaf.key"}) << chain
                                     << QStringList{} << QStringList{} << 0 << ccm::test::strings({"chain.incomplete"});
    QTest::addRow("separate files") << ccm::test::strings({"rsa/leaf.pem", "rsa/chain.pem", "rsa/leaf.key"}) << chain
                                    << QStringList{} << QStringList{} << 0 << ccm::test::strings({"chain.incomplete"});
    QTest::addRow("chain file before leaf file is not disorder")
        << ccm::test::strings({"rsa/chain-root.pem", "rsa/leaf.pem", "rsa/leaf.key"}) << chain << QStringList{kRoot}
        << QStringList{} << 0 << ccm::test::strings({"chain.root-dropped", "chain.unknown-root"});
    QTest::addRow("with root") << ccm::test::strings({"rsa/fullchain-root.pem", "rsa/leaf.key"}) << chain
                               << QStringList{kRoot} << QStringList{} << 0
                               << ccm::test::strings({"chain.root-dropped", "chain.unknown-root"});
    QTest::addRow("fully reversed") << ccm::test::strings({"rsa/order-reversed.pem", "rsa/leaf.key"}) << chain
                                    << QStringList{kRoot} << QStringList{} << 0
                                    << ccm::test::strings({"chain.order", "chain.root-dropped", "chain.unknown-root"});
    QTest::addRow("shuffled") << ccm::test::strings({"rsa/order-shuffled.pem", "rsa/leaf.key"}) << chain
                              << QStringList{kRoot} << QStringList{} << 0
                              << ccm::test::strings({"chain.order", "chain.root-dropped", "chain.unknown-root"});
    QTest::addRow("intermediates swapped")
        << ccm::test::strings({"rsa/order-chain-reversed.pem", "rsa/leaf.key"}) << chain << QStringList{}
        << QStringList{} << 0 << ccm::test::strings({"chain.incomplete", "chain.order"});
    QTest::addRow("key inside, shuffled")
        << ccm::test::strings({"rsa/bundle-all-shuffled.pem"}) << chain << QStringList{kRoot} << QStringList{} << 0
        << ccm::test::strings({"chain.order", "chain.root-dropped", "chain.unknown-root"});
    QTest::addRow("duplicates") << ccm::test::strings({"rsa/duplicates.pem", "rsa/leaf.key"}) << chain << QStringList{}
                                << QStringList{} << 2 << ccm::test::strings({"bundle.duplicates", "chain.incomplete"});
    QTest::addRow("unrelated CA") << ccm::test::strings({"rsa/unrelated.pem", "rsa/leaf.key"}) << chain << QStringList{}
                                  << ccm::test::strings({"Unrelated Test CA"}) << 0
                                  << ccm::test::strings({"chain.incomplete", "chain.unrelated"});
    QTest::addRow("PKCS#7") << ccm::test::strings({"rsa/chain.p7b", "rsa/leaf.key"}) << chain << QStringList{}
                            << QStringList{} << 0 << ccm::test::strings({"chain.incomplete"});
    QTest::addRow("PFX") << ccm::test::strings({"rsa/leaf-nopass.pfx"}) << chain << QStringList{} << QStringList{} << 0
                         << ccm::test::strings({"chain.incomplete"});
    QTest::addRow("no intermediate") << ccm::test::strings({"rsa/leaf-no-chain.pem", "rsa/leaf.key"}) << QStringList{}
                                     << QStringList{} << QStringList{} << 0
                                     << ccm::test::strings({"chain.no-intermediate"});
    QTest::addRow("EC leaf") << ccm::test::strings({"ec/p256.pem", "rsa/chain.pem", "ec/p256.key"}) << chain
                             << QStringList{} << QStringList{} << 0 << ccm::test::strings({"chain.incomplete"});
    QTest::addRow("Ed25519 leaf") << ccm::test::strings({"ed25519/leaf.pem", "rsa/chain.pem", "ed25519/leaf.key"})
                                  << chain << QStringList{} << QStringList{} << 0
                                  << ccm::test::strings({"chain.incomplete"});
    QTest::addRow("SM2 chain") << ccm::test::strings({"sm2/sign.pem", "sm2/chain.pem", "sm2/root.pem", "sm2/sign.key"})
                               << ccm::test::strings({"CCM Test SM2 Intermediate"})
                               << ccm::test::strings({"CCM Test SM2 Root"}) << QStringList{} << 0
                               << ccm::test::strings({"chain.root-dropped", "chain.unknown-root"});
}

void TestBundleAssembler::ordersChains()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, chain);
    QFETCH(QStringList, roots);
    QFETCH(QStringList, unrelated);
    QFETCH(int, duplicates);
    QFETCH(QStringList, findings);

    const CertificateBundle bundle = assembleFiles(files);
    QVERIFY(!bundle.leaf.isNull());
    QVERIFY(!bundle.key.isNull());
    QVERIFY(bundle.leaf.matches(bundle.key));
    QCOMPARE(commonNames(bundle.chain), chain);
    QCOMPARE(commonNames(bundle.droppedRoots), roots);
    QCOMPARE(commonNames(bundle.unrelated), unrelated);
    QCOMPARE(bundle.duplicatesRemoved, duplicates);
    QCOMPARE(codes(bundle.findings), findings);
    // Every link is verified: each certificate is signed by the next one.
    Certificate current = bundle.leaf;
    for (const auto& issuer : bundle.chain) {
        QVERIFY(current.signatureVerifiedBy(issuer));
        current = issuer;
    }
    for (const auto& f : bundle.findings) {
        if (f.code == QLatin1String("chain.order"))
            QCOMPARE(f.scmCode, QStringLiteral("SCM.0079"));
    }
}

void TestBundleAssembler::leafIsChosenByKey()
{
    // With the mismatching key, the leaf falls back to the end of the chain and the mismatch is an error.
    const CertificateBundle mismatch =
        assembleFiles({QStringLiteral("rsa/fullchain.pem"), QStringLiteral("findings/mismatch.key")});
    QCOMPARE(mismatch.leaf.subjectCommonName(), kLeaf);
    const auto errors = findingsWithCode(mismatch.findings, QStringLiteral("key.mismatch"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().scmCode, QStringLiteral("SCM.0014"));
    QCOMPARE(errors.first().severity, Severity::Error);

    // Without a key, the leaf is still found (the certificate that issues nothing).
    const CertificateBundle noKey = assembleFiles({QStringLiteral("rsa/order-shuffled.pem")});
    QCOMPARE(noKey.leaf.subjectCommonName(), kLeaf);
    QVERIFY(noKey.key.isNull());
    QCOMPARE(commonNames(noKey.chain), (QStringList{kInterB, kInterA}));

    // Two keys: the one matching a certificate wins, and the extra key is reported.
    const CertificateBundle twoKeys = assembleFiles(
        {QStringLiteral("findings/mismatch.key"), QStringLiteral("rsa/fullchain.pem"), QStringLiteral("rsa/leaf.key")});
    QVERIFY(twoKeys.leaf.matches(twoKeys.key));
    QCOMPARE(findingsWithCode(twoKeys.findings, QStringLiteral("key.multiple")).size(), 1);
    QVERIFY(findingsWithCode(twoKeys.findings, QStringLiteral("key.mismatch")).isEmpty());
}

void TestBundleAssembler::forgedIntermediateIsRejected()
{
    const CertificateBundle bundle =
        assembleFiles({QStringLiteral("rsa/bundle-forged.pem"), QStringLiteral("rsa/leaf.key")});
    QVERIFY(bundle.chain.isEmpty());
    const auto bad = findingsWithCode(bundle.findings, QStringLiteral("chain.bad-signature"));
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad.first().severity, Severity::Error);
    QCOMPARE(bundle.unrelated.size(), 2);

    // With the real intermediate present as well, the chain is built through it and the forgery is still reported.
    const CertificateBundle mixed = assembleFiles(
        {QStringLiteral("rsa/bundle-forged.pem"), QStringLiteral("rsa/inter-b.pem"), QStringLiteral("rsa/leaf.key")});
    QCOMPARE(commonNames(mixed.chain), (QStringList{kInterB, kInterA}));
}

void TestBundleAssembler::trustStoreCompletesChain()
{
    const QStringList files{QStringLiteral("rsa/fullchain.pem"), QStringLiteral("rsa/leaf.key")};
    const auto root = readFiles({QStringLiteral("rsa/root.pem")}).certificates.first().certificate;
    const CertificateBundle trusted =
        assembleFiles(files, {}, std::make_shared<ListTrustStore>(QList<Certificate>{root}));
    QVERIFY(trusted.chainComplete);
    QVERIFY(findingsWithCode(trusted.findings, QStringLiteral("chain.incomplete")).isEmpty());

    const CertificateBundle untrusted = assembleFiles(files);
    QVERIFY(!untrusted.chainComplete);
    QCOMPARE(findingsWithCode(untrusted.findings, QStringLiteral("chain.incomplete")).size(), 1);

    // Leaf + inter-b only: incomplete even with the root trusted, because inter-a is missing.
    const CertificateBundle gap = assembleFiles(
        {QStringLiteral("rsa/leaf.pem"), QStringLiteral("rsa/inter-b.pem"), QStringLiteral("rsa/leaf.key")}, {},
        std::make_shared<ListTrustStore>(QList<Certificate>{root}));
    QVERIFY(!gap.chainComplete);
}

void TestBundleAssembler::directRootIsKeptAsChain()
{
    const CertificateBundle bundle = assembleFiles(
        {QStringLiteral("findings/direct-root/bundle.pem"), QStringLiteral("findings/direct-root/leaf.key")});
    QCOMPARE(commonNames(bundle.chain), QStringList{QStringLiteral("CCM Test Direct Root")});
    QVERIFY(bundle.rootKeptInChain);
    QVERIFY(bundle.droppedRoots.isEmpty());
    QCOMPARE(codes(bundle.findings), ccm::test::strings({"chain.root-kept", "chain.unknown-root"}));
}

void TestBundleAssembler::privateRootGivesCleanResult_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("untrusted");
    QTest::addColumn<QStringList>("trusted");

    QTest::addRow("root not in the files")
        << ccm::test::strings({"outcomes/leaf.pem", "outcomes/inter.pem", "outcomes/leaf.key"})
        << ccm::test::strings({"chain.incomplete"}) << QStringList();
    QTest::addRow("root in the files") << ccm::test::strings({"outcomes/leaf.pem", "outcomes/inter.pem",
                                                              "outcomes/root.pem", "outcomes/leaf.key"})
                                       << ccm::test::strings({"chain.root-dropped", "chain.unknown-root"})
                                       << ccm::test::strings({"chain.root-dropped"});
}

void TestBundleAssembler::privateRootGivesCleanResult()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, untrusted);
    QFETCH(QStringList, trusted);

    QCOMPARE(codes(assembleFiles(files).findings), untrusted);
    // The user names their private root CA: the chain is complete and nothing is left to warn about.
    const auto roots = TrustRoots::fromFile(ccm::test::dataPath(QStringLiteral("outcomes/root.pem")));
    QVERIFY(roots);
    const auto store = std::make_shared<CombinedTrustStore>(QList<std::shared_ptr<const TrustStore>>{
        std::make_shared<ListTrustStore>(), std::make_shared<ListTrustStore>(*roots)});
    const CertificateBundle bundle = assembleFiles(files, {}, store);
    QVERIFY(bundle.chainComplete);
    QCOMPARE(codes(bundle.findings), trusted);
}

void TestBundleAssembler::longChain()
{
    const CertificateBundle bundle = assembleFiles(
        {QStringLiteral("findings/long-chain/fullchain.pem"), QStringLiteral("findings/long-chain/leaf.key")});
    QCOMPARE(bundle.chain.size(), 5);
    QCOMPARE(bundle.chain.first().subjectCommonName(), QStringLiteral("CCM Test Long Chain Intermediate 5"));
    QCOMPARE(bundle.chain.last().subjectCommonName(), QStringLiteral("CCM Test Long Chain Intermediate 1"));
}

void TestBundleAssembler::smDualPair_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QStringList>("encFiles");
    QTest::addColumn<QStringList>("findings");

    const QStringList sign = ccm::test::strings({"sm2/sign.pem", "sm2/chain.pem", "sm2/root.pem", "sm2/sign.key"});
    QTest::addRow("good pair") << sign << ccm::test::strings({"sm2/enc.pem", "sm2/enc.key"})
                               << ccm::test::strings({"chain.root-dropped", "chain.unknown-root"});
    QTest::addRow("four files in one set")
        << ccm::test::strings(
               {"sm2/sign.pem", "sm2/chain.pem", "sm2/root.pem", "sm2/sign.enc.key", "sm2/enc.pem", "sm2/enc.key"})
        << QStringList{} << ccm::test::strings({"chain.root-dropped", "chain.unknown-root", "enc.detected"});
    QTest::addRow("enc key mismatch") << sign << ccm::test::strings({"sm2/enc.pem", "sm2/sign.key"})
                                      << ccm::test::strings(
                                             {"chain.root-dropped", "chain.unknown-root", "enc.key-mismatch"});
    QTest::addRow("enc usage wrong") << sign << ccm::test::strings({"sm2/enc-bad-usage.pem", "sm2/enc-bad-usage.key"})
                                     << ccm::test::strings(
                                            {"chain.root-dropped", "chain.unknown-root", "enc.enc-usage"});
    QTest::addRow("sign usage wrong")
        << ccm::test::strings({"sm2/sign-bad-usage.pem", "sm2/chain.pem", "sm2/root.pem", "sm2/sign-bad-usage.key"})
        << ccm::test::strings({"sm2/enc.pem", "sm2/enc.key"})
        << ccm::test::strings({"chain.root-dropped", "chain.unknown-root", "enc.sign-usage"});
    QTest::addRow("swapped") << ccm::test::strings({"sm2/enc.pem", "sm2/chain.pem", "sm2/root.pem", "sm2/enc.key"})
                             << ccm::test::strings({"sm2/sign.pem", "sm2/sign.key"})
                             << ccm::test::strings({"chain.root-dropped", "chain.unknown-root", "enc.swapped"});
    QTest::addRow("different issuers") << sign
                                       << ccm::test::strings({"sm2/enc-other-issuer.pem", "sm2/enc-other-issuer.key"})
                                       << ccm::test::strings(
                                              {"chain.root-dropped", "chain.unknown-root", "enc.issuer-mismatch"});
    QTest::addRow("certificate without key")
        << sign << ccm::test::strings({"sm2/enc.pem"})
        << ccm::test::strings({"chain.root-dropped", "chain.unknown-root", "enc.incomplete"});
}

void TestBundleAssembler::smDualPair()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, encFiles);
    QFETCH(QStringList, findings);
    const CertificateBundle bundle = assembleFiles(files, encFiles);
    QCOMPARE(codes(bundle.findings), findings);
    QVERIFY(bundle.hasEncPair());
    QVERIFY(!bundle.leaf.isNull());
    QCOMPARE(commonNames(bundle.chain), QStringList{QStringLiteral("CCM Test SM2 Intermediate")});
    if (findings.contains(QStringLiteral("enc.detected"))) {
        QVERIFY(bundle.leaf.matches(bundle.key));
        QVERIFY(bundle.encCertificate.matches(bundle.encKey));
        QVERIFY(allowsSigning(bundle.leaf));
        QVERIFY(allowsEncryption(bundle.encCertificate));
    }
}

void TestBundleAssembler::encPairOnNonSm2()
{
    const CertificateBundle bundle =
        assembleFiles({QStringLiteral("rsa/fullchain.pem"), QStringLiteral("rsa/leaf.key")},
                      {QStringLiteral("ec/p256.pem"), QStringLiteral("ec/p256.key")});
    QCOMPARE(findingsWithCode(bundle.findings, QStringLiteral("enc.unexpected")).size(), 1);
}

QTEST_GUILESS_MAIN(TestBundleAssembler)
#include "TestBundleAssembler.moc"
