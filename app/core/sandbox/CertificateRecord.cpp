#include "sandbox/CertificateRecord.h"

#include "common/PrivateFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace ccm::sandbox {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::sandbox::CertificateRecord)
};

constexpr int kStateVersion = 1;

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QString serviceTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.0"));
}

int CertificateRecord::wildcardCount() const
{
    return int(std::count_if(domainNames.cbegin(), domainNames.cend(),
                             [](const QString& name) { return name.startsWith(QLatin1String("*.")); }));
}

QString CertificateRecord::domainType() const
{
    if (domainNames.size() > 1)
        return QStringLiteral("MULTI_DOMAIN");
    if (wildcardCount() > 0)
        return QStringLiteral("WILDCARD");
    return QStringLiteral("SINGLE_DOMAIN");
}

QJsonObject CertificateRecord::toListJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("sans"), domainNames.join(QLatin1Char(','))},
        {QStringLiteral("signature_algorithm"), signatureAlgorithm},
        {QStringLiteral("deploy_support"), false},
        {QStringLiteral("type"), QString()},
        {QStringLiteral("brand"), QString()},
        {QStringLiteral("expire_time"), serviceTime(notAfter)},
        {QStringLiteral("domain_type"), domainType()},
        {QStringLiteral("validity_period"), int(notBefore.daysTo(notAfter) / 30)},
        {QStringLiteral("status"), QStringLiteral("UPLOAD")},
        {QStringLiteral("domain_count"), int(domainNames.size())},
        {QStringLiteral("wildcard_count"), wildcardCount()},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("enterprise_project_id"),
         enterpriseProjectId.isEmpty() ? QStringLiteral("0") : enterpriseProjectId},
    };
}

QJsonObject CertificateRecord::toShowJson() const
{
    // The documented fields of ShowCertificate and no others (cloud::contract::showFields()); what a bought
    // certificate would fill (order, validation, application) is empty for an uploaded one.
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("status"), QStringLiteral("UPLOAD")},
        {QStringLiteral("order_id"), QString()},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), QString()},
        {QStringLiteral("brand"), QString()},
        {QStringLiteral("push_support"), QStringLiteral("ON")},
        {QStringLiteral("revoke_reason"), QString()},
        {QStringLiteral("signature_algorithm"), signatureAlgorithm},
        {QStringLiteral("issue_time"), serviceTime(created)},
        {QStringLiteral("not_before"), serviceTime(notBefore)},
        {QStringLiteral("not_after"), serviceTime(notAfter)},
        {QStringLiteral("validity_period"), int(notBefore.daysTo(notAfter) / 30)},
        {QStringLiteral("validation_method"), QString()},
        {QStringLiteral("domain_type"), domainType()},
        {QStringLiteral("multi_domain_type"), QString()},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("sans"), domainNames.join(QLatin1Char(','))},
        {QStringLiteral("domain_count"), int(domainNames.size())},
        {QStringLiteral("wildcard_count"), wildcardCount()},
        {QStringLiteral("fingerprint"), sha1},
        {QStringLiteral("shared"), false},
        {QStringLiteral("application_info"), QJsonObject()},
        {QStringLiteral("description"), QString()},
        {QStringLiteral("enterprise_project_id"),
         enterpriseProjectId.isEmpty() ? QStringLiteral("0") : enterpriseProjectId},
        {QStringLiteral("authentification"), QJsonArray()},
    };
}

QJsonObject CertificateRecord::toStateJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("domains"), QJsonArray::fromStringList(domainNames)},
        {QStringLiteral("signature_algorithm"), signatureAlgorithm},
        {QStringLiteral("sha1"), sha1},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("not_before"), isoTime(notBefore)},
        {QStringLiteral("not_after"), isoTime(notAfter)},
        {QStringLiteral("created"), isoTime(created)},
        {QStringLiteral("enterprise_project_id"), enterpriseProjectId},
    };
}

Result<CertificateRecord> CertificateRecord::fromStateJson(const QJsonObject& object)
{
    static const QRegularExpression idPattern(QStringLiteral("^scs\\d{13}$"));
    static const QRegularExpression hexPattern(QStringLiteral("^[0-9a-f]+$"));
    CertificateRecord record;
    record.id = object.value(QLatin1String("id")).toString();
    record.name = object.value(QLatin1String("name")).toString();
    for (const auto& value : object.value(QLatin1String("domains")).toArray())
        record.domainNames.append(value.toString());
    record.domain = record.domainNames.value(0);
    record.signatureAlgorithm = object.value(QLatin1String("signature_algorithm")).toString();
    record.sha1 = object.value(QLatin1String("sha1")).toString();
    record.sha256 = object.value(QLatin1String("sha256")).toString();
    record.issuer = object.value(QLatin1String("issuer")).toString();
    record.notBefore = QDateTime::fromString(object.value(QLatin1String("not_before")).toString(), Qt::ISODateWithMs);
    record.notAfter = QDateTime::fromString(object.value(QLatin1String("not_after")).toString(), Qt::ISODateWithMs);
    record.created = QDateTime::fromString(object.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    record.enterpriseProjectId = object.value(QLatin1String("enterprise_project_id")).toString();
    const bool valid = idPattern.match(record.id).hasMatch() && !record.name.isEmpty() && record.sha1.size() == 40 &&
                       record.sha256.size() == 64 && hexPattern.match(record.sha1).hasMatch() &&
                       hexPattern.match(record.sha256).hasMatch() && record.notBefore.isValid() &&
                       record.notAfter.isValid() && record.created.isValid();
    if (!valid) {
        return Error{QStringLiteral("sandbox.state-record"),
                     Texts::tr("A certificate entry of the sandbox state file is incomplete or damaged."),
                     QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))};
    }
    return record;
}

Result<QList<CertificateRecord>> loadState(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return QList<CertificateRecord>{};
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{QStringLiteral("sandbox.state-read"),
                     Texts::tr("The sandbox state file %1 cannot be read: %2").arg(path, file.errorString()),
                     file.errorString()};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject() || document.object().value(QLatin1String("version")).toInt() != kStateVersion) {
        return Error{QStringLiteral("sandbox.state-format"),
                     Texts::tr("%1 is not a sandbox state file (version %2). Remove it or choose another file.")
                         .arg(path)
                         .arg(kStateVersion),
                     parseError.errorString()};
    }
    QList<CertificateRecord> records;
    for (const auto& value : document.object().value(QLatin1String("certificates")).toArray()) {
        auto record = CertificateRecord::fromStateJson(value.toObject());
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
    return records;
}

Status saveState(const QString& path, const QList<CertificateRecord>& records)
{
    QJsonArray certificates;
    for (const auto& record : records)
        certificates.append(record.toStateJson());
    const QJsonObject root{{QStringLiteral("version"), kStateVersion},
                           {QStringLiteral("note"), QStringLiteral("CCM Importer sandbox state: metadata only, no "
                                                                   "certificates or keys")},
                           {QStringLiteral("certificates"), certificates}};
    // Owner-only (folder and file) from the start; a full disk leaves the previous file as it was.
    QString why;
    if (!writePrivateFile(path, QJsonDocument(root).toJson(), &why)) {
        return Error{QStringLiteral("sandbox.state-write"),
                     Texts::tr("The sandbox state file %1 cannot be written: %2").arg(path, why), why};
    }
    return {};
}

} // namespace ccm::sandbox
