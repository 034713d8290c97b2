#pragma once

#include "cloud/CloudError.h"
#include "cloud/Endpoints.h"
#include "cloud/Signer.h"
#include "common/Clock.h"

#include <QNetworkRequest>

namespace ccm::cloud::detail {

/// `base` with `path` appended to its own path (a trailing slash of the base does not double).
QUrl withPath(QUrl base, const QString& path);
/// A request with timeouts and the endpoint's extra CA certificates (strict verification is kept).
QNetworkRequest makeRequest(const QUrl& url, const Endpoint& endpoint, int timeoutMs);
/// Sets X-Sdk-Date and Authorization for `headers` (already set on `request`) and body, at `now`.
void signInto(QNetworkRequest& request, const QByteArray& method, const QList<Header>& headers, const QByteArray& body,
              const QString& accessKeyId, const SecureBytes& secretKey, const QDateTime& now);
/// Set on a reply that a cancel aborted; any other abort of a reply is its transfer timeout.
inline constexpr char kCancelledProperty[] = "ccmCancelled";

/// The error of a finished reply, HTTP or transport (an abort without kCancelledProperty is a Timeout).
CloudError errorOf(QNetworkReply* reply);

} // namespace ccm::cloud::detail
