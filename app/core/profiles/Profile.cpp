#include "profiles/Profile.h"

#include <QFileInfo>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUuid>

namespace ccm::profiles {

namespace {

Error fieldError(const QString& field, const QString& message)
{
    return Error{QStringLiteral("profile.invalid"), message, field, ErrorCategory::Usage};
}

bool isHttpUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    return url.isValid() && !url.host().isEmpty() &&
           (scheme == QLatin1String("https") || scheme == QLatin1String("http"));
}

bool hasControlCharacters(const QString& text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Field names a profile file might carry if someone pasted secrets into it; import refuses them.
const QStringList& secretFieldNames()
{
    static const QStringList names{QStringLiteral("secret_key"),    QStringLiteral("sk"),
                                   QStringLiteral("secretKey"),     QStringLiteral("security_token"),
                                   QStringLiteral("securityToken"), QStringLiteral("password"),
                                   QStringLiteral("token"),         QStringLiteral("auth_token"),
                                   QStringLiteral("authToken")};
    return names;
}

} // namespace

QList<SecretKind> secretKindsFor(cloud::AuthKind kind)
{
    switch (kind) {
    case cloud::AuthKind::AkSk:
        return {SecretKind::SecretKey};
    case cloud::AuthKind::TemporaryAkSk:
        return {SecretKind::SecretKey, SecretKind::SecurityToken};
    case cloud::AuthKind::IamPassword:
        return {SecretKind::Password};
    case cloud::AuthKind::Token:
        return {SecretKind::AuthToken};
    }
    return {};
}

QString secretKindName(SecretKind kind)
{
    switch (kind) {
    case SecretKind::SecretKey:
        return QStringLiteral("secret-key");
    case SecretKind::SecurityToken:
        return QStringLiteral("security-token");
    case SecretKind::Password:
        return QStringLiteral("password");
    case SecretKind::AuthToken:
        return QStringLiteral("auth-token");
    }
    return {};
}

QString secretKindLabel(SecretKind kind)
{
    switch (kind) {
    case SecretKind::SecretKey:
        return ProfileTexts::tr("Secret access key");
    case SecretKind::SecurityToken:
        return ProfileTexts::tr("Security token");
    case SecretKind::Password:
        return ProfileTexts::tr("IAM user password");
    case SecretKind::AuthToken:
        return ProfileTexts::tr("Token");
    }
    return {};
}

QString authKindName(cloud::AuthKind kind)
{
    switch (kind) {
    case cloud::AuthKind::AkSk:
        return QStringLiteral("aksk");
    case cloud::AuthKind::TemporaryAkSk:
        return QStringLiteral("temporary-aksk");
    case cloud::AuthKind::IamPassword:
        return QStringLiteral("password");
    case cloud::AuthKind::Token:
        return QStringLiteral("token");
    }
    return {};
}

std::optional<cloud::AuthKind> authKindFromName(const QString& name)
{
    for (auto kind : {cloud::AuthKind::AkSk, cloud::AuthKind::TemporaryAkSk, cloud::AuthKind::IamPassword,
                      cloud::AuthKind::Token}) {
        if (authKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString tokenScopeName(cloud::TokenScope scope)
{
    return scope == cloud::TokenScope::Project ? QStringLiteral("project") : QStringLiteral("domain");
}

std::optional<cloud::TokenScope> tokenScopeFromName(const QString& name)
{
    if (name == QLatin1String("domain") || name == QLatin1String("account"))
        return cloud::TokenScope::Domain;
    if (name == QLatin1String("project"))
        return cloud::TokenScope::Project;
    return std::nullopt;
}

bool isPlausibleRegionId(const QString& regionId)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2,}(-[a-z]+)+-[0-9]{1,3}$"));
    return pattern.match(regionId).hasMatch();
}

Status validateProfile(const Profile& profile)
{
    const QString name = profile.name.trimmed();
    if (name.isEmpty())
        return fieldError(QStringLiteral("name"), ProfileTexts::tr("Give the profile a name."));
    if (name.size() > 64 || hasControlCharacters(name))
        return fieldError(QStringLiteral("name"),
                          ProfileTexts::tr("A profile name has at most 64 printable characters."));
    if (profile.scmEndpoint.isEmpty()) {
        if (!isPlausibleRegionId(profile.regionId))
            return fieldError(QStringLiteral("region"),
                              ProfileTexts::tr("\"%1\" is not a region id. Choose a region such as cn-north-4, "
                                               "or enter a custom SCM endpoint URL.")
                                  .arg(profile.regionId));
    } else if (!isHttpUrl(profile.scmEndpoint)) {
        return fieldError(QStringLiteral("scm_endpoint"),
                          ProfileTexts::tr("The SCM endpoint must be an http:// or https:// URL with a host name."));
    }
    if (!profile.iamEndpoint.isEmpty() && !isHttpUrl(profile.iamEndpoint))
        return fieldError(QStringLiteral("iam_endpoint"),
                          ProfileTexts::tr("The IAM endpoint must be an http:// or https:// URL with a host name."));
    if (!profile.caFile.isEmpty() && !QFileInfo(profile.caFile).isAbsolute())
        return fieldError(QStringLiteral("ca_file"), ProfileTexts::tr("Give the CA file as an absolute path."));
    if (!profile.trustRootFile.isEmpty() && !QFileInfo(profile.trustRootFile).isAbsolute())
        return fieldError(QStringLiteral("trust_root_file"),
                          ProfileTexts::tr("Give the trusted root CA file as an absolute path."));

    switch (profile.authKind) {
    case cloud::AuthKind::AkSk:
    case cloud::AuthKind::TemporaryAkSk: {
        static const QRegularExpression akPattern(QStringLiteral("^[A-Za-z0-9]{8,128}$"));
        if (!akPattern.match(profile.accessKeyId).hasMatch())
            return fieldError(QStringLiteral("access_key_id"),
                              ProfileTexts::tr("Enter the access key id (AK): 8 to 128 letters and digits."));
        break;
    }
    case cloud::AuthKind::IamPassword:
        if (profile.domainName.trimmed().isEmpty())
            return fieldError(QStringLiteral("domain_name"),
                              ProfileTexts::tr("Enter the account name the IAM user belongs to."));
        if (profile.userName.trimmed().isEmpty())
            return fieldError(QStringLiteral("user_name"), ProfileTexts::tr("Enter the IAM user name."));
        break;
    case cloud::AuthKind::Token:
        break;
    }
    if (profile.tokenScope == cloud::TokenScope::Project && profile.authKind == cloud::AuthKind::IamPassword &&
        profile.projectName.trimmed().isEmpty())
        return fieldError(QStringLiteral("project_name"),
                          ProfileTexts::tr("A project-scoped token needs the project name, e.g. cn-north-4."));
    if (!profile.domainId.isEmpty()) {
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
        if (!idPattern.match(profile.domainId).hasMatch())
            return fieldError(QStringLiteral("domain_id"),
                              ProfileTexts::tr("The account id is up to 64 letters, digits, - and _."));
    }
    if (!profile.enterpriseProjectId.isEmpty()) {
        static const QRegularExpression epPattern(
            QStringLiteral("^(all|0|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$"));
        if (!epPattern.match(profile.enterpriseProjectId).hasMatch())
            return fieldError(QStringLiteral("enterprise_project_id"),
                              ProfileTexts::tr("The enterprise project id is \"0\" (default), \"all\" or a UUID."));
    }
    return {};
}

QJsonObject profileToJson(const Profile& profile)
{
    QJsonObject object;
    object.insert(QStringLiteral("id"), profile.id);
    object.insert(QStringLiteral("name"), profile.name);
    if (!profile.regionId.isEmpty())
        object.insert(QStringLiteral("region"), profile.regionId);
    if (!profile.scmEndpoint.isEmpty())
        object.insert(QStringLiteral("scm_endpoint"), profile.scmEndpoint.toString());
    if (!profile.iamEndpoint.isEmpty())
        object.insert(QStringLiteral("iam_endpoint"), profile.iamEndpoint.toString());
    if (!profile.caFile.isEmpty())
        object.insert(QStringLiteral("ca_file"), profile.caFile);
    if (!profile.trustRootFile.isEmpty())
        object.insert(QStringLiteral("trust_root_file"), profile.trustRootFile);
    object.insert(QStringLiteral("auth"), authKindName(profile.authKind));
    const auto putIfSet = [&object](const char* key, const QString& value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    putIfSet("access_key_id", profile.accessKeyId);
    putIfSet("domain_id", profile.domainId);
    putIfSet("domain_name", profile.domainName);
    putIfSet("user_name", profile.userName);
    object.insert(QStringLiteral("token_scope"), tokenScopeName(profile.tokenScope));
    putIfSet("project_name", profile.projectName);
    putIfSet("enterprise_project_id", profile.enterpriseProjectId);
    if (profile.created.isValid())
        object.insert(QStringLiteral("created"), profile.created.toUTC().toString(Qt::ISODate));
    return object;
}

Result<Profile> profileFromJson(const QJsonObject& object)
{
    for (const QString& secretField : secretFieldNames()) {
        if (object.contains(secretField))
            return Error{QStringLiteral("profile.import-secret"),
                         ProfileTexts::tr("The profile contains a secret (\"%1\"). Profiles are exchanged without "
                                          "secrets: remove the field and enter the secret after importing.")
                             .arg(secretField),
                         secretField, ErrorCategory::Input};
    }
    const auto text = [&object](const char* key) -> Result<QString> {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return Error{QStringLiteral("profile.invalid"),
                         ProfileTexts::tr("The field \"%1\" must be a string.").arg(QLatin1String(key)),
                         QLatin1String(key), ErrorCategory::Usage};
        return value.toString();
    };
    Profile profile;
    const char* keys[] = {"id",           "name",
                          "region",       "scm_endpoint",
                          "iam_endpoint", "ca_file",
                          "auth",         "access_key_id",
                          "domain_id",    "domain_name",
                          "user_name",    "token_scope",
                          "project_name", "enterprise_project_id",
                          "created",      "trust_root_file"};
    QHash<QString, QString> values;
    for (const char* key : keys) {
        auto value = text(key);
        if (!value)
            return value.error();
        values.insert(QLatin1String(key), *value);
    }
    profile.id = values.value(QStringLiteral("id"));
    profile.name = values.value(QStringLiteral("name")).trimmed();
    profile.regionId = values.value(QStringLiteral("region"));
    profile.scmEndpoint = QUrl(values.value(QStringLiteral("scm_endpoint")), QUrl::StrictMode);
    profile.iamEndpoint = QUrl(values.value(QStringLiteral("iam_endpoint")), QUrl::StrictMode);
    profile.caFile = values.value(QStringLiteral("ca_file"));
    profile.trustRootFile = values.value(QStringLiteral("trust_root_file"));
    const QString auth = values.value(QStringLiteral("auth"));
    const auto kind = authKindFromName(auth.isEmpty() ? QStringLiteral("aksk") : auth);
    if (!kind)
        return Error{QStringLiteral("profile.invalid"),
                     ProfileTexts::tr("Unknown authentication kind \"%1\" (use aksk, temporary-aksk, password or "
                                      "token).")
                         .arg(auth),
                     QStringLiteral("auth"), ErrorCategory::Usage};
    profile.authKind = *kind;
    profile.accessKeyId = values.value(QStringLiteral("access_key_id"));
    profile.domainId = values.value(QStringLiteral("domain_id"));
    profile.domainName = values.value(QStringLiteral("domain_name"));
    profile.userName = values.value(QStringLiteral("user_name"));
    const QString scope = values.value(QStringLiteral("token_scope"));
    const auto tokenScope = tokenScopeFromName(scope.isEmpty() ? QStringLiteral("domain") : scope);
    if (!tokenScope)
        return Error{QStringLiteral("profile.invalid"),
                     ProfileTexts::tr("Unknown token scope \"%1\" (use domain or project).").arg(scope),
                     QStringLiteral("token_scope"), ErrorCategory::Usage};
    profile.tokenScope = *tokenScope;
    profile.projectName = values.value(QStringLiteral("project_name"));
    profile.enterpriseProjectId = values.value(QStringLiteral("enterprise_project_id"));
    profile.created = QDateTime::fromString(values.value(QStringLiteral("created")), Qt::ISODate);
    if (const Status valid = validateProfile(profile); !valid)
        return valid.error();
    return profile;
}

QString newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace ccm::profiles
