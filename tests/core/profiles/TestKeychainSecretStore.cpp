// Runs inside tests/support/with-keyring.sh: a throw-away HOME, a private D-Bus session and an unlocked
// gnome-keyring, so QtKeychain talks to a real Secret Service.
#include "SecretStoreChecks.h"

#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileManager.h"
#include "profiles/ResolvedProfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::profiles;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void largeSecret_data();
    void largeSecret();
    void entriesAreNamespaced();
    void readMissing();
    void removeOnDeleteProfile();
    void resolvesFromKeychain();
};

void TestKeychainSecretStore::initTestCase()
{
    // Not skipped: run anywhere else than through ctest (which starts a keyring for it), it fails and says why.
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
             "needs a D-Bus session with a Secret Service (run through ctest or tests/support/with-keyring.sh)");
    QCOMPARE(KeychainSecretStore::defaultService(), QStringLiteral("io.github.ccm_importer.CcmImporter"));
    QCOMPARE(KeychainSecretStore::entryKey(QStringLiteral("id"), SecretKind::SecurityToken),
             QStringLiteral("id/security-token"));
}

void TestKeychainSecretStore::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("secret");
    for (const auto& [kind, secret] : test::sampleSecrets())
        QTest::addRow("%s", qPrintable(secretKindName(kind))) << int(kind) << secret;
    QTest::addRow("binary with NUL") << int(SecretKind::SecretKey) << QByteArray("\0\1\2\xff\n", 5);
}

void TestKeychainSecretStore::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, secret);
    KeychainSecretStore store;
    test::checkRoundTrip(store, QStringLiteral("0b7e8a34-6d0e-4f3e-9a59-6a2f0e1c5d11"), SecretKind(kind), secret);
}

void TestKeychainSecretStore::largeSecret_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("64 KiB") << qsizetype(64 * 1024) << true;
    QTest::addRow("2 MiB token") << qsizetype(2 * 1024 * 1024) << true;
    QTest::addRow("over the limit") << KeychainSecretStore::kMaxSecretSize + 1 << false;
}

void TestKeychainSecretStore::largeSecret()
{
    QFETCH(qsizetype, size);
    QFETCH(bool, accepted);
    QByteArray token(size, 'x');
    for (qsizetype i = 0; i < size; ++i)
        token[i] = char('A' + (i * 7) % 26);
    KeychainSecretStore store;
    const Status written = store.writeBlocking(QStringLiteral("large"), SecretKind::AuthToken, SecureBytes(token));
    if (!accepted) {
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("secrets.too-large"));
        return;
    }
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
    auto read = store.readBlocking(QStringLiteral("large"), SecretKind::AuthToken);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), size);
    QVERIFY(read->view() == QByteArrayView(token));
    QVERIFY(store.removeBlocking(QStringLiteral("large"), SecretKind::AuthToken));
}

void TestKeychainSecretStore::entriesAreNamespaced()
{
    KeychainSecretStore mine;
    KeychainSecretStore other(QStringLiteral("io.example.OtherApp"), nullptr);
    QVERIFY(mine.writeBlocking(QStringLiteral("p"), SecretKind::SecretKey, SecureBytes(QByteArrayView("mine"))));
    QVERIFY(other.writeBlocking(QStringLiteral("p"), SecretKind::SecretKey, SecureBytes(QByteArrayView("other"))));
    QCOMPARE(mine.readBlocking(QStringLiteral("p"), SecretKind::SecretKey)->view(), QByteArrayView("mine"));
    QCOMPARE(other.readBlocking(QStringLiteral("p"), SecretKind::SecretKey)->view(), QByteArrayView("other"));
    // One entry per profile and kind: another kind or profile is a different entry.
    QCOMPARE(mine.readBlocking(QStringLiteral("p"), SecretKind::Password).error().code,
             QStringLiteral("secrets.not-found"));
    QCOMPARE(mine.readBlocking(QStringLiteral("q"), SecretKind::SecretKey).error().code,
             QStringLiteral("secrets.not-found"));
    QVERIFY(mine.removeAllBlocking(QStringLiteral("p")));
    QVERIFY(other.removeAllBlocking(QStringLiteral("p")));
}

void TestKeychainSecretStore::readMissing()
{
    KeychainSecretStore store;
    const auto read = store.readBlocking(QStringLiteral("never-written"), SecretKind::SecretKey);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("secrets.not-found"));
}

void TestKeychainSecretStore::removeOnDeleteProfile()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    store.setEnvironment(QProcessEnvironment());
    QVERIFY(store.load());
    KeychainSecretStore secrets;
    ProfileManager manager(store, secrets);

    Profile profile;
    profile.name = QStringLiteral("Temporary keys");
    profile.regionId = QStringLiteral("ap-southeast-1");
    profile.authKind = cloud::AuthKind::TemporaryAkSk;
    profile.accessKeyId = QStringLiteral("TMPAKTMPAKTMPAK");
    auto created = store.create(profile);
    QVERIFY(created.ok());
    std::optional<Status> saved;
    manager.saveSecrets(created->id,
                        {{SecretKind::SecretKey, SecureBytes(QByteArrayView("temp-sk"))},
                         {SecretKind::SecurityToken, SecureBytes(QByteArrayView("temp-token"))}},
                        this, [&saved](Status status) { saved = status; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(saved->ok());
    QVERIFY(secrets.readBlocking(created->id, SecretKind::SecurityToken).ok());

    std::optional<Status> removed;
    manager.remove(created->id, false, this, [&removed](Status status) { removed = status; });
    QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 10000);
    QVERIFY2(removed->ok(), qPrintable(removed->ok() ? QString() : removed->error().detail));
    QVERIFY(!store.findById(created->id));
    QCOMPARE(secrets.readBlocking(created->id, SecretKind::SecretKey).error().code,
             QStringLiteral("secrets.not-found"));
    QCOMPARE(secrets.readBlocking(created->id, SecretKind::SecurityToken).error().code,
             QStringLiteral("secrets.not-found"));
}

void TestKeychainSecretStore::resolvesFromKeychain()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    store.setEnvironment(QProcessEnvironment());
    QVERIFY(store.load());
    KeychainSecretStore secrets;
    Profile profile;
    profile.name = QStringLiteral("Work");
    profile.regionId = QStringLiteral("cn-north-4");
    profile.accessKeyId = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
    auto created = store.create(profile);
    QVERIFY(created.ok());
    QVERIFY(secrets.writeBlocking(created->id, SecretKind::SecretKey,
                                  SecureBytes(QByteArrayView("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"))));
    auto resolved = resolveProfile(QStringLiteral("Work"), store, secrets);
    QVERIFY(resolved.ok());
    QCOMPARE(resolved->credentials.secretKey.view(), QByteArrayView("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc"));
    QCOMPARE(resolved->credentials.accessKeyId, QStringLiteral("QTWAOYTTINDUT2QVKYUC"));
    QVERIFY(secrets.removeAllBlocking(created->id));
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
