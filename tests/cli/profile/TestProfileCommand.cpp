// ProfileCommand in-process: an injected profile file, an in-memory secret store and a fake connection tester.
#include "Console.h"
#include "ProfileCommand.h"

#include "Command.h"

#include "application/ScmConnectionTester.h"
#include "profiles/ConnectionTest.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/MemorySecretStore.h"
#include "profiles/ProfileStore.h"
#include "sandbox/Sandbox.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using namespace ccm::profiles;

Q_DECLARE_METATYPE(ccm::ErrorCategory)

namespace {

// Answers like the real tester would, and remembers what it was given.
class FakeTester final : public ConnectionTester
{
public:
    static inline std::optional<Error> failure;
    static inline cloud::Credentials lastCredentials;
    static inline bool lastWasSandbox = false;

    void test(const ResolvedProfile& profile, QObject* context, Callback done) override
    {
        lastCredentials = profile.credentials;
        lastWasSandbox = profile.isSandbox;
        QMetaObject::invokeMethod(
            context,
            [done = std::move(done), profile] {
                if (failure) {
                    done(*failure);
                    return;
                }
                ConnectionTestResult result;
                result.endpoint = QStringLiteral("https://scm.%1.myhuaweicloud.com").arg(profile.regionId);
                result.accountId = QStringLiteral("0a1b2c3d4e5f");
                result.elapsedMs = 123;
                result.certificateCount = 7;
                result.requestId = QStringLiteral("req-1");
                done(result);
            },
            Qt::QueuedConnection);
    }
};

// A credential store that cannot be reached: every call fails like the system one does without a keyring.
class UnavailableSecretStore final : public SecretStore
{
public:
    void read(const QString&, SecretKind, QObject* context, ReadCallback done) override
    {
        deliverLater(context, [done = std::move(done)] { done(noCredentialStore(QStringLiteral("no keyring here"))); });
    }
    void write(const QString&, SecretKind, const SecureBytes&, QObject* context, StatusCallback done) override
    {
        deliverLater(context, [done = std::move(done)] { done(noCredentialStore(QStringLiteral("no keyring here"))); });
    }
    void remove(const QString&, SecretKind, QObject* context, StatusCallback done) override
    {
        deliverLater(context, [done = std::move(done)] { done(noCredentialStore(QStringLiteral("no keyring here"))); });
    }
};

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestProfileCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void testConnection_data();
    void testConnection();
    void exitStatusPerClass_data();
    void exitStatusPerClass();
    void testReportsTheAccount_data();
    void testReportsTheAccount();
    void environmentProfile_data();
    void environmentProfile();
    void duplicateEnvironmentProfile();
    void editChangesOnlyGivenFields();

private:
    Output run(const QStringList& arguments, const QByteArray& input = {});
    /// Saves the access-key profile "Work" (cn-north-4) and returns its id; the secret key is not stored.
    QString createWorkProfile();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<MemorySecretStore> m_secrets;
    SecretStore* m_secretStore = nullptr; // the store the command uses: m_secrets unless a test swaps it
    QProcessEnvironment m_environment;
};

void TestProfileCommand::initTestCase()
{
    setConnectionTesterFactory([] { return std::make_unique<FakeTester>(); });
}

void TestProfileCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<ProfileStore>(m_dir->filePath(QStringLiteral("profiles.ini")));
    m_secrets = std::make_unique<MemorySecretStore>();
    m_secretStore = m_secrets.get();
    m_environment = QProcessEnvironment();
    FakeTester::failure.reset();
    setConnectionTesterFactory([] { return std::make_unique<FakeTester>(); });
}

QString TestProfileCommand::createWorkProfile()
{
    if (!m_store->load())
        return {};
    Profile profile;
    profile.name = QStringLiteral("Work");
    profile.regionId = QStringLiteral("cn-north-4");
    profile.accessKeyId = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
    const auto created = m_store->create(profile);
    return created ? created->id : QString();
}

Output TestProfileCommand::run(const QStringList& arguments, const QByteArray& input)
{
    QBuffer in;
    in.setData(input);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QBuffer err;
    err.open(QIODevice::WriteOnly);
    cli::Console console(&in, &out, &err);
    cli::ProfileCommand command(m_store.get(), m_secretStore, m_environment);
    const int code = command.run(arguments, console);
    return Output{code, QString::fromUtf8(out.data()), QString::fromUtf8(err.data())};
}

void TestProfileCommand::testConnection_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("failureCode");
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");

    QTest::addRow("text") << QStringList() << QByteArray() << QString() << ErrorCategory::Local << 0
                          << QStringLiteral("Connected to https://scm.cn-north-4.myhuaweicloud.com as account "
                                            "0a1b2c3d4e5f in 123 ms.");
    QTest::addRow("json") << QStringList{QStringLiteral("--json")} << QByteArray() << QString() << ErrorCategory::Local
                          << 0 << QStringLiteral("\"account_id\": \"0a1b2c3d4e5f\"");
    QTest::addRow("secret for this run") << QStringList{QStringLiteral("--secret-stdin")}
                                         << QByteArray("run-only-secret\n") << QString() << ErrorCategory::Local << 0
                                         << QStringLiteral("7 certificate(s)");
    QTest::addRow("rejected") << QStringList() << QByteArray() << QStringLiteral("APIG.0301") << ErrorCategory::Rejected
                              << 3 << QStringLiteral("signature rejected");
    QTest::addRow("network") << QStringList() << QByteArray() << QStringLiteral("cloud.network")
                             << ErrorCategory::Network << 4 << QStringLiteral("signature rejected");
}

void TestProfileCommand::testConnection()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, input);
    QFETCH(QString, failureCode);
    QFETCH(ErrorCategory, category);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    const QString id = createWorkProfile();
    QVERIFY(!id.isEmpty());
    m_secrets->put(id, SecretKind::SecretKey, SecureBytes(QByteArrayView("stored-secret")));
    if (!failureCode.isEmpty())
        FakeTester::failure =
            Error{failureCode, QStringLiteral("signature rejected"), QStringLiteral("detail"), category};

    const Output output = run(QStringList{QStringLiteral("test"), QStringLiteral("Work")} + extra, input);
    QCOMPARE(output.exitCode, exitCode);
    QVERIFY2(QString(output.out + output.err).contains(expected), qPrintable(output.out + output.err));
    QCOMPARE(FakeTester::lastCredentials.secretKey.view(),
             input.isEmpty() ? QByteArrayView("stored-secret") : QByteArrayView("run-only-secret"));
    QCOMPARE(FakeTester::lastCredentials.accessKeyId, QStringLiteral("QTWAOYTTINDUT2QVKYUC"));
    QVERIFY(!output.out.contains(QStringLiteral("secret")) || extra.contains(QStringLiteral("--secret-stdin")));

    // Without a name the default profile (the sandbox here) is tested.
    const Output sandbox = run({QStringLiteral("test")});
    QCOMPARE(sandbox.exitCode, exitCode);
    QVERIFY(FakeTester::lastWasSandbox);
}

// The exit status of each class of failure comes from the error's category (exitStatusFor), never from its code.
void TestProfileCommand::exitStatusPerClass_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("storeUnavailable");
    QTest::addColumn<bool>("secretStored");
    QTest::addColumn<QString>("failureCode"); // what the connection test answers; empty: it connects
    QTest::addColumn<ErrorCategory>("category");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");

    const QStringList testWork{QStringLiteral("test"), QStringLiteral("Work")};
    QTest::addRow("usage: unknown profile")
        << QStringList{QStringLiteral("test"), QStringLiteral("Nope")} << false << true << QString()
        << ErrorCategory::Local << int(cli::ExitUsage) << QStringLiteral("there is no profile \"Nope\"");
    QTest::addRow("usage: secret not stored")
        << testWork << false << false << QString() << ErrorCategory::Local << int(cli::ExitUsage)
        << QStringLiteral("No Secret access key is stored for the profile \"Work\"");
    QTest::addRow("refused: no credential store")
        << testWork << true << false << QString() << ErrorCategory::Local << int(cli::ExitRefused)
        << QStringLiteral("No credential store is available");
    QTest::addRow("refused: remove keeps the profile")
        << QStringList{QStringLiteral("remove"), QStringLiteral("Work")} << true << false << QString()
        << ErrorCategory::Local << int(cli::ExitRefused) << QStringLiteral("Use --force to delete it anyway.");
    QTest::addRow("usage: remove a built-in profile")
        << QStringList{QStringLiteral("remove"), QStringLiteral("Local sandbox")} << false << true << QString()
        << ErrorCategory::Local << int(cli::ExitUsage) << QStringLiteral("is built in and cannot be changed");
    QTest::addRow("network, whatever the code says")
        << testWork << false << true << QStringLiteral("cloud.cancelled") << ErrorCategory::Network
        << int(cli::ExitNetwork) << QStringLiteral("the test failed");
    QTest::addRow("rejected") << testWork << false << true << QStringLiteral("SCM.0014") << ErrorCategory::Rejected
                              << int(cli::ExitRejected) << QStringLiteral("the test failed");
    QTest::addRow("local, although the code names the network")
        << testWork << false << true << QStringLiteral("cloud.network.tls") << ErrorCategory::Local
        << int(cli::ExitUsage) << QStringLiteral("the test failed");
}

void TestProfileCommand::exitStatusPerClass()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, storeUnavailable);
    QFETCH(bool, secretStored);
    QFETCH(QString, failureCode);
    QFETCH(ErrorCategory, category);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);

    const QString id = createWorkProfile();
    QVERIFY(!id.isEmpty());
    if (secretStored)
        m_secrets->put(id, SecretKind::SecretKey, SecureBytes(QByteArrayView("stored-secret")));
    UnavailableSecretStore unavailable;
    if (storeUnavailable)
        m_secretStore = &unavailable;
    if (!failureCode.isEmpty())
        FakeTester::failure = Error{failureCode, QStringLiteral("the test failed"), {}, category};

    const Output output = run(arguments);
    QCOMPARE(output.exitCode, exitCode);
    QVERIFY2(output.err.contains(expected), qPrintable(output.err));
    if (storeUnavailable) // the credential store's own words are shown too
        QVERIFY2(output.err.contains(QStringLiteral("(no keyring here)")), qPrintable(output.err));
    if (arguments.first() == QLatin1String("remove"))
        QVERIFY(m_store->find(arguments.at(1))); // kept
}

// The real tester against a sandbox: the account id shown is the profile's, or the one IAM reported for an AK
// saved without it; nothing is printed that nobody fills in.
void TestProfileCommand::testReportsTheAccount_data()
{
    QTest::addColumn<bool>("withDomainId");
    QTest::addRow("account id from IAM") << false;
    QTest::addRow("account id of the profile") << true;
}

void TestProfileCommand::testReportsTheAccount()
{
    QFETCH(bool, withDomainId);
    sandbox::Sandbox cloud;
    QVERIFY(cloud.start().ok());
    application::installScmConnectionTester();
    const auto demo = sandbox::Sandbox::demoCredentials();
    QVERIFY(m_store->load());
    Profile profile;
    profile.name = QStringLiteral("Lab");
    profile.scmEndpoint = cloud.endpoint();
    profile.iamEndpoint = cloud.endpoint();
    profile.accessKeyId = demo.accessKeyId;
    if (withDomainId)
        profile.domainId = demo.domainId;
    auto created = m_store->create(profile);
    QVERIFY(created.ok());
    m_secrets->put(created->id, SecretKind::SecretKey, SecureBytes::fromString(demo.secretKey));

    const Output json = run({QStringLiteral("test"), QStringLiteral("Lab"), QStringLiteral("--json")});
    const Output text = run({QStringLiteral("test"), QStringLiteral("Lab")});
    setConnectionTesterFactory([] { return std::make_unique<FakeTester>(); });
    QCOMPARE(json.exitCode, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(answer[QStringLiteral("account_id")].toString(), demo.domainId);
    QCOMPARE(answer[QStringLiteral("certificate_count")].toInt(), 0);
    QCOMPARE(answer.keys(), (QStringList{QStringLiteral("account_id"), QStringLiteral("certificate_count"),
                                         QStringLiteral("elapsed_ms"), QStringLiteral("endpoint"), QStringLiteral("ok"),
                                         QStringLiteral("profile"), QStringLiteral("request_id")}));
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.startsWith(
                 QStringLiteral("Connected to %1 as account %2 in ").arg(cloud.endpoint().toString(), demo.domainId)),
             qPrintable(text.out));
    QCOMPARE(cloud.countRequests(QStringLiteral("GET"), QStringLiteral("/v3/auth/domains")), withDomainId ? 0 : 1);
}

// The vendor SDK variables make the Environment profile: its region and IAM endpoint come from them too.
void TestProfileCommand::environmentProfile_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value, besides the access key
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("iamEndpoint"); // empty: none is shown
    QTest::addColumn<QString>("auth");
    QTest::addRow("defaults") << QStringList() << QStringLiteral("cn-north-4") << QString() << QStringLiteral("aksk");
    QTest::addRow("region and IAM endpoint")
        << QStringList{QStringLiteral("HUAWEICLOUD_SDK_REGION=ap-southeast-1"),
                       QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT=https://iam.example.test")}
        << QStringLiteral("ap-southeast-1") << QStringLiteral("https://iam.example.test") << QStringLiteral("aksk");
    QTest::addRow("temporary key") << QStringList{QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN=temporary")}
                                   << QStringLiteral("cn-north-4") << QString() << QStringLiteral("temporary-aksk");
}

void TestProfileCommand::environmentProfile()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, region);
    QFETCH(QString, iamEndpoint);
    QFETCH(QString, auth);
    m_environment.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("ENVAKENVAKENVAK1"));
    m_environment.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("env-secret"));
    for (const QString& variable : variables)
        m_environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    const Output output = run({QStringLiteral("show"), QStringLiteral("Environment"), QStringLiteral("--json")});
    QCOMPARE(output.exitCode, 0);
    const QJsonObject shown = QJsonDocument::fromJson(output.out.toUtf8()).object();
    QCOMPARE(shown[QStringLiteral("origin")].toString(), QStringLiteral("environment"));
    QCOMPARE(shown[QStringLiteral("region")].toString(), region);
    QCOMPARE(shown[QStringLiteral("iam_endpoint")].toString(), iamEndpoint);
    QCOMPARE(shown[QStringLiteral("auth")].toString(), auth);
    QCOMPARE(shown[QStringLiteral("access_key_id")].toString(), QStringLiteral("ENVAKENVAKENVAK1"));
    QVERIFY(!output.out.contains(QStringLiteral("env-secret")));
}

void TestProfileCommand::duplicateEnvironmentProfile()
{
    m_environment.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("ENVAKENVAKENVAK1"));
    m_environment.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("env-secret"));
    Output output = run({QStringLiteral("duplicate"), QStringLiteral("Environment"), QStringLiteral("Mine")});
    QCOMPARE(output.exitCode, 0);
    const auto mine = m_store->findByName(QStringLiteral("Mine"));
    QVERIFY(mine);
    QCOMPARE(mine->accessKeyId, QStringLiteral("ENVAKENVAKENVAK1"));
    QVERIFY(!m_secrets->hasProfile(mine->id)); // the environment's secret is not copied into the store
    output = run({QStringLiteral("remove"), QStringLiteral("Environment")});
    QCOMPARE(output.exitCode, 2);
}

void TestProfileCommand::editChangesOnlyGivenFields()
{
    Output output = run({QStringLiteral("add"), QStringLiteral("Lab"), QStringLiteral("--scm-endpoint"),
                         QStringLiteral("https://scm.lab.internal"), QStringLiteral("--auth"),
                         QStringLiteral("password"), QStringLiteral("--domain-name"), QStringLiteral("acme"),
                         QStringLiteral("--user"), QStringLiteral("deployer"), QStringLiteral("--secret-stdin")},
                        "pw\n");
    QCOMPARE(output.exitCode, 0);
    const QString id = m_store->findByName(QStringLiteral("Lab"))->id;
    QVERIFY(m_secrets->contains(id, SecretKind::Password));

    output = run({QStringLiteral("edit"), QStringLiteral("Lab"), QStringLiteral("--enterprise-project-id"),
                  QStringLiteral("0")});
    QCOMPARE(output.exitCode, 0);
    auto lab = m_store->findByName(QStringLiteral("Lab"));
    QCOMPARE(lab->enterpriseProjectId, QStringLiteral("0"));
    QCOMPARE(lab->userName, QStringLiteral("deployer"));
    QCOMPARE(lab->scmEndpoint, QUrl(QStringLiteral("https://scm.lab.internal")));

    // Switching to a token drops the password the profile no longer needs.
    output = run({QStringLiteral("edit"), QStringLiteral("Lab"), QStringLiteral("--auth"), QStringLiteral("token"),
                  QStringLiteral("--secret-stdin")},
                 "MIItoken\n");
    QCOMPARE(output.exitCode, 0);
    QVERIFY(!m_secrets->contains(id, SecretKind::Password));
    QCOMPARE(m_secrets->get(id, SecretKind::AuthToken)->view(), QByteArrayView("MIItoken"));

    output = run({QStringLiteral("default"), QStringLiteral("lab")});
    QCOMPARE(output.exitCode, 0);
    QCOMPARE(m_store->defaultProfileId(), id);
}

QTEST_GUILESS_MAIN(TestProfileCommand)
#include "TestProfileCommand.moc"
