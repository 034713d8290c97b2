#pragma once

#include "common/SecureBytes.h"
#include "sandbox/HttpServer.h"

#include <QByteArray>
#include <QList>

namespace ccm::sandbox {

/// The lower-case hex SDK-HMAC-SHA256 signature the client should have sent for this request, computed over the
/// headers named in `signedHeaders` (lower case, in the order of the Authorization header) with `secretKey`.
///
/// This is the one seam between the sandbox and the client's Signer: the sandbox must accept exactly what the
/// product signs, so it never carries a signing implementation of its own.
QByteArray expectedSignature(const HttpRequest& request, const QList<QByteArray>& signedHeaders,
                             const SecureBytes& secretKey);

} // namespace ccm::sandbox
