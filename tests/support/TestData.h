#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace ccm::test {

/// Absolute path of a fixture below tests/data, e.g. dataPath("rsa/leaf.pem").
QString dataPath(const QString& relative);
/// The bytes of a fixture; fails the current test (QFAIL-style warning + empty array) when it cannot be read.
QByteArray readData(const QString& relative);

/// A QStringList from ASCII literals; the project forbids implicit const char* → QString, tables need brevity.
inline QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromLatin1(item));
    return list;
}

} // namespace ccm::test
