#include "profiles/SecretStore.h"

#include "common/Await.h"

#include <QMetaObject>

#include <memory>
#include <optional>

namespace ccm::profiles {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::profiles::SecretStore)
};

template<typename T, typename Start>
T waitFor(Start start)
{
    return *awaitCallback<T>(std::move(start));
}

} // namespace

Error secretNotFound(const QString& profileId, SecretKind kind)
{
    return Error{QStringLiteral("secrets.not-found"),
                 Texts::tr("No %1 is stored for this profile. Enter it again.").arg(secretKindLabel(kind)),
                 profileId + QLatin1Char('/') + secretKindName(kind), ErrorCategory::Usage};
}

void SecretStore::deliverLater(QObject* context, std::function<void()> callback)
{
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [guard, hadContext, callback = std::move(callback)] {
            if (hadContext && !guard)
                return;
            callback();
        },
        Qt::QueuedConnection);
}

void SecretStore::removeAll(const QString& profileId, QObject* context, StatusCallback done)
{
    removeKinds(profileId,
                {SecretKind::SecretKey, SecretKind::SecurityToken, SecretKind::Password, SecretKind::AuthToken}, {},
                context, std::move(done));
}

void SecretStore::removeKinds(const QString& profileId, QList<SecretKind> kinds, std::optional<Error> firstError,
                              QObject* context, StatusCallback done)
{
    if (kinds.isEmpty()) {
        done(firstError ? Status(*firstError) : Status());
        return;
    }
    const SecretKind kind = kinds.takeFirst();
    remove(profileId, kind, context, [this, profileId, kinds, firstError, context, done](Status status) {
        auto error = firstError;
        if (!status && !error)
            error = status.error();
        removeKinds(profileId, kinds, error, context, done);
    });
}

void SecretStore::writeAll(const QString& profileId, const QList<QPair<SecretKind, SecureBytes>>& secrets,
                           QObject* context, StatusCallback done)
{
    if (secrets.isEmpty()) {
        deliverLater(context, [done] { done(Status()); });
        return;
    }
    const auto first = secrets.first();
    const auto rest = secrets.mid(1);
    write(profileId, first.first, first.second, context, [this, profileId, rest, context, done](Status status) {
        if (!status) {
            done(status);
            return;
        }
        writeAll(profileId, rest, context, done);
    });
}

Result<SecureBytes> SecretStore::readBlocking(const QString& profileId, SecretKind kind)
{
    return waitFor<Result<SecureBytes>>(
        [&](QObject* context, ReadCallback done) { read(profileId, kind, context, std::move(done)); });
}

Status SecretStore::writeBlocking(const QString& profileId, SecretKind kind, const SecureBytes& secret)
{
    return waitFor<Status>(
        [&](QObject* context, StatusCallback done) { write(profileId, kind, secret, context, std::move(done)); });
}

Status SecretStore::removeBlocking(const QString& profileId, SecretKind kind)
{
    return waitFor<Status>(
        [&](QObject* context, StatusCallback done) { remove(profileId, kind, context, std::move(done)); });
}

Status SecretStore::removeAllBlocking(const QString& profileId)
{
    return waitFor<Status>(
        [&](QObject* context, StatusCallback done) { removeAll(profileId, context, std::move(done)); });
}

} // namespace ccm::profiles

#include "moc_SecretStore.cpp" // its meta-object code in this object: see DESIGN.md, "Start-up"
