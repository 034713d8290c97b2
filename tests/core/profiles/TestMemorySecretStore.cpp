#include "SecretStoreChecks.h"

#include "profiles/MemorySecretStore.h"
#include "profiles/ProfileManager.h"
#include "profiles/ResolvedProfile.h"
#include "profiles/SessionSecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::profiles;

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void answersLaterAndRespectsContext();
    void removeAllAndKeys();
    void sessionFallback();
    void managerRemovesAndCopiesSecrets();
    void resolveCredentials_data();
    void resolveCredentials();
};

void TestMemorySecretStore::roundTrip_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("secret");
    for (const auto& [kind, secret] : test::sampleSecrets())
        QTest::addRow("%s", qPrintable(secretKindName(kind))) << int(kind) << secret;
    QTest::addRow("binary") << int(SecretKind::SecretKey) << QByteArray("\0\1\2\xff", 4);
}

void TestMemorySecretStore::roundTrip()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, secret);
    MemorySecretStore store;
    test::checkRoundTrip(store, QStringLiteral("p1"), SecretKind(kind), secret);
}

void TestMemorySecretStore::answersLaterAndRespectsContext()
{
    MemorySecretStore store;
    store.put(QStringLiteral("p"), SecretKind::SecretKey, SecureBytes(QByteArrayView("s")));
    bool called = false;
    store.read(QStringLiteral("p"), SecretKind::SecretKey, nullptr, [&called](Result<SecureBytes>) { called = true; });
    QVERIFY(!called); // never re-entrant
    QTRY_VERIFY(called);

    bool calledForGone = false;
    auto context = std::make_unique<QObject>();
    store.read(QStringLiteral("p"), SecretKind::SecretKey, context.get(),
               [&calledForGone](Result<SecureBytes>) { calledForGone = true; });
    context.reset();
    // Answers come in order: once a later read has its answer, the one for the gone context has had its turn.
    bool laterAnswered = false;
    store.read(QStringLiteral("p"), SecretKind::SecretKey, nullptr,
               [&laterAnswered](Result<SecureBytes>) { laterAnswered = true; });
    QTRY_VERIFY(laterAnswered);
    QVERIFY(!calledForGone);
}

void TestMemorySecretStore::removeAllAndKeys()
{
    MemorySecretStore store;
    for (const auto& [kind, secret] : test::sampleSecrets()) {
        store.put(QStringLiteral("a"), kind, SecureBytes(secret));
        store.put(QStringLiteral("b"), kind, SecureBytes(secret));
    }
    QCOMPARE(store.size(), 8);
    QVERIFY(store.removeAllBlocking(QStringLiteral("a")));
    QVERIFY(!store.hasProfile(QStringLiteral("a")));
    QVERIFY(store.hasProfile(QStringLiteral("b")));
    QCOMPARE(store.size(), 4);
    store.clear();
    QCOMPARE(store.size(), 0);
}

void TestMemorySecretStore::sessionFallback()
{
    MemorySecretStore persistent;
    persistent.setWriteFailure(Error{QStringLiteral("secrets.no-store"), QStringLiteral("no store"), {}});
    SessionSecretStore session(persistent);
    const SecureBytes secret(QByteArrayView("session-secret"));

    const Status written = session.writeBlocking(QStringLiteral("p"), SecretKind::SecretKey, secret);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("secrets.no-store"));
    QVERIFY(!session.isSessionOnly(QStringLiteral("p")));
    QCOMPARE(session.readBlocking(QStringLiteral("p"), SecretKind::SecretKey).error().code,
             QStringLiteral("secrets.not-found"));

    session.keepForSession(QStringLiteral("p"), SecretKind::SecretKey, secret);
    QVERIFY(session.isSessionOnly(QStringLiteral("p")));
    auto read = session.readBlocking(QStringLiteral("p"), SecretKind::SecretKey);
    QVERIFY(read.ok());
    QCOMPARE(*read, secret);
    QCOMPARE(persistent.size(), 0); // nothing reached the persistent store

    // Once the store works again, a write moves the secret there and the session copy goes.
    persistent.setWriteFailure(std::nullopt);
    QVERIFY(session.writeBlocking(QStringLiteral("p"), SecretKind::SecretKey, secret));
    QVERIFY(!session.isSessionOnly(QStringLiteral("p")));
    QVERIFY(persistent.contains(QStringLiteral("p"), SecretKind::SecretKey));

    session.keepForSession(QStringLiteral("q"), SecretKind::Password, secret);
    QVERIFY(session.removeBlocking(QStringLiteral("q"), SecretKind::Password));
    QVERIFY(!session.isSessionOnly(QStringLiteral("q")));
    session.keepForSession(QStringLiteral("q"), SecretKind::Password, secret);
    session.forgetSession();
    QVERIFY(!session.isSessionOnly(QStringLiteral("q")));
}

void TestMemorySecretStore::managerRemovesAndCopiesSecrets()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    store.setEnvironment(QProcessEnvironment());
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);

    Profile profile;
    profile.name = QStringLiteral("Temp");
    profile.regionId = QStringLiteral("cn-north-4");
    profile.authKind = cloud::AuthKind::TemporaryAkSk;
    profile.accessKeyId = QStringLiteral("AAAAAAAAAAAA");
    auto created = store.create(profile);
    QVERIFY(created.ok());

    bool saved = false;
    manager.saveSecrets(created->id,
                        {{SecretKind::SecretKey, SecureBytes(QByteArrayView("sk"))},
                         {SecretKind::SecurityToken, SecureBytes(QByteArrayView("tok"))}},
                        this, [&saved](Status status) { saved = status.ok(); });
    QTRY_VERIFY(saved);
    QCOMPARE(secrets.size(), 2);

    std::optional<Profile> copy;
    std::optional<Status> secretsCopied;
    manager.duplicate(created->id, QString(), this, [&copy, &secretsCopied](Result<Profile> result, Status copied) {
        secretsCopied = copied;
        if (result)
            copy = *result;
    });
    QTRY_VERIFY(secretsCopied.has_value());
    QVERIFY(secretsCopied->ok());
    QVERIFY(copy.has_value());
    QCOMPARE(secrets.get(copy->id, SecretKind::SecurityToken)->view(), QByteArrayView("tok"));
    QCOMPARE(secrets.size(), 4);

    std::optional<Status> removed;
    manager.remove(created->id, false, this, [&removed](Status status) { removed = status; });
    QTRY_VERIFY(removed.has_value());
    QVERIFY(removed->ok());
    QVERIFY(!store.findById(created->id));
    QVERIFY(!secrets.hasProfile(created->id));
    QVERIFY(secrets.hasProfile(copy->id));

    removed.reset();
    manager.remove(QLatin1String(kSandboxProfileId), false, this, [&removed](Status status) { removed = status; });
    QTRY_VERIFY(removed.has_value());
    QCOMPARE(removed->error().code, QStringLiteral("profile.read-only"));
}

void TestMemorySecretStore::resolveCredentials_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<bool>("overridden");
    QTest::addColumn<QString>("error");

    QTest::addRow("aksk stored") << int(cloud::AuthKind::AkSk) << true << false << QString();
    QTest::addRow("aksk missing") << int(cloud::AuthKind::AkSk) << false << false
                                  << QStringLiteral("secrets.not-found");
    QTest::addRow("aksk given for the run") << int(cloud::AuthKind::AkSk) << false << true << QString();
    QTest::addRow("temporary stored") << int(cloud::AuthKind::TemporaryAkSk) << true << false << QString();
    QTest::addRow("password stored") << int(cloud::AuthKind::IamPassword) << true << false << QString();
    QTest::addRow("token given for the run") << int(cloud::AuthKind::Token) << false << true << QString();
}

void TestMemorySecretStore::resolveCredentials()
{
    QFETCH(int, kind);
    QFETCH(bool, stored);
    QFETCH(bool, overridden);
    QFETCH(QString, error);

    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    store.setEnvironment(QProcessEnvironment());
    QVERIFY(store.load());
    MemorySecretStore secrets;
    Profile profile;
    profile.name = QStringLiteral("P");
    profile.regionId = QStringLiteral("cn-north-4");
    profile.authKind = cloud::AuthKind(kind);
    profile.accessKeyId = QStringLiteral("AAAAAAAAAAAA");
    profile.domainName = QStringLiteral("acme");
    profile.userName = QStringLiteral("deployer");
    profile.domainId = QStringLiteral("d0m41n");
    auto created = store.create(profile);
    QVERIFY(created.ok());
    SecretOverrides overrides;
    for (const SecretKind secretKind : secretKindsFor(profile.authKind)) {
        const SecureBytes value = SecureBytes::fromString(secretKindName(secretKind) + QStringLiteral("-value"));
        if (stored)
            secrets.put(created->id, secretKind, value);
        if (overridden)
            overrides.emplace(secretKind, value);
    }

    auto resolved = resolveProfile(QStringLiteral("p"), store, secrets, overrides);
    if (!error.isEmpty()) {
        QVERIFY(!resolved.ok());
        QCOMPARE(resolved.error().code, error);
        QVERIFY(resolved.error().message.contains(QStringLiteral("\"P\"")));
        return;
    }
    QVERIFY2(resolved.ok(), qPrintable(resolved.ok() ? QString() : resolved.error().message));
    const cloud::Credentials& credentials = resolved->credentials;
    QCOMPARE(credentials.kind, profile.authKind);
    QCOMPARE(credentials.domainId, QStringLiteral("d0m41n"));
    QCOMPARE(resolved->regionId, QStringLiteral("cn-north-4"));
    QVERIFY(!resolved->isSandbox);
    switch (profile.authKind) {
    case cloud::AuthKind::AkSk:
        QCOMPARE(credentials.secretKey.view(), QByteArrayView("secret-key-value"));
        QCOMPARE(credentials.accessKeyId, QStringLiteral("AAAAAAAAAAAA"));
        break;
    case cloud::AuthKind::TemporaryAkSk:
        QCOMPARE(credentials.securityToken.view(), QByteArrayView("security-token-value"));
        break;
    case cloud::AuthKind::IamPassword:
        QCOMPARE(credentials.password.view(), QByteArrayView("password-value"));
        QCOMPARE(credentials.userName, QStringLiteral("deployer"));
        QCOMPARE(credentials.domainName, QStringLiteral("acme"));
        break;
    case cloud::AuthKind::Token:
        QCOMPARE(credentials.authToken.view(), QByteArrayView("auth-token-value"));
        break;
    }
    QVERIFY(store.findById(created->id)->lastUsed.isValid());

    // The default (no name) is the sandbox, which needs no secret.
    auto sandbox = resolveProfile(QString(), store, secrets);
    QVERIFY(sandbox.ok());
    QVERIFY(sandbox->isSandbox);
    QCOMPARE(resolveProfile(QStringLiteral("missing"), store, secrets).error().code,
             QStringLiteral("profile.not-found"));
}

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "TestMemorySecretStore.moc"
