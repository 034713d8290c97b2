#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace ccm::sandbox {

/// The fixed demo account the sandbox accepts; printed by `ccmctl sandbox`.
struct DemoCredentials
{
    QString accessKeyId;
    QString secretKey;
    QString domainId;
    QString domainName; ///< account name for the IAM password flow
    QString userName;
    QString password;
};

/// A failure the sandbox plays instead of answering normally, for tests.
enum class Fault {
    None,
    Delay,          ///< answer normally, but only after delayMs
    ServerError,    ///< 500 SCM.0500-like error
    Throttle,       ///< 429 APIG.0308
    ResetAfterBody, ///< process the request (an import is stored) then drop the connection without an answer
    MalformedJson,  ///< 200 with a body that is not JSON
    DropConnection, ///< process the request, then close the connection before any answer byte
};

/// What the sandbox does with an uploaded certificate: nullopt when accepted, else {error_code, error_msg}.
struct Rejection
{
    QString code;
    QString message;
};

/// Local emulator of SCM (import/list/show/delete) and IAM (domains, tokens) on 127.0.0.1.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    explicit Sandbox(QObject* parent = nullptr);
    ~Sandbox() override;

    /// Listens on 127.0.0.1:port (0: a free port), over HTTPS with a self-generated certificate when tls.
    Status start(quint16 port = 0, bool tls = false);
    bool isRunning() const { return m_port != 0; }
    /// Base URL of the sandbox (serves both SCM and IAM), e.g. http://127.0.0.1:40123
    QUrl endpoint() const;
    /// The self-signed server certificate when started with TLS (clients trust it through a CA file).
    QSslCertificate tlsCertificate() const { return m_tlsCertificate; }

    static DemoCredentials demoCredentials();

    /// The sandbox's own time (signature window, token expiry, Date header).
    void setClock(std::shared_ptr<const Clock> clock) { m_clock = std::move(clock); }
    /// Keeps certificates in this JSON file (loaded now, written after each change).
    Status setStateFile(const QString& path);
    /// Plays `fault` for the next `times` requests whose path starts with `pathPrefix`.
    void injectFault(Fault fault, int times = 1, int delayMs = 0,
                     const QString& pathPrefix = QStringLiteral("/v3/scm/"));

    int certificateCount() const { return int(m_certificates.size()); }
    int requestCount() const { return m_requestCount; }
    /// Number of import requests that reached the handler (accepted or not).
    int importRequestCount() const { return m_importRequests; }

private:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    Reply dispatch(const QHttpServerRequest& request);
    std::optional<Reply> authenticate(const QHttpServerRequest& request, bool requireDomain);
    Reply importCertificate(const QByteArray& body);
    Reply listCertificates(const QHttpServerRequest& request);
    Reply showCertificate(const QString& id);
    Reply deleteCertificate(const QString& id);
    Reply issueToken(const QByteArray& body);
    Reply error(int status, const QString& code, const QString& message) const;
    void write(QHttpServerResponder& responder, const Reply& reply);
    void saveState() const;
    QString newId();

    std::unique_ptr<QHttpServer> m_server;
    std::shared_ptr<const Clock> m_clock;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslCertificate m_tlsCertificate;
    QString m_stateFile;
    QList<QJsonObject> m_certificates; ///< stored certificates, oldest first (private key kept out)
    QHash<QByteArray, QDateTime> m_tokens;
    Fault m_fault = Fault::None;
    int m_faultTimes = 0;
    int m_faultDelayMs = 0;
    QString m_faultPath;
    int m_requestCount = 0;
    int m_importRequests = 0;
    quint64 m_idCounter = 0;
};

} // namespace ccm::sandbox
