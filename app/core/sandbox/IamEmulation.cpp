#include "sandbox/IamEmulation.h"

#include "common/Clock.h"
#include "common/SecureBytes.h"
#include "sandbox/Authenticator.h"
#include "sandbox/Responses.h"
#include "sandbox/Sandbox.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/rand.h>

namespace ccm::sandbox {

namespace {

constexpr auto kUserId = "5a4db0c5a4db0c5a4db0c5a4db0c5a4d";

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

} // namespace

HttpResponse iamDomains()
{
    const DemoCredentials demo = Sandbox::demoCredentials();
    const QJsonObject domain{{QStringLiteral("id"), demo.domainId},
                             {QStringLiteral("name"), demo.domainName},
                             {QStringLiteral("enabled"), true},
                             {QStringLiteral("description"), QStringLiteral("CCM Importer sandbox account")}};
    return jsonResponse(200, QJsonObject{{QStringLiteral("domains"), QJsonArray{domain}}});
}

HttpResponse iamIssueToken(const HttpRequest& request, const Clock& clock, Authenticator& tokens)
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

    const DemoCredentials demo = Sandbox::demoCredentials();
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
    const QDateTime now = clock.now();
    const Authenticator::IssuedToken issued{
        now.addSecs(Sandbox::kTokenLifetimeSeconds), scope.contains(QLatin1String("project")),
        scope.value(QLatin1String("project")).toObject().value(QLatin1String("name")).toString()};
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
        const QString& projectName = issued.projectName;
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
    tokens.rememberToken(value, issued);
    HttpResponse response = jsonResponse(201, QJsonObject{{QStringLiteral("token"), token}});
    response.headers.emplaceBack("X-Subject-Token", value);
    return response;
}

} // namespace ccm::sandbox
