#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr uid_t kNobody = 65534;

QString procFile(qint64 pid, const char* name)
{
    return QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name));
}

QString procLine(qint64 pid, const char* file, const QString& prefix)
{
    QFile status(procFile(pid, file));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(status.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).simplified();
    }
    return {};
}

} // namespace

/// Starts the real executables and looks at them from outside through /proc.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noCoreDumpsAndPrivateUmask_data();
    void noCoreDumpsAndPrivateUmask();
    void sandboxCaIsNotAtAPredictablePath();
};

void TestProcessHardening::noCoreDumpsAndPrivateUmask_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("ccmctl") << QStringLiteral(CCMCTL_PATH) << QStringList{QStringLiteral("sandbox")};
#ifdef GUI_PATH
    QTest::addRow("ccm-importer") << QStringLiteral(GUI_PATH) << QStringList{};
#endif
}

void TestProcessHardening::noCoreDumpsAndPrivateUmask()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    rlimit core{};
    QVERIFY(::getrlimit(RLIMIT_CORE, &core) == 0);
    QVERIFY2(core.rlim_max != 0, "the test needs a hard core size limit above 0 to see the program lower it");

    QTemporaryDir home;
    QVERIFY(home.isValid());
    const bool root = ::geteuid() == 0;
    if (root)
        QVERIFY(::chown(qPrintable(home.path()), kNobody, kNobody) == 0);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.remove(QStringLiteral("CCM_TEST_ALLOW_PTRACE"));
    process.setProcessEnvironment(environment);
    // Core files allowed and a permissive umask when it starts: the program itself must close both. As root the
    // program runs as "nobody", so that /proc shows whether it made itself non-dumpable (its /proc files then
    // belong to root instead of to its own user).
    process.setChildProcessModifier([root] {
        rlimit limit{};
        ::getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_CORE, &limit);
        ::umask(022);
        if (root && (::setgid(kNobody) != 0 || ::setuid(kNobody) != 0))
            ::_exit(99);
    });
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    QVERIFY(process.waitForStarted(10000));
    const qint64 pid = process.processId();
    const uid_t runsAs = root ? kNobody : ::getuid();
    QCOMPARE(QFileInfo(procFile(pid, "status")).exists(), true);

    QTRY_COMPARE_WITH_TIMEOUT(procLine(pid, "limits", QStringLiteral("Max core file size")),
                              QStringLiteral("0 0 bytes"), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(procLine(pid, "status", QStringLiteral("Umask:")), QStringLiteral("0077"), 10000);
    QCOMPARE(procLine(pid, "status", QStringLiteral("Uid:")).section(QLatin1Char(' '), 0, 0).toUInt(), runsAs);
    // PR_SET_DUMPABLE 0: the kernel hands the process's /proc entries to root.
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(procFile(pid, "status")).ownerId(), 0u, 10000);

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

void TestProcessHardening::sandboxCaIsNotAtAPredictablePath()
{
    QProcess process;
    process.start(QStringLiteral(CCMCTL_PATH), {QStringLiteral("sandbox"), QStringLiteral("--tls")});
    QVERIFY(process.waitForStarted(10000));
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("Ctrl+C"), 10000);
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^CA certificate: (.+)$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(output));
    QVERIFY2(match.hasMatch(), output.constData());
    const QFileInfo ca(match.captured(1));
    QVERIFY(ca.isFile());
    // Not straight in the shared temporary folder, where anyone could have created the name first, but in a folder
    // only this user can enter, with a name that cannot be guessed from the port.
    const QFileInfo folder(ca.absolutePath());
    QVERIFY(folder.absoluteFilePath() != QFileInfo(QDir::tempPath()).absoluteFilePath());
    QCOMPARE(folder.ownerId(), ::geteuid());
    QCOMPARE(folder.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
                                     QFile::WriteOther | QFile::ExeOther),
             QFile::Permissions());
    const QRegularExpressionMatch port =
        QRegularExpression(QStringLiteral("^Port: (\\d+)$"), QRegularExpression::MultilineOption)
            .match(QString::fromUtf8(output));
    QVERIFY(port.hasMatch());
    QVERIFY(!ca.absoluteFilePath().contains(port.captured(1)));

    process.terminate();
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(!QFileInfo::exists(folder.absoluteFilePath())); // removed when the sandbox stops
}

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "TestProcessHardening.moc"
