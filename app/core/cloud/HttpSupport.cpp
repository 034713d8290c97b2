#include "cloud/HttpSupport.h"

#include "common/Logging.h"
#include "common/SecureBytes.h"

#include <QLocale>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimeZone>

#include <mutex>

namespace ccm::cloud {

namespace {

/// An HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid when it is not one.
QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime time = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

} // namespace

bool ClockSkew::learnFrom(QNetworkReply* reply, const QDateTime& localNow)
{
    if (corrected)
        return false;
    const QDateTime serverTime = parseHttpDate(reply->rawHeader(QByteArrayLiteral("Date")));
    const QDateTime ours = localNow.addSecs(offset);
    if (!serverTime.isValid() || qAbs(ours.secsTo(serverTime)) <= 60)
        return false;
    corrected = true;
    offset += ours.secsTo(serverTime);
    qCInfo(lcCloud) << "clock skew of" << offset << "s corrected from the server's Date header";
    return true;
}

} // namespace ccm::cloud

namespace ccm::cloud::detail {

QUrl withPath(QUrl base, const QString& path)
{
    QString basePath = base.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}

namespace {

/// A body QNetworkAccessManager can read once: sequential, so it can neither seek back nor reset, and Qt cannot
/// send the request a second time by itself.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(const QByteArray& body)
        : m_body(body)
    {
        m_body.detach(); // our own copy, so that wiping it cannot touch the caller's
        open(QIODevice::ReadOnly);
    }
    ~OneShotBody() override { wipe(m_body); }

    bool isSequential() const override { return true; }
    // No way back: this is what stops the network layer from sending the body a second time.
    bool seek(qint64) override { return false; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_body.size() - m_position + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_position);
        if (count <= 0)
            return m_position >= m_body.size() ? -1 : 0;
        memcpy(data, m_body.constData() + m_position, size_t(count));
        m_position += count;
        return count;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_position = 0;
};

/// The system's root certificates, read once per process (reading them takes tens of milliseconds).
const QList<QSslCertificate>& systemRoots()
{
    static std::once_flag once;
    static QList<QSslCertificate> roots;
    std::call_once(once, [] { roots = QSslConfiguration::systemCaCertificates(); });
    return roots;
}

} // namespace

QNetworkRequest makeRequest(const QUrl& url, const Endpoint& endpoint, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: the gateway signs the Host header (HTTP/2 replaces it with :authority), and the exactly-once
    // rules of ScmClient are worked out, and tested against the sandbox, for HTTP/1.1.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Set here so that what is signed and what goes on the wire are one value (see hostHeader()).
    request.setRawHeader(QByteArrayLiteral("Host"), hostHeader(url));
    if (!endpoint.caCertificates.isEmpty() && url.scheme() == QLatin1String("https")) {
        // A profile's CA file is added to the system's roots; addCaCertificates() alone would turn off Qt's
        // on-demand loading of those roots, and public endpoints (IAM) would no longer verify.
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        QList<QSslCertificate> roots = configuration.caCertificates();
        for (const QSslCertificate& certificate : systemRoots() + endpoint.caCertificates) {
            if (!roots.contains(certificate))
                roots.append(certificate);
        }
        configuration.setCaCertificates(roots);
        request.setSslConfiguration(configuration);
    }
    return request;
}

QIODevice* oneShotBody(QNetworkRequest& request, const QByteArray& body)
{
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, qint64(body.size()));
    return new OneShotBody(body);
}

int retryAfterSeconds(QNetworkReply* reply, const QDateTime& now)
{
    const QByteArray value = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return seconds >= 0 ? seconds : -1;
    const QDateTime when = parseHttpDate(value);
    if (!when.isValid())
        return -1;
    return int(qMax<qint64>(0, now.secsTo(when)));
}

void signInto(QNetworkRequest& request, const QByteArray& method, const QList<Header>& headers, const QByteArray& body,
              const QString& accessKeyId, const SecureBytes& secretKey, const QDateTime& now)
{
    SigningInput input;
    input.method = method;
    input.url = request.url();
    input.headers = headers;
    input.body = body;
    input.sdkDate = sdkDate(now);
    input.host = request.rawHeader(QByteArrayLiteral("Host")); // what goes on the wire, byte for byte
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
