#include "profiles/EnvironmentProfile.h"

namespace ccm::profiles {

namespace {

QString variable(const QProcessEnvironment& environment, const char* name)
{
    return environment.value(QLatin1String(name)).trimmed();
}

struct EnvironmentKeys
{
    QString accessKeyId;
    QString secretKeyVariable;
};

// Which pair of AK/SK variables is in use (both set and not empty); HUAWEICLOUD_SDK_* wins over the samples'
// CLOUD_SDK_*.
std::optional<EnvironmentKeys> accessKeys(const QProcessEnvironment& environment)
{
    if (!variable(environment, "HUAWEICLOUD_SDK_AK").isEmpty() &&
        !variable(environment, "HUAWEICLOUD_SDK_SK").isEmpty())
        return EnvironmentKeys{variable(environment, "HUAWEICLOUD_SDK_AK"), QStringLiteral("HUAWEICLOUD_SDK_SK")};
    if (!variable(environment, "CLOUD_SDK_AK").isEmpty() && !variable(environment, "CLOUD_SDK_SK").isEmpty())
        return EnvironmentKeys{variable(environment, "CLOUD_SDK_AK"), QStringLiteral("CLOUD_SDK_SK")};
    return std::nullopt;
}

} // namespace

std::optional<Profile> environmentProfile(const QProcessEnvironment& environment)
{
    Profile profile;
    profile.id = QLatin1String(kEnvironmentProfileId);
    profile.name = ProfileTexts::tr("Environment");
    profile.origin = ProfileOrigin::Environment;
    const QString region = variable(environment, "HUAWEICLOUD_SDK_REGION");
    profile.regionId = region.isEmpty() ? QStringLiteral("cn-north-4") : region;
    const QString iam = variable(environment, "HUAWEICLOUD_SDK_IAM_ENDPOINT");
    if (!iam.isEmpty())
        profile.iamEndpoint = QUrl(iam, QUrl::StrictMode);
    profile.domainId = variable(environment, "HUAWEICLOUD_SDK_DOMAIN_ID");

    if (!variable(environment, "HUAWEICLOUD_SDK_AUTH_TOKEN").isEmpty()) {
        profile.authKind = cloud::AuthKind::Token;
        return profile;
    }
    const auto keys = accessKeys(environment);
    if (!keys)
        return std::nullopt;
    profile.accessKeyId = keys->accessKeyId;
    profile.authKind = variable(environment, "HUAWEICLOUD_SDK_SECURITY_TOKEN").isEmpty()
                           ? cloud::AuthKind::AkSk
                           : cloud::AuthKind::TemporaryAkSk;
    return profile;
}

cloud::Credentials environmentCredentials(const QProcessEnvironment& environment)
{
    cloud::Credentials credentials;
    const auto profile = environmentProfile(environment);
    if (!profile)
        return credentials;
    credentials.kind = profile->authKind;
    credentials.domainId = profile->domainId;
    if (profile->authKind == cloud::AuthKind::Token) {
        credentials.authToken = SecureBytes::fromString(variable(environment, "HUAWEICLOUD_SDK_AUTH_TOKEN"));
        return credentials;
    }
    const auto keys = accessKeys(environment);
    credentials.accessKeyId = keys->accessKeyId;
    credentials.secretKey = SecureBytes::fromString(environment.value(keys->secretKeyVariable).trimmed());
    if (profile->authKind == cloud::AuthKind::TemporaryAkSk)
        credentials.securityToken = SecureBytes::fromString(variable(environment, "HUAWEICLOUD_SDK_SECURITY_TOKEN"));
    return credentials;
}

Profile sandboxProfile()
{
    Profile profile;
    profile.id = QLatin1String(kSandboxProfileId);
    profile.name = ProfileTexts::tr("Local sandbox");
    profile.origin = ProfileOrigin::Sandbox;
    profile.authKind = cloud::AuthKind::AkSk;
    return profile;
}

} // namespace ccm::profiles
