#include "SandboxClient.h"
#include "TestData.h"

#include "history/ImportHistory.h"
#include "profiles/ProfileStore.h"
#include "sandbox/CertificateRecord.h"
#include "sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace ccm;

namespace {

constexpr auto kOthers =
    QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// Starts the helper; `fileSizeLimit` > 0 makes every write beyond that many bytes fail with EFBIG, like a disk
/// that is full (RLIMIT_FSIZE, SIGXFSZ ignored so the write returns an error instead of killing the process).
std::unique_ptr<QProcess> startWriter(const QStringList& arguments, rlim_t fileSizeLimit = 0)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(WRITER_PATH));
    process->setArguments(arguments);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (fileSizeLimit > 0) {
        process->setChildProcessModifier([fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit limit{fileSizeLimit, fileSizeLimit};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    process->start();
    return process;
}

int runWriter(const QStringList& arguments, rlim_t fileSizeLimit = 0)
{
    auto process = startWriter(arguments, fileSizeLimit);
    if (!process->waitForFinished(60000) || process->exitStatus() != QProcess::NormalExit)
        return -1;
    return process->exitCode();
}

qsizetype historyRows(const QString& path)
{
    history::ImportHistory ledger(path);
    const auto rows = ledger.recent(1000);
    return rows ? rows->size() : -1;
}

} // namespace

class TestSharedFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void twoProcessesAddProfiles();
    void twoProcessesImportIntoSandbox();
    void fullDiskKeepsWhatWasThere_data();
    void fullDiskKeepsWhatWasThere();
    void damagedSandboxStateIsKept();
    void damagedHistoryIsKept();
    void dataFilesAreOwnerOnlyFromTheStart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path(const QString& name) const { return m_dir->filePath(name); }
};

void TestSharedFiles::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSharedFiles::twoProcessesAddProfiles()
{
    // Two processes (think: the window and a ccmctl script) add profiles to one file at the same time.
    const QString ini = path(QStringLiteral("config/profiles.ini"));
    constexpr int kEach = 40;
    auto first = startWriter({QStringLiteral("profiles"), ini, QString::number(kEach), QStringLiteral("a")});
    auto second = startWriter({QStringLiteral("profiles"), ini, QString::number(kEach), QStringLiteral("b")});
    QVERIFY(first->waitForFinished(120000));
    QVERIFY(second->waitForFinished(120000));
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);
    profiles::ProfileStore store(ini);
    QVERIFY(store.load());
    QCOMPARE(store.savedProfiles().size(), 2 * kEach);
}

void TestSharedFiles::twoProcessesImportIntoSandbox()
{
    // Two sandboxes (ccmctl's and the window's embedded one) share a state file and import at the same time.
    const QString state = path(QStringLiteral("data/sandbox-state.json"));
    constexpr int kEach = 15;
    auto first = startWriter({QStringLiteral("sandbox"), state, QString::number(kEach)});
    auto second = startWriter({QStringLiteral("sandbox"), state, QString::number(kEach)});
    QVERIFY(first->waitForFinished(120000));
    QVERIFY(second->waitForFinished(120000));
    QCOMPARE(first->exitCode(), 0);
    QCOMPARE(second->exitCode(), 0);
    const auto records = sandbox::loadState(state);
    QVERIFY(records.ok());
    QCOMPARE(records->size(), 2 * kEach);
}

void TestSharedFiles::fullDiskKeepsWhatWasThere_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("reportsFailure");
    QTest::addRow("profiles") << QStringLiteral("profiles") << QStringLiteral("profiles.ini") << true;
    QTest::addRow("history") << QStringLiteral("history") << QStringLiteral("history.sqlite") << true;
    // The sandbox answers the import (it is an emulator) and logs that its state could not be written.
    QTest::addRow("sandbox state") << QStringLiteral("sandbox") << QStringLiteral("sandbox-state.json") << false;
}

void TestSharedFiles::fullDiskKeepsWhatWasThere()
{
    QFETCH(QString, mode);
    QFETCH(QString, file);
    QFETCH(bool, reportsFailure);
    const QString target = path(file);
    QCOMPARE(runWriter({mode, target, QStringLiteral("3"), QStringLiteral("before")}), 0);
    const QByteArray before = readAll(target);
    QVERIFY(before.size() > 256);
    const qsizetype rowsBefore = mode == QLatin1String("history") ? historyRows(target) : 0;

    // The disk is full: no write beyond 256 bytes succeeds.
    const int exitCode = runWriter({mode, target, QStringLiteral("3"), QStringLiteral("after")}, 256);
    QCOMPARE(exitCode, reportsFailure ? 1 : 0);
    if (mode == QLatin1String("history")) {
        QCOMPARE(historyRows(target), rowsBefore);
    } else {
        QCOMPARE(readAll(target), before);
    }
    // Nothing half-written is left next to it either.
    const QStringList leftovers = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    for (const QString& name : leftovers) {
        const bool expected =
            name == file || name.endsWith(QLatin1String(".lock")) || name.endsWith(QLatin1String("-journal"));
        QVERIFY2(expected, qPrintable(name));
    }
}

void TestSharedFiles::damagedSandboxStateIsKept()
{
    const QString state = path(QStringLiteral("sandbox-state.json"));
    QCOMPARE(runWriter({QStringLiteral("sandbox"), state, QStringLiteral("1")}), 0);

    sandbox::Sandbox server;
    QVERIFY(server.setStateFile(state));
    QVERIFY(server.start());
    QCOMPARE(server.certificateCount(), 1);
    // Someone damages the file while the sandbox runs; its next change must not silently replace it.
    const QByteArray damaged = readAll(state).left(120);
    writeAll(state, damaged);
    server.clearCertificates();
    QCOMPARE(readAll(state + QStringLiteral(".damaged")), damaged);
    QVERIFY(sandbox::loadState(state).ok());
}

void TestSharedFiles::damagedHistoryIsKept()
{
    const QString file = path(QStringLiteral("history.sqlite"));
    const QByteArray junk = QByteArray("SQLite format 3") + QByteArray(2048, '\x5a');
    writeAll(file, junk);
    history::ImportHistory ledger(file);
    history::ImportRecord record;
    record.certificateName = QStringLiteral("x");
    QVERIFY(!ledger.record(record).ok());
    QCOMPARE(readAll(file), junk);
}

void TestSharedFiles::dataFilesAreOwnerOnlyFromTheStart()
{
    // A permissive umask (022) must not matter: folders are made 0700 and files 0600 when they are created.
    const mode_t previous = ::umask(022);
    const QString historyFile = path(QStringLiteral("h/sub/history.sqlite"));
    const QString stateFile = path(QStringLiteral("s/sub/sandbox-state.json"));
    {
        history::ImportHistory ledger(historyFile);
        history::ImportRecord record;
        record.certificateName = QStringLiteral("x");
        QVERIFY(ledger.record(record).ok());
    }
    const Status saved = sandbox::saveState(stateFile, {});
    ::umask(previous);
    QVERIFY(saved);
    for (const QString& file : {historyFile, stateFile}) {
        QCOMPARE(QFile::permissions(file) & kOthers, QFile::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(file).absolutePath()) & kOthers, QFile::Permissions());
        QCOMPARE(QFile::permissions(QFileInfo(QFileInfo(file).absolutePath()).absolutePath()) & kOthers,
                 QFile::Permissions());
    }
}

QTEST_GUILESS_MAIN(TestSharedFiles)
#include "TestSharedFiles.moc"
