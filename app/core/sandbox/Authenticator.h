#pragma once

// Internal to the sandbox module: who may call it.

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

namespace ccm {
class Clock;
}

namespace ccm::sandbox {

struct HttpRequest;

/// The sandbox's gatekeeper, like the service's gateway: SDK-HMAC-SHA256 signatures of the demo account's access
/// keys (with the clock window and, when enabled, the lockout after failed signatures) and the tokens the IAM
/// emulation issued.
class Authenticator
{
public:
    struct Result
    {
        bool ok = false;
        int status = 401;
        QString code;
        QString message;
    };
    struct IssuedToken
    {
        QDateTime expires;
        bool projectScope = false;
        QString projectName; ///< with projectScope: the project the token is scoped to
    };

    /// A request to SCM (`scm`) must also name the account in X-Domain-Id when it is signed.
    Result authenticate(const HttpRequest& request, bool scm, const Clock& clock);
    /// Lock an access key for 5 minutes after 5 rejected signatures in a row.
    void setLockout(bool enabled) { m_lockoutEnabled = enabled; }
    /// A token POST /v3/auth/tokens handed out; X-Auth-Token accepts it until it expires.
    void rememberToken(const QByteArray& value, const IssuedToken& token) { m_tokens.insert(value, token); }
    void forgetTokens() { m_tokens.clear(); }
    /// Every token handed out and not forgotten, in no particular order.
    QList<IssuedToken> issuedTokens() const { return m_tokens.values(); }

private:
    struct Lockout
    {
        int failures = 0;
        QDateTime lockedUntil;
    };

    Result verifySignature(const HttpRequest& request, bool scm, const Clock& clock);

    QHash<QByteArray, IssuedToken> m_tokens;
    QHash<QByteArray, Lockout> m_lockouts;
    bool m_lockoutEnabled = false;
};

} // namespace ccm::sandbox
