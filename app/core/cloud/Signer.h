#pragma once

#include "common/SecureBytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QUrl>

#include <utility>

namespace ccm::cloud {

/// One HTTP header as name and value bytes.
using Header = std::pair<QByteArray, QByteArray>;

/// What the signer needs to know about a request; everything it signs comes from here.
struct SigningInput
{
    QByteArray method;     ///< GET, POST, DELETE …
    QUrl url;              ///< as sent on the wire (query values percent-encoded)
    QList<Header> headers; ///< headers to sign besides Host and X-Sdk-Date (which the signer adds)
    QByteArray body;       ///< the exact body bytes
    QByteArray sdkDate;    ///< X-Sdk-Date value, UTC "YYYYMMDDTHHMMSSZ"
    bool signHost = true;  ///< sign Host (the SDKs do; the Go SDK's own unit test signs only x-sdk-date)
    QByteArray host;       ///< the Host header as sent; empty: hostHeader(url)
};

/// The Host header for `url` exactly as the client sends and signs it: the host (ACE form, IPv6 literals in
/// brackets) plus ":port" whenever the URL names a port, default or not, which is what Qt itself would send.
QByteArray hostHeader(const QUrl& url);

/// The signer's output: the Authorization header plus the intermediate strings (for tests and diagnostics).
struct SignedRequest
{
    QByteArray host; ///< Host header value that was signed (host[:port])
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; ///< e.g. "content-type;host;x-sdk-date"
    QByteArray signature;     ///< lower-case hex
    QByteArray authorization; ///< "SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…"
};

/// Signs a request with SDK-HMAC-SHA256 exactly as the Huawei Cloud API gateway verifies it. Pure function.
SignedRequest signRequest(const SigningInput& input, QByteArrayView accessKeyId, const SecureBytes& secretKey);

/// X-Sdk-Date form of a time: UTC "YYYYMMDDTHHMMSSZ".
QByteArray sdkDate(const QDateTime& time);
/// Parses an X-Sdk-Date value; invalid QDateTime when malformed.
QDateTime parseSdkDate(QByteArrayView text);

/// RFC 3986 percent-encoding keeping only A-Z a-z 0-9 - _ . ~, upper-case hex.
QByteArray percentEncode(QByteArrayView bytes);
/// The canonical URI of an encoded path: segments decoded and re-encoded, always ending in "/".
QByteArray canonicalUri(QByteArrayView encodedPath);
/// The canonical query of an encoded query string ('+' read as a space): sorted by name, then value.
QByteArray canonicalQuery(QByteArrayView encodedQuery);
/// Lower-case hex SHA-256.
QByteArray sha256Hex(QByteArrayView data);

} // namespace ccm::cloud
