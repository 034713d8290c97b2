#include "history/ImportHistory.h"

#include "common/Logging.h"
#include "common/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QVariant>

namespace ccm::history {

namespace {

constexpr auto kColumns = "id, time, profile_id, profile_name, endpoint, region, certificate_id, certificate_name, "
                          "subject_cn, sans, sha256, not_after, request_id, outcome, error_code, message, action, "
                          "targets";

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A null QString binds as SQL NULL, which the NOT NULL columns refuse; store "" instead.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QDateTime fromIso(const QString& text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::optional<ImportOutcome> outcomeFromName(const QString& name)
{
    for (auto outcome : {ImportOutcome::Imported, ImportOutcome::AlreadyPresent, ImportOutcome::Rejected,
                         ImportOutcome::Failed, ImportOutcome::Done}) {
        if (outcomeName(outcome) == name)
            return outcome;
    }
    return std::nullopt;
}

ImportRecord readRecord(const QSqlQuery& query)
{
    ImportRecord record;
    record.id = query.value(0).toLongLong();
    record.time = fromIso(query.value(1).toString());
    record.profileId = query.value(2).toString();
    record.profileName = query.value(3).toString();
    record.endpoint = query.value(4).toString();
    record.regionId = query.value(5).toString();
    record.certificateId = query.value(6).toString();
    record.certificateName = query.value(7).toString();
    record.subjectCommonName = query.value(8).toString();
    for (const QJsonValue& san : QJsonDocument::fromJson(query.value(9).toByteArray()).array())
        record.subjectAltNames << san.toString();
    record.sha256Fingerprint = query.value(10).toString();
    record.notAfter = fromIso(query.value(11).toString());
    record.requestId = query.value(12).toString();
    record.outcome = outcomeFromName(query.value(13).toString()).value_or(ImportOutcome::Failed);
    record.errorCode = query.value(14).toString();
    record.message = query.value(15).toString();
    const QString action = query.value(16).toString();
    record.action = action == QLatin1String("push")     ? Action::Push
                    : action == QLatin1String("delete") ? Action::Delete
                                                        : Action::Import;
    record.targets = query.value(17).toString();
    return record;
}

} // namespace

QString actionName(Action action)
{
    switch (action) {
    case Action::Import:
        return QStringLiteral("import");
    case Action::Push:
        return QStringLiteral("push");
    case Action::Delete:
        return QStringLiteral("delete");
    }
    return {};
}

QString PushTarget::toText() const
{
    return service + QLatin1Char(':') + projects.join(QLatin1Char(','));
}

std::optional<PushTarget> PushTarget::fromText(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    PushTarget target{text.left(colon), text.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)};
    if (target.projects.isEmpty())
        return std::nullopt;
    return target;
}

QString outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Imported:
        return QStringLiteral("imported");
    case ImportOutcome::AlreadyPresent:
        return QStringLiteral("already-present");
    case ImportOutcome::Rejected:
        return QStringLiteral("rejected");
    case ImportOutcome::Failed:
        return QStringLiteral("failed");
    case ImportOutcome::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString ImportHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/ccm-importer/history.sqlite");
}

ImportHistory::ImportHistory(QString path)
    : m_path(std::move(path))
    , m_connectionName(QStringLiteral("ccm-history-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

ImportHistory::~ImportHistory()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Error ImportHistory::databaseError(const QString& what, const QString& detail) const
{
    // `what` names the step for the log and the detail; the message stays one translatable sentence.
    return Error{QStringLiteral("history.database"),
                 tr("The import history %1 cannot be used. Check that its folder is writable and the disk is not "
                    "full.")
                     .arg(m_path),
                 what + QStringLiteral(": ") + detail};
}

bool ImportHistory::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

Status ImportHistory::open()
{
    if (isOpen())
        return {};
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return Error{QStringLiteral("history.no-driver"),
                     tr("The SQLite driver of Qt is missing (install libqt6sql6-sqlite); the import history is off."),
                     {}};
    // SQLite creates the file (and its journal, with the same mode) with the umask's mode: make it owner-only first.
    if (!createPrivateFile(m_path))
        return databaseError(QStringLiteral("created"), m_path);
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    database.setDatabaseName(m_path);
    if (!database.open())
        return databaseError(QStringLiteral("opened"), database.lastError().text());
    // A file made by an older version may still have a wider mode.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return migrate();
}

Status ImportHistory::migrate()
{
    QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return databaseError(QStringLiteral("read"), query.lastError().text());
    const int version = query.value(0).toInt();
    if (version > kSchemaVersion)
        return Error{QStringLiteral("history.newer-schema"),
                     tr("The import history %1 was written by a newer version of CCM Importer (schema %2). Update "
                        "the application to use it.")
                         .arg(m_path)
                         .arg(version),
                     {}};
    if (version == kSchemaVersion)
        return {};
    // Each step moves the schema one version up, inside one transaction.
    database.transaction();
    if (version < 1) {
        const QStringList statements{
            QStringLiteral("CREATE TABLE imports ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " time TEXT NOT NULL,"
                           " profile_id TEXT NOT NULL DEFAULT '',"
                           " profile_name TEXT NOT NULL DEFAULT '',"
                           " endpoint TEXT NOT NULL DEFAULT '',"
                           " region TEXT NOT NULL DEFAULT '',"
                           " certificate_id TEXT NOT NULL DEFAULT '',"
                           " certificate_name TEXT NOT NULL DEFAULT '',"
                           " subject_cn TEXT NOT NULL DEFAULT '',"
                           " sans TEXT NOT NULL DEFAULT '[]',"
                           " sha256 TEXT NOT NULL DEFAULT '',"
                           " not_after TEXT NOT NULL DEFAULT '',"
                           " request_id TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL,"
                           " error_code TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX imports_sha256 ON imports(sha256)"),
            QStringLiteral("CREATE INDEX imports_profile_time ON imports(profile_id, time)"),
        };
        for (const QString& statement : statements) {
            if (!query.exec(statement)) {
                database.rollback();
                return databaseError(QStringLiteral("created"), query.lastError().text());
            }
        }
    }
    if (version < 2) {
        // The import ledger becomes the account activity history: pushes and deletes too.
        for (const QString& statement :
             {QStringLiteral("ALTER TABLE imports ADD COLUMN action TEXT NOT NULL DEFAULT 'import'"),
              QStringLiteral("ALTER TABLE imports ADD COLUMN targets TEXT NOT NULL DEFAULT ''"),
              QStringLiteral("CREATE INDEX imports_certificate ON imports(certificate_id)")}) {
            if (!query.exec(statement)) {
                database.rollback();
                return databaseError(QStringLiteral("updated"), query.lastError().text());
            }
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion))) {
        database.rollback();
        return databaseError(QStringLiteral("updated"), query.lastError().text());
    }
    if (!database.commit())
        return databaseError(QStringLiteral("updated"), database.lastError().text());
    qCInfo(lcHistory) << "import history schema" << version << "->" << kSchemaVersion;
    return {};
}

Result<qint64> ImportHistory::record(const ImportRecord& record)
{
    if (const Status opened = open(); !opened)
        return opened.error();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO imports (time, profile_id, profile_name, endpoint, region, "
                                 "certificate_id, certificate_name, subject_cn, sans, sha256, not_after, request_id, "
                                 "outcome, error_code, message, action, targets) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(text(iso(record.time.isValid() ? record.time : QDateTime::currentDateTimeUtc())));
    query.addBindValue(text(record.profileId));
    query.addBindValue(text(record.profileName));
    query.addBindValue(text(record.endpoint));
    query.addBindValue(text(record.regionId));
    query.addBindValue(text(record.certificateId));
    query.addBindValue(text(record.certificateName));
    query.addBindValue(text(record.subjectCommonName));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(record.subjectAltNames)).toJson(QJsonDocument::Compact)));
    query.addBindValue(text(normalizeFingerprint(record.sha256Fingerprint)));
    query.addBindValue(text(iso(record.notAfter)));
    query.addBindValue(text(record.requestId));
    query.addBindValue(outcomeName(record.outcome));
    query.addBindValue(text(record.errorCode));
    query.addBindValue(text(record.message));
    query.addBindValue(actionName(record.action));
    query.addBindValue(text(record.targets));
    if (!query.exec())
        return databaseError(QStringLiteral("written"), query.lastError().text());
    return query.lastInsertId().toLongLong();
}

Result<QList<ImportRecord>> ImportHistory::recent(int limit, const QString& profileId) const
{
    if (!isOpen())
        return databaseError(QStringLiteral("read"), QStringLiteral("not open"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString sql = QStringLiteral("SELECT %1 FROM imports").arg(QLatin1String(kColumns));
    if (!profileId.isEmpty())
        sql += QStringLiteral(" WHERE profile_id = ?");
    sql += QStringLiteral(" ORDER BY time DESC, id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!profileId.isEmpty())
        query.addBindValue(profileId);
    if (!query.exec())
        return databaseError(QStringLiteral("read"), query.lastError().text());
    QList<ImportRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

Result<QList<ImportRecord>> ImportHistory::findByFingerprint(const QString& sha256Fingerprint) const
{
    if (!isOpen())
        return databaseError(QStringLiteral("read"), QStringLiteral("not open"));
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT %1 FROM imports WHERE sha256 = ? ORDER BY time DESC, id DESC")
                      .arg(QLatin1String(kColumns)));
    query.addBindValue(normalizeFingerprint(sha256Fingerprint));
    if (!query.exec())
        return databaseError(QStringLiteral("read"), query.lastError().text());
    QList<ImportRecord> records;
    while (query.next())
        records.append(readRecord(query));
    return records;
}

Result<QList<PushTarget>> ImportHistory::pushTargets(const QStringList& certificateIds) const
{
    if (!isOpen())
        return databaseError(QStringLiteral("read"), QStringLiteral("not open"));
    QList<PushTarget> targets;
    for (const QString& certificateId : certificateIds) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.prepare(QStringLiteral("SELECT targets FROM imports WHERE certificate_id = ? AND action = 'push' AND "
                                     "outcome = 'done' ORDER BY time, id"));
        query.addBindValue(certificateId);
        if (!query.exec())
            return databaseError(QStringLiteral("read"), query.lastError().text());
        while (query.next()) {
            const auto target = PushTarget::fromText(query.value(0).toString());
            if (!target)
                continue;
            const auto same = std::find_if(targets.begin(), targets.end(),
                                           [&](const PushTarget& known) { return known.service == target->service; });
            if (same == targets.end()) {
                targets.append(*target);
                continue;
            }
            for (const QString& project : target->projects) {
                if (!same->projects.contains(project))
                    same->projects.append(project);
            }
        }
    }
    return targets;
}

Status appendToHistory(const ImportRecord& record, const QString& path)
{
    ImportHistory ledger(path);
    if (Status opened = ledger.open(); !opened)
        return opened;
    if (auto added = ledger.record(record); !added)
        return added.error();
    return {};
}

std::optional<ImportRecord> lastImportOf(const QString& sha256Fingerprint, const QString& path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return std::nullopt;
    ImportHistory ledger(path);
    if (!ledger.open())
        return std::nullopt;
    const auto earlier = ledger.findByFingerprint(sha256Fingerprint);
    if (!earlier)
        return std::nullopt;
    for (const ImportRecord& record : *earlier) {
        if (record.outcome == ImportOutcome::Imported || record.outcome == ImportOutcome::AlreadyPresent)
            return record;
    }
    return std::nullopt;
}

} // namespace ccm::history
