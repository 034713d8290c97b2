#include "profiles/ResolvedProfile.h"

#include "common/Await.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/KeychainSecretStore.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QFileInfo>
#include <QMetaObject>

#include <memory>
#include <optional>

namespace ccm::profiles {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::profiles::ResolvedProfile)
};

ResolvedProfile skeleton(const Profile& profile)
{
    ResolvedProfile resolved;
    resolved.profile = profile;
    resolved.isSandbox = profile.isSandbox();
    resolved.regionId = profile.regionId;
    resolved.scmEndpoint = profile.scmEndpoint;
    resolved.iamEndpoint = profile.iamEndpoint;
    resolved.caFile = profile.caFile;
    resolved.enterpriseProjectId = profile.enterpriseProjectId;
    cloud::Credentials& credentials = resolved.credentials;
    credentials.kind = profile.authKind;
    credentials.accessKeyId = profile.accessKeyId;
    credentials.domainId = profile.domainId;
    credentials.domainName = profile.domainName;
    credentials.userName = profile.userName;
    credentials.scope = profile.tokenScope;
    credentials.projectName = profile.projectName;
    return resolved;
}

void assign(cloud::Credentials& credentials, SecretKind kind, SecureBytes secret)
{
    switch (kind) {
    case SecretKind::SecretKey:
        credentials.secretKey = std::move(secret);
        break;
    case SecretKind::SecurityToken:
        credentials.securityToken = std::move(secret);
        break;
    case SecretKind::Password:
        credentials.password = std::move(secret);
        break;
    case SecretKind::AuthToken:
        credentials.authToken = std::move(secret);
        break;
    }
}

struct Pending
{
    ResolvedProfile resolved;
    QList<SecretKind> kinds;
    std::function<void(Result<ResolvedProfile>)> done;
};

// Answers from the event loop, like the secret stores do, so callers see one behaviour.
void finishLater(const std::shared_ptr<Pending>& pending, QObject* target, Result<ResolvedProfile> result)
{
    QMetaObject::invokeMethod(
        target, [pending, result = std::move(result)] { pending->done(result); }, Qt::QueuedConnection);
}

void readNext(std::shared_ptr<Pending> pending, SecretStore& secrets, QObject* context)
{
    if (pending->kinds.isEmpty()) {
        finishLater(pending, context ? context : &secrets, std::move(pending->resolved));
        return;
    }
    const SecretKind kind = pending->kinds.takeFirst();
    const Profile& profile = pending->resolved.profile;
    secrets.read(profile.id, kind, context, [pending, &secrets, context, kind](Result<SecureBytes> secret) {
        if (!secret) {
            Error error = secret.error();
            if (error.code == QLatin1String("secrets.not-found"))
                error.message = Texts::tr("No %1 is stored for the profile \"%2\". Enter it in the profile, or "
                                          "give it for this run only (ccmctl: --secret-stdin).")
                                    .arg(secretKindLabel(kind), pending->resolved.profile.name);
            pending->done(error);
            return;
        }
        assign(pending->resolved.credentials, kind, std::move(secret).value());
        readNext(pending, secrets, context);
    });
}

} // namespace

void resolveCredentials(const Profile& profile, SecretStore& secrets, const QProcessEnvironment& environment,
                        const SecretOverrides& overrides, QObject* context,
                        std::function<void(Result<ResolvedProfile>)> done)
{
    auto pending = std::make_shared<Pending>();
    pending->resolved = skeleton(profile);
    pending->done = std::move(done);
    if (!profile.caFile.isEmpty() && !QFileInfo(profile.caFile).isReadable()) {
        Error error{QStringLiteral("profile.ca-file"),
                    Texts::tr("The CA file %1 of the profile \"%2\" cannot be read.").arg(profile.caFile, profile.name),
                    profile.caFile, ErrorCategory::Input};
        finishLater(pending, context ? context : &secrets, error);
        return;
    }
    if (profile.isEnvironment()) {
        pending->resolved.credentials = environmentCredentials(environment);
    } else if (!profile.isSandbox()) {
        for (const SecretKind kind : secretKindsFor(profile.authKind)) {
            const auto given = overrides.find(kind);
            if (given != overrides.end())
                assign(pending->resolved.credentials, kind, given->second);
            else
                pending->kinds.append(kind);
        }
    }
    readNext(pending, secrets, context);
}

Result<ResolvedProfile> resolveProfile(const QString& name, ProfileStore& store, SecretStore& secrets,
                                       const SecretOverrides& overrides)
{
    const auto profile = name.isEmpty() ? std::optional<Profile>(store.defaultProfile()) : store.find(name);
    if (!profile)
        return Error{QStringLiteral("profile.not-found"),
                     Texts::tr("There is no profile \"%1\". `ccmctl profile list` shows the profiles.").arg(name), name,
                     ErrorCategory::Usage};
    auto answer = awaitCallback<Result<ResolvedProfile>>([&](QObject* context, auto done) {
        resolveCredentials(*profile, secrets, store.environment(), overrides, context, done);
    });
    if (answer->ok())
        (void)store.markUsed(profile->id);
    return std::move(*answer);
}

Result<ResolvedProfile> resolveProfile(const QString& name, const SecretOverrides& overrides)
{
    ProfileStore store;
    if (const Status loaded = store.load(); !loaded && loaded.error().code != QLatin1String("profiles.newer-schema"))
        return loaded.error();
    KeychainSecretStore secrets;
    return resolveProfile(name, store, secrets, overrides);
}

} // namespace ccm::profiles
