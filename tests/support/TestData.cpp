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
        qWarning("cannot read fixture %s: %s", qPrintable(file.fileName()), qPrintable(file.errorString()));
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

} // namespace ccm::test
