#pragma once

#include "cloud/Credentials.h"
#include "common/Result.h"
#include "profiles/Profile.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QUrl>

#include <functional>
#include <map>

namespace ccm::profiles {

class ProfileStore;
class SecretStore;

/// A profile made ready to connect: where to go and the credentials, secrets included.
///
/// The endpoints are the profile's custom ones; when scmEndpoint is empty the caller maps regionId through the
/// cloud endpoint catalogue. When isSandbox is true, the caller starts (or finds) the local sandbox and uses its
/// URL and demo credentials instead.
struct ResolvedProfile
{
    Profile profile;
    bool isSandbox = false;
    QString regionId;
    QUrl scmEndpoint;
    QUrl iamEndpoint;
    QString caFile;
    QString enterpriseProjectId;
    cloud::Credentials credentials;
};

/// Secrets given for this run only (standard input, a session prompt); they win over the credential store.
using SecretOverrides = std::map<SecretKind, SecureBytes>;

/// Builds the credentials of a profile from its fields, the overrides and the secret store, asynchronously.
/// Environment profiles take their secrets from `environment`; the sandbox needs none.
void resolveCredentials(const Profile& profile, SecretStore& secrets, const QProcessEnvironment& environment,
                        const SecretOverrides& overrides, QObject* context,
                        std::function<void(Result<ResolvedProfile>)> done);

/// Blocking resolution for the command line: finds the profile by name or id (the default profile when `name`
/// is empty) in `store`, reads its secrets, and marks it used.
Result<ResolvedProfile> resolveProfile(const QString& name, ProfileStore& store, SecretStore& secrets,
                                       const SecretOverrides& overrides = {});

/// The same with the user's profile file, the system credential store and the process environment.
/// This is what `ccmctl import --profile NAME` calls.
Result<ResolvedProfile> resolveProfile(const QString& name, const SecretOverrides& overrides = {});

} // namespace ccm::profiles
