#pragma once

#include "cloud/Credentials.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "sandbox/CertificateRecord.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QThreadPool>
#include <QUrl>

#include <memory>
#include <optional>

class QThread;

namespace ccm {
struct InspectionRequest;
}

namespace ccm::sandbox {

class Authenticator;
class FaultPlan;
class HttpServer;
class HttpReply;
struct HttpRequest;
struct HttpResponse;
struct TlsIdentity;

/// The sandbox's fixed demo account. The values are public (printed by `ccmctl sandbox`, documented in the README)
/// and accepted by no real service, so they are plain strings; they become SecureBytes in cloud::Credentials.
struct DemoCredentials
{
    QString accessKeyId;
    QString secretKey;
    QString domainId;   ///< account id, what GET /v3/auth/domains answers
    QString domainName; ///< account name
    QString userName;   ///< IAM user for POST /v3/auth/tokens
    QString password;
    QString temporaryAccessKeyId; ///< a temporary AK/SK, valid only with securityToken
    QString temporarySecretKey;
    QString securityToken;

    cloud::Credentials akSk() const;          ///< permanent AK/SK with the domain id
    cloud::Credentials temporaryAkSk() const; ///< temporary AK/SK + security token
    cloud::Credentials iamPassword() const;   ///< account, user and password
};

/// What an injected fault does to a request. "Before storing" faults hit the request before the sandbox handles it
/// (an import is not stored); "after storing" faults hit it once it has been handled (an import is stored), so
/// the client cannot know from the answer whether it happened.
enum class Fault {
    ServerError,        ///< 500 SCM.0500 before the request is handled: a refusal the service explains
    Throttle,           ///< 429 APIG.0308 before the request is handled; argument: Retry-After seconds (0: none)
    ResetBeforeStore,   ///< the connection is reset before the request is handled
    CloseBeforeStore,   ///< the connection is closed (FIN, no answer) before the request is handled
    ResetAfterStore,    ///< handled, then the connection is reset before any answer byte
    CloseAfterStore,    ///< handled, then the connection is closed (FIN) before any answer byte
    ResetAfterBody,     ///< handled, then the connection drops in the middle of the answer
    MalformedJson,      ///< handled, then the answer's body is cut short (invalid JSON)
    BadGateway,         ///< handled, then 502 from the gateway
    ServiceUnavailable, ///< handled, then 503 from the gateway
    GatewayTimeout,     ///< handled, then 504 APIG.0201 (the backend timed out)
    ServerErrorNoCode,  ///< handled, then 500 whose body has no SCM error code
    Delay,              ///< handled and answered normally; argument: milliseconds late
    StaleList,          ///< a list call answers as if the newest certificate were not there yet (a lagging search)
    CannotPush,         ///< a push is refused with SCM.0030 (this certificate cannot go to that service)
};

/// A push the sandbox carried out (push or batch-push), as the request said it.
struct PushRecord
{
    QString certificateId;
    QString service;
    QStringList projects;
    bool batch = false;

    bool operator==(const PushRecord&) const = default;
};

/// One request as the sandbox saw it (for tests that count what reached the service).
struct LoggedRequest
{
    QString method;
    QString path;     ///< decoded path
    QByteArray query; ///< raw query as sent
    int status = 0;   ///< HTTP status answered; 0 when the connection was reset or closed instead
};

/// A local emulator of SCM (import, list, show, delete) and the IAM calls the client needs (domains, tokens),
/// on 127.0.0.1 only, over HTTP or HTTPS with a certificate it makes itself.
///
/// It checks SDK-HMAC-SHA256 signatures (15-minute clock window), X-Security-Token and the tokens it issued,
/// validates imports with the project's certificate model so it refuses what the service refuses, and answers
/// in the service's error format with an X-Request-Id. Faults can be injected for tests.
class Sandbox : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kClockWindowSeconds = 15 * 60;
    static constexpr qint64 kTokenLifetimeSeconds = 24 * 60 * 60;

    explicit Sandbox(QObject* parent = nullptr);
    ~Sandbox() override;

    /// Starts listening on 127.0.0.1 (or ::1 with `ipv6`); port 0 picks a free port. Returns the port.
    Result<quint16> start(quint16 port = 0, bool tls = false, bool ipv6 = false);
    void stop();
    bool isRunning() const;
    quint16 port() const;
    bool usesTls() const;
    /// "http://127.0.0.1:PORT", "https://127.0.0.1:PORT" or "http://[::1]:PORT"; serves SCM and IAM alike. Empty
    /// when stopped.
    QUrl endpoint() const;
    /// The CA that issued the HTTPS certificate (PEM); empty without TLS. Clients trust it to connect.
    QByteArray caCertificatePem() const;
    /// The same CA as a list for QSslConfiguration::setCaCertificates(); empty without TLS.
    QList<QSslCertificate> caCertificates() const;

    /// The fixed demo account every sandbox accepts.
    static DemoCredentials demoCredentials();

    /// Time for signatures, tokens, expiry checks and ids; the system clock by default.
    void setClock(std::shared_ptr<const Clock> clock);

    /// Keeps the certificates in a JSON file (metadata only): loads it now, rewrites it after every change, and
    /// reads it again before a request when another process changed it (the GUI and ccmctl share one file).
    Status setStateFile(const QString& path);
    QString stateFile() const { return m_stateFile; }

    /// The imported certificates, oldest first.
    const QList<CertificateRecord>& certificates() const { return m_records; }
    /// Forgets every certificate (and rewrites the state file).
    void clearCertificates();
    /// Imports beyond this many certificates are refused with SCM.0011.
    void setQuota(int certificates) { m_quota = certificates; }

    // Fault injection, for tests.
    /// Every answer (and reset) is sent this many milliseconds after the request arrived.
    void setResponseDelay(int milliseconds) { m_delayMs = milliseconds; }
    /// The next `count` requests whose path starts with `pathPrefix` (SCM calls by default, any path when empty)
    /// get `fault`; `argument` is the delay of Fault::Delay (ms) or the Retry-After of Fault::Throttle (s).
    void injectFault(Fault fault, int count = 1, int argument = 0,
                     const QString& pathPrefix = QStringLiteral("/v3/scm"));
    /// Removes pending faults and the delay.
    void clearFaults();
    /// A connection silent for this long (no answer pending) is closed; 30 s by default.
    void setIdleTimeout(int milliseconds);
    /// Like the gateway, lock an access key for 5 minutes after 5 rejected signatures in a row. Off by default so
    /// tests of wrong keys do not lock each other out.
    void setSignatureLockout(bool enabled);
    /// Requests received since start.
    int requestCount() const { return m_requestCount; }
    /// Import requests that reached validation since start (accepted or not; not those a fault answered first).
    int importRequestCount() const { return m_importRequestCount; }
    int certificateCount() const { return int(m_records.size()); }
    /// The thread that validated the last import (never the sandbox's own: tests check the GUI thread stays free).
    QThread* lastValidationThread() const;
    /// The pushes carried out since start, in order.
    const QList<PushRecord>& pushes() const { return m_pushes; }
    /// Every request received since start, in order of arrival.
    const QList<LoggedRequest>& requestLog() const { return m_log; }
    /// Requests received since start with this method and decoded path (e.g. "POST", "/v3/scm/certificates/import").
    int countRequests(const QString& method, const QString& path) const;
    /// The scope of each IAM token handed out: "project <name>" or "domain", in no particular order.
    QStringList issuedTokenScopes() const;

Q_SIGNALS:
    /// After each request: method, path and the HTTP status (0 when the connection was reset).
    void requestHandled(const QString& method, const QString& path, int status);

private:
    void handle(const HttpRequest& request, HttpReply reply);
    /// Whether the Host header names this sandbox (127.0.0.1, localhost or [::1] with its port), so a web page
    /// cannot reach it through a DNS name that resolves to loopback.
    bool isOwnHost(const QByteArray& host) const;
    struct ImportVerdict;

    /// Answers through `respond`, at once or (imports) once the validation off this thread is done.
    void route(const HttpRequest& request, const QString& path, bool staleList,
               const std::function<void(HttpResponse)>& respond);
    void importCertificate(const HttpRequest& request, const std::function<void(HttpResponse)>& respond);
    /// The expensive part of an import (parse, match, chain as sent); runs in m_validation, touches no member.
    static ImportVerdict validateImport(const InspectionRequest& request, std::shared_ptr<const Clock> clock);
    /// Back on the sandbox's thread: duplicate check, quota, store.
    HttpResponse storeImport(const ImportVerdict& verdict, bool allowDuplicate);
    HttpResponse listCertificates(const HttpRequest& request, bool stale) const;
    HttpResponse showCertificate(const QString& id) const;
    HttpResponse deleteCertificate(const QString& id);
    HttpResponse pushCertificate(const HttpRequest& request, const QString& id, bool batch);
    QString newCertificateId() const;
    void persist();
    /// Takes over the state file's records when another process (ccmctl, another window) changed it.
    void refreshFromStateFile();

    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<TlsIdentity> m_tls;
    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<Authenticator> m_auth; ///< signatures, tokens, lockouts
    std::unique_ptr<FaultPlan> m_faults;   ///< injected faults waiting for their requests
    QList<CertificateRecord> m_records;
    QString m_stateFile;
    QByteArray m_stateDigest; ///< SHA-256 of the state file as last read or written here
    int m_quota = 1000;
    int m_delayMs = 0;
    int m_requestCount = 0;
    int m_importRequestCount = 0;
    bool m_ipv6 = false;
    int m_idleTimeoutMs = 30000;
    QList<LoggedRequest> m_log;
    QList<PushRecord> m_pushes;
    mutable QMutex m_validationThreadMutex;
    QThread* m_lastValidationThread = nullptr;
    QThreadPool m_validation; ///< last member: destroyed (and waited for) first
};

} // namespace ccm::sandbox
