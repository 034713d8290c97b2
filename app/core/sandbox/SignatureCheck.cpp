#include "sandbox/SignatureCheck.h"

#include "cloud/Signer.h"

namespace ccm::sandbox {

QByteArray expectedSignature(const HttpRequest& request, const QList<QByteArray>& signedHeaders,
                             const SecureBytes& secretKey)
{
    if (!signedHeaders.contains("x-sdk-date"))
        return {};
    cloud::SigningInput input;
    input.signHost = signedHeaders.contains("host");
    input.method = request.method;
    QByteArray target = request.path;
    if (!request.query.isEmpty())
        target += '?' + request.query;
    input.url = QUrl::fromEncoded("http://" + request.header("Host") + target, QUrl::TolerantMode);
    input.host = request.header("Host"); // verbatim: the gateway signs what it received, not a re-derived form
    for (const QByteArray& name : signedHeaders) {
        if (name != "host" && name != "x-sdk-date")
            input.headers.append({name, request.header(name)});
    }
    input.body = request.body;
    input.sdkDate = request.header("X-Sdk-Date");
    // The access key id is not part of the signature; only the Authorization text would carry it.
    const cloud::SignedRequest signedRequest = cloud::signRequest(input, QByteArrayView(), secretKey);
    if (signedRequest.signedHeaders != signedHeaders.join(';'))
        return {};
    return signedRequest.signature;
}

} // namespace ccm::sandbox
