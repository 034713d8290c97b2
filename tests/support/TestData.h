#pragma once

#include <QByteArray>
#include <QString>

namespace ccm::test {

/// Absolute path of a fixture below tests/data, e.g. dataPath("rsa/leaf.pem").
QString dataPath(const QString& relative);
/// The bytes of a fixture; fails the current test (QFAIL-style warning + empty array) when it cannot be read.
QByteArray readData(const QString& relative);

} // namespace ccm::test
