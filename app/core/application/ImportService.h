#pragma once

#include "certificate/Inspection.h"
#include "cloud/ScmClient.h"
#include "common/Result.h"
#include "history/ImportHistory.h"
#include "profiles/ResolvedProfile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

namespace ccm::profiles {
class ProfileStore;
class SecretStore;
} // namespace ccm::profiles

namespace ccm::application {

/// The history line for an import attempt: public facts of the leaf plus how the attempt ended. Never holds a
/// secret, a key or a body. `error` is null for a success (then `result` is used); a failure is "rejected" when
/// `answeredByService` and it is not a network error, else "failed" (nothing was decided by the service).
history::ImportRecord importRecord(const Inspection& inspection, const QString& certificateName,
                                   const profiles::Profile& profile, const QUrl& endpoint,
                                   const cloud::ImportResult* result, const Error* error,
                                   bool answeredByService = true);

/// The history line for a push or a delete: what was done to which certificate, where (for a push: `targets`), and
/// how it ended (`outcome` holds the request id on success, the error otherwise). Never holds a secret.
history::ImportRecord activityRecord(history::Action action, const profiles::Profile& profile, const QUrl& endpoint,
                                     const QString& certificateId, const QString& certificateName,
                                     const QString& targets, const Result<QString>& outcome);

/// What an import attempt of ImportService ended in.
struct ImportReport
{
    QString profileId;
    QString profileName;
    QUrl endpoint;              ///< the SCM endpoint the request went to (empty when it never got that far)
    QString certificateName;    ///< the name sent
    cloud::ImportResult result; ///< valid when `error` is empty
    std::optional<Error> error;
    QString historyWarning; ///< set when the attempt could not be added to the import history
    /// The account's certificates for the same domains that expire earlier: what this import renews (only after a
    /// new import). `renewsUnknown` says why they could not be looked up, when they could not.
    QList<cloud::RenewedCertificate> renews;
    QString renewsUnknown;
};

/// One import from the GUI, start to end: resolves the profile's credentials from the secret store, starts the
/// embedded sandbox for the built-in sandbox profile, signs and sends through ScmClient (duplicate detection and
/// safe retries included), and writes the outcome, success or failure, to the import history.
///
/// Asynchronous and on the calling thread's event loop; one import at a time.
class ImportService : public QObject
{
    Q_OBJECT

public:
    /// `store` and `secrets` must outlive the service.
    ImportService(profiles::ProfileStore& store, profiles::SecretStore& secrets, QObject* parent = nullptr);
    ~ImportService() override;

    /// Where the import history lives (default: ImportHistory::defaultPath()); empty turns the history off.
    void setHistoryPath(const QString& path) { m_historyPath = path; }
    /// Where the embedded sandbox keeps its certificates across restarts; empty keeps them in memory.
    void setSandboxStateFile(const QString& path) { m_sandboxStateFile = path; }
    /// Client settings applied to every import (tests shorten timeouts and retries).
    void setClientTuning(int timeoutMs, const cloud::RetryPolicy& retry);

    bool isBusy() const { return m_busy; }

    /// Starts an import of a ready inspection with the form it was inspected with. Returns false (and does
    /// nothing) while another import runs or when the inspection is not ready.
    bool start(const QString& profileId, const Inspection& inspection, const ImportForm& form, bool allowDuplicate);
    /// Stops the import in flight; finished() reports a "cloud.network.cancelled" error at once. What was already
    /// sent may still arrive at the service.
    void cancel();

Q_SIGNALS:
    /// A step began ("Reading the credentials…", "Sending to …"); translated, for a status line.
    void progress(const QString& message);
    /// The import ended; emitted exactly once per successful start().
    void finished(const ccm::application::ImportReport& report);

private:
    void send(profiles::ResolvedProfile resolved);
    void finish(const Error* error, const cloud::ImportResult* result, bool answeredByService);

    profiles::ProfileStore& m_store;
    profiles::SecretStore& m_secrets;
    QString m_historyPath;
    QString m_sandboxStateFile;
    int m_timeoutMs = 30000;
    cloud::RetryPolicy m_retry;
    bool m_busy = false;
    quint64 m_generation = 0;
    Inspection m_inspection;
    ImportForm m_form;
    bool m_allowDuplicate = false;
    profiles::Profile m_profile;
    ImportReport m_report;
    QPointer<cloud::ScmClient> m_client;
};

} // namespace ccm::application
