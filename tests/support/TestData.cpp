#include "TestData.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace ccm::test {

QString dataPath(const QString& relative)
{
    return QStringLiteral(CCM_TEST_DATA_DIR "/") + relative;
}

QByteArray readData(const QString& relative)
{
    QFile file(dataPath(relative));
    if (!file.open(QIODevice::ReadOnly)) {
        // Fails the running test (not a warning it could pass with: empty bytes are a valid "unreadable" input).
        const QByteArray message = QStringLiteral("cannot read fixture %1: %2 (tests/data/make-fixtures.sh makes it)")
                                       .arg(file.fileName(), file.errorString())
                                       .toUtf8();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
        return {};
    }
    return file.readAll();
}

QList<QByteArray> pemBodyLines(const QString& relative)
{
    QList<QByteArray> lines;
    const QList<QByteArray> all = readData(relative).split('\n');
    for (const QByteArray& line : all) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.size() >= 40 && !trimmed.startsWith("-----"))
            lines.append(trimmed);
    }
    return lines;
}

QStringList filesHoldingSecrets(const QString& root, const QList<QByteArray>& secrets, int* scanned)
{
    QStringList found;
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(file.fileName() + QStringLiteral(": cannot be read"));
            continue;
        }
        ++count;
        const QByteArray contents = file.readAll();
        for (const QByteArray& secret : secrets) {
            if (contents.contains(secret) || contents.contains(secret.toBase64()))
                found.append(file.fileName() + QStringLiteral(": ") + QString::fromLatin1(secret));
        }
    }
    if (scanned)
        *scanned = count;
    return found;
}

QList<history::ImportRecord> readHistory(const QString& path)
{
    history::ImportHistory ledger(path);
    if (!ledger.open())
        return {};
    auto records = ledger.recent();
    return records ? *records : QList<history::ImportRecord>();
}

} // namespace ccm::test
