#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

namespace ccm::cloud {

/// What kind of failure a call ended in; decides the explanation and whether a retry is safe.
enum class CloudErrorKind {
    None,
    Signature,    ///< APIG.0301: wrong AK/SK or clock
    TokenExpired, ///< APIG.0307
    Throttled,    ///< 429 / APIG.0308
    Permission,   ///< 403, SCM.0003
    KeyMismatch,  ///< SCM.0014
    ChainOrder,   ///< SCM.0079
    Quota,        ///< SCM.0011
    Invalid,      ///< other 4xx: the request or certificate was refused
    Duplicate,    ///< the same certificate is already there
    NotFound,     ///< 404 SCM / APIG.0101
    Server,       ///< 5xx
    Malformed,    ///< the answer is not what the API returns
    Unreachable,  ///< DNS, refused, connection lost
    Tls,          ///< certificate verification or handshake failed
    Timeout,
    Cancelled,
    DomainUnknown,  ///< no account id given and GET /v3/auth/domains found none for this key
    OutcomeUnknown, ///< an import's answer was lost and no lookup could tell whether it was stored
    PushFailed,     ///< SCM.0028
    PushRefused,    ///< SCM.0030: this certificate cannot be pushed to that service
};

/// A failed cloud call: HTTP status, the service's error_code/error_msg, request id, and what to tell the user.
struct CloudError
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cloud::CloudError)

public:
    CloudErrorKind kind = CloudErrorKind::None;
    int httpStatus = 0;
    QString errorCode; ///< SCM.xxxx, APIG.xxxx, APIGW.xxxx; empty for network failures
    QString errorMsg;
    QString requestId;
    QString networkDetail; ///< Qt's error string for network/TLS failures

    /// From an HTTP error answer ({error_code, error_msg} or {code, message}).
    static CloudError fromHttp(int status, const QByteArray& body, const QByteArray& requestId);
    /// A successful HTTP status whose body is not what the API returns; `what` says what was missing.
    static CloudError malformed(int status, const QByteArray& requestId, const QString& what);
    /// From a transport failure of QNetworkReply.
    static CloudError fromNetwork(QNetworkReply::NetworkError error, const QString& detail);
    /// An import whose answer was lost (`failure`) and whose lookup did not settle it; `lookupProblem` says why
    /// when the lookup itself failed, empty when it found nothing after the last allowed attempt.
    static CloudError outcomeUnknown(const CloudError& failure, const QString& lookupProblem);

    bool isNetwork() const;
    /// Translated explanation of what happened and what the user can do.
    QString explanation() const;
    /// The project's Error form: code "cloud.<kind>" or the service code, message, technical detail.
    Error toError() const;
};

/// Whether an Error made by CloudError::toError() is a network/TLS failure (exit status 4) rather than a refusal.
bool isNetworkError(const Error& error);

} // namespace ccm::cloud
