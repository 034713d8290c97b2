#include "certificate/BundleReader.h"
#include "certificate/TrustStore.h"

#include "TestData.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/x509.h>

using namespace ccm;
using ccm::test::dataPath;
using ccm::test::readData;

namespace {

Certificate certificateIn(const QString& file)
{
    const ReadResult read = BundleReader().read({InputSource{file, readData(file)}});
    return read.certificates.isEmpty() ? Certificate() : read.certificates.first().certificate;
}

/// The name OpenSSL's hashed-directory lookup looks for: <subject hash>.0.
QString hashedName(const Certificate& certificate)
{
    return QStringLiteral("%1.0").arg(X509_subject_name_hash(certificate.x509()), 8, 16, QLatin1Char('0'));
}

} // namespace

class TestTrustStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashedDirectoryFindsIssuerByName();
    void bundleFileWhenNoHashedNames();
    void systemStoreVerifiesPublicRoot();
    void trustRootsFromFile();
};

void TestTrustStore::hashedDirectoryFindsIssuerByName()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const Certificate root = certificateIn(QStringLiteral("rsa/root.pem"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("rsa/root.pem")), directory.filePath(hashedName(root))));
    // A file that is not named after its subject is never read by the lookup.
    QVERIFY(QFile::copy(dataPath(QStringLiteral("outcomes/root.pem")), directory.filePath(QStringLiteral("x.pem"))));

    const auto store = TrustStore::hashedDirectory(directory.path());
    QVERIFY(store->hasIssuerOf(certificateIn(QStringLiteral("rsa/inter-a.pem"))));
    QVERIFY(store->hasIssuerOf(root));
    QVERIFY(!store->hasIssuerOf(certificateIn(QStringLiteral("rsa/inter-b.pem"))));
    QVERIFY(!store->hasIssuerOf(certificateIn(QStringLiteral("outcomes/inter.pem"))));
    // Same name and key id as inter-b's issuer chain, but signed by another key: not trusted.
    QVERIFY(!store->hasIssuerOf(certificateIn(QStringLiteral("rsa/forged-inter-b.pem"))));
}

void TestTrustStore::bundleFileWhenNoHashedNames()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const auto store = TrustStore::hashedDirectory(directory.path(), dataPath(QStringLiteral("outcomes/root.pem")));
    QVERIFY(store->hasIssuerOf(certificateIn(QStringLiteral("outcomes/inter.pem"))));
    QVERIFY(!store->hasIssuerOf(certificateIn(QStringLiteral("rsa/inter-a.pem"))));
}

void TestTrustStore::systemStoreVerifiesPublicRoot()
{
    // The system store as the application and ccmctl use it (OpenSSL's default directory, e.g. /etc/ssl/certs from
    // ca-certificates): a public root found there by its hashed name verifies; the test root does not.
    const QString directory = QFile::decodeName(qEnvironmentVariableIsSet(X509_get_default_cert_dir_env())
                                                    ? qgetenv(X509_get_default_cert_dir_env())
                                                    : QByteArray(X509_get_default_cert_dir()));
    const QStringList hashed = QDir(directory).entryList({QStringLiteral("????????.0")}, QDir::Files, QDir::Name);
    QVERIFY2(!hashed.isEmpty(),
             qPrintable(QStringLiteral("no hashed CA certificates in %1 (install ca-certificates)").arg(directory)));
    int verified = 0;
    for (const QString& name : hashed) {
        QFile file(QDir(directory).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReadResult read = BundleReader().read({InputSource{name, file.readAll()}});
        if (read.certificates.isEmpty() || !read.certificates.first().certificate.isSelfSigned())
            continue;
        QVERIFY2(TrustStore::system()->hasIssuerOf(read.certificates.first().certificate), qPrintable(name));
        if (++verified == 3)
            break;
    }
    QCOMPARE(verified, 3);
    QVERIFY(!TrustStore::system()->hasIssuerOf(certificateIn(QStringLiteral("rsa/root.pem"))));
    QVERIFY(!TrustStore::system()->hasIssuerOf(certificateIn(QStringLiteral("rsa/inter-a.pem"))));
}

void TestTrustStore::trustRootsFromFile()
{
    const auto roots = TrustRoots::fromFile(dataPath(QStringLiteral("outcomes/root.pem")));
    QVERIFY(roots);
    QCOMPARE(roots->size(), 1);
    const auto missing = TrustRoots::fromFile(dataPath(QStringLiteral("missing.pem")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, QStringLiteral("trust-root.unreadable"));
    const auto keyOnly = TrustRoots::fromFile(dataPath(QStringLiteral("rsa/leaf.key")));
    QVERIFY(!keyOnly);
    QCOMPARE(keyOnly.error().code, QStringLiteral("trust-root.no-certificate"));
    QVERIFY(keyOnly.error().message.contains(QStringLiteral("leaf.key")));

    const auto store = TrustRoots::withSystem({dataPath(QStringLiteral("outcomes/root.pem"))});
    QVERIFY(store);
    QVERIFY((*store)->hasIssuerOf(certificateIn(QStringLiteral("outcomes/inter.pem"))));
    QVERIFY(!(*store)->hasIssuerOf(certificateIn(QStringLiteral("rsa/inter-a.pem"))));
}

QTEST_GUILESS_MAIN(TestTrustStore)
#include "TestTrustStore.moc"
