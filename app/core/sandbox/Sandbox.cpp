#include "sandbox/Sandbox.h"

#include "certificate/BundleReader.h"
#include "certificate/Inspection.h"
#include "certificate/OpenSsl.h"
#include "certificate/TrustStore.h"
#include "certificate/Validator.h"
#include "cloud/ScmContract.h"
#include "cloud/Signer.h"
#include "common/FileDigest.h"
#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "sandbox/HttpServer.h"
#include "sandbox/SignatureCheck.h"
#include "sandbox/TlsIdentity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <algorithm>

namespace ccm::sandbox {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::sandbox::Sandbox)
};

// The demo account. Public on purpose: printed by `ccmctl sandbox` and documented in the README.
constexpr auto kAccessKeyId = "SANDBOXACCESSKEY0001";
constexpr auto kSecretKey = "sandbox-secret-key-0001-do-not-use-in-production";
constexpr auto kTemporaryAccessKeyId = "SANDBOXTEMPACCESSKEY";
constexpr auto kTemporarySecretKey = "SandboxTemporarySecretKey000000000000000000";
constexpr auto kSecurityToken = "SandboxDemoSecurityToken-gQIDAQABo4IBKzCCAScwDgYDVR0PAQH_BAQDAgWgMB0GA1UdJQ";
constexpr auto kDomainId = "0a1b2c3d4e5f60718293a4b5c6d7e8f9";
constexpr auto kDomainName = "sandbox-account";
constexpr auto kUserName = "sandbox-user";
constexpr auto kUserId = "5a4db0c5a4db0c5a4db0c5a4db0c5a4d";
constexpr auto kPassword = "sandbox-password";

const QString kAuthFailed = QStringLiteral("APIG.0301");
const QString kTokenFailed = QStringLiteral("APIG.0307");
const QString kInvalidParameter = QStringLiteral("SCM.0005");

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse jsonResponse(int status, const QJsonObject& object)
{
    return HttpResponse{status, {{"Content-Type", "application/json;charset=UTF-8"}}, json(object)};
}

HttpResponse errorResponse(int status, const QString& code, const QString& message)
{
    return jsonResponse(status,
                        QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}});
}

HttpResponse notFound()
{
    return errorResponse(404, QStringLiteral("APIG.0101"),
                         QStringLiteral("The API does not exist or has not been published in the environment."));
}

/// RFC 7231 date, as the gateway's Date header (clients compare it with their clock after APIG.0301).
QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QString tokenTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}

QByteArray newToken()
{
    QByteArray random(96, Qt::Uninitialized);
    RAND_bytes(reinterpret_cast<unsigned char*>(random.data()), int(random.size()));
    // Real tokens are long base64 blobs starting with "MII"; the shape only matters for length checks.
    return "MIIS" + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

/// The service's answer to a finding; the order says which problem it would report first.
QString scmCodeFor(const Finding& finding)
{
    return finding.scmCode.isEmpty() ? kInvalidParameter : finding.scmCode;
}

int priorityOf(const Finding& finding)
{
    // What cannot be read at all comes first, then the key, then the chain as sent, then the rest.
    if (finding.code.startsWith(QLatin1String("input.")))
        return 0;
    static const QStringList order{QStringLiteral("SCM.0053"), QStringLiteral("SCM.0114"), QStringLiteral("SCM.0006"),
                                   QStringLiteral("SCM.0012"), QStringLiteral("SCM.0014"), QStringLiteral("SCM.0079"),
                                   QStringLiteral("SCM.0013"), QStringLiteral("SCM.0009")};
    const auto index = order.indexOf(finding.scmCode);
    return 1 + (index < 0 ? int(order.size()) : int(index));
}

/// The certificates as received (certificate field, then certificate_chain), each followed by its issuer?
bool receivedInIssuerOrder(const QList<InputSource>& inputs)
{
    const ReadResult received = BundleReader().read(inputs);
    for (qsizetype i = 1; i < received.certificates.size(); ++i) {
        const Certificate& subject = received.certificates.at(i - 1).certificate;
        const Certificate& issuer = received.certificates.at(i).certificate;
        if (!subject.namesIssuer(issuer) || !subject.signatureVerifiedBy(issuer))
            return false;
    }
    return true;
}

} // namespace

struct Sandbox::ImportVerdict
{
    std::optional<HttpResponse> rejection; ///< what the service answers when it refuses the import
    CertificateRecord record;              ///< what it keeps otherwise (id and time are set when stored)
};

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
    m_tokens.clear();
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
    if (count > 0)
        m_faults.append(PendingFault{fault, count, argument, pathPrefix});
}

int Sandbox::countRequests(const QString& method, const QString& path) const
{
    return int(std::count_if(m_log.cbegin(), m_log.cend(),
                             [&](const LoggedRequest& r) { return r.method == method && r.path == path; }));
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
    m_faults.clear();
    m_delayMs = 0;
}

std::optional<Sandbox::PendingFault> Sandbox::takeFault(const QString& path, const QString& method)
{
    const bool isList = method == QLatin1String("GET") && (path == QLatin1String("/v3/scm/certificates") ||
                                                           path == QLatin1String("/v3/scm/certificates/"));
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!path.startsWith(it->pathPrefix) || (it->fault == Fault::StaleList && !isList))
            continue;
        const PendingFault fault = *it;
        if (--it->remaining <= 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
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
    const std::optional<PendingFault> pending = takeFault(path, method);
    const Fault fault = pending ? pending->fault : Fault::Delay;
    const auto faultIs = [&pending](std::initializer_list<Fault> faults) {
        return pending.has_value() && std::find(faults.begin(), faults.end(), pending->fault) != faults.end();
    };
    const auto finish = [this, logIndex, method, path](int status) {
        if (logIndex < m_log.size())
            m_log[logIndex].status = status;
        Q_EMIT requestHandled(method, path, status);
    };

    // Faults before the request is handled: nothing it asked for happens.
    if (faultIs({Fault::ResetBeforeStore, Fault::CloseBeforeStore})) {
        qCDebug(lcSandbox) << method << path << "dropped before handling";
        if (fault == Fault::ResetBeforeStore)
            reply.reset();
        else
            reply.close();
        finish(0);
        return;
    }
    // Faults after the request is handled: it happened, but the client does not learn so.
    auto complete = [this, reply, pending, fault, finish, method, path](HttpResponse response) {
        const auto had = [&pending](std::initializer_list<Fault> faults) {
            return pending.has_value() && std::find(faults.begin(), faults.end(), pending->fault) != faults.end();
        };
        if (had({Fault::MalformedJson})) {
            response.body = response.body.isEmpty() ? QByteArray("{\"") : response.body.left(response.body.size() / 2);
            response.headers = {{"Content-Type", "application/json;charset=UTF-8"}};
        } else if (had({Fault::BadGateway})) {
            response = errorResponse(502, QStringLiteral("APIG.0201"), QStringLiteral("Bad gateway."));
        } else if (had({Fault::ServiceUnavailable})) {
            response = errorResponse(503, QStringLiteral("APIG.0201"), QStringLiteral("Service unavailable."));
        } else if (had({Fault::GatewayTimeout})) {
            response = errorResponse(504, QStringLiteral("APIG.0201"), QStringLiteral("Backend timeout."));
        } else if (had({Fault::ServerErrorNoCode})) {
            response =
                HttpResponse{500, {{"Content-Type", "text/html"}}, "<html><body>Internal Server Error</body></html>"};
        }
        response.headers.emplaceBack("X-Request-Id", QUuid::createUuid().toByteArray(QUuid::Id128));
        response.headers.emplaceBack("Date", httpDate(m_clock->now()));
        response.headers.emplaceBack("Server", "ccm-sandbox");

        const bool dropped = had({Fault::ResetAfterBody, Fault::ResetAfterStore, Fault::CloseAfterStore});
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
        const int delay = had({Fault::Delay}) ? pending->argument : m_delayMs;
        if (delay > 0)
            QTimer::singleShot(delay, this, deliver);
        else
            deliver();
    };

    if (faultIs({Fault::ServerError})) {
        complete(errorResponse(500, QStringLiteral("SCM.0500"),
                               QStringLiteral("Internal server error (injected by the sandbox).")));
    } else if (faultIs({Fault::Throttle})) {
        HttpResponse response = errorResponse(429, QStringLiteral("APIG.0308"),
                                              QStringLiteral("The throttling threshold has been reached: policy user "
                                                             "over ratelimit, limit:20, time:1 minute"));
        if (pending->argument > 0)
            response.headers.emplaceBack("Retry-After", QByteArray::number(pending->argument));
        complete(response);
    } else if (faultIs({Fault::CannotPush})) {
        complete(errorResponse(400, QStringLiteral("SCM.0030"),
                               QStringLiteral("The certificate cannot be pushed to the target service.")));
    } else if (!isOwnHost(request.header("Host"))) {
        complete(
            errorResponse(400, QStringLiteral("APIG.0201"),
                          QStringLiteral("The Host header does not name this sandbox (127.0.0.1 with its port).")));
    } else {
        route(request, path, faultIs({Fault::StaleList}), complete);
    }
}

void Sandbox::route(const HttpRequest& request, const QString& path, bool staleList,
                    const std::function<void(HttpResponse)>& respond)
{
    const QByteArray& method = request.method;
    static const QString certificates = QStringLiteral("/v3/scm/certificates");

    if (path == QLatin1String("/v3/auth/tokens")) {
        return respond(method == "POST" ? issueToken(request) : notFound());
    }
    if (path == QLatin1String("/v3/auth/domains")) {
        if (method != "GET")
            return respond(notFound());
        const AuthResult auth = authenticate(request, false);
        return respond(auth.ok ? domains() : errorResponse(auth.status, auth.code, auth.message));
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

    const AuthResult auth = authenticate(request, true);
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

Sandbox::AuthResult Sandbox::authenticate(const HttpRequest& request, bool scm)
{
    if (request.hasHeader("X-Auth-Token")) {
        const auto token = m_tokens.constFind(request.header("X-Auth-Token"));
        if (token == m_tokens.cend())
            return {false, 401, kTokenFailed,
                    QStringLiteral("Incorrect IAM authentication information: the token is invalid.")};
        if (token->expires <= m_clock->now())
            return {false, 401, kTokenFailed, QStringLiteral("The token has expired: get a new one.")};
        return {true, 200, {}, {}};
    }
    if (!request.hasHeader("Authorization")) {
        return {false, 401, kAuthFailed,
                QStringLiteral("Incorrect IAM authentication information: neither X-Auth-Token nor an "
                               "SDK-HMAC-SHA256 Authorization header was sent.")};
    }
    return verifySignature(request, scm);
}

Sandbox::AuthResult Sandbox::verifySignature(const HttpRequest& request, bool scm)
{
    const auto fail = [](const QString& why) {
        return AuthResult{false, 401, kAuthFailed, QStringLiteral("Incorrect IAM authentication information: ") + why};
    };
    static const QByteArray scheme = "SDK-HMAC-SHA256 ";
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith(scheme))
        return fail(QStringLiteral("unsupported authorization scheme (expected SDK-HMAC-SHA256)."));
    QByteArray access;
    QByteArray signedHeadersText;
    QByteArray signature;
    for (const QByteArray& part : authorization.mid(scheme.size()).split(',')) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        const QByteArray key = item.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : item.mid(equals + 1);
        if (key == "Access")
            access = value;
        else if (key == "SignedHeaders")
            signedHeadersText = value;
        else if (key == "Signature")
            signature = value;
    }
    if (access.isEmpty() || signedHeadersText.isEmpty() || signature.isEmpty())
        return fail(QStringLiteral("the Authorization header lacks Access, SignedHeaders or Signature."));

    const QDateTime sent = cloud::parseSdkDate(request.header("X-Sdk-Date"));
    if (!sent.isValid())
        return fail(QStringLiteral("X-Sdk-Date is missing or not in the form YYYYMMDDTHHMMSSZ."));

    const QList<QByteArray> signedHeaders = signedHeadersText.split(';');
    if (!signedHeaders.contains("x-sdk-date"))
        return fail(QStringLiteral("x-sdk-date must be a signed header."));
    for (const QByteArray& name : signedHeaders) {
        if (name != name.toLower() || !request.hasHeader(name))
            return fail(QStringLiteral("the signed header \"%1\" was not sent.").arg(QString::fromLatin1(name)));
    }

    const DemoCredentials demo = demoCredentials();
    SecureBytes secretKey;
    if (access == demo.accessKeyId.toLatin1()) {
        secretKey = SecureBytes::fromString(demo.secretKey);
    } else if (access == demo.temporaryAccessKeyId.toLatin1()) {
        if (!signedHeaders.contains("x-security-token") ||
            !constantTimeEquals(request.header("X-Security-Token"), demo.securityToken.toUtf8()))
            return fail(QStringLiteral("a temporary access key needs its X-Security-Token, signed."));
        secretKey = SecureBytes::fromString(demo.temporarySecretKey);
    } else {
        return fail(QStringLiteral("the access key %1 does not exist.").arg(QString::fromLatin1(access)));
    }

    const QDateTime now = m_clock->now();
    Lockout& lockout = m_lockouts[access];
    if (m_lockoutEnabled && lockout.lockedUntil.isValid() && now < lockout.lockedUntil)
        return fail(QStringLiteral("the access key is locked for 5 minutes after 5 failed signatures in a row."));
    const auto rejected = [&](const QString& why) {
        if (m_lockoutEnabled && ++lockout.failures >= 5) {
            lockout.failures = 0;
            lockout.lockedUntil = now.addSecs(5 * 60);
        }
        return fail(why);
    };
    if (qAbs(sent.secsTo(now)) > kClockWindowSeconds) {
        return rejected(QStringLiteral("the request was signed at %1, more than 15 minutes away from the server "
                                       "time %2. Correct the clock.")
                            .arg(sent.toString(Qt::ISODate), now.toUTC().toString(Qt::ISODate)));
    }
    const QByteArray expected = expectedSignature(request, signedHeaders, secretKey);
    if (expected.isEmpty() || !constantTimeEquals(expected, signature))
        return rejected(QStringLiteral("verify aksk signature fail: check the secret key."));
    lockout.failures = 0;

    if (scm) {
        // SCM is a global service: AK/SK calls say which account they act for.
        const QByteArray domainId = request.header("X-Domain-Id");
        if (domainId.isEmpty())
            return fail(QStringLiteral("X-Domain-Id is required for the global SCM service."));
        if (domainId != demo.domainId.toLatin1())
            return {false, 403, QStringLiteral("APIG.0302"),
                    QStringLiteral("The X-Domain-Id does not belong to the access key's account.")};
    }
    return {true, 200, {}, {}};
}

HttpResponse Sandbox::domains() const
{
    const DemoCredentials demo = demoCredentials();
    const QJsonObject domain{{QStringLiteral("id"), demo.domainId},
                             {QStringLiteral("name"), demo.domainName},
                             {QStringLiteral("enabled"), true},
                             {QStringLiteral("description"), QStringLiteral("CCM Importer sandbox account")}};
    return jsonResponse(200, QJsonObject{{QStringLiteral("domains"), QJsonArray{domain}}});
}

HttpResponse Sandbox::issueToken(const HttpRequest& request)
{
    // IAM answers with its own codes; IAM.0001 (bad request) and IAM.0004 (wrong user or password) are what
    // the sandbox uses, in the SCM error format. The exact IAM codes are unconfirmed.
    const QJsonObject root = QJsonDocument::fromJson(request.body).object();
    const QJsonObject identity =
        root.value(QLatin1String("auth")).toObject().value(QLatin1String("identity")).toObject();
    const QJsonArray methods = identity.value(QLatin1String("methods")).toArray();
    const QJsonObject user =
        identity.value(QLatin1String("password")).toObject().value(QLatin1String("user")).toObject();
    if (!methods.contains(QStringLiteral("password")) || user.isEmpty())
        return errorResponse(400, QStringLiteral("IAM.0001"),
                             QStringLiteral("The request body is invalid: password authentication expected."));

    const DemoCredentials demo = demoCredentials();
    const QJsonObject userDomain = user.value(QLatin1String("domain")).toObject();
    const bool domainMatches = userDomain.value(QLatin1String("name")).toString() == demo.domainName ||
                               userDomain.value(QLatin1String("id")).toString() == demo.domainId;
    QByteArray password = user.value(QLatin1String("password")).toString().toUtf8();
    const bool passwordMatches = constantTimeEquals(password, demo.password.toUtf8());
    wipe(password);
    if (!domainMatches || user.value(QLatin1String("name")).toString() != demo.userName || !passwordMatches)
        return errorResponse(401, QStringLiteral("IAM.0004"), QStringLiteral("The username or password is wrong."));

    const QJsonObject scope = root.value(QLatin1String("auth")).toObject().value(QLatin1String("scope")).toObject();
    const QJsonObject domainJson{{QStringLiteral("id"), demo.domainId}, {QStringLiteral("name"), demo.domainName}};
    const QDateTime now = m_clock->now();
    IssuedToken issued{now.addSecs(kTokenLifetimeSeconds), scope.contains(QLatin1String("project"))};
    QJsonObject token{
        {QStringLiteral("expires_at"), tokenTime(issued.expires)},
        {QStringLiteral("issued_at"), tokenTime(now)},
        {QStringLiteral("methods"), methods},
        {QStringLiteral("roles"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("0")},
                                                         {QStringLiteral("name"), QStringLiteral("te_admin")}}}},
        {QStringLiteral("user"), QJsonObject{{QStringLiteral("domain"), domainJson},
                                             {QStringLiteral("id"), QLatin1String(kUserId)},
                                             {QStringLiteral("name"), demo.userName}}},
    };
    if (issued.projectScope) {
        const QString projectName =
            scope.value(QLatin1String("project")).toObject().value(QLatin1String("name")).toString();
        const QString projectId =
            QString::fromLatin1(QCryptographicHash::hash(projectName.toUtf8(), QCryptographicHash::Md5).toHex());
        token.insert(QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), projectId},
                                                            {QStringLiteral("name"), projectName},
                                                            {QStringLiteral("domain"), domainJson}});
    } else if (scope.contains(QLatin1String("domain"))) {
        const QJsonObject scoped = scope.value(QLatin1String("domain")).toObject();
        if (scoped.value(QLatin1String("name")).toString() != demo.domainName &&
            scoped.value(QLatin1String("id")).toString() != demo.domainId)
            return errorResponse(401, QStringLiteral("IAM.0004"),
                                 QStringLiteral("The scope names an account this user does not belong to."));
        token.insert(QStringLiteral("domain"), domainJson);
    }
    const QByteArray value = newToken();
    m_tokens.insert(value, issued);
    HttpResponse response = jsonResponse(201, QJsonObject{{QStringLiteral("token"), token}});
    response.headers.emplaceBack("X-Subject-Token", value);
    return response;
}

void Sandbox::importCertificate(const HttpRequest& request, const std::function<void(HttpResponse)>& respond)
{
    ++m_importRequestCount;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject())
        return respond(
            errorResponse(400, kInvalidParameter,
                          QStringLiteral("The request body is not a JSON object: %1").arg(parseError.errorString())));
    const QJsonObject body = document.object();
    for (const QString& key : body.keys()) {
        if (!cloud::contract::importFields().contains(key))
            return respond(
                errorResponse(400, kInvalidParameter, QStringLiteral("%1 is not a field of this API.").arg(key)));
    }
    static const QStringList textFields{
        QStringLiteral("name"),           QStringLiteral("certificate"),           QStringLiteral("certificate_chain"),
        QStringLiteral("private_key"),    QStringLiteral("enterprise_project_id"), QStringLiteral("enc_certificate"),
        QStringLiteral("enc_private_key")};
    for (const QString& field : textFields) {
        if (body.contains(field) && !body.value(field).isString())
            return respond(errorResponse(400, kInvalidParameter, QStringLiteral("%1 must be a string.").arg(field)));
    }
    if (body.contains(QLatin1String("duplicate_check")) && !body.value(QLatin1String("duplicate_check")).isBool())
        return respond(errorResponse(400, kInvalidParameter, QStringLiteral("duplicate_check must be true or false.")));

    const QString name = body.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return respond(errorResponse(400, kInvalidParameter, QStringLiteral("name is mandatory.")));
    for (const Finding& finding :
         Validator::checkName(name) +
             Validator::checkEnterpriseProjectId(body.value(QLatin1String("enterprise_project_id")).toString())) {
        if (finding.isError())
            return respond(errorResponse(400, kInvalidParameter, finding.message));
    }

    struct Limit
    {
        const char* field;
        int max;
    };
    static constexpr Limit lengths[] = {{"certificate", limits::kCertificateMax},
                                        {"certificate_chain", limits::kChainMax},
                                        {"private_key", limits::kPrivateKeyMax},
                                        {"enc_certificate", limits::kEncCertificateMax},
                                        {"enc_private_key", limits::kEncPrivateKeyMax}};
    for (const Limit& limit : lengths) {
        if (body.value(QLatin1String(limit.field)).toString().size() > limit.max)
            return respond(errorResponse(
                400, kInvalidParameter,
                QStringLiteral("%1 is longer than %2 characters.").arg(QLatin1String(limit.field)).arg(limit.max)));
    }

    const QByteArray certificate = body.value(QLatin1String("certificate")).toString().toUtf8();
    const QByteArray chain = body.value(QLatin1String("certificate_chain")).toString().toUtf8();
    QByteArray key = body.value(QLatin1String("private_key")).toString().toUtf8();
    const QByteArray encCertificate = body.value(QLatin1String("enc_certificate")).toString().toUtf8();
    QByteArray encKey = body.value(QLatin1String("enc_private_key")).toString().toUtf8();
    const auto wipeKeys = qScopeGuard([&] {
        wipe(key);
        wipe(encKey);
    });
    if (certificate.trimmed().isEmpty())
        return respond(
            errorResponse(400, QStringLiteral("SCM.0054"), QStringLiteral("The certificate content is missing.")));
    if (key.trimmed().isEmpty())
        return respond(errorResponse(400, kInvalidParameter, QStringLiteral("private_key is mandatory.")));
    const auto hasCertificateMarkers = [](const QByteArray& text) {
        return text.contains("-----BEGIN CERTIFICATE-----") && text.contains("-----END CERTIFICATE-----");
    };
    if (!hasCertificateMarkers(certificate) || (!chain.trimmed().isEmpty() && !hasCertificateMarkers(chain)))
        return respond(
            errorResponse(400, QStringLiteral("SCM.0053"),
                          QStringLiteral("The certificate must be PEM between -----BEGIN CERTIFICATE----- and "
                                         "-----END CERTIFICATE----- lines.")));
    if (!key.contains("PRIVATE KEY-----"))
        return respond(
            errorResponse(400, QStringLiteral("SCM.0114"),
                          QStringLiteral("The private key must be PEM between -----BEGIN PRIVATE KEY----- (or RSA/EC "
                                         "PRIVATE KEY) and -----END ...----- lines.")));
    if (key.contains("ENCRYPTED"))
        return respond(errorResponse(400, QStringLiteral("SCM.0012"),
                                     QStringLiteral("A password-protected private key cannot be uploaded.")));

    // What the service does with the received text: parse it, match key and certificate, check the chain as given.
    // That is the expensive part, and a sandbox inside the window lives on the GUI thread: it runs in the sandbox's
    // own thread pool, and the answer follows from the event loop.
    auto inspectionRequest = std::make_shared<InspectionRequest>();
    inspectionRequest->inputs.append(InputSource{QStringLiteral("certificate"), certificate});
    if (!chain.trimmed().isEmpty())
        inspectionRequest->inputs.append(InputSource{QStringLiteral("certificate_chain"), chain});
    // Deep copies: `key` is wiped when this function returns, the worker's copy when the worker is done.
    inspectionRequest->inputs.append(
        InputSource{QStringLiteral("private_key"), QByteArray(key.constData(), key.size())});
    if (!encCertificate.trimmed().isEmpty())
        inspectionRequest->encInputs.append(InputSource{QStringLiteral("enc_certificate"), encCertificate});
    if (!encKey.trimmed().isEmpty())
        inspectionRequest->encInputs.append(
            InputSource{QStringLiteral("enc_private_key"), QByteArray(encKey.constData(), encKey.size())});
    inspectionRequest->form.name = name;
    inspectionRequest->form.enterpriseProjectId = body.value(QLatin1String("enterprise_project_id")).toString();
    const bool allowDuplicate = body.value(QLatin1String("duplicate_check")).toBool(false);
    m_validation.start([this, inspectionRequest, clock = m_clock, allowDuplicate, respond] {
        auto verdict = std::make_shared<ImportVerdict>(validateImport(*inspectionRequest, clock));
        for (InputSource& input : inspectionRequest->inputs + inspectionRequest->encInputs)
            wipe(input.data);
        {
            const QMutexLocker lock(&m_validationThreadMutex);
            m_lastValidationThread = QThread::currentThread();
        }
        // The sandbox waits for this pool before it goes away, so `this` is alive here.
        QMetaObject::invokeMethod(
            this, [this, verdict, allowDuplicate, respond] { respond(storeImport(*verdict, allowDuplicate)); },
            Qt::QueuedConnection);
    });
}

Sandbox::ImportVerdict Sandbox::validateImport(const InspectionRequest& request, std::shared_ptr<const Clock> clock)
{
    // An empty trust store: whether a chain ends at a known root is not something the service checks.
    const Inspector inspector(std::move(clock), std::make_shared<ListTrustStore>());
    const Inspection inspection = inspector.inspect(request);

    ImportVerdict verdict;
    QList<Finding> rejections;
    // The service reads the chain in the order it was sent: "an issuer does not match the certificate before it".
    if (!receivedInIssuerOrder(request.inputs)) {
        rejections.append(Finding{Severity::Error,
                                  QStringLiteral("chain.sequence"),
                                  QStringLiteral("certificate_chain"),
                                  QString(),
                                  QStringLiteral("SCM.0079"),
                                  {}});
    }
    for (const Finding& finding : inspection.findings) {
        // The service cannot reorder what it receives: a chain out of order is rejected, not fixed.
        if (finding.isError() || finding.scmCode == QLatin1String("SCM.0079"))
            rejections.append(finding);
    }
    if (!rejections.isEmpty()) {
        std::stable_sort(rejections.begin(), rejections.end(),
                         [](const Finding& a, const Finding& b) { return priorityOf(a) < priorityOf(b); });
        const Finding& first = rejections.first();
        if (first.scmCode == QLatin1String("SCM.0079")) {
            // The finding's own text says the client reordered the chain; the service only refuses it.
            verdict.rejection = errorResponse(400, first.scmCode,
                                              QStringLiteral("The certificate chain is not in order: each certificate "
                                                             "must be followed by the certificate that issued it."));
        } else {
            verdict.rejection = errorResponse(400, scmCodeFor(first), first.message);
        }
        return verdict;
    }
    if (inspection.bundle.leaf.isNull()) {
        verdict.rejection =
            errorResponse(400, QStringLiteral("SCM.0006"), QStringLiteral("The certificate cannot be parsed."));
        return verdict;
    }
    const Certificate& leaf = inspection.bundle.leaf;
    const CertificateDetails& details = inspection.leafDetails;
    CertificateRecord& record = verdict.record;
    record.name = request.form.name;
    record.domainNames = details.domainNames();
    if (record.domainNames.isEmpty())
        record.domainNames.append(details.subjectCn);
    record.domain = record.domainNames.value(0);
    record.signatureAlgorithm = details.signatureAlgorithm;
    record.sha1 = ossl::toHex(leaf.sha1());
    record.sha256 = ossl::toHex(leaf.sha256());
    record.issuer = details.issuerDn;
    record.notBefore = details.notBefore;
    record.notAfter = details.notAfter;
    record.enterpriseProjectId = request.form.enterpriseProjectId;
    return verdict;
}

HttpResponse Sandbox::storeImport(const ImportVerdict& verdict, bool allowDuplicate)
{
    if (verdict.rejection)
        return *verdict.rejection;
    // Checked here, on the sandbox's thread, so two imports of one certificate validated side by side still
    // leave one copy.
    if (!allowDuplicate) {
        const auto existing = std::find_if(m_records.cbegin(), m_records.cend(), [&](const CertificateRecord& r) {
            return r.sha256 == verdict.record.sha256;
        });
        if (existing != m_records.cend()) {
            // The service's code for a duplicate is unconfirmed; SCM.0020 is what the client maps to "duplicate".
            return errorResponse(400, QStringLiteral("SCM.0020"),
                                 QStringLiteral("The certificate has already been uploaded as %1. Set "
                                                "duplicate_check to true to upload it again.")
                                     .arg(existing->id));
        }
    }
    if (m_records.size() >= m_quota)
        return errorResponse(400, QStringLiteral("SCM.0011"),
                             QStringLiteral("The certificate quota (%1) has been reached.").arg(m_quota));
    CertificateRecord record = verdict.record;
    record.id = newCertificateId();
    record.created = m_clock->now().toUTC();
    m_records.append(record);
    persist();
    qCDebug(lcSandbox) << "imported" << record.id << record.name;
    return jsonResponse(200, QJsonObject{{QStringLiteral("certificate_id"), record.id}});
}

QThread* Sandbox::lastValidationThread() const
{
    const QMutexLocker lock(&m_validationThreadMutex);
    return m_lastValidationThread;
}

HttpResponse Sandbox::listCertificates(const HttpRequest& request, bool stale) const
{
    // Exactly the documented parameters and values (cloud/ScmContract); anything else is refused as the service
    // refuses it, so a client that relies on more fails here first.
    QList<std::pair<QString, QString>> items;
    if (!request.query.isEmpty()) {
        for (const QByteArray& part : request.query.split('&')) {
            const qsizetype equals = part.indexOf('=');
            const auto decode = [](QByteArray text) { return QUrl::fromPercentEncoding(text.replace('+', ' ')); };
            items.append({decode(part.left(equals < 0 ? part.size() : equals)),
                          equals < 0 ? QString() : decode(part.mid(equals + 1))});
        }
    }
    if (const QString problem = cloud::contract::checkListQuery(items); !problem.isEmpty())
        return errorResponse(400, kInvalidParameter, problem);
    const auto value = [&items](const char* name, const QString& fallback) {
        for (const auto& [key, text] : items) {
            if (key == QLatin1String(name))
                return text;
        }
        return fallback;
    };
    const int limit = value("limit", QString::number(cloud::contract::kDefaultLimit)).toInt();
    // Whether offset counts records or pages is unconfirmed; the sandbox counts records.
    const int offset = value("offset", QStringLiteral("0")).toInt();
    const QString sortDir = value("sort_dir", QStringLiteral("DESC"));
    const QString sortKey = value("sort_key", QStringLiteral("certUpdateTime"));
    const QString status = value("status", QStringLiteral("ALL"));
    const QString content = value("content", {});
    const QString enterpriseProject = value("enterprise_project_id", QStringLiteral("all"));
    const QDateTime now = m_clock->now();
    const int expiredDaysSince = value("expired_days_since", QStringLiteral("-1")).toInt();

    QList<CertificateRecord> matches;
    const qsizetype visible = stale ? m_records.size() - 1 : m_records.size();
    for (const CertificateRecord& record : m_records.first(qMax<qsizetype>(0, visible))) {
        // Every certificate here was uploaded: status UPLOAD (the other statuses belong to bought ones).
        if (status != QLatin1String("ALL") && status != QLatin1String("UPLOAD"))
            continue;
        if (enterpriseProject != QLatin1String("all") &&
            enterpriseProject !=
                (record.enterpriseProjectId.isEmpty() ? QStringLiteral("0") : record.enterpriseProjectId))
            continue;
        if (expiredDaysSince >= 0 && record.notAfter < now.addDays(-expiredDaysSince))
            continue;
        if (!content.isEmpty()) {
            const bool found = record.name.contains(content, Qt::CaseInsensitive) ||
                               std::any_of(record.domainNames.cbegin(), record.domainNames.cend(),
                                           [&](const QString& d) { return d.contains(content, Qt::CaseInsensitive); });
            if (!found)
                continue;
        }
        matches.append(record);
    }
    const bool ascending = sortDir == QLatin1String("ASC");
    // A total order (ties broken by id), so that DESC is exactly ASC reversed and pages never overlap or skip.
    std::sort(matches.begin(), matches.end(), [&](const CertificateRecord& a, const CertificateRecord& b) {
        const QDateTime& x = sortKey == QLatin1String("certExpiredTime") ? a.notAfter : a.created;
        const QDateTime& y = sortKey == QLatin1String("certExpiredTime") ? b.notAfter : b.created;
        const bool less = sortKey == QLatin1String("certStatus") ? a.id < b.id : (x != y ? x < y : a.id < b.id);
        const bool greater = sortKey == QLatin1String("certStatus") ? b.id < a.id : (x != y ? y < x : b.id < a.id);
        return ascending ? less : greater;
    });
    QJsonArray page;
    for (qsizetype i = offset; i < matches.size() && page.size() < limit; ++i)
        page.append(matches.at(i).toListJson());
    return jsonResponse(
        200, QJsonObject{{QStringLiteral("certificates"), page}, {QStringLiteral("total_count"), int(matches.size())}});
}

HttpResponse Sandbox::showCertificate(const QString& id) const
{
    for (const CertificateRecord& record : m_records) {
        if (record.id == id)
            return jsonResponse(200, record.toShowJson());
    }
    return errorResponse(404, QStringLiteral("SCM.0002"),
                         QStringLiteral("The certificate %1 does not exist or does not belong to you.").arg(id));
}

HttpResponse Sandbox::deleteCertificate(const QString& id)
{
    const auto removed = m_records.removeIf([&](const CertificateRecord& record) { return record.id == id; });
    if (removed == 0)
        return errorResponse(404, QStringLiteral("SCM.0002"),
                             QStringLiteral("The certificate %1 does not exist or does not belong to you.").arg(id));
    persist();
    return HttpResponse{200, {}, {}};
}

HttpResponse Sandbox::pushCertificate(const HttpRequest& request, const QString& id, bool batch)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QStringList allowed = batch ? QStringList{QStringLiteral("target_projects"), QStringLiteral("target_service")}
                                      : QStringList{QStringLiteral("target_project"), QStringLiteral("target_service")};
    for (const QString& key : body.keys()) {
        if (!allowed.contains(key))
            return errorResponse(400, kInvalidParameter, QStringLiteral("%1 is not a field of this API.").arg(key));
    }
    const QString service = body.value(QLatin1String("target_service")).toString();
    if (!cloud::contract::pushServices().contains(service))
        return errorResponse(400, kInvalidParameter, QStringLiteral("target_service must be CDN, WAF or ELB."));
    QStringList projects;
    if (batch) {
        for (const auto& value : body.value(QLatin1String("target_projects")).toArray())
            projects << value.toString();
    } else {
        projects << body.value(QLatin1String("target_project")).toString();
    }
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}-[a-z]+-[0-9]+$"));
    if (projects.isEmpty() || std::any_of(projects.cbegin(), projects.cend(), [](const QString& project) {
            return !regionPattern.match(project).hasMatch();
        }))
        return errorResponse(400, kInvalidParameter,
                             QStringLiteral("target_project(s) must name regions such as cn-north-4."));
    const auto record =
        std::find_if(m_records.cbegin(), m_records.cend(), [&](const CertificateRecord& r) { return r.id == id; });
    if (record == m_records.cend())
        return errorResponse(404, QStringLiteral("SCM.0002"),
                             QStringLiteral("The certificate %1 does not exist or does not belong to you.").arg(id));
    m_pushes.append(PushRecord{id, service, projects, batch});
    return HttpResponse{200, {{"Content-Type", "application/json;charset=UTF-8"}}, "{}"};
}

QString Sandbox::newCertificateId() const
{
    // "scs" + 13 digits, like the service's "scs1600313391074": milliseconds, bumped until unused.
    qint64 number = m_clock->now().toMSecsSinceEpoch() % 10000000000000LL;
    const auto taken = [&](const QString& id) {
        return std::any_of(m_records.cbegin(), m_records.cend(),
                           [&](const CertificateRecord& r) { return r.id == id; });
    };
    QString id;
    do {
        id = QStringLiteral("scs") + QString::number(number++).rightJustified(13, QLatin1Char('0'));
    } while (taken(id));
    return id;
}

} // namespace ccm::sandbox
