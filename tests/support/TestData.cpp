#include "TestData.h"

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

} // namespace ccm::test
