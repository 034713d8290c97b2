#pragma once

#include "cloud/ScmClient.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "history/ImportHistory.h"
#include "profiles/ResolvedProfile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ccm::profiles {
class ProfileStore;
class SecretStore;
} // namespace ccm::profiles

namespace ccm::application {

/// How soon a certificate expires, as the certificates window colours it.
enum class ExpiryLevel {
    Expired,
    Within30Days,
    Within60Days,
    Fine,
    Unknown, ///< the expiry date cannot be read
};

/// The level of a certificate that expires at `expires`, seen at `now`.
ExpiryLevel expiryLevel(const QDateTime& expires, const QDateTime& now);
/// Calendar days (UTC) from `now` until `expires`: 0 on the day it expires, negative after.
qint64 daysLeft(const QDateTime& expires, const QDateTime& now);
/// "2 expire within 30 days, 1 expired" for list entries (their `expire_time`); "None expires within 60 days" when
/// none is close. Translated.
QString expirySummary(const QList<QJsonObject>& entries, const QDateTime& now);
/// "just now", "5 minutes ago", "3 hours ago", "2 days ago" (translated).
QString ageText(const QDateTime& then, const QDateTime& now);

/// The account's certificates as last listed.
struct AccountList
{
    QList<QJsonObject> certificates; ///< list entries as the service sent them (metadata only)
    int totalCount = 0;
    bool complete = true; ///< false: more than the documented paging reaches (300)
    QDateTime fetched;    ///< when the list was fetched (UTC)
    bool fromCache = false;
};

/// What the renewal offer proposes after an import renewed older certificates.
struct RenewalPlan
{
    QString certificateId; ///< the new certificate
    QString certificateName;
    QList<cloud::RenewedCertificate> renewed;
    QList<cloud::PushRequest> pushes; ///< where to push the new one (from where the renewed ones were pushed)
    bool deleteRenewed = false;
};

/// The account view of the GUI: lists a profile's certificates (with a local cache of the last list), shows,
/// pushes and deletes them, and writes every push and delete to the account activity history. No widgets.
///
/// Resolves the profile's credentials for each call (starting the embedded sandbox for the built-in profile), like
/// ImportService. Asynchronous; callbacks are dropped when their context object is gone.
class AccountService : public QObject
{
    Q_OBJECT

public:
    /// `store` and `secrets` must outlive the service.
    AccountService(profiles::ProfileStore& store, profiles::SecretStore& secrets, QObject* parent = nullptr);
    ~AccountService() override;

    /// $XDG_DATA_HOME/ccm-importer/lists on Linux: one owner-only file per profile.
    static QString defaultCacheFolder();

    void setHistoryPath(const QString& path) { m_historyPath = path; }
    QString historyPath() const { return m_historyPath; }
    void setSandboxStateFile(const QString& path) { m_sandboxStateFile = path; }
    /// Where the last list of each profile is kept; empty: not kept.
    void setCacheFolder(const QString& path) { m_cacheFolder = path; }
    void setClock(std::shared_ptr<const Clock> clock);
    std::shared_ptr<const Clock> clock() const { return m_clock; }
    void setClientTuning(int timeoutMs, const cloud::RetryPolicy& retry);

    /// The name of a profile (empty when it does not exist).
    QString profileName(const QString& profileId) const;

    /// The last complete list fetched for the profile (no filter), from the cache; nothing when there is none.
    std::optional<AccountList> cachedList(const QString& profileId) const;
    /// Fetches every page (listAll) with `content` as the service's keyword filter; an unfiltered list replaces the
    /// cache.
    void refresh(const QString& profileId, const QString& content, QObject* context,
                 std::function<void(Result<AccountList>)> done);
    void show(const QString& profileId, const QString& certificateId, QObject* context,
              std::function<void(Result<QJsonObject>)> done);
    /// Pushes and writes the history line; the value is the request id.
    void push(const QString& profileId, const QString& certificateId, const QString& certificateName,
              const cloud::PushRequest& request, QObject* context, std::function<void(Result<QString>)> done);
    /// Deletes and writes the history line; the value is the request id.
    void remove(const QString& profileId, const QString& certificateId, const QString& certificateName,
                QObject* context, std::function<void(Result<QString>)> done);
    /// Carries out a renewal plan: every push, then (when asked) every delete, one after the other. The value is one
    /// translated line per step.
    void applyRenewal(const QString& profileId, const RenewalPlan& plan, QObject* context,
                      std::function<void(QStringList lines, bool allDone)> done);

    /// Where the renewed certificates were pushed (ImportHistory::pushTargets), merged per service.
    QList<cloud::PushRequest> previousPushTargets(const QList<cloud::RenewedCertificate>& renewed) const;

    /// Aborts the list calls in flight (refresh()); their callbacks get a cancelled error. Pushes and deletes go on.
    void cancelRefresh();

Q_SIGNALS:
    /// A step the user may want to see (translated).
    void progress(const QString& message);

private:
    struct Connected
    {
        cloud::ScmClient* client = nullptr;
        profiles::Profile profile;
        QUrl endpoint;
    };
    /// Resolves the profile and makes a client for it.
    void connectTo(const QString& profileId, QObject* context, std::function<void(Result<Connected>)> done);
    QString cacheFile(const QString& profileId) const;
    void writeCache(const QString& profileId, const AccountList& list) const;
    void record(const Connected& connected, history::Action action, const QString& certificateId,
                const QString& certificateName, const QString& targets, const Result<QString>& outcome) const;

    profiles::ProfileStore& m_store;
    profiles::SecretStore& m_secrets;
    QString m_historyPath;
    QString m_sandboxStateFile;
    QString m_cacheFolder;
    std::shared_ptr<const Clock> m_clock = Clock::system();
    int m_timeoutMs = 30000;
    cloud::RetryPolicy m_retry;
    QList<QPointer<cloud::ScmClient>> m_clients;
    QList<QPointer<cloud::ScmClient>> m_listClients; ///< the clients of refresh(), for cancelRefresh()
};

} // namespace ccm::application
