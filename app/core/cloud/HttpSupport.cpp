#include "cloud/HttpSupport.h"

#include <QNetworkReply>
#include <QSslConfiguration>

namespace ccm::cloud::detail {

QUrl withPath(QUrl base, const QString& path)
{
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

QNetworkRequest makeRequest(const QUrl& url, const Endpoint& endpoint, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!endpoint.caCertificates.isEmpty() && url.scheme() == QLatin1String("https")) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.addCaCertificates(endpoint.caCertificates);
        request.setSslConfiguration(configuration);
    }
    return request;
}

void signInto(QNetworkRequest& request, const QByteArray& method, const QList<Header>& headers, const QByteArray& body,
              const QString& accessKeyId, const SecureBytes& secretKey, const QDateTime& now)
{
    SigningInput input{method, request.url(), headers, body, sdkDate(now)};
    const SignedRequest signedRequest = signRequest(input, accessKeyId.toLatin1(), secretKey);
    request.setRawHeader(QByteArrayLiteral("X-Sdk-Date"), input.sdkDate);
    request.setRawHeader(QByteArrayLiteral("Authorization"), signedRequest.authorization);
}

CloudError errorOf(QNetworkReply* reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Transport errors (1-99) win over a status line that arrived before the connection was lost.
    const int code = int(reply->error());
    if (status != 0 && !(code > 0 && code < 100))
        return CloudError::fromHttp(status, reply->readAll(), reply->rawHeader(QByteArrayLiteral("X-Request-Id")));
    CloudError error = CloudError::fromNetwork(reply->error(), reply->errorString());
    if (error.kind == CloudErrorKind::Cancelled && !reply->property(kCancelledProperty).toBool())
        error.kind = CloudErrorKind::Timeout; // QNetworkRequest's transfer timeout aborts the reply
    return error;
}

} // namespace ccm::cloud::detail
