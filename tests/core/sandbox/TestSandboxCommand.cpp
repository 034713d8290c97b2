#include "SandboxClient.h"
#include "TestData.h"

#include "sandbox/Sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using namespace ccm;
using ccm::test::Exchange;
using ccm::test::readData;
using ccm::test::SandboxClient;

class TestSandboxCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void runsUntilTerminated();
    void tlsWritesTheCaFile();
};

void TestSandboxCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("help") << test::strings({"sandbox", "--help"}) << 0;
    QTest::addRow("bad port") << test::strings({"sandbox", "--port", "http"}) << 2;
    QTest::addRow("port too big") << test::strings({"sandbox", "--port", "70000"}) << 2;
    QTest::addRow("ca file without tls") << test::strings({"sandbox", "--ca-file", "/tmp/x.pem"}) << 2;
    QTest::addRow("unknown option") << test::strings({"sandbox", "--nope"}) << 2;
}

void TestSandboxCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QProcess process;
    process.start(QStringLiteral(CCMCTL_PATH), arguments);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), exitCode);
}

void TestSandboxCommand::runsUntilTerminated()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString state = directory.filePath(QStringLiteral("state.json"));
    QProcess process;
    process.start(QStringLiteral(CCMCTL_PATH), {QStringLiteral("sandbox"), QStringLiteral("--port"),
                                                QStringLiteral("0"), QStringLiteral("--state"), state});
    QVERIFY(process.waitForStarted(10000));

    // It prints the port it chose, then the demo credentials and the export lines.
    QByteArray output;
    const QRegularExpression portLine(QStringLiteral("^Port: (\\d+)$"), QRegularExpression::MultilineOption);
    QRegularExpressionMatch match;
    for (int i = 0; i < 100 && !output.contains("Ctrl+C"); ++i) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
    }
    match = portLine.match(QString::fromUtf8(output));
    QVERIFY2(match.hasMatch(), output.constData());
    const sandbox::DemoCredentials demo = sandbox::Sandbox::demoCredentials();
    QVERIFY(output.contains(QByteArray(QByteArray("export HUAWEICLOUD_SDK_AK=") + demo.accessKeyId.toLatin1())));
    QVERIFY(output.contains(demo.secretKey.toLatin1()));
    QVERIFY(output.contains(demo.domainId.toLatin1()));

    SandboxClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1))));
    const QJsonObject user{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), demo.domainName}}},
                           {QStringLiteral("name"), demo.userName},
                           {QStringLiteral("password"), demo.password}};
    const QJsonObject body{
        {QStringLiteral("auth"),
         QJsonObject{{QStringLiteral("identity"),
                      QJsonObject{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                                  {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}}}}}};
    const Exchange token = client.send("POST", QStringLiteral("/v3/auth/tokens"), QJsonDocument(body).toJson());
    QCOMPARE(token.status, 201);
    const QJsonObject import{
        {QStringLiteral("name"), QStringLiteral("from-cli-test")},
        {QStringLiteral("certificate"), QString::fromUtf8(readData(QStringLiteral("rsa/leaf.pem")))},
        {QStringLiteral("certificate_chain"), QString::fromUtf8(readData(QStringLiteral("rsa/chain.pem")))},
        {QStringLiteral("private_key"), QString::fromUtf8(readData(QStringLiteral("rsa/leaf.key")))}};
    const Exchange imported =
        client.send("POST", QStringLiteral("/v3/scm/certificates/import"), QJsonDocument(import).toJson(),
                    {{"X-Auth-Token", token.header("X-Subject-Token")}});
    QCOMPARE(imported.status, 200);

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("Sandbox stopped."));

    QFile file(state);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains(imported.json.value(QLatin1String("certificate_id")).toString().toLatin1()));
}

void TestSandboxCommand::tlsWritesTheCaFile()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString caFile = directory.filePath(QStringLiteral("ca.pem"));
    QProcess process;
    process.start(QStringLiteral(CCMCTL_PATH),
                  {QStringLiteral("sandbox"), QStringLiteral("--tls"), QStringLiteral("--ca-file"), caFile});
    QVERIFY(process.waitForStarted(10000));
    QByteArray output;
    for (int i = 0; i < 100 && !output.contains("Ctrl+C"); ++i) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
    }
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+)"))
            .match(QString::fromUtf8(output));
    QVERIFY2(match.hasMatch(), output.constData());
    QVERIFY(output.contains(QByteArray("--ca-file")));

    const QList<QSslCertificate> ca = QSslCertificate::fromPath(caFile);
    QCOMPARE(ca.size(), 1);
    SandboxClient client{QUrl(match.captured(1))};
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(ca);
    client.setSslConfiguration(configuration);
    const Exchange reply = client.send("GET", QStringLiteral("/v3/scm/certificates"));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "TestSandboxCommand.moc"
