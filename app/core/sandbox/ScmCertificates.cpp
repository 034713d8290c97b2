// The SCM emulation's calls on stored certificates: list (with the documented query), show, delete and push.

#include "sandbox/Sandbox.h"

#include "cloud/ScmContract.h"
#include "sandbox/HttpServer.h"
#include "sandbox/Responses.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace ccm::sandbox {

HttpResponse Sandbox::listCertificates(const HttpRequest& request, bool stale) const
{
    // Exactly the documented parameters and values (cloud/ScmContract); anything else is refused as the service
    // refuses it, so a client that relies on more fails here first.
    QList<std::pair<QString, QString>> items;
    if (!request.query.isEmpty()) {
        for (const QByteArray& part : request.query.split('&')) {
            const qsizetype equals = part.indexOf('=');
            const auto decode = [](QByteArray text) { return QUrl::fromPercentEncoding(text.replace('+', ' ')); };
            items.append({decode(part.left(equals < 0 ? part.size() : equals)),
                          equals < 0 ? QString() : decode(part.mid(equals + 1))});
        }
    }
    if (const QString problem = cloud::contract::checkListQuery(items); !problem.isEmpty())
        return errorResponse(400, kInvalidParameter, problem);
    const auto value = [&items](const char* name, const QString& fallback) {
        for (const auto& [key, text] : items) {
            if (key == QLatin1String(name))
                return text;
        }
        return fallback;
    };
    const int limit = value("limit", QString::number(cloud::contract::kDefaultLimit)).toInt();
    // Whether offset counts records or pages is unconfirmed; the sandbox counts records.
    const int offset = value("offset", QStringLiteral("0")).toInt();
    const QString sortDir = value("sort_dir", QStringLiteral("DESC"));
    const QString sortKey = value("sort_key", QStringLiteral("certUpdateTime"));
    const QString status = value("status", QStringLiteral("ALL"));
    const QString content = value("content", {});
    const QString enterpriseProject = value("enterprise_project_id", QStringLiteral("all"));
    const QDateTime now = m_clock->now();
    const int expiredDaysSince = value("expired_days_since", QStringLiteral("-1")).toInt();

    QList<CertificateRecord> matches;
    const qsizetype visible = stale ? m_records.size() - 1 : m_records.size();
    for (const CertificateRecord& record : m_records.first(qMax<qsizetype>(0, visible))) {
        // Every certificate here was uploaded: status UPLOAD (the other statuses belong to bought ones).
        if (status != QLatin1String("ALL") && status != QLatin1String("UPLOAD"))
            continue;
        if (enterpriseProject != QLatin1String("all") &&
            enterpriseProject !=
                (record.enterpriseProjectId.isEmpty() ? QStringLiteral("0") : record.enterpriseProjectId))
            continue;
        if (expiredDaysSince >= 0 && record.notAfter < now.addDays(-expiredDaysSince))
            continue;
        if (!content.isEmpty()) {
            const bool found = record.name.contains(content, Qt::CaseInsensitive) ||
                               std::any_of(record.domainNames.cbegin(), record.domainNames.cend(),
                                           [&](const QString& d) { return d.contains(content, Qt::CaseInsensitive); });
            if (!found)
                continue;
        }
        matches.append(record);
    }
    const bool ascending = sortDir == QLatin1String("ASC");
    // A total order (ties broken by id), so that DESC is exactly ASC reversed and pages never overlap or skip.
    std::sort(matches.begin(), matches.end(), [&](const CertificateRecord& a, const CertificateRecord& b) {
        const QDateTime& x = sortKey == QLatin1String("certExpiredTime") ? a.notAfter : a.created;
        const QDateTime& y = sortKey == QLatin1String("certExpiredTime") ? b.notAfter : b.created;
        const bool less = sortKey == QLatin1String("certStatus") ? a.id < b.id : (x != y ? x < y : a.id < b.id);
        const bool greater = sortKey == QLatin1String("certStatus") ? b.id < a.id : (x != y ? y < x : b.id < a.id);
        return ascending ? less : greater;
    });
    QJsonArray page;
    for (qsizetype i = offset; i < matches.size() && page.size() < limit; ++i)
        page.append(matches.at(i).toListJson());
    return jsonResponse(
        200, QJsonObject{{QStringLiteral("certificates"), page}, {QStringLiteral("total_count"), int(matches.size())}});
}

HttpResponse Sandbox::showCertificate(const QString& id) const
{
    for (const CertificateRecord& record : m_records) {
        if (record.id == id)
            return jsonResponse(200, record.toShowJson());
    }
    return errorResponse(404, QStringLiteral("SCM.0002"),
                         QStringLiteral("The certificate %1 does not exist or does not belong to you.").arg(id));
}

HttpResponse Sandbox::deleteCertificate(const QString& id)
{
    const auto removed = m_records.removeIf([&](const CertificateRecord& record) { return record.id == id; });
    if (removed == 0)
        return errorResponse(404, QStringLiteral("SCM.0002"),
                             QStringLiteral("The certificate %1 does not exist or does not belong to you.").arg(id));
    persist();
    return HttpResponse{200, {}, {}};
}

HttpResponse Sandbox::pushCertificate(const HttpRequest& request, const QString& id, bool batch)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QStringList allowed = batch ? QStringList{QStringLiteral("target_projects"), QStringLiteral("target_service")}
                                      : QStringList{QStringLiteral("target_project"), QStringLiteral("target_service")};
    for (const QString& key : body.keys()) {
        if (!allowed.contains(key))
            return errorResponse(400, kInvalidParameter, QStringLiteral("%1 is not a field of this API.").arg(key));
    }
    const QString service = body.value(QLatin1String("target_service")).toString();
    if (!cloud::contract::pushServices().contains(service))
        return errorResponse(400, kInvalidParameter, QStringLiteral("target_service must be CDN, WAF or ELB."));
    QStringList projects;
    if (batch) {
        for (const auto& value : body.value(QLatin1String("target_projects")).toArray())
            projects << value.toString();
    } else {
        projects << body.value(QLatin1String("target_project")).toString();
    }
    static const QRegularExpression regionPattern(QStringLiteral("^[a-z]{2}-[a-z]+-[0-9]+$"));
    if (projects.isEmpty() || std::any_of(projects.cbegin(), projects.cend(), [](const QString& project) {
            return !regionPattern.match(project).hasMatch();
        }))
        return errorResponse(400, kInvalidParameter,
                             QStringLiteral("target_project(s) must name regions such as cn-north-4."));
    const auto record =
        std::find_if(m_records.cbegin(), m_records.cend(), [&](const CertificateRecord& r) { return r.id == id; });
    if (record == m_records.cend())
        return errorResponse(404, QStringLiteral("SCM.0002"),
                             QStringLiteral("The certificate %1 does not exist or does not belong to you.").arg(id));
    m_pushes.append(PushRecord{id, service, projects, batch});
    return HttpResponse{200, {{"Content-Type", "application/json;charset=UTF-8"}}, "{}"};
}

QString Sandbox::newCertificateId() const
{
    // "scs" + 13 digits, like the service's "scs1600313391074": milliseconds, bumped until unused.
    qint64 number = m_clock->now().toMSecsSinceEpoch() % 10000000000000LL;
    const auto taken = [&](const QString& id) {
        return std::any_of(m_records.cbegin(), m_records.cend(),
                           [&](const CertificateRecord& r) { return r.id == id; });
    };
    QString id;
    do {
        id = QStringLiteral("scs") + QString::number(number++).rightJustified(13, QLatin1Char('0'));
    } while (taken(id));
    return id;
}

} // namespace ccm::sandbox
