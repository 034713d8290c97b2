#include "application/ImportService.h"

#include "application/EmbeddedSandbox.h"
#include "application/ProfileClient.h"
#include "profiles/ProfileStore.h"
#include "profiles/SecretStore.h"

#include <QCoreApplication>
#include <QProcessEnvironment>

namespace ccm::application {

using namespace cloud;

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::application::ImportService)
};

} // namespace

history::ImportRecord importRecord(const Inspection& inspection, const QString& certificateName,
                                   const profiles::Profile& profile, const QUrl& endpoint, const ImportResult* result,
                                   const Error* error, bool answeredByService)
{
    history::ImportRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.profileId = profile.id;
    record.profileName = profile.name;
    record.regionId = profile.regionId;
    record.endpoint = endpoint.toString();
    record.certificateName = certificateName;
    record.subjectCommonName = inspection.leafDetails.subjectCn;
    for (const auto& san : inspection.leafDetails.subjectAltNames)
        record.subjectAltNames.append(san.value);
    record.sha256Fingerprint = normalizeFingerprint(inspection.leafDetails.sha256);
    record.notAfter = inspection.leafDetails.notAfter;
    if (error) {
        record.outcome = answeredByService && !isNetworkError(*error) ? history::ImportOutcome::Rejected
                                                                      : history::ImportOutcome::Failed;
        record.errorCode = error->code;
        record.message = error->message;
        return record;
    }
    if (result) {
        record.requestId = result->requestId;
        record.certificateId = result->duplicateOf.isEmpty() ? result->certificateId : result->duplicateOf;
        record.outcome =
            result->duplicateOf.isEmpty() ? history::ImportOutcome::Imported : history::ImportOutcome::AlreadyPresent;
    }
    return record;
}

history::ImportRecord activityRecord(history::Action action, const profiles::Profile& profile, const QUrl& endpoint,
                                     const QString& certificateId, const QString& certificateName,
                                     const QString& targets, const Result<QString>& outcome)
{
    history::ImportRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.action = action;
    record.profileId = profile.id;
    record.profileName = profile.name;
    record.regionId = profile.regionId;
    record.endpoint = endpoint.toString();
    record.certificateId = certificateId;
    record.certificateName = certificateName;
    record.targets = targets;
    if (outcome) {
        record.outcome = history::ImportOutcome::Done;
        record.requestId = *outcome;
    } else {
        record.outcome =
            isNetworkError(outcome.error()) ? history::ImportOutcome::Failed : history::ImportOutcome::Rejected;
        record.errorCode = outcome.error().code;
        record.message = outcome.error().message;
    }
    return record;
}

ImportService::ImportService(profiles::ProfileStore& store, profiles::SecretStore& secrets, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_historyPath(history::ImportHistory::defaultPath())
{}

ImportService::~ImportService()
{
    // Calls still in flight are aborted by the client's destructor; their answers must not reach a half-destroyed
    // service.
    m_busy = false;
    ++m_generation;
    delete m_client.data();
}

void ImportService::setClientTuning(int timeoutMs, const RetryPolicy& retry)
{
    m_timeoutMs = timeoutMs;
    m_retry = retry;
}

bool ImportService::start(const QString& profileId, const Inspection& inspection, const ImportForm& form,
                          bool allowDuplicate)
{
    if (m_busy || !inspection.payloadReady())
        return false;
    m_busy = true;
    const quint64 generation = ++m_generation;
    m_inspection = inspection;
    m_form = form;
    m_allowDuplicate = allowDuplicate;
    m_report = ImportReport();
    m_report.profileId = profileId;
    m_report.certificateName = inspection.fields.name;

    // The profile may have been edited by ccmctl or another window since the file was read.
    m_store.refreshIfChangedOnDisk();
    const auto profile = profileId.isEmpty() ? std::optional(m_store.defaultProfile()) : m_store.findById(profileId);
    if (!profile) {
        m_profile = profiles::Profile();
        m_profile.id = profileId;
        const Error error{QStringLiteral("profiles.not-found"),
                          Texts::tr("The chosen account profile no longer exists. Choose another profile."), profileId};
        // Reported from the event loop, as every other outcome, so callers see one behaviour.
        QMetaObject::invokeMethod(
            this,
            [this, generation, error] {
                if (generation == m_generation && m_busy)
                    finish(&error, nullptr, false);
            },
            Qt::QueuedConnection);
        return true;
    }
    m_profile = *profile;
    m_report.profileName = m_profile.name;
    Q_EMIT progress(Texts::tr("Reading the credentials of \"%1\"…").arg(m_profile.name));
    profiles::resolveCredentials(m_profile, m_secrets, m_store.environment(), {}, this,
                                 [this, generation](Result<profiles::ResolvedProfile> resolved) {
                                     if (generation != m_generation || !m_busy)
                                         return;
                                     if (!resolved) {
                                         const Error error = resolved.error();
                                         finish(&error, nullptr, false);
                                         return;
                                     }
                                     send(std::move(*resolved));
                                 });
    return true;
}

void ImportService::send(profiles::ResolvedProfile resolved)
{
    const sandbox::Sandbox* running = nullptr;
    if (resolved.isSandbox) {
        auto sandbox = application::embeddedSandbox(m_sandboxStateFile);
        if (!sandbox) {
            const Error error = sandbox.error();
            finish(&error, nullptr, false);
            return;
        }
        running = *sandbox;
    }
    auto options = clientOptions(resolved, running);
    if (!options) {
        const Error error = options.error();
        finish(&error, nullptr, false);
        return;
    }
    options->timeoutMs = m_timeoutMs;
    options->retry = m_retry;
    m_report.endpoint = options->endpoint.scm;
    (void)m_store.markUsed(m_profile.id);

    delete m_client;
    m_client = new ScmClient(std::move(*options), this);
    // Throttling waits and lost-answer lookups show on the status line as they happen.
    connect(m_client, &ScmClient::progress, this, &ImportService::progress);
    Q_EMIT progress(Texts::tr("Sending \"%1\" to %2…").arg(m_report.certificateName, m_report.endpoint.host()));
    const quint64 generation = m_generation;
    const ImportRequest request = importRequest(m_inspection, m_form, m_allowDuplicate);
    const QStringList domains = request.domains;
    const QDateTime notAfter = request.notAfter;
    m_client->importCertificate(request, this, [this, generation, domains, notAfter](Result<ImportResult> result) {
        if (generation != m_generation || !m_busy)
            return;
        if (!result) {
            const Error error = result.error();
            finish(&error, nullptr, true);
            return;
        }
        if (!result->duplicateOf.isEmpty()) {
            finish(nullptr, &*result, true);
            return;
        }
        // A new certificate: which older ones for the same domains does it renew?
        Q_EMIT progress(Texts::tr("Looking for the certificates this one renews…"));
        const ImportResult imported = *result;
        m_client->findRenewed(domains, notAfter, imported.certificateId, this,
                              [this, generation, imported](Result<QList<RenewedCertificate>> renewed) {
                                  if (generation != m_generation || !m_busy)
                                      return;
                                  if (renewed)
                                      m_report.renews = *renewed;
                                  else
                                      m_report.renewsUnknown = renewed.error().message;
                                  finish(nullptr, &imported, true);
                              });
    });
}

void ImportService::cancel()
{
    if (!m_busy)
        return;
    // Ends the import now, whatever step it is in (a lookup, a backoff pause, the POST); late answers of the
    // aborted calls are ignored.
    const bool sending = m_client != nullptr;
    ++m_generation; // the aborted calls answer synchronously from cancelAll(); they are stale already
    if (m_client)
        m_client->cancelAll();
    const Error error{QStringLiteral("cloud.network.cancelled"),
                      sending ? Texts::tr("The import was cancelled. If the request had already reached the service, "
                                          "the certificate may have been imported; importing again finds such a "
                                          "copy instead of making a second one.")
                              : Texts::tr("The import was cancelled. Nothing was sent."),
                      {},
                      ErrorCategory::Network};
    finish(&error, nullptr, false);
}

void ImportService::finish(const Error* error, const ImportResult* result, bool answeredByService)
{
    if (error)
        m_report.error = *error;
    else if (result)
        m_report.result = *result;
    if (!m_historyPath.isEmpty()) {
        const Status recorded =
            history::appendToHistory(importRecord(m_inspection, m_report.certificateName, m_profile, m_report.endpoint,
                                                  result, error, answeredByService),
                                     m_historyPath);
        if (!recorded)
            m_report.historyWarning = recorded.error().message;
    }
    m_busy = false;
    ++m_generation;
    m_inspection = Inspection(); // drops the decrypted key
    if (m_client)
        m_client->deleteLater();
    const ImportReport report = m_report;
    Q_EMIT finished(report);
}

} // namespace ccm::application
