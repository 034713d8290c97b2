#include "cloud/Signer.h"

#include <QHostAddress>
#include <QTimeZone>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>
#include <openssl/sha.h>

#include <algorithm>
#include <array>
#include <memory>

namespace ccm::cloud {

namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr char kHexUpper[] = "0123456789ABCDEF";

QByteArray toHex(const unsigned char* data, size_t size)
{
    QByteArray out(qsizetype(size * 2), Qt::Uninitialized);
    char* p = out.data();
    for (size_t i = 0; i < size; ++i) {
        *p++ = kHex[data[i] >> 4];
        *p++ = kHex[data[i] & 0x0f];
    }
    return out;
}

bool unreserved(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

bool allUnreserved(QByteArrayView bytes)
{
    return std::all_of(bytes.begin(), bytes.end(), [](char c) { return unreserved(static_cast<unsigned char>(c)); });
}

QByteArray decodeComponent(QByteArrayView encoded, bool plusIsSpace)
{
    if (allUnreserved(encoded))
        return encoded.toByteArray();
    QByteArray raw = encoded.toByteArray();
    if (plusIsSpace)
        raw.replace('+', ' ');
    return QByteArray::fromPercentEncoding(raw);
}

/// SHA-256 fetched once: OpenSSL 3's one-shot SHA256()/HMAC() look the algorithm up on every call, which costs
/// more than hashing a request.
const EVP_MD* sha256Md()
{
    static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> md(EVP_MD_fetch(nullptr, "SHA256", nullptr),
                                                                    &EVP_MD_free);
    return md.get();
}

EVP_MD_CTX* digestContext()
{
    thread_local std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    return context.get();
}

using Digest = std::array<unsigned char, SHA256_DIGEST_LENGTH>;

Digest sha256(std::initializer_list<QByteArrayView> parts)
{
    Digest digest{};
    EVP_MD_CTX* context = digestContext();
    EVP_DigestInit_ex(context, sha256Md(), nullptr);
    for (const auto& part : parts)
        EVP_DigestUpdate(context, part.data(), size_t(part.size()));
    EVP_DigestFinal_ex(context, digest.data(), nullptr);
    return digest;
}

/// HMAC fetched once, like the digest above: fetching it per request would cost more than the MAC itself.
EVP_MAC* hmacMac()
{
    static const std::unique_ptr<EVP_MAC, decltype(&EVP_MAC_free)> mac(EVP_MAC_fetch(nullptr, "HMAC", nullptr),
                                                                       &EVP_MAC_free);
    return mac.get();
}

using MacContextPtr = std::unique_ptr<EVP_MAC_CTX, decltype(&EVP_MAC_CTX_free)>;

/// An empty key: legal for HMAC, and EVP_MAC_init() reads a null key as "no new key".
constexpr unsigned char kEmptyKey[1] = {0};

/// HMAC-SHA256 keyed with the empty key, made once per thread: setting the digest by name looks it up again, which
/// costs more than the MAC. Each MAC works on a copy of it.
const EVP_MAC_CTX* hmacTemplate()
{
    thread_local const MacContextPtr context = [] {
        MacContextPtr made(EVP_MAC_CTX_new(hmacMac()), &EVP_MAC_CTX_free);
        char digestName[] = "SHA256";
        const OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                                     OSSL_PARAM_construct_end()};
        if (made && EVP_MAC_init(made.get(), kEmptyKey, 0, params) != 1)
            made.reset();
        return made;
    }();
    return context.get();
}

/// HMAC-SHA256 (RFC 2104) through OpenSSL's EVP_MAC.
Digest hmacSha256(QByteArrayView key, QByteArrayView message)
{
    Digest result{};
    // A context per call, copied from the template: it holds the secret key, and freeing it wipes the key (a
    // context kept for the next request would leave the secret access key in memory for the life of the process).
    const EVP_MAC_CTX* keyless = hmacTemplate();
    const MacContextPtr context(keyless ? EVP_MAC_CTX_dup(keyless) : nullptr, &EVP_MAC_CTX_free);
    const auto* keyBytes = key.isEmpty() ? kEmptyKey : reinterpret_cast<const unsigned char*>(key.data());
    size_t length = 0;
    if (!context || EVP_MAC_init(context.get(), keyBytes, size_t(key.size()), nullptr) != 1 ||
        EVP_MAC_update(context.get(), reinterpret_cast<const unsigned char*>(message.data()), size_t(message.size())) !=
            1 ||
        EVP_MAC_final(context.get(), result.data(), &length, result.size()) != 1)
        result.fill(0);
    return result;
}

} // namespace

QByteArray sha256Hex(QByteArrayView data)
{
    const Digest digest = sha256({data});
    return toHex(digest.data(), digest.size());
}

QByteArray percentEncode(QByteArrayView bytes)
{
    if (allUnreserved(bytes))
        return bytes.toByteArray();
    QByteArray out;
    out.reserve(bytes.size() * 3);
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (unreserved(c)) {
            out.append(ch);
        } else {
            out.append('%');
            out.append(kHexUpper[c >> 4]);
            out.append(kHexUpper[c & 0x0f]);
        }
    }
    return out;
}

QByteArray canonicalUri(QByteArrayView encodedPath)
{
    // The common case (plain ASCII segments such as /v3/scm/certificates/import) needs no re-encoding.
    if (std::all_of(encodedPath.begin(), encodedPath.end(),
                    [](char c) { return c == '/' || unreserved(static_cast<unsigned char>(c)); })) {
        QByteArray out = encodedPath.toByteArray();
        if (!out.endsWith('/'))
            out.append('/');
        return out;
    }
    QByteArray out;
    out.reserve(encodedPath.size() + 8);
    const QList<QByteArray> segments = encodedPath.toByteArray().split('/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            out.append('/');
        out.append(percentEncode(decodeComponent(segments.at(i), false)));
    }
    if (!out.endsWith('/'))
        out.append('/');
    return out;
}

QByteArray canonicalQuery(QByteArrayView encodedQuery)
{
    if (encodedQuery.isEmpty())
        return {};
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& part : encodedQuery.toByteArray().split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({percentEncode(decodeComponent(name, true)), percentEncode(decodeComponent(value, true))});
    }
    // Byte order of the encoded name, then of the encoded value (repeated names), as the gateway does.
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto& [name, value] : pairs) {
        if (!out.isEmpty())
            out.append('&');
        out.append(name).append('=').append(value);
    }
    return out;
}

QByteArray sdkDate(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QDateTime parseSdkDate(QByteArrayView text)
{
    if (text.size() != 16)
        return {};
    QDateTime parsed = QDateTime::fromString(QString::fromLatin1(text), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!parsed.isValid())
        return {};
    parsed.setTimeZone(QTimeZone::utc());
    return parsed;
}

QByteArray hostHeader(const QUrl& url)
{
    const QString host = url.host(QUrl::FullyDecoded);
    QHostAddress address;
    QByteArray value;
    if (address.setAddress(host))
        value = address.protocol() == QAbstractSocket::IPv6Protocol ? '[' + host.toLatin1() + ']' : host.toLatin1();
    else
        value = QUrl::toAce(host);
    if (url.port() != -1)
        value += ':' + QByteArray::number(url.port());
    return value;
}

SignedRequest signRequest(const SigningInput& input, QByteArrayView accessKeyId, const SecureBytes& secretKey)
{
    SignedRequest result;
    const QUrl& url = input.url;
    result.host = input.host.isEmpty() ? hostHeader(url) : input.host;

    QList<Header> headers;
    headers.reserve(input.headers.size() + 2);
    bool unsignedPayload = false;
    for (const auto& [name, value] : input.headers) {
        const QByteArray lower = name.toLower();
        if (lower == "host" || lower == "x-sdk-date")
            continue;
        if (lower == "x-sdk-content-sha256" && value.trimmed() == "UNSIGNED-PAYLOAD")
            unsignedPayload = true;
        headers.append({lower, value.trimmed()});
    }
    if (input.signHost)
        headers.append({QByteArrayLiteral("host"), result.host});
    headers.append({QByteArrayLiteral("x-sdk-date"), input.sdkDate});
    std::stable_sort(headers.begin(), headers.end(),
                     [](const Header& a, const Header& b) { return a.first < b.first; });

    QByteArray canonicalHeaders;
    for (const auto& [name, value] : headers) {
        canonicalHeaders.append(name).append(':').append(value).append('\n');
        if (!result.signedHeaders.isEmpty())
            result.signedHeaders.append(';');
        result.signedHeaders.append(name);
    }

    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray& canonical = result.canonicalRequest;
    canonical.reserve(512);
    canonical.append(input.method.toUpper()).append('\n');
    canonical.append(canonicalUri(path.isEmpty() ? QByteArrayView("/") : QByteArrayView(path))).append('\n');
    canonical.append(canonicalQuery(query)).append('\n');
    canonical.append(canonicalHeaders).append('\n');
    canonical.append(result.signedHeaders).append('\n');
    canonical.append(unsignedPayload ? QByteArrayLiteral("UNSIGNED-PAYLOAD") : sha256Hex(input.body));

    result.stringToSign = QByteArrayLiteral("SDK-HMAC-SHA256\n") + input.sdkDate + '\n' + sha256Hex(canonical);

    const Digest mac = hmacSha256(secretKey.view(), result.stringToSign);
    result.signature = toHex(mac.data(), mac.size());
    result.authorization = QByteArrayLiteral("SDK-HMAC-SHA256 Access=") + accessKeyId.toByteArray() +
                           QByteArrayLiteral(", SignedHeaders=") + result.signedHeaders +
                           QByteArrayLiteral(", Signature=") + result.signature;
    return result;
}

} // namespace ccm::cloud
