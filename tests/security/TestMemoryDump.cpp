#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

/// Runs a program to the end; returns its standard output, or nothing when it failed.
std::optional<QByteArray> run(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                              const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return std::nullopt;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << program << arguments.join(QLatin1Char(' '))
                             << "failed:" << QString::fromUtf8(process.readAllStandardError());
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

QByteArray utf16(const QByteArray& ascii)
{
    const QString text = QString::fromLatin1(ascii);
    return QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
}

} // namespace

/// Imports with marker secrets through the real ccmctl, dumps the process's memory after the import (gcore) and
/// looks for the markers: the key's passphrase, the IAM password, the secret access key and the private key.
class TestMemoryDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void noSecretLeftAfterImport_data();
    void noSecretLeftAfterImport();

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
    QProcess m_sandbox;
    QString m_endpoint;
    QByteArray m_privateKeyDer;
    QByteArray m_privateKeyBase64;
};

namespace {
const QByteArray kPassphrase = "MarkerPassphrase-" + QUuid::createUuid().toByteArray(QUuid::Id128).left(12);
}

void TestMemoryDump::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("gcore")).isEmpty(), "gcore (Debian package gdb)");
    QVERIFY(m_dir.isValid());
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    for (const QString& name : m_environment.keys()) {
        if (name.startsWith(QLatin1String("HUAWEICLOUD_")) || name.startsWith(QLatin1String("CLOUD_SDK_")))
            m_environment.remove(name);
    }

    // A fresh key, encrypted with the marker passphrase, and its certificate.
    const QString key = m_dir.filePath(QStringLiteral("key.enc.pem"));
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    QVERIFY(run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-subj"), QStringLiteral("/CN=dump.example.test"), QStringLiteral("-addext"),
                 QStringLiteral("subjectAltName=DNS:dump.example.test"), QStringLiteral("-days"), QStringLiteral("30"),
                 QStringLiteral("-passout"), QStringLiteral("pass:") + QString::fromLatin1(kPassphrase),
                 QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert}));
    m_privateKeyDer =
        *run(QStringLiteral("openssl"), {QStringLiteral("pkey"), QStringLiteral("-in"), key, QStringLiteral("-passin"),
                                         QStringLiteral("pass:") + QString::fromLatin1(kPassphrase),
                                         QStringLiteral("-outform"), QStringLiteral("DER")});
    QVERIFY(m_privateKeyDer.size() > 1000);
    m_privateKeyBase64 = m_privateKeyDer.toBase64();

    m_sandbox.setProcessEnvironment(m_environment);
    m_sandbox.start(QStringLiteral(CCMCTL_PATH),
                    {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(m_sandbox.waitForStarted(10000));
    QByteArray banner;
    QTRY_VERIFY_WITH_TIMEOUT((banner += m_sandbox.readAllStandardOutput()).contains("Ctrl+C"), 10000);
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral("^Port: (\\d+)$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(banner));
    QVERIFY(port.hasMatch());
    m_endpoint = QStringLiteral("http://127.0.0.1:%1").arg(port.captured(1));
}

void TestMemoryDump::cleanupTestCase()
{
    m_sandbox.terminate();
    m_sandbox.waitForFinished(10000);
}

void TestMemoryDump::noSecretLeftAfterImport_data()
{
    // The sandbox accepts only its demo account, so its demo secrets are the markers for the profile's secret.
    QTest::addColumn<QStringList>("profileOptions");
    QTest::addColumn<QByteArray>("secret");
    QTest::addRow("IAM password") << QStringList{QStringLiteral("--auth"),        QStringLiteral("password"),
                                                 QStringLiteral("--domain-name"), QStringLiteral("sandbox-account"),
                                                 QStringLiteral("--user"),        QStringLiteral("sandbox-user")}
                                  << QByteArray("sandbox-password");
    QTest::addRow("secret access key") << QStringList{QStringLiteral("--access-key-id"),
                                                      QStringLiteral("SANDBOXACCESSKEY0001"),
                                                      QStringLiteral("--domain-id"),
                                                      QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9")}
                                       << QByteArray("sandbox-secret-key-0001-do-not-use-in-production");
}

void TestMemoryDump::noSecretLeftAfterImport()
{
    QFETCH(QStringList, profileOptions);
    QFETCH(QByteArray, secret);
    const QString profile = QStringLiteral("Dump %1").arg(QLatin1String(QTest::currentDataTag()));
    QVERIFY(
        run(QStringLiteral(CCMCTL_PATH),
            QStringList{QStringLiteral("profile"), QStringLiteral("add"), profile, QStringLiteral("--scm-endpoint"),
                        m_endpoint, QStringLiteral("--iam-endpoint"), m_endpoint, QStringLiteral("--secret-stdin")} +
                profileOptions,
            secret + '\n', m_environment));

    // The import runs to its end; ccmctl then waits (test hook) with everything released, and is dumped.
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("CCM_TEST_PAUSE_AT_EXIT"), QStringLiteral("1"));
    // Only so that gcore can attach without root; core files stay off (see ProcessHardening.h).
    environment.insert(QStringLiteral("CCM_TEST_ALLOW_PTRACE"), QStringLiteral("1"));
    const QByteArray canary = "CcmDumpCanary-" + QUuid::createUuid().toByteArray(QUuid::Id128);
    environment.insert(QStringLiteral("CCM_TEST_CANARY"), QString::fromLatin1(canary));
    QProcess importer;
    importer.setProcessEnvironment(environment);
    importer.start(QStringLiteral(CCMCTL_PATH),
                   {QStringLiteral("import"), QStringLiteral("--profile"), profile,
                    QStringLiteral("--passphrase-stdin"), QStringLiteral("--allow-duplicate"), QStringLiteral("--json"),
                    m_dir.filePath(QStringLiteral("cert.pem")), m_dir.filePath(QStringLiteral("key.enc.pem"))});
    QVERIFY(importer.waitForStarted(10000));
    importer.write(kPassphrase + '\n');
    importer.closeWriteChannel();
    QByteArray errors;
    QTRY_VERIFY_WITH_TIMEOUT((errors += importer.readAllStandardError()).contains("paused at exit"), 60000);
    const QByteArray output = importer.readAllStandardOutput();
    QVERIFY2(output.contains("certificate_id"), QByteArray(output + errors).constData());

    const QString core = m_dir.filePath(QStringLiteral("core"));
    const qint64 pid = importer.processId();
    const auto dumped = run(QStringLiteral("gcore"), {QStringLiteral("-o"), core, QString::number(pid)});
    importer.kill();
    importer.waitForFinished(10000);
    QVERIFY(dumped);
    QFile file(core + QLatin1Char('.') + QString::number(pid));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QByteArray memory = file.readAll();
    file.close();
    file.remove();
    QVERIFY(memory.size() > 1024 * 1024);
    QVERIFY2(memory.contains(canary), "the dump holds the process's memory"); // the search itself works

    // The private key's secret part: its DER (past the public modulus) and its base64 as sent in PEM.
    const QList<std::pair<const char*, QByteArray>> markers{
        {"passphrase", kPassphrase},
        {"passphrase (UTF-16)", utf16(kPassphrase)},
        {"profile secret", secret},
        {"profile secret (UTF-16)", utf16(secret)},
        {"private key (DER)", m_privateKeyDer.mid(400, 32)},
        {"private key (DER, end)", m_privateKeyDer.right(32)},
        {"private key (base64)", m_privateKeyBase64.mid(600, 48)},
        {"private key (base64, UTF-16)", utf16(m_privateKeyBase64.mid(600, 48))},
    };
    QStringList found;
    for (const auto& [name, marker] : markers) {
        if (const qsizetype count = memory.count(marker); count > 0)
            found.append(QStringLiteral("%1 (%2x)").arg(QLatin1String(name)).arg(count));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestMemoryDump)
#include "TestMemoryDump.moc"
