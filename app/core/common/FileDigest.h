#pragma once

#include <QByteArray>
#include <QString>

namespace ccm {

/// SHA-256 of a file's bytes; empty when it cannot be read (missing, no permission). Lets a long-running owner of
/// a shared file (profiles, the sandbox state) notice that another process (GUI or ccmctl) changed it.
QByteArray fileDigest(const QString& path);

} // namespace ccm
