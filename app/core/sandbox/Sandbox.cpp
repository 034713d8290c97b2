#include "sandbox/Sandbox.h"

#include "common/FileDigest.h"
#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "sandbox/Authenticator.h"
#include "sandbox/FaultPlan.h"
#include "sandbox/HttpServer.h"
#include "sandbox/IamEmulation.h"
#include "sandbox/Responses.h"
#include "sandbox/TlsIdentity.h"

#include <QFileInfo>
#include <QTimer>
#include <QUuid>

#include <algorithm>

// The router and owner: the server, the state file, the request log. Authentication is in Authenticator, the IAM
// calls in IamEmulation, the SCM calls in ScmImport.cpp and ScmCertificates.cpp, the injected faults in FaultPlan.

namespace ccm::sandbox {

namespace {

// The demo account. Public on purpose: printed by `ccmctl sandbox` and documented in the README.
constexpr auto kAccessKeyId = "SANDBOXACCESSKEY0001";
constexpr auto kSecretKey = "sandbox-secret-key-0001-do-not-use-in-production";
constexpr auto kTemporaryAccessKeyId = "SANDBOXTEMPACCESSKEY";
constexpr auto kTemporarySecretKey = "SandboxTemporarySecretKey000000000000000000";
constexpr auto kSecurityToken = "SandboxDemoSecurityToken-gQIDAQABo4IBKzCCAScwDgYDVR0PAQH_BAQDAgWgMB0GA1UdJQ";
constexpr auto kDomainId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
constexpr auto kDomainName = "sandbox-account";
constexpr auto kUserName = "sandbox-user";
constexpr auto kPassword = "sandbox-password";

} // namespace

cloud::Credentials DemoCredentials::akSk() const
{
    cloud::Credentials credentials;
    credentials.kind = cloud::AuthKind::AkSk;
    credentials.accessKeyId = accessKeyId;
    credentials.secretKey = SecureBytes::fromString(secretKey);
    credentials.domainId = domainId;
    return credentials;
}

cloud::Credentials DemoCredentials::temporaryAkSk() const
{
    cloud::Credentials credentials;
    credentials.kind = cloud::AuthKind::TemporaryAkSk;
    credentials.accessKeyId = temporaryAccessKeyId;
    credentials.secretKey = SecureBytes::fromString(temporarySecretKey);
    credentials.securityToken = SecureBytes::fromString(securityToken);
    credentials.domainId = domainId;
    return credentials;
}

cloud::Credentials DemoCredentials::iamPassword() const
{
    cloud::Credentials credentials;
    credentials.kind = cloud::AuthKind::IamPassword;
    credentials.domainName = domainName;
    credentials.userName = userName;
    credentials.password = SecureBytes::fromString(password);
    credentials.domainId = domainId;
    return credentials;
}

Sandbox::Sandbox(QObject* parent)
    : QObject(parent)
    , m_clock(Clock::system())
    , m_auth(std::make_unique<Authenticator>())
    , m_faults(std::make_unique<FaultPlan>())
{}

Sandbox::~Sandbox()
{
    // Validations still running post their answers to this object: wait for them before it goes.
    m_validation.waitForDone();
}

DemoCredentials Sandbox::demoCredentials()
{
    DemoCredentials demo;
    demo.accessKeyId = QLatin1String(kAccessKeyId);
    demo.secretKey = QLatin1String(kSecretKey);
    demo.temporaryAccessKeyId = QLatin1String(kTemporaryAccessKeyId);
    demo.temporarySecretKey = QLatin1String(kTemporarySecretKey);
    demo.securityToken = QLatin1String(kSecurityToken);
    demo.domainId = QLatin1String(kDomainId);
    demo.domainName = QLatin1String(kDomainName);
    demo.userName = QLatin1String(kUserName);
    demo.password = QLatin1String(kPassword);
    return demo;
}

Result<quint16> Sandbox::start(quint16 port, bool tls, bool ipv6)
{
    stop();
    std::optional<QSslConfiguration> configuration;
    if (tls) {
        auto identity = generateTlsIdentity();
        if (!identity)
            return identity.error();
        m_tls = std::make_unique<TlsIdentity>(std::move(identity).value());
        configuration = m_tls->serverConfiguration();
    }
    m_server = std::make_unique<HttpServer>(
        [this](const HttpRequest& request, HttpReply reply) { handle(request, std::move(reply)); });
    m_ipv6 = ipv6;
    m_server->setIdleTimeout(m_idleTimeoutMs);
    auto listening = m_server->listen(port, configuration, ipv6);
    if (!listening) {
        m_server.reset();
        m_tls.reset();
        return listening.error();
    }
    m_requestCount = 0;
    m_log.clear();
    qCInfo(lcSandbox) << "sandbox listening on" << endpoint().toString();
    return listening;
}

void Sandbox::stop()
{
    m_server.reset();
    m_tls.reset();
    m_auth->forgetTokens();
}

bool Sandbox::isRunning() const
{
    return m_server && m_server->isListening();
}

quint16 Sandbox::port() const
{
    return m_server ? m_server->port() : 0;
}

bool Sandbox::usesTls() const
{
    return m_tls != nullptr;
}

QUrl Sandbox::endpoint() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(usesTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_ipv6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

QByteArray Sandbox::caCertificatePem() const
{
    return m_tls ? m_tls->caPem() : QByteArray();
}

QList<QSslCertificate> Sandbox::caCertificates() const
{
    return m_tls ? QList<QSslCertificate>{m_tls->caCertificate} : QList<QSslCertificate>{};
}

void Sandbox::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
}

Status Sandbox::setStateFile(const QString& path)
{
    auto records = loadState(path);
    if (!records)
        return records.error();
    m_stateFile = path;
    m_records = std::move(records).value();
    m_stateDigest = fileDigest(path);
    return {};
}

void Sandbox::refreshFromStateFile()
{
    if (m_stateFile.isEmpty())
        return;
    const QByteArray digest = fileDigest(m_stateFile);
    if (digest.isEmpty() || digest == m_stateDigest)
        return;
    auto records = loadState(m_stateFile);
    if (!records) {
        // A damaged file is left alone here; the next change rewrites it from what this sandbox holds.
        qCWarning(lcSandbox) << records.error();
        return;
    }
    m_records = std::move(records).value();
    m_stateDigest = digest;
}

void Sandbox::clearCertificates()
{
    m_records.clear();
    persist();
}

void Sandbox::injectFault(Fault fault, int count, int argument, const QString& pathPrefix)
{
    m_faults->inject(fault, count, argument, pathPrefix);
}

int Sandbox::countRequests(const QString& method, const QString& path) const
{
    return int(std::count_if(m_log.cbegin(), m_log.cend(),
                             [&](const LoggedRequest& r) { return r.method == method && r.path == path; }));
}

QStringList Sandbox::issuedTokenScopes() const
{
    QStringList scopes;
    for (const Authenticator::IssuedToken& token : m_auth->issuedTokens())
        scopes << (token.projectScope ? QStringLiteral("project ") + token.projectName : QStringLiteral("domain"));
    return scopes;
}

bool Sandbox::isOwnHost(const QByteArray& host) const
{
    const QByteArray port = QByteArray::number(this->port());
    const bool defaultPort = (usesTls() && this->port() == 443) || (!usesTls() && this->port() == 80);
    const QList<QByteArray> names = m_ipv6 ? QList<QByteArray>{"[::1]"} : QList<QByteArray>{"127.0.0.1", "localhost"};
    for (const QByteArray& name : names) {
        if (host.compare(QByteArray(name + ':' + port), Qt::CaseInsensitive) == 0 ||
            (defaultPort && host.compare(name, Qt::CaseInsensitive) == 0))
            return true;
    }
    return false;
}

void Sandbox::setIdleTimeout(int milliseconds)
{
    m_idleTimeoutMs = milliseconds;
    if (m_server)
        m_server->setIdleTimeout(milliseconds);
}

void Sandbox::clearFaults()
{
    m_faults->clear();
    m_delayMs = 0;
}

void Sandbox::setSignatureLockout(bool enabled)
{
    m_auth->setLockout(enabled);
}

void Sandbox::persist()
{
    if (m_stateFile.isEmpty())
        return;
    if (fileDigest(m_stateFile) != m_stateDigest && QFileInfo::exists(m_stateFile) && !loadState(m_stateFile)) {
        // Someone damaged the file (a hand edit, a broken sync): what was there is kept next to it before this
        // sandbox writes its own records, and nothing is written when even that copy fails.
        const QString backup = backupFile(m_stateFile, QStringLiteral("damaged"));
        if (backup.isEmpty()) {
            qCWarning(lcSandbox) << "sandbox state file damaged and no backup possible, not rewritten:" << m_stateFile;
            return;
        }
        qCWarning(lcSandbox) << "sandbox state file damaged, kept as" << backup;
    }
    if (const Status saved = saveState(m_stateFile, m_records); !saved)
        qCWarning(lcSandbox) << saved.error();
    m_stateDigest = fileDigest(m_stateFile);
}

void Sandbox::handle(const HttpRequest& request, HttpReply reply)
{
    ++m_requestCount;
    // The request's read-modify-write of the state file shared with other processes (ccmctl, the window) runs
    // under <state>.update.lock, so two sandboxes importing at once do not lose each other's certificates.
    const std::unique_ptr<QLockFile> stateLock = m_stateFile.isEmpty() ? nullptr : lockForUpdate(m_stateFile);
    if (!m_stateFile.isEmpty() && !stateLock)
        qCWarning(lcSandbox) << "sandbox state file stays locked by another process:" << m_stateFile;
    refreshFromStateFile();
    const QString path = QUrl::fromPercentEncoding(request.path);
    const QString method = QString::fromLatin1(request.method);
    const qsizetype logIndex = m_log.size();
    m_log.append(LoggedRequest{method, path, request.query, 0});
    const FaultEffect effect(m_faults->take(path, method));
    const Fault fault = effect.fault();
    const auto finish = [this, logIndex, method, path](int status) {
        if (logIndex < m_log.size())
            m_log[logIndex].status = status;
        Q_EMIT requestHandled(method, path, status);
    };

    // Faults before the request is handled: nothing it asked for happens.
    if (effect.dropsBeforeHandling()) {
        qCDebug(lcSandbox) << method << path << "dropped before handling";
        if (fault == Fault::ResetBeforeStore)
            reply.reset();
        else
            reply.close();
        finish(0);
        return;
    }
    // Faults after the request is handled: it happened, but the client does not learn so.
    auto complete = [this, reply, effect, fault, finish, method, path](HttpResponse response) {
        effect.applyAfterHandling(response);
        response.headers.emplaceBack("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::Id128));
        response.headers.emplaceBack("Date", httpDate(m_clock->now()));
        response.headers.emplaceBack("Server", "ccm-sandbox");

        const bool dropped = effect.dropsAnswer();
        qCDebug(lcSandbox) << method << path << (dropped ? 0 : response.status);
        auto deliver = [reply, response, fault, dropped, finish] {
            if (!dropped)
                reply.send(response);
            else if (fault == Fault::ResetAfterBody)
                reply.cutOff(response);
            else if (fault == Fault::ResetAfterStore)
                reply.reset();
            else
                reply.close();
            finish(dropped ? 0 : response.status);
        };
        const int delay = effect.delay(m_delayMs);
        if (delay > 0)
            QTimer::singleShot(delay, this, deliver);
        else
            deliver();
    };

    if (std::optional<HttpResponse> refusal = effect.refusal()) {
        complete(std::move(*refusal));
    } else if (!isOwnHost(request.header("Host"))) {
        complete(
            errorResponse(400, QStringLiteral("APIG.0201"),
                          QStringLiteral("The Host header does not name this sandbox (127.0.0.1 with its port).")));
    } else {
        route(request, path, effect.staleList(), complete);
    }
}

void Sandbox::route(const HttpRequest& request, const QString& path, bool staleList,
                    const std::function<void(HttpResponse)>& respond)
{
    const QByteArray& method = request.method;
    static const QString certificates = QStringLiteral("/v3/scm/certificates");

    if (path == QLatin1String("/v3/auth/tokens")) {
        return respond(method == "POST" ? iamIssueToken(request, *m_clock, *m_auth) : notFound());
    }
    if (path == QLatin1String("/v3/auth/domains")) {
        if (method != "GET")
            return respond(notFound());
        const Authenticator::Result auth = m_auth->authenticate(request, false, *m_clock);
        return respond(auth.ok ? iamDomains() : errorResponse(auth.status, auth.code, auth.message));
    }
    if (path != certificates && !path.startsWith(certificates + QLatin1Char('/')))
        return respond(notFound());

    QString rest = path.mid(certificates.size());
    if (rest == QLatin1String("/"))
        rest.clear();
    enum class Operation { None, Import, List, Show, Delete, Push, BatchPush } operation = Operation::None;
    if (rest == QLatin1String("/import"))
        operation = method == "POST" ? Operation::Import : Operation::None;
    else if (rest.isEmpty())
        operation = method == "GET" ? Operation::List : Operation::None;
    else if (rest.count(QLatin1Char('/')) == 1)
        operation = method == "GET" ? Operation::Show : method == "DELETE" ? Operation::Delete : Operation::None;
    else if (rest.count(QLatin1Char('/')) == 2 && method == "POST" && rest.endsWith(QLatin1String("/push")))
        operation = Operation::Push;
    else if (rest.count(QLatin1Char('/')) == 2 && method == "POST" && rest.endsWith(QLatin1String("/batch-push")))
        operation = Operation::BatchPush;
    if (operation == Operation::None)
        return respond(notFound());

    const Authenticator::Result auth = m_auth->authenticate(request, true, *m_clock);
    if (!auth.ok)
        return respond(errorResponse(auth.status, auth.code, auth.message));
    switch (operation) {
    case Operation::Import:
        return importCertificate(request, respond);
    case Operation::List:
        return respond(listCertificates(request, staleList));
    case Operation::Show:
        return respond(showCertificate(rest.mid(1)));
    case Operation::Delete:
        return respond(deleteCertificate(rest.mid(1)));
    case Operation::Push:
    case Operation::BatchPush:
        return respond(
            pushCertificate(request, rest.section(QLatin1Char('/'), 1, 1), operation == Operation::BatchPush));
    case Operation::None:
        break;
    }
    return respond(notFound());
}

} // namespace ccm::sandbox
