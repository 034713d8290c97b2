#pragma once

#include <QDebug>
#include <QString>

namespace ccm {

/// A failure as a value: a stable machine code, a translated message for people, and technical detail.
struct Error
{
    QString code;    ///< stable identifier, e.g. "input.too-large"
    QString message; ///< translated, says what is wrong and what to do
    QString detail;  ///< technical detail (OpenSSL error queue, HTTP body), may be empty

    bool operator==(const Error&) const = default;
};

QDebug operator<<(QDebug debug, const Error& error);

} // namespace ccm
