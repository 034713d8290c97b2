#pragma once

#include "cloud/CloudError.h"
#include "cloud/Endpoints.h"
#include "cloud/Signer.h"
#include "common/Clock.h"

#include <QNetworkRequest>

namespace ccm::cloud {

/// The correction of the signing clock, learned once from a server's Date header after a rejected signature;
/// shared by the SCM and the IAM client of one connection.
struct ClockSkew
{
    qint64 offset = 0; ///< seconds added to the local clock when signing
    bool corrected = false;

    /// After a rejected signature: when the reply's Date is more than a minute from `localNow` (offset included)
    /// and no correction was made yet, corrects the offset and returns true (sign and send again, once).
    bool learnFrom(QNetworkReply* reply, const QDateTime& localNow);
};

} // namespace ccm::cloud

namespace ccm::cloud::detail {

/// `base` with `path` appended to its own path (a trailing slash of the base does not double).
QUrl withPath(QUrl base, const QString& path);
/// A request with timeouts, HTTP/1.1 only, an explicit Host header (cloud::hostHeader(), the value the signer
/// signs) and, for HTTPS, the system's roots plus the endpoint's extra CA certificates (strict verification kept).
QNetworkRequest makeRequest(const QUrl& url, const Endpoint& endpoint, int timeoutMs);
/// Makes `request` carry `body` so that the network layer can send it only once: a sequential upload that
/// QNetworkAccessManager may not buffer, so when a connection closes before the answer Qt reports
/// ContentReSendError instead of re-sending on its own. Returns the device to pass to sendCustomRequest(); it
/// wipes its copy of the body when destroyed (give it the reply as parent).
QIODevice* oneShotBody(QNetworkRequest& request, const QByteArray& body);
/// Seconds the server asked to wait (Retry-After: delta-seconds or an HTTP date); -1 when absent or unreadable.
int retryAfterSeconds(QNetworkReply* reply, const QDateTime& now);
/// Sets X-Sdk-Date and Authorization for `headers` (already set on `request`) and body, at `now`.
void signInto(QNetworkRequest& request, const QByteArray& method, const QList<Header>& headers, const QByteArray& body,
              const QString& accessKeyId, const SecureBytes& secretKey, const QDateTime& now);
/// Set on a reply that a cancel aborted; any other abort of a reply is its transfer timeout.
inline constexpr char kCancelledProperty[] = "ccmCancelled";

/// The error of a finished reply, HTTP or transport (an abort without kCancelledProperty is a Timeout).
CloudError errorOf(QNetworkReply* reply);

} // namespace ccm::cloud::detail
