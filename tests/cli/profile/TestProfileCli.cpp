#include "TestData.h"

#include "sandbox/Sandbox.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Secrets used in this test; none of them may appear in any file under the throw-away HOME.
const QByteArray kSecretKey = "CLI-SECRET-KEY-7d41c0a9e3b2";
const QByteArray kSecretKey2 = "CLI-SECRET-KEY-2-5e8f1a";
const QByteArray kSecurityToken = "CLI-SECURITY-TOKEN-90ab17";
const QByteArray kArgumentSecret = "ARGUMENT-SECRET-33c1d2";
const QByteArray kEnvironmentSecret = "ENVIRONMENT-SECRET-6f02aa";

} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void emptyListHasSandbox();
    void fullCycleLeavesNoSecretOnDisk();
    void importCycleLeavesNoSecretOnDisk();
    void refusesSecretsInArguments_data();
    void refusesSecretsInArguments();
    void secretFromEnvironmentVariable();
    void usageErrors_data();
    void usageErrors();
    void importReportsErrors();
    void importAsksBeforeCustomEndpoints();
    void withoutCredentialStore();
    void trustRootIsRemembered();

private:
    Run ccmctl(const QStringList& arguments, const QByteArray& input = {},
               const QMap<QString, QString>& extraEnvironment = {});
    bool noStore() const { return qEnvironmentVariableIsSet("CCM_TEST_NO_STORE"); }
    void verifyNoSecretOnDisk(const QList<QByteArray>& secrets);

    std::unique_ptr<QTemporaryDir> m_home;
};

void TestProfileCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestProfileCli::cleanup()
{
    verifyNoSecretOnDisk({kSecretKey, kSecretKey2, kSecurityToken, kArgumentSecret, kEnvironmentSecret});
}

Run TestProfileCli::ccmctl(const QStringList& arguments, const QByteArray& input,
                           const QMap<QString, QString>& extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto* name : {"CLOUD_SDK_AK", "CLOUD_SDK_SK", "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK",
                             "HUAWEICLOUD_SDK_SECURITY_TOKEN", "HUAWEICLOUD_SDK_AUTH_TOKEN"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("HOME"), m_home->path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral(".config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral(".local/share")));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral(".cache")));
    for (auto it = extraEnvironment.cbegin(); it != extraEnvironment.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(CCMCTL_PATH), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    // The event loop keeps running meanwhile, so an in-process sandbox can answer the child's requests.
    if (process.state() != QProcess::NotRunning) {
        QEventLoop loop;
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               process.readAllStandardError()};
}

void TestProfileCli::verifyNoSecretOnDisk(const QList<QByteArray>& secrets)
{
    // Every file ccmctl wrote under its HOME (settings, history, logs) and, under tests/support/with-keyring.sh,
    // the throw-away HOME of the keyring daemon, whose keyring file must hold the secrets encrypted only.
    QStringList roots{m_home->path()};
    const QString keyringHome = QDir::cleanPath(qEnvironmentVariable("HOME"));
    if (!noStore() && keyringHome.startsWith(QDir::tempPath() + QLatin1Char('/')) &&
        QFileInfo::exists(keyringHome + QStringLiteral("/.local/share/keyrings")))
        roots << keyringHome;
    for (const QString& root : roots) {
        const QStringList leaks = ccm::test::filesHoldingSecrets(root, secrets);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }
}

void TestProfileCli::emptyListHasSandbox()
{
    const Run run = ccmctl({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first()[QStringLiteral("is_sandbox")].toBool(), true);
    QCOMPARE(list.first()[QStringLiteral("default")].toBool(), true);
    QCOMPARE(list.first()[QStringLiteral("read_only")].toBool(), true);
}

void TestProfileCli::fullCycleLeavesNoSecretOnDisk()
{
    QVERIFY2(!noStore(), "needs the Secret Service: run through tests/support/with-keyring.sh");
    Run run =
        ccmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Work"), QStringLiteral("--region"),
                QStringLiteral("cn-north-4"), QStringLiteral("--access-key-id"), QStringLiteral("QTWAOYTTINDUT2QVKYUC"),
                QStringLiteral("--secret-stdin"), QStringLiteral("--default")},
               kSecretKey + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());

    run = ccmctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("work"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QJsonObject shown = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(shown[QStringLiteral("access_key_id")].toString(), QStringLiteral("QTWAOYTTINDUT2QVKYUC"));
    QCOMPARE(shown[QStringLiteral("default")].toBool(), true);
    QCOMPARE(shown[QStringLiteral("secrets")].toObject()[QStringLiteral("secret-key")].toString(),
             QStringLiteral("stored"));
    QVERIFY(!run.out.contains(kSecretKey));

    // Switch to temporary keys: two lines on standard input, CRLF tolerated.
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Work"), QStringLiteral("--auth"),
                  QStringLiteral("temporary-aksk"), QStringLiteral("--secret-stdin"), QStringLiteral("--rename"),
                  QStringLiteral("Prod")},
                 kSecretKey2 + "\r\n" + kSecurityToken + "\r\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Prod"), QStringLiteral("--json")});
    shown = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(shown[QStringLiteral("auth")].toString(), QStringLiteral("temporary-aksk"));
    QCOMPARE(shown[QStringLiteral("secrets")].toObject()[QStringLiteral("security-token")].toString(),
             QStringLiteral("stored"));

    run = ccmctl(
        {QStringLiteral("profile"), QStringLiteral("duplicate"), QStringLiteral("Prod"), QStringLiteral("Staging")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ccmctl(
        {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Staging"), QStringLiteral("--json")});
    shown = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(shown[QStringLiteral("secrets")].toObject()[QStringLiteral("secret-key")].toString(),
             QStringLiteral("stored"));

    run = ccmctl({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 3);

    const QString exported = m_home->filePath(QStringLiteral("profiles.json"));
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("export"), QStringLiteral("--output"), exported});
    QCOMPARE(run.exitCode, 0);

    // The history ledger lives beside the settings; the import command adds to it once the cloud client lands.
    // Remove both profiles: their keyring entries go with them.
    for (const auto* name : {"Prod", "Staging"}) {
        run = ccmctl({QStringLiteral("profile"), QStringLiteral("remove"), QLatin1String(name)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("import"), exported});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Prod"), QStringLiteral("--json")});
    shown = QJsonDocument::fromJson(run.out).object();
    // Same id as before the removal, yet no secret: removing the profile removed its keyring entries.
    QCOMPARE(shown[QStringLiteral("secrets")].toObject()[QStringLiteral("secret-key")].toString(),
             QStringLiteral("missing"));
    QCOMPARE(shown[QStringLiteral("secrets")].toObject()[QStringLiteral("security-token")].toString(),
             QStringLiteral("missing"));

    const QString settings = m_home->filePath(QStringLiteral(".config/ccm-importer/profiles.ini"));
    QVERIFY(QFile::exists(settings));
    QFile file(settings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("QTWAOYTTINDUT2QVKYUC")); // the scan in cleanup() did look at real content
}

void TestProfileCli::importCycleLeavesNoSecretOnDisk()
{
    QVERIFY2(!noStore(), "needs the Secret Service: run through tests/support/with-keyring.sh");
    // A sandbox in this process plays the cloud; the profile reaches it as a custom endpoint with its demo keys.
    ccm::sandbox::Sandbox cloud;
    const auto port = cloud.start();
    QVERIFY2(bool(port), "sandbox did not start");
    const auto demo = ccm::sandbox::Sandbox::demoCredentials();
    const QByteArray secretKey = demo.secretKey.toUtf8();
    const QString endpoint = cloud.endpoint().toString();

    Run run = ccmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Lab"),
                      QStringLiteral("--scm-endpoint"), endpoint, QStringLiteral("--iam-endpoint"), endpoint,
                      QStringLiteral("--access-key-id"), demo.accessKeyId, QStringLiteral("--domain-id"), demo.domainId,
                      QStringLiteral("--secret-stdin")},
                     secretKey + '\n');
    QVERIFY2(run.exitCode == 0, run.err.constData());

    const QStringList files{ccm::test::dataPath(QStringLiteral("rsa/fullchain.pem")),
                            ccm::test::dataPath(QStringLiteral("rsa/leaf.key"))};
    run = ccmctl(QStringList{QStringLiteral("import"), QStringLiteral("--profile"), QStringLiteral("Lab"),
                             QStringLiteral("--json"), QStringLiteral("--name"), QStringLiteral("lab-cert")} +
                 files);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString id = QJsonDocument::fromJson(run.out)[QStringLiteral("certificate_id")].toString();
    QVERIFY2(id.startsWith(QLatin1String("scs")), run.out.constData());
    QCOMPARE(cloud.certificateCount(), 1);

    run =
        ccmctl({QStringLiteral("list"), QStringLiteral("--profile"), QStringLiteral("Lab"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains(id.toUtf8()));
    run = ccmctl({QStringLiteral("delete"), QStringLiteral("--profile"), QStringLiteral("Lab"), id});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(cloud.certificateCount(), 0);
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Lab")});
    QVERIFY2(run.exitCode == 0, run.err.constData());

    // The history recorded the import, so the scan below reads a real ledger.
    const QString ledger = m_home->filePath(QStringLiteral(".local/share/ccm-importer/history.sqlite"));
    QFile history(ledger);
    QVERIFY2(history.open(QIODevice::ReadOnly), qPrintable(ledger));
    QVERIFY(history.readAll().contains(id.toUtf8()));

    // Neither the secret key nor any line of the private key's PEM may be in any file the application wrote.
    const QList<QByteArray> secrets =
        QList<QByteArray>{secretKey} + ccm::test::pemBodyLines(QStringLiteral("rsa/leaf.key"));
    QVERIFY(secrets.size() > 10);
    verifyNoSecretOnDisk(secrets);
}

void TestProfileCli::refusesSecretsInArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString secret = QString::fromLatin1(kArgumentSecret);
    QTest::addRow("--secret-key=") << QStringList{QStringLiteral("--secret-key=") + secret};
    QTest::addRow("--password value") << QStringList{QStringLiteral("--password"), secret};
    QTest::addRow("-token value") << QStringList{QStringLiteral("-token"), secret};
    QTest::addRow("--sk value") << QStringList{QStringLiteral("--sk"), secret};
    QTest::addRow("--security-token") << QStringList{QStringLiteral("--security-token"), secret};
}

void TestProfileCli::refusesSecretsInArguments()
{
    QFETCH(QStringList, arguments);
    for (const auto* action : {"add", "edit", "test"}) {
        const Run run = ccmctl(QStringList{QStringLiteral("profile"), QLatin1String(action), QStringLiteral("P"),
                                           QStringLiteral("--region"), QStringLiteral("cn-north-4")} +
                               arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("never taken from the arguments"));
    }
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral(".config/ccm-importer/profiles.ini"))));
}

void TestProfileCli::secretFromEnvironmentVariable()
{
    QVERIFY2(!noStore(), "needs the Secret Service: run through tests/support/with-keyring.sh");
    const Run run = ccmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Env"),
                            QStringLiteral("--region"), QStringLiteral("eu-west-101"), QStringLiteral("--auth"),
                            QStringLiteral("token"), QStringLiteral("--secret-env"), QStringLiteral("MY_TOKEN")},
                           {}, {{QStringLiteral("MY_TOKEN"), QString::fromLatin1(kEnvironmentSecret)}});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const Run shown =
        ccmctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Env"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(shown.out)[QStringLiteral("secrets")][QStringLiteral("auth-token")].toString(),
             QStringLiteral("stored"));

    // The vendor's variables make a read-only "Environment" profile, never written to the settings.
    const Run listed = ccmctl({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")}, {},
                              {{QStringLiteral("CLOUD_SDK_AK"), QStringLiteral("ENVAKENVAKENVAK1")},
                               {QStringLiteral("CLOUD_SDK_SK"), QString::fromLatin1(kEnvironmentSecret)}});
    const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(1)[QStringLiteral("origin")].toString(), QStringLiteral("environment"));
    QCOMPARE(list.at(1)[QStringLiteral("access_key_id")].toString(), QStringLiteral("ENVAKENVAKENVAK1"));
    QVERIFY(!listed.out.contains(kEnvironmentSecret));
}

void TestProfileCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no action") << QStringList{} << QByteArray() << QByteArray("Usage: ccmctl profile");
    QTest::addRow("unknown action") << QStringList{QStringLiteral("frobnicate")} << QByteArray()
                                    << QByteArray("unknown action");
    QTest::addRow("show unknown") << QStringList{QStringLiteral("show"), QStringLiteral("nope")} << QByteArray()
                                  << QByteArray("no profile \"nope\"");
    QTest::addRow("add without region") << QStringList{QStringLiteral("add"), QStringLiteral("X"),
                                                       QStringLiteral("--access-key-id"), QStringLiteral("AAAAAAAAAA")}
                                        << QByteArray() << QByteArray("region");
    QTest::addRow("bad auth") << QStringList{QStringLiteral("add"), QStringLiteral("X"), QStringLiteral("--auth"),
                                             QStringLiteral("kerberos")}
                              << QByteArray() << QByteArray("Unknown --auth");
    QTest::addRow("missing second secret line") << QStringList{QStringLiteral("add"),
                                                               QStringLiteral("X"),
                                                               QStringLiteral("--region"),
                                                               QStringLiteral("cn-north-4"),
                                                               QStringLiteral("--auth"),
                                                               QStringLiteral("temporary-aksk"),
                                                               QStringLiteral("--access-key-id"),
                                                               QStringLiteral("AAAAAAAAAA"),
                                                               QStringLiteral("--secret-stdin")}
                                                << QByteArray("only-one-line\n") << QByteArray("2 secret line");
    QTest::addRow("remove sandbox") << QStringList{QStringLiteral("remove"), QStringLiteral("Local sandbox")}
                                    << QByteArray() << QByteArray("built in");
    QTest::addRow("unset variable")
        << QStringList{QStringLiteral("add"),          QStringLiteral("X"),
                       QStringLiteral("--region"),     QStringLiteral("cn-north-4"),
                       QStringLiteral("--auth"),       QStringLiteral("token"),
                       QStringLiteral("--secret-env"), QStringLiteral("CCM_TEST_UNSET_VARIABLE")}
        << QByteArray() << QByteArray("CCM_TEST_UNSET_VARIABLE is not set");
}

void TestProfileCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, message);
    const Run run = ccmctl(QStringList{QStringLiteral("profile")} + arguments, input);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
    // Nothing half-made was saved.
    const Run listed = ccmctl({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 1);
}

void TestProfileCli::importReportsErrors()
{
    const QString path = m_home->filePath(QStringLiteral("in.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"ccm-importer-profiles","version":1,"profiles":[{"name":"A","region":"cn-north-4",)"
               R"("access_key_id":"AAAAAAAAAA","secret_key":")" +
               kArgumentSecret + R"("}]})");
    file.close();
    Run run = ccmctl({QStringLiteral("profile"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("without secrets"), run.err.constData());
    QVERIFY(file.remove());

    run = ccmctl({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("-")}, "[1,2,3]");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("not a profile export file"), run.err.constData());
}

void TestProfileCli::importAsksBeforeCustomEndpoints()
{
    const QString path = m_home->filePath(QStringLiteral("from-a-colleague.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"ccm-importer-profiles","version":1,"profiles":[{"name":"Shared","region":"cn-north-4",)"
               R"("scm_endpoint":"https://scm.cn-north-4.myhuaweicloud.com.evil.test","ca_file":"/tmp/evil-ca.pem",)"
               R"("access_key_id":"QTWAOYTTINDUT2QVKYUC"}]})");
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    file.close();

    // Not a terminal and no --yes: the addresses are shown and nothing is saved.
    Run run = ccmctl({QStringLiteral("profile"), QStringLiteral("import"), path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("https://scm.cn-north-4.myhuaweicloud.com.evil.test"), run.out.constData());
    QVERIFY2(run.out.contains("/tmp/evil-ca.pem"), run.out.constData());
    QVERIFY2(run.err.contains("--yes"), run.err.constData());
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Shared")});
    QCOMPARE(run.exitCode, 2); // no such profile: a usage error

    // From standard input there is no one to ask either.
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("import"), QStringLiteral("-")}, json);
    QCOMPARE(run.exitCode, 2);

    run = ccmctl({QStringLiteral("profile"), QStringLiteral("import"), path, QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run =
        ccmctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Shared"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).object()[QStringLiteral("scm_endpoint")].toString(),
             QStringLiteral("https://scm.cn-north-4.myhuaweicloud.com.evil.test"));
}

void TestProfileCli::withoutCredentialStore()
{
    QVERIFY2(noStore(), "runs as test_profile_cli_no_store, without a Secret Service");
    Run run = ccmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Work"),
                      QStringLiteral("--region"), QStringLiteral("cn-north-4"), QStringLiteral("--access-key-id"),
                      QStringLiteral("QTWAOYTTINDUT2QVKYUC"), QStringLiteral("--secret-stdin"),
                      // `profile test` below really connects: keep it on a closed loopback port, off the internet.
                      QStringLiteral("--scm-endpoint"), QStringLiteral("http://127.0.0.1:9"),
                      QStringLiteral("--iam-endpoint"), QStringLiteral("http://127.0.0.1:9")},
                     kSecretKey + '\n');
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("No credential store is available"), run.err.constData());
    QVERIFY2(run.err.contains("--secret-stdin"), run.err.constData());

    run = ccmctl({QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Work"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out)[QStringLiteral("secrets")][QStringLiteral("secret-key")].toString(),
             QStringLiteral("unavailable"));

    // Without the secret the profile cannot be resolved; with it on standard input it can, for this run only.
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("Work")});
    QCOMPARE(run.exitCode, 1); // the credential store cannot give the secret: refused, nothing sent
    QVERIFY2(run.err.contains("credential store"), run.err.constData());
    run = ccmctl(
        {QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("Work"), QStringLiteral("--secret-stdin")},
        kSecretKey + '\n');
    QVERIFY2(!run.err.contains("credential store") && !run.err.contains("is stored"), run.err.constData());

    // Deleting needs --force when the credential store cannot be asked to forget the secrets.
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Work")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("--force"), run.err.constData());
    run = ccmctl(
        {QStringLiteral("profile"), QStringLiteral("remove"), QStringLiteral("Work"), QStringLiteral("--force")});
    QVERIFY(run.out.contains("removed"));
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 1);
}

void TestProfileCli::trustRootIsRemembered()
{
    const QString root = ccm::test::dataPath(QStringLiteral("outcomes/root.pem"));
    Run run = ccmctl({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Private"),
                      QStringLiteral("--region"), QStringLiteral("cn-north-4"), QStringLiteral("--access-key-id"),
                      QStringLiteral("AKTESTPRIVATE"), QStringLiteral("--trust-root"), root});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ccmctl(
        {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Private"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(run.out)[QStringLiteral("trust_root_file")].toString(), root);

    // A file without a certificate is refused with its name; "" removes the field.
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Private"),
                  QStringLiteral("--trust-root"), ccm::test::dataPath(QStringLiteral("rsa/leaf.key"))});
    QCOMPARE(run.exitCode, 2); // not a certificate file: unreadable input
    QVERIFY2(run.err.contains("leaf.key"), run.err.constData());
    run = ccmctl({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Private"),
                  QStringLiteral("--trust-root"), QString()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = ccmctl(
        {QStringLiteral("profile"), QStringLiteral("show"), QStringLiteral("Private"), QStringLiteral("--json")});
    QVERIFY(!QJsonDocument::fromJson(run.out).object().contains(QStringLiteral("trust_root_file")));
}

QTEST_GUILESS_MAIN(TestProfileCli)
#include "TestProfileCli.moc"
