#include "sandbox/SignatureCheck.h"

namespace ccm::sandbox {

QByteArray expectedSignature(const HttpRequest& request, const QList<QByteArray>& signedHeaders,
                             const SecureBytes& secretKey)
{
    // Until the client's Signer is merged, no signature verifies; token authentication works meanwhile.
    Q_UNUSED(request)
    Q_UNUSED(signedHeaders)
    Q_UNUSED(secretKey)
    return {};
}

} // namespace ccm::sandbox
