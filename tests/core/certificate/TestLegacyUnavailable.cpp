// A process of its own: OpenSSL's legacy provider is loaded at most once per process, and here it must be missing.
#include "certificate/BundleReader.h"

#include "TestData.h"

#include <QTest>

using namespace ccm;
using ccm::test::readData;

class TestLegacyUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Where OpenSSL looks for provider modules: nowhere, so "legacy" cannot load (as on systems without it).
        qputenv("OPENSSL_MODULES", "/nonexistent-ccm-test");
    }

    void rc2PfxNamesTheMissingProvider()
    {
        FixedPassphraseProvider passphrase(SecureBytes(QByteArrayView("pfx-pass")));
        const QString file = QStringLiteral("rsa/leaf-legacy.pfx");
        const ReadResult result = BundleReader(&passphrase).read({InputSource{file, readData(file)}});
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings.first().code, QStringLiteral("input.legacy-unavailable"));
        QVERIFY(result.findings.first().message.contains(file));
        QVERIFY(result.hasUnreadableInput());
    }

    void modernPfxStillReads()
    {
        FixedPassphraseProvider passphrase(SecureBytes(QByteArrayView("pfx-pass")));
        const QString file = QStringLiteral("rsa/leaf.pfx");
        const ReadResult result = BundleReader(&passphrase).read({InputSource{file, readData(file)}});
        QVERIFY(result.findings.isEmpty());
        QCOMPARE(result.keys.size(), 1);
        QCOMPARE(result.certificates.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestLegacyUnavailable)
#include "TestLegacyUnavailable.moc"
