#pragma once

#include "common/Fingerprint.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ccm::history {

/// How an import attempt ended.
enum class ImportOutcome {
    Imported,       ///< the service accepted it and gave a certificate id
    AlreadyPresent, ///< the same certificate was already in the account; nothing new was created
    Rejected,       ///< the service answered with an error (see errorCode)
    Failed,         ///< network, TLS or local failure before an answer
    Done,           ///< a push or delete the service carried out
};

/// What a line of the account activity history records.
enum class Action {
    Import,
    Push, ///< `targets` says where: "SERVICE:region,region"
    Delete,
};

/// One line of the import ledger. Holds public facts only: never a secret, a private key or a request body.
struct ImportRecord
{
    qint64 id = 0;  ///< row id, set by the ledger
    QDateTime time; ///< when the attempt ended (UTC)
    QString profileId;
    QString profileName;
    QString endpoint; ///< SCM endpoint URL used
    QString regionId;
    QString certificateId;   ///< id the service gave (e.g. "scs1554192131150"); empty when none
    QString certificateName; ///< the name sent
    QString subjectCommonName;
    QStringList subjectAltNames;
    QString sha256Fingerprint; ///< of the leaf, lower-case hex without colons
    QDateTime notAfter;
    QString requestId; ///< X-Request-Id of the answer
    ImportOutcome outcome = ImportOutcome::Imported;
    QString errorCode; ///< e.g. "SCM.0014"; empty on success
    QString message;   ///< short explanation shown in the history view
    Action action = Action::Import;
    QString targets; ///< a push's service and regions, "CDN:cn-north-4,ap-southeast-1"

    bool operator==(const ImportRecord&) const = default;
};

QString outcomeName(ImportOutcome outcome); ///< "imported", "already-present", "rejected", "failed", "done"
QString actionName(Action action);          ///< "import", "push", "delete"

/// A push target as the history keeps it: one service and its regions.
struct PushTarget
{
    QString service;
    QStringList projects;

    QString toText() const; ///< "CDN:cn-north-4,ap-southeast-1"
    static std::optional<PushTarget> fromText(const QString& text);
    bool operator==(const PushTarget&) const = default;
};

/// The import ledger: an SQLite file (Qt Sql, QSQLITE) with a schema version (PRAGMA user_version).
///
/// Each instance uses its own database connection, so several ledgers (or threads, one instance each) can
/// coexist. Not thread-safe itself.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(ccm::history::ImportHistory)

public:
    static constexpr int kSchemaVersion = 2; ///< 2: action and targets (the account activity history)

    /// $XDG_DATA_HOME/ccm-importer/history.sqlite (QStandardPaths::GenericDataLocation) on Linux.
    static QString defaultPath();

    explicit ImportHistory(QString path = defaultPath());
    ~ImportHistory();
    ImportHistory(const ImportHistory&) = delete;
    ImportHistory& operator=(const ImportHistory&) = delete;

    /// Opens (creating the file and folder when needed) and brings the schema up to date.
    Status open();
    bool isOpen() const;
    QString path() const { return m_path; }

    /// Appends a record; returns its id.
    Result<qint64> record(const ImportRecord& record);
    /// Newest first; `profileId` empty for all profiles; `limit` <= 0 for no limit.
    Result<QList<ImportRecord>> recent(int limit = 100, const QString& profileId = {}) const;
    /// Earlier attempts with the same leaf (fingerprint compared case-insensitively, colons ignored), newest first.
    Result<QList<ImportRecord>> findByFingerprint(const QString& sha256Fingerprint) const;
    /// Where the certificates `certificateIds` were pushed successfully, as recorded here: each service once, with the
    /// regions of all their pushes together (what a renewal pushes the new certificate to).
    Result<QList<PushTarget>> pushTargets(const QStringList& certificateIds) const;

private:
    Status migrate();
    Error databaseError(const QString& what, const QString& detail) const;

    QString m_path;
    QString m_connectionName;
};

/// Opens the ledger at `path`, appends `record` and closes it again: one line per import attempt, from the GUI's
/// import service and from ccmctl alike.
Status appendToHistory(const ImportRecord& record, const QString& path = ImportHistory::defaultPath());

/// The last time the leaf with this SHA-256 fingerprint went into an account (imported, or found already there),
/// as the ledger at `path` records it: its time, profile name and certificate id. Empty when there is no such line,
/// no ledger at `path` (looking never creates one) or the ledger cannot be read.
std::optional<ImportRecord> lastImportOf(const QString& sha256Fingerprint, const QString& path);

} // namespace ccm::history
