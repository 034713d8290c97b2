#include "sandbox/Sandbox.h"

#include "certificate/Inspection.h"
#include "certificate/OpenSsl.h"
#include "cloud/Signer.h"
#include "common/Logging.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSslKey>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

namespace ccm::sandbox {

namespace {

constexpr qint64 kSignatureWindowSeconds = 15 * 60;

QByteArray headerValue(const QHttpServerRequest& request, QByteArrayView name)
{
    for (const auto& [key, value] : request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray httpDate(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

QString expireTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.0"));
}

/// The certificates in a PEM text, in order; an empty list when any block does not parse.
QList<Certificate> readPemCertificates(const QByteArray& pem, bool& ok)
{
    QList<Certificate> out;
    ok = true;
    const auto bio = ossl::readBio(pem);
    while (true) {
        ossl::X509Ptr x509(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!x509)
            break;
        out.append(Certificate(std::move(x509)));
    }
    ERR_clear_error();
    const int blocks = int(pem.count("-----BEGIN CERTIFICATE-----"));
    if (blocks != out.size())
        ok = false;
    return out;
}

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};

/// A fresh P-256 key and a self-signed certificate for 127.0.0.1, ::1 and localhost, valid for a year.
Result<TlsIdentity> makeTlsIdentity()
{
    ossl::PkeyPtr key(EVP_EC_gen("P-256"));
    ossl::X509Ptr x509(X509_new());
    if (!key || !x509)
        return Error{QStringLiteral("sandbox.tls"), Sandbox::tr("Cannot create the sandbox's TLS key."), {}};
    X509_set_version(x509.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(x509.get()), long(QRandomGenerator::global()->bounded(1, 1 << 30)));
    X509_gmtime_adj(X509_getm_notBefore(x509.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(x509.get()), 365L * 24 * 3600);
    X509_set_pubkey(x509.get(), key.get());
    X509_NAME* name = X509_get_subject_name(x509.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("CCM sandbox"), -1, -1,
                               0);
    X509_set_issuer_name(x509.get(), name);
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, x509.get(), x509.get(), nullptr, nullptr, 0);
    const std::pair<int, const char*> extensions[] = {
        {NID_subject_alt_name, "IP:127.0.0.1,IP:::1,DNS:localhost"},
        {NID_basic_constraints, "critical,CA:TRUE"},
        {NID_key_usage, "critical,digitalSignature,keyCertSign"},
    };
    for (const auto& [nid, value] : extensions) {
        X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
        if (ext) {
            X509_add_ext(x509.get(), ext, -1);
            X509_EXTENSION_free(ext);
        }
    }
    if (X509_sign(x509.get(), key.get(), EVP_sha256()) == 0)
        return Error{QStringLiteral("sandbox.tls"), Sandbox::tr("Cannot sign the sandbox's TLS certificate."), {}};
    const auto certBio = ossl::memoryBio();
    PEM_write_bio_X509(certBio.get(), x509.get());
    const auto keyBio = ossl::memoryBio();
    PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr);
    const auto bioBytes = [](BIO* bio) {
        char* data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        return QByteArray(data, size);
    };
    QByteArray keyPem = bioBytes(keyBio.get());
    TlsIdentity identity{QSslCertificate(bioBytes(certBio.get()), QSsl::Pem), QSslKey(keyPem, QSsl::Ec, QSsl::Pem)};
    wipe(keyPem);
    if (identity.certificate.isNull() || identity.key.isNull())
        return Error{QStringLiteral("sandbox.tls"), Sandbox::tr("Qt cannot load the sandbox's TLS identity."), {}};
    return identity;
}

} // namespace

Sandbox::Sandbox(QObject* parent)
    : QObject(parent)
    , m_clock(Clock::system())
{}

Sandbox::~Sandbox() = default;

DemoCredentials Sandbox::demoCredentials()
{
    return {QStringLiteral("SANDBOXACCESSKEY0001"),
            QStringLiteral("sandbox-secret-key-0001-do-not-use-in-production"),
            QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
            QStringLiteral("sandbox-account"),
            QStringLiteral("sandbox-user"),
            QStringLiteral("sandbox-password")};
}

Status Sandbox::start(quint16 port, bool tls)
{
    m_server = std::make_unique<QHttpServer>();
    m_server->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
    m_tls = tls;
    if (tls) {
        auto identity = makeTlsIdentity();
        if (!identity)
            return identity.error();
        m_tlsCertificate = identity->certificate;
        m_server->sslSetup(identity->certificate, identity->key);
    }
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        m_server.reset();
        return Error{QStringLiteral("sandbox.listen"),
                     tr("The sandbox cannot listen on 127.0.0.1 port %1; is it already in use?").arg(port),
                     {}};
    }
    qCInfo(lcSandbox) << "sandbox listening on" << endpoint().toString();
    return {};
}

QUrl Sandbox::endpoint() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

Status Sandbox::setStateFile(const QString& path)
{
    m_stateFile = path;
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("sandbox.state"), tr("Cannot read the sandbox state %1.").arg(path),
                     file.errorString()};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        return Error{QStringLiteral("sandbox.state"), tr("The sandbox state %1 is not valid JSON.").arg(path), {}};
    m_certificates.clear();
    for (const auto& value : document.object().value(QLatin1String("certificates")).toArray())
        m_certificates.append(value.toObject());
    return {};
}

void Sandbox::saveState() const
{
    if (m_stateFile.isEmpty())
        return;
    QJsonArray certificates;
    for (const auto& certificate : m_certificates)
        certificates.append(certificate);
    QSaveFile file(m_stateFile);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("certificates"), certificates}}).toJson());
        if (!file.commit())
            qCWarning(lcSandbox) << "cannot write the state file" << m_stateFile;
    }
}

void Sandbox::injectFault(Fault fault, int times, int delayMs, const QString& pathPrefix)
{
    m_faultPath = pathPrefix;
    m_fault = fault;
    m_faultTimes = times;
    m_faultDelayMs = delayMs;
}

QString Sandbox::newId()
{
    // "scs" + 13 digits, like the service's ids; unique within this sandbox and across restarts with a state file.
    while (true) {
        const quint64 number =
            1'000'000'000'000ULL + QRandomGenerator::global()->bounded(quint64(9'000'000'000'000ULL));
        const QString id = QStringLiteral("scs%1").arg(number);
        const bool taken = std::any_of(m_certificates.cbegin(), m_certificates.cend(), [&](const QJsonObject& c) {
            return c.value(QLatin1String("id")).toString() == id;
        });
        if (!taken)
            return id;
    }
}

Sandbox::Reply Sandbox::error(int status, const QString& code, const QString& message) const
{
    Reply reply;
    reply.status = status;
    reply.body =
        QJsonDocument(QJsonObject{{QStringLiteral("error_code"), code}, {QStringLiteral("error_msg"), message}})
            .toJson(QJsonDocument::Compact);
    return reply;
}

void Sandbox::write(QHttpServerResponder& responder, const Reply& reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    const QByteArray requestId = QUuid::createUuid().toByteArray(QUuid::Id128);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=UTF-8"));
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeHeader(QByteArrayLiteral("X-Request-Id"), requestId);
    responder.writeHeader(QByteArrayLiteral("Date"), httpDate(m_clock->now()));
    for (const auto& [name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

void Sandbox::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    ++m_requestCount;
    Fault fault = Fault::None;
    if (m_faultTimes > 0 && request.url().path().startsWith(m_faultPath)) {
        fault = m_fault;
        --m_faultTimes;
    }
    switch (fault) {
    case Fault::ServerError:
        write(responder, error(500, QStringLiteral("SCM.0500"), QStringLiteral("Internal server error (injected).")));
        return;
    case Fault::Throttle:
        write(responder,
              error(429, QStringLiteral("APIG.0308"), QStringLiteral("The throttling threshold has been reached.")));
        return;
    case Fault::MalformedJson: {
        Reply reply;
        reply.body = QByteArrayLiteral("{\"certificate_id\": \"scs12");
        write(responder, reply);
        return;
    }
    case Fault::ResetAfterBody:
        // The request is processed (an import is stored) but the connection is lost in the middle of the answer:
        // an ambiguous failure for the client. (Losing it before the first answer byte makes QNetworkAccessManager
        // re-send the request on its own, which a client cannot switch off.)
        dispatch(request);
        if (QTcpSocket* socket = responder.socket()) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{\"certif");
            socket->flush();
            socket->disconnectFromHost();
        }
        return;
    case Fault::DropConnection:
        dispatch(request);
        if (QTcpSocket* socket = responder.socket())
            socket->abort();
        return;
    case Fault::Delay: {
        auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
        const Reply reply = dispatch(request);
        QTimer::singleShot(m_faultDelayMs, this, [this, shared, reply] { write(*shared, reply); });
        return;
    }
    case Fault::None:
        break;
    }
    write(responder, dispatch(request));
}

std::optional<Sandbox::Reply> Sandbox::authenticate(const QHttpServerRequest& request, bool requireDomain)
{
    const DemoCredentials demo = demoCredentials();
    const QByteArray token = headerValue(request, "X-Auth-Token");
    if (!token.isEmpty()) {
        const auto it = m_tokens.constFind(token);
        if (it == m_tokens.cend() || it.value() < m_clock->now())
            return error(401, QStringLiteral("APIG.0307"), QStringLiteral("The token must be updated."));
        return std::nullopt;
    }
    const QByteArray authorization = headerValue(request, "Authorization");
    static const QRegularExpression pattern(
        QStringLiteral("^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$"));
    const auto match = pattern.match(QString::fromLatin1(authorization));
    const auto signatureError = [this](const QString& why) {
        return error(401, QStringLiteral("APIG.0301"),
                     QStringLiteral("Incorrect IAM authentication information: ") + why);
    };
    if (!match.hasMatch())
        return signatureError(QStringLiteral("Authorization header missing or malformed."));
    if (match.captured(1) != demo.accessKeyId)
        return signatureError(QStringLiteral("unknown access key."));
    const QByteArray date = headerValue(request, "X-Sdk-Date");
    const QDateTime signedAt = cloud::parseSdkDate(date);
    if (!signedAt.isValid())
        return signatureError(QStringLiteral("X-Sdk-Date missing or malformed."));
    if (qAbs(signedAt.secsTo(m_clock->now())) > kSignatureWindowSeconds)
        return signatureError(
            QStringLiteral("verify aksk signature fail, the request time is out of the 15-minute window."));

    cloud::SigningInput input;
    input.method = request.method() == QHttpServerRequest::Method::Get      ? QByteArrayLiteral("GET")
                   : request.method() == QHttpServerRequest::Method::Post   ? QByteArrayLiteral("POST")
                   : request.method() == QHttpServerRequest::Method::Delete ? QByteArrayLiteral("DELETE")
                   : request.method() == QHttpServerRequest::Method::Put    ? QByteArrayLiteral("PUT")
                                                                            : QByteArrayLiteral("OTHER");
    const QByteArray host = headerValue(request, "Host");
    QUrl url(QString::fromLatin1((m_tls ? "https://" : "http://") + host));
    url.setPath(request.url().path(QUrl::FullyEncoded), QUrl::TolerantMode);
    url.setQuery(request.url().query(QUrl::FullyEncoded), QUrl::TolerantMode);
    input.url = url;
    input.body = request.body();
    input.sdkDate = date;
    for (const QString& name : match.captured(2).split(QLatin1Char(';'))) {
        if (name == QLatin1String("host") || name == QLatin1String("x-sdk-date"))
            continue;
        input.headers.append({name.toLatin1(), headerValue(request, name.toLatin1())});
    }
    const auto expected =
        cloud::signRequest(input, demo.accessKeyId.toLatin1(), SecureBytes::fromString(demo.secretKey));
    if (expected.signature != match.captured(3).toLatin1() || expected.signedHeaders != match.captured(2).toLatin1())
        return signatureError(QStringLiteral("verify aksk signature fail."));
    if (requireDomain && headerValue(request, "X-Domain-Id") != demo.domainId.toLatin1())
        return error(
            401, QStringLiteral("APIG.0301"),
            QStringLiteral("Incorrect IAM authentication information: X-Domain-Id missing or not this account."));
    return std::nullopt;
}

Sandbox::Reply Sandbox::dispatch(const QHttpServerRequest& request)
{
    const QString path = request.url().path();
    const auto method = request.method();
    using M = QHttpServerRequest::Method;
    if (path == QLatin1String("/v3/auth/tokens") && method == M::Post)
        return issueToken(request.body());
    if (path == QLatin1String("/v3/auth/domains") && method == M::Get) {
        if (auto failure = authenticate(request, false))
            return *failure;
        const DemoCredentials demo = demoCredentials();
        Reply reply;
        reply.body = QJsonDocument(QJsonObject{{QStringLiteral("domains"),
                                                QJsonArray{QJsonObject{{QStringLiteral("id"), demo.domainId},
                                                                       {QStringLiteral("name"), demo.domainName},
                                                                       {QStringLiteral("enabled"), true}}}}})
                         .toJson(QJsonDocument::Compact);
        return reply;
    }
    static const QRegularExpression item(QStringLiteral("^/v3/scm/certificates/(scs\\d{13})/?$"));
    const bool isImport = path == QLatin1String("/v3/scm/certificates/import") && method == M::Post;
    const bool isList =
        (path == QLatin1String("/v3/scm/certificates") || path == QLatin1String("/v3/scm/certificates/")) &&
        method == M::Get;
    const auto itemMatch = item.match(path);
    if (!isImport && !isList && !(itemMatch.hasMatch() && (method == M::Get || method == M::Delete)))
        return error(404, QStringLiteral("APIG.0101"),
                     QStringLiteral("The API does not exist or has not been published."));
    if (auto failure = authenticate(request, true))
        return *failure;
    if (isImport) {
        ++m_importRequests;
        return importCertificate(request.body());
    }
    if (isList)
        return listCertificates(request);
    return method == M::Get ? showCertificate(itemMatch.captured(1)) : deleteCertificate(itemMatch.captured(1));
}

Sandbox::Reply Sandbox::issueToken(const QByteArray& body)
{
    const DemoCredentials demo = demoCredentials();
    const QJsonObject auth = QJsonDocument::fromJson(body).object().value(QLatin1String("auth")).toObject();
    const QJsonObject user = auth.value(QLatin1String("identity"))
                                 .toObject()
                                 .value(QLatin1String("password"))
                                 .toObject()
                                 .value(QLatin1String("user"))
                                 .toObject();
    const QString domain = user.value(QLatin1String("domain")).toObject().value(QLatin1String("name")).toString();
    if (domain != demo.domainName || user.value(QLatin1String("name")).toString() != demo.userName ||
        user.value(QLatin1String("password")).toString() != demo.password)
        return error(401, QStringLiteral("IAM.0004"), QStringLiteral("The username or password is incorrect."));
    QByteArray token =
        "MIIsandbox" + QUuid::createUuid().toByteArray(QUuid::Id128) + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QDateTime expires = m_clock->now().toUTC().addSecs(24 * 3600);
    m_tokens.insert(token, expires);
    Reply reply;
    reply.status = 201;
    reply.headers.append({QByteArrayLiteral("X-Subject-Token"), token});
    reply.body =
        QJsonDocument(QJsonObject{{QStringLiteral("token"),
                                   QJsonObject{{QStringLiteral("expires_at"),
                                                expires.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"))},
                                               {QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}}}}})
            .toJson(QJsonDocument::Compact);
    return reply;
}

Sandbox::Reply Sandbox::importCertificate(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return error(400, QStringLiteral("SCM.0005"), QStringLiteral("The request body is not a JSON object."));
    const QJsonObject o = document.object();
    const QString name = o.value(QLatin1String("name")).toString();
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]{3,63}$"));
    if (!namePattern.match(name).hasMatch())
        return error(400, QStringLiteral("SCM.0005"), QStringLiteral("Invalid name: 3 to 63 of A-Z a-z 0-9 _ - ."));
    const QByteArray certificatePem = o.value(QLatin1String("certificate")).toString().toUtf8();
    QByteArray keyPem = o.value(QLatin1String("private_key")).toString().toUtf8();
    const QByteArray chainPem = o.value(QLatin1String("certificate_chain")).toString().toUtf8();
    const auto wipeKey = qScopeGuard([&keyPem] { wipe(keyPem); });
    if (certificatePem.isEmpty())
        return error(400, QStringLiteral("SCM.0054"), QStringLiteral("The certificate content is missing."));
    if (!certificatePem.contains("-----BEGIN CERTIFICATE-----"))
        return error(400, QStringLiteral("SCM.0053"), QStringLiteral("The certificate PEM markers are wrong."));
    if (keyPem.isEmpty() || !keyPem.contains("PRIVATE KEY-----"))
        return error(400, QStringLiteral("SCM.0114"), QStringLiteral("The private key PEM markers are wrong."));
    if (certificatePem.size() > 4096 * 4 || keyPem.size() > 4096 || chainPem.size() > 4096 * 4)
        return error(400, QStringLiteral("SCM.0005"), QStringLiteral("A field is longer than the API allows."));
    const QString enterpriseProject = o.value(QLatin1String("enterprise_project_id")).toString();
    if (o.contains(QLatin1String("duplicate_check")) && !o.value(QLatin1String("duplicate_check")).isBool())
        return error(400, QStringLiteral("SCM.0005"), QStringLiteral("duplicate_check must be a boolean."));
    const bool allowDuplicate = o.value(QLatin1String("duplicate_check")).toBool(false);

    bool ok = true;
    QList<Certificate> certificates = readPemCertificates(certificatePem, ok);
    if (!ok || certificates.isEmpty())
        return error(400, QStringLiteral("SCM.0006"), QStringLiteral("The certificate cannot be parsed."));
    const QList<Certificate> extra = readPemCertificates(chainPem, ok);
    if (!ok)
        return error(400, QStringLiteral("SCM.0013"), QStringLiteral("The certificate chain cannot be parsed."));
    certificates.append(extra);
    const Certificate leaf = certificates.first();
    for (qsizetype i = 1; i < certificates.size(); ++i) {
        if (!certificates.at(i - 1).namesIssuer(certificates.at(i)))
            return error(
                400, QStringLiteral("SCM.0079"),
                QStringLiteral(
                    "The certificate chain order is wrong: certificate %1 is not the issuer of the one before it.")
                    .arg(i + 1));
    }

    // The project's certificate model decides the rest (key parsing and match, expiry), as `ccmctl inspect` does.
    InspectionRequest inspection;
    inspection.inputs.append(InputSource{QStringLiteral("certificate"), certificatePem});
    if (!chainPem.isEmpty())
        inspection.inputs.append(InputSource{QStringLiteral("certificate_chain"), chainPem});
    inspection.inputs.append(InputSource{QStringLiteral("private_key"), keyPem});
    inspection.form.name = name;
    const Inspection result = Inspector(m_clock).inspect(inspection);
    for (const Finding& finding : result.findings) {
        if (finding.isError() && !finding.scmCode.isEmpty())
            return error(400, finding.scmCode, finding.message);
    }
    for (const Finding& finding : result.findings) {
        if (finding.isError() && finding.field != QLatin1String("certificate_chain"))
            return error(400, QStringLiteral("SCM.0005"), finding.message);
    }

    const QString fingerprint = QString::fromLatin1(leaf.sha1().toHex());
    if (!allowDuplicate) {
        for (const auto& existing : std::as_const(m_certificates)) {
            if (existing.value(QLatin1String("fingerprint")).toString() == fingerprint)
                return error(400, QStringLiteral("SCM.0020"),
                             QStringLiteral("The certificate already exists: %1.")
                                 .arg(existing.value(QLatin1String("id")).toString()));
        }
    }
    const CertificateDetails details = CertificateDetails::from(leaf, m_clock->now());
    const QStringList domains = details.domainNames();
    const QString id = newId();
    QJsonObject stored{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("domain"), domains.value(0, details.subjectCn)},
        {QStringLiteral("sans"), domains.join(QLatin1Char(';'))},
        {QStringLiteral("signature_algorithm"), details.signatureAlgorithm},
        {QStringLiteral("type"), QStringLiteral("DV_SSL_CERT")},
        {QStringLiteral("brand"), QStringLiteral("OTHER")},
        {QStringLiteral("expire_time"), expireTime(leaf.notAfter())},
        {QStringLiteral("not_before"), expireTime(leaf.notBefore())},
        {QStringLiteral("not_after"), expireTime(leaf.notAfter())},
        {QStringLiteral("issue_time"), expireTime(m_clock->now())},
        {QStringLiteral("domain_type"),
         domains.size() > 1 ? QStringLiteral("MULTI_DOMAIN") : QStringLiteral("SINGLE_DOMAIN")},
        {QStringLiteral("status"), QStringLiteral("UPLOAD")},
        {QStringLiteral("domain_count"), int(domains.size())},
        {QStringLiteral("wildcard_count"),
         int(std::count_if(domains.cbegin(), domains.cend(),
                           [](const QString& d) { return d.startsWith(QLatin1String("*.")); }))},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("enterprise_project_id"),
         enterpriseProject.isEmpty() ? QStringLiteral("0") : enterpriseProject},
        {QStringLiteral("fingerprint"), fingerprint},
    };
    m_certificates.append(stored);
    saveState();
    qCInfo(lcSandbox) << "imported" << id << name;
    Reply reply;
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("certificate_id"), id}}).toJson(QJsonDocument::Compact);
    return reply;
}

Sandbox::Reply Sandbox::listCertificates(const QHttpServerRequest& request)
{
    const QUrlQuery query = request.query();
    bool ok = true;
    const int limit =
        query.hasQueryItem(QStringLiteral("limit")) ? query.queryItemValue(QStringLiteral("limit")).toInt(&ok) : 10;
    if (!ok || limit < 1 || limit > 100)
        return error(400, QStringLiteral("SCM.0005"), QStringLiteral("limit must be 1 to 100."));
    const int offset =
        query.hasQueryItem(QStringLiteral("offset")) ? query.queryItemValue(QStringLiteral("offset")).toInt(&ok) : 0;
    if (!ok || offset < 0)
        return error(400, QStringLiteral("SCM.0005"), QStringLiteral("offset must not be negative."));
    const QString content = query.queryItemValue(QStringLiteral("content"), QUrl::FullyDecoded);
    QJsonArray matching;
    for (const auto& certificate : std::as_const(m_certificates)) {
        if (!content.isEmpty() &&
            !certificate.value(QLatin1String("name")).toString().contains(content, Qt::CaseInsensitive) &&
            !certificate.value(QLatin1String("domain")).toString().contains(content, Qt::CaseInsensitive) &&
            !certificate.value(QLatin1String("sans")).toString().contains(content, Qt::CaseInsensitive))
            continue;
        QJsonObject listed = certificate;
        for (const char* key : {"not_before", "not_after", "issue_time", "fingerprint"})
            listed.remove(QLatin1String(key));
        matching.append(listed);
    }
    QJsonArray page;
    for (int i = offset; i < matching.size() && page.size() < limit; ++i)
        page.append(matching.at(i));
    Reply reply;
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("certificates"), page},
                                           {QStringLiteral("total_count"), int(matching.size())}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

Sandbox::Reply Sandbox::showCertificate(const QString& id)
{
    for (const auto& certificate : std::as_const(m_certificates)) {
        if (certificate.value(QLatin1String("id")).toString() == id) {
            Reply reply;
            reply.body = QJsonDocument(certificate).toJson(QJsonDocument::Compact);
            return reply;
        }
    }
    return error(404, QStringLiteral("SCM.0002"), QStringLiteral("The certificate does not exist."));
}

Sandbox::Reply Sandbox::deleteCertificate(const QString& id)
{
    for (qsizetype i = 0; i < m_certificates.size(); ++i) {
        if (m_certificates.at(i).value(QLatin1String("id")).toString() == id) {
            m_certificates.removeAt(i);
            saveState();
            Reply reply;
            reply.status = 204;
            return reply;
        }
    }
    return error(404, QStringLiteral("SCM.0002"), QStringLiteral("The certificate does not exist."));
}

} // namespace ccm::sandbox
