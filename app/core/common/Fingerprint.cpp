#include "common/Fingerprint.h"

namespace ccm {

QString normalizeFingerprint(const QString& fingerprint)
{
    QString normalized = fingerprint.toLower();
    normalized.remove(QLatin1Char(':'));
    normalized.remove(QLatin1Char(' '));
    return normalized;
}

} // namespace ccm
