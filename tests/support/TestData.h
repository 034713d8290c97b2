#pragma once

#include "history/ImportHistory.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace ccm::test {

/// Absolute path of a fixture below tests/data, e.g. dataPath("rsa/leaf.pem").
QString dataPath(const QString& relative);
/// The bytes of a fixture; when it cannot be read the running test fails (QTest::qFail) and the array is empty.
QByteArray readData(const QString& relative);

/// The base64 lines of a PEM fixture's body (each long enough to be unique): what a leak of the key would show.
QList<QByteArray> pemBodyLines(const QString& relative);

/// Reads every file below `root` (hidden ones too); `scanned` counts them. Returns "path: secret" for each file
/// that holds one of `secrets`, as is or base64-encoded.
QStringList filesHoldingSecrets(const QString& root, const QList<QByteArray>& secrets, int* scanned = nullptr);

/// The import history at `path`, newest first; empty when it cannot be opened or read.
QList<history::ImportRecord> readHistory(const QString& path);

/// A QStringList from ASCII literals; the project forbids implicit const char* → QString, tables need brevity.
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

} // namespace ccm::test
