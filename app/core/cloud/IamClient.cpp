#include "cloud/IamClient.h"

#include "cloud/HttpSupport.h"
#include "common/Logging.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimeZone>
#include <QUuid>

#include <cstring>

namespace ccm::cloud {

namespace {

/// `json` with the string value `"placeholder"` replaced by `secret` as a JSON string, in one buffer of the exact
/// final size (growing a QByteArray would leave the old, unwiped buffer behind). `secret` is UTF-8.
QByteArray spliceJsonSecret(const QByteArray& json, const QByteArray& placeholder, QByteArrayView secret)
{
    const QByteArray quoted = '"' + placeholder + '"';
    const qsizetype at = json.indexOf(quoted);
    Q_ASSERT(at >= 0);
    const auto escapedSize = [](char c) -> qsizetype {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == '\t' || c == '\b' || c == '\f')
            return 2;
        return u < 0x20 ? 6 : 1;
    };
    qsizetype size = json.size() - quoted.size() + 2;
    for (const char c : secret)
        size += escapedSize(c);
    QByteArray body(size, Qt::Uninitialized);
    char* out = body.data();
    const auto put = [&out](QByteArrayView bytes) {
        std::memcpy(out, bytes.data(), size_t(bytes.size()));
        out += bytes.size();
    };
    put(QByteArrayView(json).first(at));
    *out++ = '"';
    static constexpr char hex[] = "0123456789abcdef";
    for (const char c : secret) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            put("\\\"");
            break;
        case '\\':
            put("\\\\");
            break;
        case '\n':
            put("\\n");
            break;
        case '\r':
            put("\\r");
            break;
        case '\t':
            put("\\t");
            break;
        case '\b':
            put("\\b");
            break;
        case '\f':
            put("\\f");
            break;
        default:
            if (u < 0x20) {
                put("\\u00");
                *out++ = hex[u >> 4];
                *out++ = hex[u & 0xf];
            } else {
                *out++ = c;
            }
        }
    }
    *out++ = '"';
    put(QByteArrayView(json).sliced(at + quoted.size()));
    Q_ASSERT(out == body.data() + body.size());
    return body;
}

struct CachedToken
{
    SecureBytes token;
    QDateTime expiresAt;
};

QHash<QString, CachedToken>& tokenCache()
{
    static QHash<QString, CachedToken> cache;
    return cache;
}

QHash<QString, QString>& domainCache()
{
    static QHash<QString, QString> cache;
    return cache;
}

} // namespace

IamClient::IamClient(QNetworkAccessManager* network, Endpoint endpoint, std::shared_ptr<const Clock> clock,
                     std::shared_ptr<ClockSkew> skew, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_endpoint(std::move(endpoint))
    , m_clock(std::move(clock))
    , m_skew(skew ? std::move(skew) : std::make_shared<ClockSkew>())
{}

void IamClient::track(QNetworkReply* reply)
{
    m_active.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { m_active.removeAll(reply); });
}

void IamClient::abortAll()
{
    const auto active = m_active;
    for (const auto& reply : active) {
        if (reply) {
            reply->setProperty(detail::kCancelledProperty, true);
            reply->abort();
        }
    }
}

void IamClient::clearCaches()
{
    tokenCache().clear();
    domainCache().clear();
}

QString IamClient::tokenKey(const Credentials& credentials) const
{
    return m_endpoint.iam.toString() + QLatin1Char('|') + credentials.domainName + QLatin1Char('|') +
           credentials.userName + QLatin1Char('|') + credentials.projectName;
}

void IamClient::forgetToken(const Credentials& credentials)
{
    tokenCache().remove(tokenKey(credentials));
}

void IamClient::token(const Credentials& credentials, QObject* context, TokenCallback done)
{
    const QString key = tokenKey(credentials);
    const auto cached = tokenCache().constFind(key);
    if (cached != tokenCache().cend() && m_clock->now().secsTo(cached->expiresAt) > kTokenMarginSeconds) {
        done(cached->token, {});
        return;
    }
    // The password never goes into a QJsonObject or QString (copies nobody wipes): the JSON is made with a
    // placeholder, and the escaped password is written over it straight into the body's buffer, sized once.
    const QString placeholder =
        QStringLiteral("ccm-password-placeholder-") + QUuid::createUuid().toString(QUuid::Id128);
    QJsonObject user{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), credentials.domainName}}},
                     {QStringLiteral("name"), credentials.userName},
                     {QStringLiteral("password"), placeholder}};
    QJsonArray methods{QStringLiteral("password")};
    QJsonObject identity{{QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    if (!credentials.mfaCode.isEmpty()) {
        methods.append(QStringLiteral("totp"));
        identity.insert(
            QStringLiteral("totp"),
            QJsonObject{{QStringLiteral("user"), QJsonObject{{QStringLiteral("name"), credentials.userName},
                                                             {QStringLiteral("passcode"), credentials.mfaCode}}}});
    }
    identity.insert(QStringLiteral("methods"), methods);
    const QJsonObject scope =
        credentials.scope == TokenScope::Project
            ? QJsonObject{{QStringLiteral("project"), QJsonObject{{QStringLiteral("name"), credentials.projectName}}}}
            : QJsonObject{{QStringLiteral("domain"), QJsonObject{{QStringLiteral("name"), credentials.domainName}}}};
    const QByteArray withPlaceholder =
        QJsonDocument(QJsonObject{{QStringLiteral("auth"), QJsonObject{{QStringLiteral("identity"), identity},
                                                                       {QStringLiteral("scope"), scope}}}})
            .toJson(QJsonDocument::Compact);
    QByteArray body = spliceJsonSecret(withPlaceholder, placeholder.toLatin1(), credentials.password.view());
    QNetworkRequest request =
        detail::makeRequest(detail::withPath(m_endpoint.iam, QStringLiteral("/v3/auth/tokens")), m_endpoint, timeoutMs);
    request.setRawHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf8"));
    QNetworkReply* reply = m_network->post(request, body);
    track(reply);
    QPointer<QObject> guard(context);
    // The body (with the password) is shared with the reply's buffer: wipe it only when the reply is done.
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, guard, body, done = std::move(done)]() mutable {
        wipe(body);
        reply->deleteLater();
        if (!guard)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 201) {
            const CloudError failure = detail::errorOf(reply);
            done(failure.toError(), failure);
            return;
        }
        QByteArray token = reply->rawHeader(QByteArrayLiteral("X-Subject-Token"));
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        const QString expires =
            answer.value(QLatin1String("token")).toObject().value(QLatin1String("expires_at")).toString();
        // "2020-01-04T09:05:22.701000Z": the fraction has six digits, which Qt's ISO parser does not promise to read.
        QDateTime expiresAt = QDateTime::fromString(expires.left(19), QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        expiresAt.setTimeZone(QTimeZone::utc());
        if (token.isEmpty() || !expiresAt.isValid()) {
            const CloudError failure =
                CloudError::malformed(status, reply->rawHeader(QByteArrayLiteral("X-Request-Id")),
                                      QStringLiteral("no X-Subject-Token or expires_at in the IAM answer"));
            done(failure.toError(), failure);
            return;
        }
        const SecureBytes secret = SecureBytes::adopt(token);
        tokenCache().insert(key, CachedToken{secret, expiresAt});
        done(secret, {});
    });
}

void IamClient::domainId(const Credentials& credentials, QObject* context, DomainIdCallback done)
{
    if (!credentials.domainId.isEmpty()) {
        done(credentials.domainId, {});
        return;
    }
    const QString key = m_endpoint.iam.toString() + QLatin1Char('|') + credentials.accessKeyId;
    if (const auto cached = domainCache().constFind(key); cached != domainCache().cend()) {
        done(*cached, {});
        return;
    }
    requestDomainId(credentials, key, context, std::move(done));
}

void IamClient::requestDomainId(const Credentials& credentials, const QString& key, QPointer<QObject> context,
                                DomainIdCallback done)
{
    QNetworkRequest request = detail::makeRequest(detail::withPath(m_endpoint.iam, QStringLiteral("/v3/auth/domains")),
                                                  m_endpoint, timeoutMs);
    QList<Header> headers{{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}};
    if (credentials.kind == AuthKind::TemporaryAkSk)
        headers.append({QByteArrayLiteral("X-Security-Token"), credentials.securityToken.exposeCopy()});
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    detail::signInto(request, QByteArrayLiteral("GET"), headers, {}, credentials.accessKeyId, credentials.secretKey,
                     m_clock->now().addSecs(m_skew->offset));
    QNetworkReply* reply = m_network->get(request);
    track(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key, credentials, context, done = std::move(done)] {
        reply->deleteLater();
        if (!context)
            return;
        if (reply->error() != QNetworkReply::NoError) {
            const CloudError failure = detail::errorOf(reply);
            // The same clock correction as SCM calls: a key without an account id must work on a skewed clock.
            if (failure.kind == CloudErrorKind::Signature && m_skew->learnFrom(reply, m_clock->now())) {
                requestDomainId(credentials, key, context, done);
                return;
            }
            done(failure.toError(), failure);
            return;
        }
        const QJsonArray domains =
            QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("domains")).toArray();
        const QString id = domains.first().toObject().value(QLatin1String("id")).toString();
        if (domains.isEmpty() || id.isEmpty()) {
            CloudError failure;
            failure.kind = CloudErrorKind::DomainUnknown;
            failure.errorMsg = QStringLiteral("GET /v3/auth/domains returned no domain; give the account id");
            done(failure.toError(), failure);
            return;
        }
        domainCache().insert(key, id);
        done(id, {});
    });
}

} // namespace ccm::cloud
