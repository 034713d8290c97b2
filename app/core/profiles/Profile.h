#pragma once

#include "cloud/Credentials.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ccm::profiles {

/// Where a profile comes from; only Saved profiles are written to disk or editable.
enum class ProfileOrigin {
    Saved,       ///< created by the user, kept in the settings file
    Sandbox,     ///< the built-in local sandbox, always present, read-only
    Environment, ///< ad-hoc from CLOUD_SDK_* / HUAWEICLOUD_SDK_* variables, read-only, never persisted
};

/// One kind of secret a profile may need; each lives in its own credential store entry.
enum class SecretKind {
    SecretKey,     ///< AK/SK and temporary AK/SK
    SecurityToken, ///< temporary AK/SK
    Password,      ///< IAM user password
    AuthToken,     ///< pasted X-Auth-Token
};

/// A saved account: where to connect and who to be, without any secret.
struct Profile
{
    QString id;            ///< UUID without braces; "sandbox" and "environment" for the built-in ones
    QString name;          ///< display name, unique (case-insensitive)
    QString regionId;      ///< catalogue region id, e.g. "cn-north-4"; empty when a custom SCM endpoint is set
    QUrl scmEndpoint;      ///< custom SCM endpoint (private cloud, proxy); overrides the region's
    QUrl iamEndpoint;      ///< custom IAM endpoint; optional
    QString caFile;        ///< extra CA certificates (PEM) trusted for this profile's endpoints
    QString trustRootFile; ///< private root CA of the certificates imported with this profile (findings only)
    cloud::AuthKind authKind = cloud::AuthKind::AkSk;
    QString accessKeyId; ///< AkSk, TemporaryAkSk
    QString domainId;    ///< account (domain) id; discovered by "Test connection" when empty
    QString domainName;  ///< account (domain) name; IamPassword
    QString userName;    ///< IAM user name; IamPassword
    cloud::TokenScope tokenScope = cloud::TokenScope::Domain;
    QString projectName;         ///< project scope: e.g. "cn-north-4"
    QString enterpriseProjectId; ///< default enterprise project for imports; empty = service default
    QDateTime created;
    QDateTime lastUsed;
    ProfileOrigin origin = ProfileOrigin::Saved;

    bool isSandbox() const { return origin == ProfileOrigin::Sandbox; }
    bool isEnvironment() const { return origin == ProfileOrigin::Environment; }
    bool isReadOnly() const { return origin != ProfileOrigin::Saved; }
    bool usesCustomEndpoint() const { return !scmEndpoint.isEmpty(); }

    bool operator==(const Profile&) const = default;
};

/// Texts of this module, for tr().
class ProfileTexts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::profiles::Profile)
};

inline constexpr auto kSandboxProfileId = "sandbox";
inline constexpr auto kEnvironmentProfileId = "environment";

/// The secrets an authentication kind needs, in the order a user is asked for them.
QList<SecretKind> secretKindsFor(cloud::AuthKind kind);
/// Stable name of a secret kind, used in credential store keys and on the command line: "secret-key", ...
QString secretKindName(SecretKind kind);
/// Human label of a secret kind, translated.
QString secretKindLabel(SecretKind kind);

/// Stable names used in settings, JSON and on the command line: "aksk", "temporary-aksk", "password", "token".
QString authKindName(cloud::AuthKind kind);
std::optional<cloud::AuthKind> authKindFromName(const QString& name);
QString tokenScopeName(cloud::TokenScope scope); ///< "domain" or "project"
std::optional<cloud::TokenScope> tokenScopeFromName(const QString& name);

/// True for a plausible region id ("cn-north-4", "ap-southeast-1", "eu-west-101"); the catalogue decides later.
bool isPlausibleRegionId(const QString& regionId);

/// Checks a profile before it is saved; the error names the field and says how to fix it.
Status validateProfile(const Profile& profile);

/// The exchange form (export/import): every field but the secrets, the origin and the usage time.
QJsonObject profileToJson(const Profile& profile);
/// Reads the exchange form; rejects secrets, unknown auth kinds and bad URLs with a clear message.
Result<Profile> profileFromJson(const QJsonObject& object);

/// A new random profile id.
QString newProfileId();

} // namespace ccm::profiles
