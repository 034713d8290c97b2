// `ccmctl <command> --help` as the installed binary prints it: started by its full path, as a shell does from PATH.
#include "TestData.h"

#include <QProcess>
#include <QTest>

using ccm::test::strings;

class TestCommandHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usageLineNamesTheCommand_data();
    void usageLineNamesTheCommand();
};

void TestCommandHelp::usageLineNamesTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addRow("inspect") << strings({"inspect", "--help"})
                             << QStringLiteral("Usage: ccmctl inspect [options] FILE...");
    QTest::addRow("import") << strings({"import", "--help"})
                            << QStringLiteral("Usage: ccmctl import [options] FILE...");
    QTest::addRow("list") << strings({"list", "--help"}) << QStringLiteral("Usage: ccmctl list [options]");
    QTest::addRow("delete") << strings({"delete", "--help"}) << QStringLiteral("Usage: ccmctl delete [options] ID");
    QTest::addRow("sandbox") << strings({"sandbox", "--help"}) << QStringLiteral("Usage: ccmctl sandbox [options]");
    QTest::addRow("profile add") << strings({"profile", "add", "--help"})
                                 << QStringLiteral("Usage: ccmctl profile add NAME");
}

void TestCommandHelp::usageLineNamesTheCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QProcess process;
    process.start(QStringLiteral(CCMCTL_PATH), arguments);
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString firstLine = QString::fromUtf8(process.readAllStandardOutput()).section(QLatin1Char('\n'), 0, 0);
    QVERIFY2(firstLine.startsWith(usage), qPrintable(firstLine));
}

QTEST_GUILESS_MAIN(TestCommandHelp)
#include "TestCommandHelp.moc"
