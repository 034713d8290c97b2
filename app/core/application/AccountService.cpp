#include "application/AccountService.h"

#include "application/EmbeddedSandbox.h"
#include "application/ImportService.h"
#include "application/ProfileClient.h"
#include "common/PrivateFiles.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace ccm::application {

using namespace cloud;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::application::AccountService)
};

constexpr int kCacheVersion = 1;
constexpr qint64 kCacheMaxBytes = 16 * 1024 * 1024;

/// A chain of steps run one after the other (the renewal plan).
struct RenewalRun
{
    QString profileId;
    RenewalPlan plan;
    int step = 0;
    QStringList lines;
    bool allDone = true;
    QPointer<QObject> context;
    std::function<void(QStringList, bool)> done;
};

} // namespace

ExpiryLevel expiryLevel(const QDateTime& expires, const QDateTime& now)
{
    if (!expires.isValid())
        return ExpiryLevel::Unknown;
    if (expires <= now)
        return ExpiryLevel::Expired;
    const qint64 days = daysLeft(expires, now);
    if (days <= 30)
        return ExpiryLevel::Within30Days;
    if (days <= 60)
        return ExpiryLevel::Within60Days;
    return ExpiryLevel::Fine;
}

qint64 daysLeft(const QDateTime& expires, const QDateTime& now)
{
    // Calendar days (UTC), as a person counts them from the expiry date: 0 on the last day.
    return now.toUTC().date().daysTo(expires.toUTC().date());
}

QString expirySummary(const QList<QJsonObject>& entries, const QDateTime& now)
{
    int expired = 0;
    int within30 = 0;
    int within60 = 0;
    for (const QJsonObject& entry : entries) {
        switch (expiryLevel(parseServiceTime(entry.value(QLatin1String("expire_time")).toString()), now)) {
        case ExpiryLevel::Expired:
            ++expired;
            break;
        case ExpiryLevel::Within30Days:
            ++within30;
            break;
        case ExpiryLevel::Within60Days:
            ++within60;
            break;
        default:
            break;
        }
    }
    // Whole sentences per count rather than "(s)": the summary is read first.
    QStringList parts;
    if (within30 > 0)
        parts.append(within30 == 1 ? Texts::tr("1 expires within 30 days")
                                   : Texts::tr("%1 expire within 30 days").arg(within30));
    if (within60 > 0)
        parts.append(within60 == 1 ? Texts::tr("1 more within 60 days")
                                   : Texts::tr("%1 more within 60 days").arg(within60));
    if (expired > 0)
        parts.append(expired == 1 ? Texts::tr("1 expired") : Texts::tr("%1 expired").arg(expired));
    if (parts.isEmpty())
        return entries.isEmpty() ? Texts::tr("No certificates.") : Texts::tr("None expires within 60 days.");
    return parts.join(Texts::tr(", "));
}

QString ageText(const QDateTime& then, const QDateTime& now)
{
    const qint64 seconds = qMax<qint64>(0, then.secsTo(now));
    if (seconds < 60)
        return Texts::tr("just now");
    const auto count = [](qint64 n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); };
    if (seconds < 3600)
        return count(seconds / 60, Texts::tr("1 minute ago"), Texts::tr("%1 minutes ago"));
    if (seconds < 86400)
        return count(seconds / 3600, Texts::tr("1 hour ago"), Texts::tr("%1 hours ago"));
    return count(seconds / 86400, Texts::tr("1 day ago"), Texts::tr("%1 days ago"));
}

AccountService::AccountService(profiles::ProfileStore& store, profiles::SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_historyPath(history::ImportHistory::defaultPath())
    , m_cacheFolder(defaultCacheFolder())
{}

AccountService::~AccountService()
{
    for (const auto& client : std::as_const(m_clients))
        delete client.data();
}

QString AccountService::defaultCacheFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ccm-importer/lists");
}

void AccountService::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = clock ? std::move(clock) : Clock::system();
}

void AccountService::setClientTuning(int timeoutMs, const RetryPolicy& retry)
{
    m_timeoutMs = timeoutMs;
    m_retry = retry;
}

QString AccountService::profileName(const QString& profileId) const
{
    const auto profile = m_store.findById(profileId);
    return profile ? profile->name : QString();
}

QString AccountService::cacheFile(const QString& profileId) const
{
    if (m_cacheFolder.isEmpty() || profileId.isEmpty())
        return {};
    // Profile ids are the store's own, but a file name must not depend on what they may hold.
    const QByteArray hash = QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return m_cacheFolder + QStringLiteral("/list-") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

std::optional<AccountList> AccountService::cachedList(const QString& profileId) const
{
    const QString path = cacheFile(profileId);
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > kCacheMaxBytes)
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("version")).toInt() != kCacheVersion ||
        root.value(QLatin1String("profile")).toString() != profileId)
        return std::nullopt;
    AccountList list;
    list.fromCache = true;
    list.fetched = QDateTime::fromString(root.value(QLatin1String("fetched")).toString(), Qt::ISODateWithMs);
    if (!list.fetched.isValid())
        return std::nullopt;
    list.totalCount = root.value(QLatin1String("total_count")).toInt();
    list.complete = root.value(QLatin1String("complete")).toBool(true);
    for (const auto& value : root.value(QLatin1String("certificates")).toArray()) {
        if (value.isObject())
            list.certificates.append(value.toObject());
    }
    return list;
}

void AccountService::writeCache(const QString& profileId, const AccountList& list) const
{
    const QString path = cacheFile(profileId);
    if (path.isEmpty())
        return;
    QJsonArray certificates;
    for (const QJsonObject& entry : list.certificates)
        certificates.append(entry);
    const QJsonObject root{
        {QStringLiteral("version"), kCacheVersion},
        {QStringLiteral("note"),
         QStringLiteral("CCM Importer: the last certificate list of a profile (metadata only)")},
        {QStringLiteral("profile"), profileId},
        {QStringLiteral("fetched"), list.fetched.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("total_count"), list.totalCount},
        {QStringLiteral("complete"), list.complete},
        {QStringLiteral("certificates"), certificates},
    };
    // A cache: when it cannot be written the window still shows the fresh list.
    (void)writePrivateFile(path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

void AccountService::connectTo(const QString& profileId, QObject* context, std::function<void(Result<Connected>)> done)
{
    m_store.refreshIfChangedOnDisk();
    const auto profile = profileId.isEmpty() ? std::optional(m_store.defaultProfile()) : m_store.findById(profileId);
    if (!profile) {
        done(Error{QStringLiteral("profiles.not-found"),
                   Texts::tr("The chosen account profile no longer exists. Choose another profile."), profileId,
                   ErrorCategory::Usage});
        return;
    }
    QPointer<QObject> guard(context);
    profiles::resolveCredentials(*profile, m_secrets, m_store.environment(), {}, this,
                                 [this, guard, done = std::move(done)](Result<profiles::ResolvedProfile> resolved) {
                                     if (!guard)
                                         return;
                                     if (!resolved) {
                                         done(resolved.error());
                                         return;
                                     }
                                     const sandbox::Sandbox* running = nullptr;
                                     if (resolved->isSandbox) {
                                         auto sandbox = application::embeddedSandbox(m_sandboxStateFile);
                                         if (!sandbox) {
                                             done(sandbox.error());
                                             return;
                                         }
                                         running = *sandbox;
                                     }
                                     auto options = clientOptions(*resolved, running);
                                     if (!options) {
                                         done(options.error());
                                         return;
                                     }
                                     options->timeoutMs = m_timeoutMs;
                                     options->retry = m_retry;
                                     options->clock = m_clock;
                                     Connected connected;
                                     connected.profile = resolved->profile;
                                     connected.endpoint = options->endpoint.scm;
                                     connected.client = new ScmClient(std::move(*options), this);
                                     connect(connected.client, &ScmClient::progress, this, &AccountService::progress);
                                     m_clients.removeIf(
                                         [](const QPointer<ScmClient>& client) { return client.isNull(); });
                                     m_clients.append(connected.client);
                                     done(connected);
                                 });
}

void AccountService::refresh(const QString& profileId, const QString& content, QObject* context,
                             std::function<void(Result<AccountList>)> done)
{
    Q_EMIT progress(Texts::tr("Fetching the list of certificates…"));
    QPointer<QObject> guard(context);
    connectTo(profileId, context,
              [this, profileId, content, guard, done = std::move(done)](Result<Connected> connected) mutable {
                  if (!connected) {
                      done(connected.error());
                      return;
                  }
                  ScmClient* client = connected->client;
                  m_listClients.append(client);
                  ListQuery query;
                  query.content = content;
                  client->listAll(query, guard.data(),
                                  [this, client, profileId, content, done](Result<CertificateList> listed) {
                                      client->deleteLater();
                                      if (!listed) {
                                          done(listed.error());
                                          return;
                                      }
                                      AccountList list;
                                      list.certificates = listed->certificates;
                                      list.totalCount = listed->totalCount;
                                      list.complete = listed->complete;
                                      list.fetched = m_clock->now().toUTC();
                                      if (content.isEmpty())
                                          writeCache(profileId, list);
                                      done(list);
                                  });
              });
}

void AccountService::show(const QString& profileId, const QString& certificateId, QObject* context,
                          std::function<void(Result<QJsonObject>)> done)
{
    QPointer<QObject> guard(context);
    connectTo(profileId, context, [certificateId, guard, done = std::move(done)](Result<Connected> connected) mutable {
        if (!connected) {
            done(connected.error());
            return;
        }
        ScmClient* client = connected->client;
        client->showCertificate(certificateId, guard.data(), [client, done](Result<QJsonObject> shown) {
            client->deleteLater();
            done(std::move(shown));
        });
    });
}

void AccountService::record(const Connected& connected, history::Action action, const QString& certificateId,
                            const QString& certificateName, const QString& targets,
                            const Result<QString>& outcome) const
{
    if (m_historyPath.isEmpty())
        return;
    (void)history::appendToHistory(
        activityRecord(action, connected.profile, connected.endpoint, certificateId, certificateName, targets, outcome),
        m_historyPath);
}

void AccountService::push(const QString& profileId, const QString& certificateId, const QString& certificateName,
                          const PushRequest& request, QObject* context, std::function<void(Result<QString>)> done)
{
    Q_EMIT progress(Texts::tr("Pushing \"%1\" to %2…").arg(certificateName, request.service));
    QPointer<QObject> guard(context);
    connectTo(profileId, context,
              [this, certificateId, certificateName, request, guard,
               done = std::move(done)](Result<Connected> connected) mutable {
                  if (!connected) {
                      done(connected.error());
                      return;
                  }
                  const Connected c = *connected;
                  // The service is the context: a push that was sent is recorded even when the window that asked
                  // for it has closed meanwhile.
                  c.client->pushCertificate(
                      certificateId, request, this,
                      [this, c, certificateId, certificateName, request, guard, done](Result<QString> pushed) {
                          c.client->deleteLater();
                          const history::PushTarget target{request.service, request.projects};
                          record(c, history::Action::Push, certificateId, certificateName, target.toText(), pushed);
                          if (guard)
                              done(std::move(pushed));
                      });
              });
}

void AccountService::remove(const QString& profileId, const QString& certificateId, const QString& certificateName,
                            QObject* context, std::function<void(Result<QString>)> done)
{
    Q_EMIT progress(Texts::tr("Deleting \"%1\"…").arg(certificateName));
    QPointer<QObject> guard(context);
    connectTo(
        profileId, context,
        [this, certificateId, certificateName, guard, done = std::move(done)](Result<Connected> connected) mutable {
            if (!connected) {
                done(connected.error());
                return;
            }
            const Connected c = *connected;
            c.client->deleteCertificate(
                certificateId, this, [this, c, certificateId, certificateName, guard, done](Result<QString> deleted) {
                    c.client->deleteLater();
                    record(c, history::Action::Delete, certificateId, certificateName, {}, deleted);
                    if (guard)
                        done(std::move(deleted));
                });
        });
}

QList<PushRequest> AccountService::previousPushTargets(const QList<RenewedCertificate>& renewed) const
{
    QList<PushRequest> merged;
    if (m_historyPath.isEmpty() || !QFile::exists(m_historyPath))
        return merged;
    history::ImportHistory ledger(m_historyPath);
    if (!ledger.open())
        return merged;
    QStringList ids;
    for (const RenewedCertificate& old : renewed)
        ids << old.id;
    const auto targets = ledger.pushTargets(ids);
    for (const history::PushTarget& target : targets ? *targets : QList<history::PushTarget>{})
        merged.append(PushRequest{target.service, target.projects});
    return merged;
}

void AccountService::applyRenewal(const QString& profileId, const RenewalPlan& plan, QObject* context,
                                  std::function<void(QStringList lines, bool allDone)> done)
{
    auto run = std::make_shared<RenewalRun>();
    run->profileId = profileId;
    run->plan = plan;
    run->context = context;
    run->done = std::move(done);
    auto next = std::make_shared<std::function<void()>>();
    // The chain holds itself through `next` until the last step clears it.
    *next = [this, run, next] {
        if (!run->context) {
            *next = nullptr;
            return;
        }
        const int pushes = int(run->plan.pushes.size());
        const int deletes = run->plan.deleteRenewed ? int(run->plan.renewed.size()) : 0;
        if (run->step >= pushes + deletes) {
            auto finished = run->done;
            *next = nullptr;
            finished(run->lines, run->allDone);
            return;
        }
        const int step = run->step++;
        if (step < pushes) {
            const PushRequest request = run->plan.pushes.at(step);
            const QString where =
                request.service + QStringLiteral(" (") + request.projects.join(QStringLiteral(", ")) + QLatin1Char(')');
            push(run->profileId, run->plan.certificateId, run->plan.certificateName, request, run->context,
                 [run, next, where](Result<QString> pushed) {
                     if (pushed) {
                         run->lines.append(Texts::tr("Pushed to %1 (request %2).").arg(where, *pushed));
                     } else {
                         run->allDone = false;
                         run->lines.append(Texts::tr("Not pushed to %1: %2").arg(where, pushed.error().message));
                     }
                     (*next)();
                 });
            return;
        }
        if (!run->allDone) {
            // A push failed: the renewed certificates may still be in use, so none is deleted.
            run->lines.append(Texts::tr("The renewed certificates were not deleted, because a push failed."));
            run->step = pushes + deletes;
            (*next)();
            return;
        }
        const RenewedCertificate old = run->plan.renewed.at(step - pushes);
        remove(run->profileId, old.id, old.name, run->context, [run, next, old](Result<QString> deleted) {
            if (deleted) {
                run->lines.append(Texts::tr("Deleted %1 (%2; request %3).").arg(old.name, old.id, *deleted));
            } else {
                run->allDone = false;
                run->lines.append(Texts::tr("Not deleted %1 (%2): %3").arg(old.name, old.id, deleted.error().message));
            }
            (*next)();
        });
    };
    (*next)();
}

void AccountService::cancelRefresh()
{
    const auto clients = m_listClients;
    m_listClients.clear();
    for (const auto& client : clients) {
        if (client) {
            client->cancelAll();
            client->deleteLater();
        }
    }
}

} // namespace ccm::application
