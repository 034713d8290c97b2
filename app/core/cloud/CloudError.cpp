#include "cloud/CloudError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ccm::cloud {

CloudError CloudError::fromHttp(int status, const QByteArray& body, const QByteArray& requestId)
{
    CloudError e;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(requestId);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    e.errorCode = o.value(QLatin1String("error_code")).toString(o.value(QLatin1String("code")).toString());
    e.errorMsg = o.value(QLatin1String("error_msg")).toString(o.value(QLatin1String("message")).toString());
    if (e.errorMsg.isEmpty())
        e.errorMsg = QString::fromUtf8(body.left(300));
    const QString code = e.errorCode;
    const auto is = [&code](const char* suffix) {
        return code == QLatin1String("APIG.") + QLatin1String(suffix) ||
               code == QLatin1String("APIGW.") + QLatin1String(suffix);
    };
    if (status == 429 || is("0308"))
        e.kind = CloudErrorKind::Throttled;
    else if (is("0301"))
        e.kind = CloudErrorKind::Signature;
    else if (is("0307"))
        e.kind = CloudErrorKind::TokenExpired;
    else if (code == QLatin1String("SCM.0014"))
        e.kind = CloudErrorKind::KeyMismatch;
    else if (code == QLatin1String("SCM.0079"))
        e.kind = CloudErrorKind::ChainOrder;
    else if (code == QLatin1String("SCM.0011"))
        e.kind = CloudErrorKind::Quota;
    else if (code == QLatin1String("SCM.0020"))
        e.kind = CloudErrorKind::Duplicate;
    else if (code == QLatin1String("SCM.0028"))
        e.kind = CloudErrorKind::PushFailed;
    else if (code == QLatin1String("SCM.0030"))
        e.kind = CloudErrorKind::PushRefused;
    else if (status == 403 || code == QLatin1String("SCM.0003"))
        e.kind = CloudErrorKind::Permission;
    else if (status == 401)
        e.kind = CloudErrorKind::Signature;
    else if (status == 404 || is("0101"))
        e.kind = CloudErrorKind::NotFound;
    else if (status >= 500)
        e.kind = CloudErrorKind::Server;
    else
        e.kind = CloudErrorKind::Invalid;
    return e;
}

CloudError CloudError::fromNetwork(QNetworkReply::NetworkError error, const QString& detail)
{
    CloudError e;
    e.networkDetail = detail;
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        e.kind = CloudErrorKind::Tls;
        break;
    case QNetworkReply::TimeoutError:
        e.kind = CloudErrorKind::Timeout;
        break;
    case QNetworkReply::OperationCanceledError:
        e.kind = CloudErrorKind::Cancelled;
        break;
    default:
        e.kind = CloudErrorKind::Unreachable;
        break;
    }
    return e;
}

CloudError CloudError::malformed(int status, const QByteArray& requestId, const QString& what)
{
    CloudError e;
    e.kind = CloudErrorKind::Malformed;
    e.httpStatus = status;
    e.requestId = QString::fromLatin1(requestId);
    e.errorMsg = what;
    return e;
}

CloudError CloudError::outcomeUnknown(const CloudError& failure, const QString& lookupProblem)
{
    CloudError e = failure;
    e.kind = CloudErrorKind::OutcomeUnknown;
    QStringList detail;
    if (!failure.networkDetail.isEmpty())
        detail << failure.networkDetail;
    if (!lookupProblem.isEmpty())
        detail << QStringLiteral("lookup failed: ") + lookupProblem;
    e.networkDetail = detail.join(QStringLiteral("; "));
    return e;
}

bool CloudError::isNetwork() const
{
    return kind == CloudErrorKind::Unreachable || kind == CloudErrorKind::Tls || kind == CloudErrorKind::Timeout ||
           kind == CloudErrorKind::Cancelled || kind == CloudErrorKind::OutcomeUnknown;
}

QString CloudError::explanation() const
{
    switch (kind) {
    case CloudErrorKind::None:
        return {};
    case CloudErrorKind::Signature:
        return tr("The service rejected the request signature. Check the access key and secret key, and that this "
                  "computer's clock is right (more than 15 minutes off is refused). After 5 failures in a row the key "
                  "is locked for 5 minutes.");
    case CloudErrorKind::TokenExpired:
        return tr("The token has expired or is not valid. Get a new token (or sign in again) and retry.");
    case CloudErrorKind::Throttled:
        return tr("The service is throttling requests. Wait a few seconds and retry.");
    case CloudErrorKind::Permission:
        return tr("These credentials may not do this: the certificate is not yours, or the user lacks the SCM "
                  "permission. Ask the account administrator.");
    case CloudErrorKind::KeyMismatch:
        return tr("The certificate and the private key do not match. Choose the key the certificate was issued for.");
    case CloudErrorKind::ChainOrder:
        return tr("The certificate chain is in the wrong order: each certificate must be followed by its issuer.");
    case CloudErrorKind::Quota:
        return tr("The certificate quota of this account is reached. Delete certificates you no longer need.");
    case CloudErrorKind::Invalid:
        return tr("The service refused the request: %1").arg(errorMsg);
    case CloudErrorKind::Duplicate:
        return tr("This certificate is already imported. Allow duplicates to import another copy.");
    case CloudErrorKind::NotFound:
        return tr("Not found: the certificate does not exist, or the endpoint, method or path is wrong.");
    case CloudErrorKind::Server:
        return tr("The service failed (HTTP %1). Retry later.").arg(httpStatus);
    case CloudErrorKind::Malformed:
        return tr("The service's answer could not be understood. Check that the endpoint is the Certificate Manager "
                  "service.");
    case CloudErrorKind::Unreachable:
        return tr("The endpoint cannot be reached: check the address, the network and the proxy settings.");
    case CloudErrorKind::Tls:
        return tr("The secure connection failed: the server's certificate is not trusted or does not match. For a "
                  "private cloud, give its CA certificate file.");
    case CloudErrorKind::Timeout:
        return tr("The service did not answer in time. Check the network and retry.");
    case CloudErrorKind::Cancelled:
        return tr("The request was cancelled.");
    case CloudErrorKind::DomainUnknown:
        return tr("The account id could not be found with this access key (it needs IAM read permission). "
                  "Enter the account id.");
    case CloudErrorKind::PushFailed:
        return tr("The service could not push the certificate to the cloud service. Retry later; if it keeps "
                  "failing, check that the service is enabled in that region.");
    case CloudErrorKind::PushRefused:
        return tr("This certificate cannot be pushed to that cloud service (for example, the service does not take "
                  "its key type or it is not an uploaded certificate). Choose another service, or deploy it there "
                  "by hand.");
    case CloudErrorKind::OutcomeUnknown:
        return tr("The service's answer to the import was lost, and looking the certificate up did not tell whether "
                  "it arrived. Import again when the service answers: a copy that arrived is found then and "
                  "reported, nothing is sent twice.");
    }
    return {};
}

Error CloudError::toError() const
{
    static const char* const names[] = {
        "none",  "signature", "token-expired", "throttled",      "permission",      "key-mismatch", "chain-order",
        "quota", "invalid",   "duplicate",     "not-found",      "server",          "malformed",    "unreachable",
        "tls",   "timeout",   "cancelled",     "domain-unknown", "outcome-unknown", "push-failed",  "push-refused"};
    Error error;
    error.code = isNetwork() ? QStringLiteral("cloud.network.") + QLatin1String(names[int(kind)])
                             : QStringLiteral("cloud.") + QLatin1String(names[int(kind)]);
    error.message = explanation();
    QStringList detail;
    if (httpStatus != 0)
        detail << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!errorCode.isEmpty())
        detail << errorCode + QStringLiteral(": ") + errorMsg;
    else if (!errorMsg.isEmpty())
        detail << errorMsg;
    if (!requestId.isEmpty())
        detail << QStringLiteral("request id %1").arg(requestId);
    if (!networkDetail.isEmpty())
        detail << networkDetail;
    error.detail = detail.join(QStringLiteral("; "));
    error.category = isNetwork() ? ErrorCategory::Network : ErrorCategory::Rejected;
    return error;
}

bool isNetworkError(const Error& error)
{
    return error.category == ErrorCategory::Network;
}

} // namespace ccm::cloud
