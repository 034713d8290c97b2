// Runs with DBUS_SESSION_BUS_ADDRESS pointing at a socket that does not exist (see CMakeLists.txt): no Secret
// Service, no KWallet. Every write must fail with the clear "no credential store" error, nothing may be written
// anywhere, and the profile must stay usable for this session only.
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileManager.h"
#include "profiles/ResolvedProfile.h"
#include "profiles/SessionSecretStore.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::profiles;

namespace {

const QByteArray kSecret = "NO-STORE-SECRET-4f1c9a7e2b";

} // namespace

class TestNoCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeFailsClearly_data();
    void writeFailsClearly();
    void readFailsAfterRetries();
    void sessionOnlyProfile();
    void deleteProfileWithoutStore();
    void cleanupTestCase();

private:
    QTemporaryDir m_home;
};

void TestNoCredentialStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A throw-away home: an insecure fallback would leave a file here, which cleanupTestCase() looks for.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    // Not skipped: run anywhere else than through ctest, it fails and says why.
    QVERIFY2(bus.contains("nonexistent"),
             "must run without a D-Bus session: run it through ctest, which sets DBUS_SESSION_BUS_ADDRESS to a "
             "missing socket");
}

void TestNoCredentialStore::writeFailsClearly_data()
{
    QTest::addColumn<int>("kind");
    QTest::addRow("secret key") << int(SecretKind::SecretKey);
    QTest::addRow("token") << int(SecretKind::AuthToken);
}

void TestNoCredentialStore::writeFailsClearly()
{
    QFETCH(int, kind);
    KeychainSecretStore store;
    const Status written = store.writeBlocking(QStringLiteral("p"), SecretKind(kind), SecureBytes(kSecret));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("secrets.no-store"));
    QVERIFY(written.error().message.contains(QStringLiteral("No credential store")));
    QVERIFY(written.error().message.contains(QStringLiteral("this session only")));
    QVERIFY(!written.error().detail.isEmpty());
}

void TestNoCredentialStore::readFailsAfterRetries()
{
    KeychainSecretStore store;
    store.setReadRetry(3, 50);
    // The tries are counted from the store's own debug lines, not from the time they took.
    QLoggingCategory::setFilterRules(QStringLiteral("ccm.profiles.debug=true"));
    static QStringList lines;
    lines.clear();
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& m) { lines << m; });
    const auto read = store.readBlocking(QStringLiteral("p"), SecretKind::SecretKey);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(!read.ok());
    QVERIFY2(read.error().code == QLatin1String("secrets.no-store") ||
                 read.error().code == QLatin1String("secrets.not-found"),
             qPrintable(read.error().code));
    if (read.error().code == QLatin1String("secrets.no-store")) {
        // Three tries: two "retrying" pauses, then the failure.
        QCOMPARE(lines.filter(QStringLiteral("credential store not answering, retrying")).size(), 2);
        QCOMPARE(lines.filter(QStringLiteral("reading a secret failed")).size(), 1);
    }
}

void TestNoCredentialStore::sessionOnlyProfile()
{
    ProfileStore store(m_home.filePath(QStringLiteral(".config/ccm-importer/profiles.ini")));
    store.setEnvironment(QProcessEnvironment());
    QVERIFY(store.load());
    Profile profile;
    profile.name = QStringLiteral("Work");
    profile.regionId = QStringLiteral("cn-north-4");
    profile.accessKeyId = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
    auto created = store.create(profile);
    QVERIFY(created.ok());

    KeychainSecretStore keychain;
    keychain.setReadRetry(1, 0);
    SessionSecretStore secrets(keychain);
    const Status written = secrets.writeBlocking(created->id, SecretKind::SecretKey, SecureBytes(kSecret));
    QCOMPARE(written.error().code, QStringLiteral("secrets.no-store"));
    QVERIFY(!resolveProfile(QStringLiteral("Work"), store, secrets).ok());

    // The user chose "this session only".
    secrets.keepForSession(created->id, SecretKind::SecretKey, SecureBytes(kSecret));
    QVERIFY(secrets.isSessionOnly(created->id));
    auto resolved = resolveProfile(QStringLiteral("Work"), store, secrets);
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
    QCOMPARE(resolved->credentials.secretKey.view(), QByteArrayView(kSecret));
    secrets.forgetSession();
    QVERIFY(!resolveProfile(QStringLiteral("Work"), store, secrets).ok());
}

void TestNoCredentialStore::deleteProfileWithoutStore()
{
    ProfileStore store(m_home.filePath(QStringLiteral(".config/ccm-importer/profiles.ini")));
    store.setEnvironment(QProcessEnvironment());
    QVERIFY(store.load());
    Profile profile;
    profile.name = QStringLiteral("Gone");
    profile.regionId = QStringLiteral("cn-north-4");
    profile.authKind = cloud::AuthKind::Token;
    auto created = store.create(profile);
    QVERIFY(created.ok());
    KeychainSecretStore keychain;
    ProfileManager manager(store, keychain);

    std::optional<Status> removed;
    manager.remove(created->id, false, this, [&removed](Status status) { removed = status; });
    QTRY_VERIFY(removed.has_value());
    // Without force the profile stays, so the user can retry once the keyring runs...
    QVERIFY(!removed->ok());
    QCOMPARE(removed->error().code, QStringLiteral("secrets.no-store"));
    QVERIFY(store.findById(created->id));
    removed.reset();
    manager.remove(created->id, true, this, [&removed](Status status) { removed = status; });
    QTRY_VERIFY(removed.has_value());
    // ...with force it goes, and the secret-store failure is still reported.
    QVERIFY(!removed->ok());
    QVERIFY(!store.findById(created->id));
}

void TestNoCredentialStore::cleanupTestCase()
{
    // Nothing but the profile settings may have been written, and no file may hold the secret.
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext()) {
        const QString path = it.next();
        files << m_home.path() + QLatin1Char('|') + path.mid(m_home.path().size());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(kSecret), qPrintable(path));
    }
    QCOMPARE(files.size(), 1);
    QVERIFY(files.first().endsWith(QStringLiteral("/.config/ccm-importer/profiles.ini")));
}

QTEST_GUILESS_MAIN(TestNoCredentialStore)
#include "TestNoCredentialStore.moc"
