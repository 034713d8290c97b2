#pragma once

#include <QDebug>
#include <QString>

namespace ccm {

/// What kind of failure an Error is: it decides the command line's exit status and how the failure is recorded
/// (a refusal by the service, or something that never reached a decision). Never derived from the message text.
enum class ErrorCategory {
    Local,           ///< this computer: files, settings (the default)
    Usage,           ///< what was asked cannot be done as asked (an option, a value, a missing secret); nothing sent
    CredentialStore, ///< the system credential store cannot keep, give or remove a secret; nothing was sent
    Input,           ///< an input could not be read
    Validation,      ///< the inputs were read but are not fit to import; nothing was sent
    Rejected,        ///< the service answered with a refusal
    Network,         ///< no decision reached: the network, TLS, a timeout, a cancel, a lost answer
};

/// A failure as a value: a stable machine code, a translated message for people, and technical detail.
struct Error
{
    QString code;    ///< stable identifier, e.g. "input.too-large"
    QString message; ///< translated, says what is wrong and what to do
    QString detail;  ///< technical detail (OpenSSL error queue, HTTP body), may be empty
    ErrorCategory category = ErrorCategory::Local;

    bool operator==(const Error&) const = default;
};

QDebug operator<<(QDebug debug, const Error& error);

} // namespace ccm
