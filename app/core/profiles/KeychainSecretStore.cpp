#include "profiles/KeychainSecretStore.h"

#include "common/Logging.h"
#include "common/Version.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace ccm::profiles {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::profiles::KeychainSecretStore)
};

#ifdef Q_OS_WIN
// Credential Manager's blob limit (CRED_MAX_CREDENTIAL_BLOB_SIZE); QtKeychain does not split entries.
constexpr qsizetype kPlatformLimit = 2560;
#else
constexpr qsizetype kPlatformLimit = KeychainSecretStore::kMaxSecretSize;
#endif

bool backendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError ||
           error == QKeychain::NotImplemented;
}

QString describe(QKeychain::Job* job)
{
    return QStringLiteral("QtKeychain error %1: %2").arg(int(job->error())).arg(job->errorString());
}

} // namespace

Error noCredentialStore(const QString& detail)
{
    return Error{QStringLiteral("secrets.no-store"),
                 Texts::tr("No credential store is available, so the secret cannot be saved. Nothing was written "
                           "to disk. Start the system's keyring (e.g. GNOME Keyring or KWallet) and try again, or "
                           "use the profile for this session only."),
                 detail, ErrorCategory::CredentialStore};
}

KeychainSecretStore::KeychainSecretStore(QObject* parent)
    : KeychainSecretStore(defaultService(), parent)
{}

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

QString KeychainSecretStore::defaultService()
{
    return QLatin1String(kApplicationId);
}

QString KeychainSecretStore::entryKey(const QString& profileId, SecretKind kind)
{
    return profileId + QLatin1Char('/') + secretKindName(kind);
}

void KeychainSecretStore::setReadRetry(int attempts, int delayMs)
{
    m_readAttempts = qMax(1, attempts);
    m_readDelayMs = qMax(0, delayMs);
}

void KeychainSecretStore::read(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done)
{
    readAttempt(profileId, kind, context, std::move(done), m_readAttempts);
}

void KeychainSecretStore::readAttempt(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done,
                                      int attemptsLeft)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profileId, kind));
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this,
            [this, job, profileId, kind, guard, hadContext, done, attemptsLeft](QKeychain::Job*) {
                if (hadContext && !guard)
                    return;
                const QKeychain::Error error = job->error();
                if (error == QKeychain::NoError) {
                    QByteArray data = job->binaryData();
                    done(SecureBytes::adopt(data));
                    return;
                }
                if (error == QKeychain::EntryNotFound) {
                    done(secretNotFound(profileId, kind));
                    return;
                }
                if (backendMissing(error) && attemptsLeft > 1) {
                    qCDebug(lcProfiles) << "credential store not answering, retrying:" << describe(job);
                    QTimer::singleShot(m_readDelayMs, this,
                                       [this, profileId, kind, guard, hadContext, done, attemptsLeft] {
                                           if (hadContext && !guard)
                                               return;
                                           readAttempt(profileId, kind, guard.data(), done, attemptsLeft - 1);
                                       });
                    return;
                }
                qCDebug(lcProfiles) << "reading a secret failed:" << describe(job);
                Error failure = noCredentialStore(describe(job));
                failure.message = Texts::tr("The secret cannot be read from the system's credential store. Start "
                                            "the keyring and unlock it, or enter the secret for this session.");
                if (error == QKeychain::AccessDeniedByUser || error == QKeychain::AccessDenied)
                    failure.message = Texts::tr("Access to the secret was denied by the credential store.");
                done(failure);
            });
    job->start();
}

void KeychainSecretStore::write(const QString& profileId, SecretKind kind, const SecureBytes& secret, QObject* context,
                                StatusCallback done)
{
    if (secret.size() > kPlatformLimit) {
        deliverLater(context, [done = std::move(done), size = secret.size()] {
            done(Error{QStringLiteral("secrets.too-large"),
                       Texts::tr("The secret is too large for the system's credential store (%1 bytes, at most %2).")
                           .arg(size)
                           .arg(kPlatformLimit),
                       {},
                       ErrorCategory::CredentialStore});
        });
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profileId, kind));
    // The job shares this buffer; wiping it in place once the job is done clears QtKeychain's copy too.
    auto buffer = std::make_shared<QByteArray>(secret.exposeCopy());
    job->setBinaryData(*buffer);
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [job, buffer, guard, hadContext, done](QKeychain::Job*) {
        wipe(*buffer);
        if (hadContext && !guard)
            return;
        if (job->error() != QKeychain::NoError) {
            qCDebug(lcProfiles) << "storing a secret failed:" << describe(job);
            done(noCredentialStore(describe(job)));
            return;
        }
        done(Status());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& profileId, SecretKind kind, QObject* context, StatusCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entryKey(profileId, kind));
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(job, &QKeychain::Job::finished, this, [job, guard, hadContext, done](QKeychain::Job*) {
        if (hadContext && !guard)
            return;
        const QKeychain::Error error = job->error();
        if (error == QKeychain::NoError || error == QKeychain::EntryNotFound) {
            done(Status());
            return;
        }
        qCDebug(lcProfiles) << "removing a secret failed:" << describe(job);
        Error failure = noCredentialStore(describe(job));
        failure.message = Texts::tr("The secret could not be removed from the system's credential store. Remove "
                                    "the entry \"%1\" by hand (e.g. with Seahorse) or try again.")
                              .arg(job->key());
        done(failure);
    });
    job->start();
}

} // namespace ccm::profiles

#include "moc_KeychainSecretStore.cpp" // its meta-object code in this object: see DESIGN.md, "Start-up"
