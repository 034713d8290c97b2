#pragma once

#include "common/SecureBytes.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ccm::cloud {

/// How a request proves who sends it.
enum class AuthKind {
    AkSk,          ///< permanent access key id + secret key (SDK-HMAC-SHA256)
    TemporaryAkSk, ///< temporary AK/SK + security token (signed X-Security-Token)
    IamPassword,   ///< IAM user password exchanged for a token via POST /v3/auth/tokens
    Token,         ///< an X-Auth-Token pasted by the user
};

/// Whether an IAM token is scoped to the account (domain) or to a project.
enum class TokenScope {
    Domain,
    Project,
};

/// Everything needed to authenticate; the secret parts are SecureBytes and never printed.
struct Credentials
{
    AuthKind kind = AuthKind::AkSk;
    QString accessKeyId;       ///< AkSk, TemporaryAkSk
    SecureBytes secretKey;     ///< AkSk, TemporaryAkSk
    SecureBytes securityToken; ///< TemporaryAkSk
    QString domainName;        ///< IamPassword: the account name
    QString userName;          ///< IamPassword: the IAM user
    SecureBytes password;      ///< IamPassword
    QString mfaCode;           ///< IamPassword: one-time code, used once and not stored
    TokenScope scope = TokenScope::Domain;
    QString projectName;   ///< IamPassword with project scope: e.g. "cn-north-4"
    SecureBytes authToken; ///< Token
    QString domainId;      ///< account id; sent as X-Domain-Id to the global SCM service when known
};

} // namespace ccm::cloud
