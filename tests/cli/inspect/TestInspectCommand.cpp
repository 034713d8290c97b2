// Runs the real ccmctl binary, as a script or a user would.
#include "TestData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

using ccm::test::dataPath;
using ccm::test::strings;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run ccmctl(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.setWorkingDirectory(QStringLiteral(CCM_TEST_DATA_DIR));
    process.start(QStringLiteral(CCMCTL_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000))
        qWarning("ccmctl did not finish");
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
               process.readAllStandardError()};
}

} // namespace

class TestInspectCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitStatus_data();
    void exitStatus();
    void jsonReport();
    void passphraseSources_data();
    void passphraseSources();
    void textReport();
    void helpAndVersion();
    void passphraseIsNeverAnArgument();
    void trustRoot_data();
    void trustRoot();
    void refusesCostlyPfxAtOnce();
};

void TestInspectCommand::exitStatus_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("ready") << strings({"inspect", "rsa/fullchain.pem", "rsa/leaf.key"}) << 0;
    QTest::addRow("warnings only") << strings({"inspect", "rsa/order-shuffled.pem", "rsa/leaf.key"}) << 0;
    QTest::addRow("error findings") << strings({"inspect", "rsa/fullchain.pem", "findings/mismatch.key"}) << 1;
    QTest::addRow("invalid name") << strings({"inspect", "--name", "a b", "rsa/fullchain.pem", "rsa/leaf.key"}) << 1;
    QTest::addRow("unreadable input") << strings({"inspect", "rsa/junk.bin"}) << 2;
    QTest::addRow("missing file") << strings({"inspect", "does-not-exist.pem"}) << 2;
    QTest::addRow("a folder") << strings({"inspect", "rsa"}) << 2;
    QTest::addRow("no files") << strings({"inspect"}) << 2;
    QTest::addRow("unknown option") << strings({"inspect", "--bogus", "rsa/leaf.pem"}) << 2;
    QTest::addRow("enc cert without key") << strings({"inspect", "--enc-cert", "sm2/enc.pem", "sm2/sign.pem"}) << 2;
    QTest::addRow("unknown command") << strings({"inspekt"}) << 2;
    QTest::addRow("Ed25519 key") << strings({"inspect", "ed25519/leaf.pem", "rsa/chain.pem", "ed25519/leaf.key"}) << 1;
    QTest::addRow("trust root missing") << strings({"inspect", "--trust-root", "missing.pem", "rsa/fullchain.pem",
                                                    "rsa/leaf.key"})
                                        << 2;
    QTest::addRow("trust root without certificate")
        << strings({"inspect", "--trust-root", "rsa/leaf.key", "rsa/fullchain.pem", "rsa/leaf.key"}) << 2;
    QTest::addRow("SM2 dual") << strings({"inspect", "sm2/sign.pem", "sm2/chain.pem", "sm2/sign.key", "--enc-cert",
                                          "sm2/enc.pem", "--enc-key", "sm2/enc.key"})
                              << 0;
}

void TestInspectCommand::exitStatus()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run run = ccmctl(arguments);
    QVERIFY2(run.exitCode == exitCode, QByteArray(run.out + run.err).constData());
    if (exitCode == 2 && arguments.size() > 1)
        QVERIFY(!run.err.isEmpty() || run.out.contains("error"));
}

void TestInspectCommand::jsonReport()
{
    const Run run = ccmctl(strings({"inspect", "--json", "rsa/order-reversed.pem", "rsa/leaf.key"}));
    QCOMPARE(run.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("leaf")).toObject().value(QLatin1String("subject_cn")).toString(),
             QStringLiteral("www.example.test"));
    const QJsonArray chain = report.value(QLatin1String("chain")).toArray();
    QCOMPARE(chain.size(), 2);
    QCOMPARE(chain.at(0).toObject().value(QLatin1String("subject_cn")).toString(),
             QStringLiteral("CCM Test Intermediate B"));
    QCOMPARE(chain.at(1).toObject().value(QLatin1String("subject_cn")).toString(),
             QStringLiteral("CCM Test Intermediate A"));
    const QJsonArray dropped = report.value(QLatin1String("dropped")).toArray();
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).toObject().value(QLatin1String("reason")).toString(), QStringLiteral("root"));
    QVERIFY(report.value(QLatin1String("payload_ready")).toBool());
    bool sawOrder = false;
    for (const auto& value : report.value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = value.toObject();
        for (const char* key : {"severity", "code", "field", "message"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        if (f.value(QLatin1String("code")).toString() == QLatin1String("chain.order")) {
            sawOrder = true;
            QCOMPARE(f.value(QLatin1String("scm_code")).toString(), QStringLiteral("SCM.0079"));
            // Reordering is done by the program: a note, not a warning.
            QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("info"));
        }
    }
    QVERIFY(sawOrder);
    QVERIFY(!run.out.contains("PRIVATE KEY-----"));
}

void TestInspectCommand::passphraseSources_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("stdin right") << "stdin" << QByteArray("correct horse\n") << 0;
    QTest::addRow("stdin wrong") << "stdin" << QByteArray("nope\n") << 2;
    QTest::addRow("file right") << "file" << QByteArray("correct horse\r\n") << 0;
    QTest::addRow("file wrong") << "file" << QByteArray("nope") << 2;
    QTest::addRow("none, not a terminal") << "none" << QByteArray() << 2;
}

void TestInspectCommand::passphraseSources()
{
    QFETCH(QString, mode);
    QFETCH(QByteArray, passphrase);
    QFETCH(int, exitCode);
    QStringList arguments = strings({"inspect", "--json", "rsa/fullchain.pem", "rsa/leaf.enc.key"});
    QTemporaryFile file;
    QByteArray input;
    if (mode == QLatin1String("stdin")) {
        arguments.append(QStringLiteral("--passphrase-stdin"));
        input = passphrase;
    } else if (mode == QLatin1String("file")) {
        QVERIFY(file.open());
        file.write(passphrase);
        file.flush();
        arguments << QStringLiteral("--passphrase-file") << file.fileName();
    }
    const Run run = ccmctl(arguments, input);
    QVERIFY2(run.exitCode == exitCode, QByteArray(run.out + run.err).constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    if (exitCode == 0) {
        QVERIFY(report.value(QLatin1String("private_key")).toObject().value(QLatin1String("was_encrypted")).toBool());
    } else {
        const QString code =
            report.value(QLatin1String("findings")).toArray().at(0).toObject().value(QLatin1String("code")).toString();
        QCOMPARE(code, mode == QLatin1String("none") ? QStringLiteral("input.passphrase-needed")
                                                     : QStringLiteral("input.passphrase-wrong"));
    }
}

void TestInspectCommand::textReport()
{
    const Run run = ccmctl(strings({"inspect", "findings/rich-san.pem", "rsa/chain.pem", "findings/rich-san.key"}));
    QCOMPARE(run.exitCode, 0);
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains(QString::fromUtf8("例子.测试 (xn--fsqu00a.xn--0zwm56d)")));
    QVERIFY(text.contains(QLatin1String("IP:127.0.0.1")));
    QVERIFY(text.contains(QLatin1String("SHA-1")));
    QVERIFY(text.contains(QLatin1String("Ready to import as \"rich.example.test-20440101\"")));
}

void TestInspectCommand::helpAndVersion()
{
    const Run help = ccmctl(strings({"--help"}));
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("inspect"));
    const Run inspectHelp = ccmctl(strings({"inspect", "--help"}));
    QCOMPARE(inspectHelp.exitCode, 0);
    for (const char* option : {"--json", "--passphrase-file", "--passphrase-stdin", "--name", "--enterprise-project-id",
                               "--enc-cert", "--enc-key"})
        QVERIFY2(inspectHelp.out.contains(option), option);
    const Run version = ccmctl(strings({"--version"}));
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("ccmctl "));
}

void TestInspectCommand::passphraseIsNeverAnArgument()
{
    const Run run = ccmctl(strings({"inspect", "--passphrase", "correct horse", "rsa/leaf.enc.key"}));
    QCOMPARE(run.exitCode, 2);
}

void TestInspectCommand::trustRoot_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QStringList>("codes");
    QTest::addRow("unknown private root") << QStringList() << strings({"chain.incomplete"});
    QTest::addRow("--trust-root") << strings({"--trust-root", "outcomes/root.pem"}) << QStringList();
}

void TestInspectCommand::trustRoot()
{
    QFETCH(QStringList, extra);
    QFETCH(QStringList, codes);
    const Run run = ccmctl(strings({"inspect", "--json"}) + extra +
                           strings({"outcomes/leaf.pem", "outcomes/inter.pem", "outcomes/leaf.key"}));
    QCOMPARE(run.exitCode, 0);
    QStringList found;
    for (const auto& value : QJsonDocument::fromJson(run.out).object().value(QLatin1String("findings")).toArray()) {
        const QString severity = value.toObject().value(QLatin1String("severity")).toString();
        if (severity != QLatin1String("info"))
            found.append(value.toObject().value(QLatin1String("code")).toString());
    }
    QCOMPARE(found, codes);
}

void TestInspectCommand::refusesCostlyPfxAtOnce()
{
    // Before, this PFX kept ccmctl deriving keys for minutes; now it is refused without any derivation.
    const Run run = ccmctl(strings({"inspect", "--json", "hostile/pfx-mac-iter.p12"}));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.contains("input.pbe-too-costly"), run.out.constData());
}

QTEST_GUILESS_MAIN(TestInspectCommand)
#include "TestInspectCommand.moc"
