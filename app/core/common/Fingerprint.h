#pragma once

#include <QString>

namespace ccm {

/// A fingerprint as stored and compared: lower case, without colons or spaces ("AB:CD" and "abcd" are equal).
QString normalizeFingerprint(const QString& fingerprint);

} // namespace ccm
