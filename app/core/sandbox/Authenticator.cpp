#include "sandbox/Authenticator.h"

#include "cloud/Signer.h"
#include "common/Clock.h"
#include "common/SecureBytes.h"
#include "sandbox/HttpServer.h"
#include "sandbox/Responses.h"
#include "sandbox/Sandbox.h"
#include "sandbox/SignatureCheck.h"

namespace ccm::sandbox {

Authenticator::Result Authenticator::authenticate(const HttpRequest& request, bool scm, const Clock& clock)
{
    if (request.hasHeader("X-Auth-Token")) {
        const auto token = m_tokens.constFind(request.header("X-Auth-Token"));
        if (token == m_tokens.cend())
            return {false, 401, kTokenFailed,
                    QStringLiteral("Incorrect IAM authentication information: the token is invalid.")};
        if (token->expires <= clock.now())
            return {false, 401, kTokenFailed, QStringLiteral("The token has expired: get a new one.")};
        return {true, 200, {}, {}};
    }
    if (!request.hasHeader("Authorization")) {
        return {false, 401, kAuthFailed,
                QStringLiteral("Incorrect IAM authentication information: neither X-Auth-Token nor an "
                               "SDK-HMAC-SHA256 Authorization header was sent.")};
    }
    return verifySignature(request, scm, clock);
}

Authenticator::Result Authenticator::verifySignature(const HttpRequest& request, bool scm, const Clock& clock)
{
    const auto fail = [](const QString& why) {
        return Result{false, 401, kAuthFailed, QStringLiteral("Incorrect IAM authentication information: ") + why};
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

    const DemoCredentials demo = Sandbox::demoCredentials();
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

    const QDateTime now = clock.now();
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
    if (qAbs(sent.secsTo(now)) > Sandbox::kClockWindowSeconds) {
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

} // namespace ccm::sandbox
