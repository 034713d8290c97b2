#include "profiles/ProfileManager.h"

#include "common/Logging.h"

#include <QMetaObject>

namespace ccm::profiles {

ProfileManager::ProfileManager(ProfileStore& store, SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{}

void ProfileManager::saveSecrets(const QString& profileId, const QList<QPair<SecretKind, SecureBytes>>& secrets,
                                 QObject* context, SecretStore::StatusCallback done)
{
    m_secrets.writeAll(profileId, secrets, context, std::move(done));
}

void ProfileManager::remove(const QString& profileId, bool force, QObject* context, SecretStore::StatusCallback done)
{
    const auto profile = m_store.findById(profileId);
    if (!profile || profile->isReadOnly()) {
        // Let the store word the error (unknown or built-in profile).
        const Status status = m_store.remove(profileId);
        QMetaObject::invokeMethod(
            this, [done = std::move(done), status] { done(status); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.removeAll(profileId, context, [this, profileId, force, done](Status secretsRemoved) {
        if (!secretsRemoved && !force) {
            done(secretsRemoved);
            return;
        }
        const Status removed = m_store.remove(profileId);
        if (!removed) {
            done(removed);
            return;
        }
        done(secretsRemoved);
    });
}

void ProfileManager::duplicate(const QString& profileId, const QString& newName, QObject* context,
                               std::function<void(Result<Profile>, Status)> done)
{
    const auto source = m_store.findById(profileId);
    Result<Profile> copy = m_store.duplicate(profileId, newName);
    if (!copy || !source || source->isReadOnly()) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), copy = std::move(copy)] { done(copy, Status()); }, Qt::QueuedConnection);
        return;
    }
    const Profile created = *copy;
    copySecrets(profileId, created.id, secretKindsFor(source->authKind), context,
                [done, created](Status copied) { done(created, copied); });
}

void ProfileManager::copySecrets(const QString& fromId, const QString& toId, QList<SecretKind> kinds, QObject* context,
                                 SecretStore::StatusCallback done)
{
    if (kinds.isEmpty()) {
        done(Status());
        return;
    }
    const SecretKind kind = kinds.takeFirst();
    m_secrets.read(fromId, kind, context, [this, fromId, toId, kinds, kind, context, done](Result<SecureBytes> secret) {
        if (!secret) {
            if (secret.error().code == QLatin1String("secrets.not-found")) {
                copySecrets(fromId, toId, kinds, context, done);
                return;
            }
            done(secret.error());
            return;
        }
        m_secrets.write(toId, kind, *secret, context, [this, fromId, toId, kinds, context, done](Status written) {
            if (!written) {
                done(written);
                return;
            }
            copySecrets(fromId, toId, kinds, context, done);
        });
    });
}

} // namespace ccm::profiles

#include "moc_ProfileManager.cpp" // its meta-object code in this object: see DESIGN.md, "Start-up"
