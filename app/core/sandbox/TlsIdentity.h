#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace ccm::sandbox {

/// A throw-away CA and a server certificate it issued for 127.0.0.1 and localhost, made fresh for each sandbox.
struct TlsIdentity
{
    QSslCertificate caCertificate; ///< what clients trust (QSslConfiguration::setCaCertificates, --ca-file)
    QSslCertificate certificate;   ///< the server's certificate, issued by caCertificate
    QSslKey key;                   ///< the server's private key; lives only in memory

    QByteArray caPem() const { return caCertificate.toPem(); }
    /// A server-side configuration presenting certificate + caCertificate.
    QSslConfiguration serverConfiguration() const;
};

/// Makes a new EC P-256 CA and server certificate with OpenSSL, valid from an hour before `now` for 30 days.
/// Uses the real time, not a test clock: the client's TLS stack checks validity against the system clock.
Result<TlsIdentity> generateTlsIdentity(const QDateTime& now = QDateTime::currentDateTimeUtc());

} // namespace ccm::sandbox
