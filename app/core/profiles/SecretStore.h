#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "profiles/Profile.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace ccm::profiles {

/// Where the secrets of profiles live: one entry per profile id and secret kind.
///
/// Every operation is asynchronous: it returns at once and calls `done` later on the calling thread, unless
/// `context` has been destroyed by then. Failures are Error values:
///   - "secrets.not-found"  read of an entry that does not exist
///   - "secrets.no-store"   no credential store could take the secret (write) or answer (read/remove)
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(Result<SecureBytes>)>;
    using StatusCallback = std::function<void(Status)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void read(const QString& profileId, SecretKind kind, QObject* context, ReadCallback done) = 0;
    virtual void write(const QString& profileId, SecretKind kind, const SecureBytes& secret, QObject* context,
                       StatusCallback done) = 0;
    /// Removing an entry that does not exist succeeds.
    virtual void remove(const QString& profileId, SecretKind kind, QObject* context, StatusCallback done) = 0;

    /// Removes every kind of secret of a profile; reports the first failure, after trying them all.
    void removeAll(const QString& profileId, QObject* context, StatusCallback done);
    /// Writes several secrets in order; stops at the first failure and reports it.
    void writeAll(const QString& profileId, const QList<QPair<SecretKind, SecureBytes>>& secrets, QObject* context,
                  StatusCallback done);

    /// Blocking forms for the command line: they run a local event loop until the store answers.
    Result<SecureBytes> readBlocking(const QString& profileId, SecretKind kind);
    Status writeBlocking(const QString& profileId, SecretKind kind, const SecureBytes& secret);
    Status removeBlocking(const QString& profileId, SecretKind kind);
    Status removeAllBlocking(const QString& profileId);

protected:
    /// Calls `callback` from the event loop when `context` (if given) is still alive.
    void deliverLater(QObject* context, std::function<void()> callback);

private:
    void removeKinds(const QString& profileId, QList<SecretKind> kinds, std::optional<Error> firstError,
                     QObject* context, StatusCallback done);
};

/// The canonical "secret not found" error.
Error secretNotFound(const QString& profileId, SecretKind kind);

} // namespace ccm::profiles
