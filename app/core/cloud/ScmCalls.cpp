// ScmClient's account calls: list one page, show, push (one region or several) and delete, with the query and
// time helpers they use. The transport they go through is in ScmClient.cpp.

#include "cloud/ScmClient.h"

#include "cloud/HttpSupport.h"
#include "cloud/ScmClientInternal.h"
#include "cloud/ScmContract.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace ccm::cloud {

namespace {

class Texts
{
    Q_DECLARE_TR_FUNCTIONS(ccm::cloud::ScmClient)
};

QString encodeQueryValue(const QString& value)
{
    return QString::fromLatin1(percentEncode(value.toUtf8()));
}

} // namespace

Result<QJsonObject> ScmClient::answerObject(const Response* response, const CloudError& error)
{
    if (!response)
        return error.toError();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response->body, &parseError);
    if (!document.isObject()) {
        const QString why = parseError.error == QJsonParseError::NoError ? QStringLiteral("not a JSON object")
                                                                         : parseError.errorString();
        return CloudError::malformed(response->status, response->requestId, why).toError();
    }
    return document.object();
}

QDateTime parseServiceTime(const QString& text)
{
    // "2044-01-01 00:00:00.0": the fraction and the time zone are not documented; read as UTC.
    QDateTime time = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QStringList entryDomains(const QJsonObject& entry)
{
    QStringList names;
    const auto add = [&names](const QString& name) {
        const QString lower = name.trimmed().toLower();
        if (!lower.isEmpty() && !names.contains(lower))
            names << lower;
    };
    add(entry.value(QLatin1String("domain")).toString());
    for (const QString& san : entry.value(QLatin1String("sans")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        add(san);
    return names;
}

QList<std::pair<QString, QString>> ListQuery::items() const
{
    QList<std::pair<QString, QString>> items{{QStringLiteral("limit"), QString::number(limit)},
                                             {QStringLiteral("offset"), QString::number(offset)}};
    const auto add = [&items](const char* name, const QString& value) {
        if (!value.isEmpty())
            items.append({QLatin1String(name), value});
    };
    add("content", content);
    add("enterprise_project_id", enterpriseProjectId);
    add("sort_key", sortKey);
    add("sort_dir", sortDir);
    add("status", status);
    return items;
}

void ScmClient::listCertificates(const ListQuery& query, QObject* context,
                                 std::function<void(Result<CertificatePage>)> done)
{
    const auto items = query.items();
    if (const QString problem = contract::checkListQuery(items); !problem.isEmpty()) {
        // A programming error, caught before it reaches a service that would refuse it.
        done(Error{QStringLiteral("cloud.invalid-query"),
                   Texts::tr("The certificate list was not requested: the query is outside what the API accepts."),
                   problem, ErrorCategory::Usage});
        return;
    }
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("GET");
    call->path = QStringLiteral("/v3/scm/certificates");
    QStringList parts;
    for (const auto& [name, value] : items)
        parts << name + QLatin1Char('=') + encodeQueryValue(value);
    call->query = parts.join(QLatin1Char('&'));
    QPointer<QObject> guard(context);
    send(call, [this, guard, done](const Response* response, const CloudError& error, bool) {
        if (!guard)
            return;
        Result<QJsonObject> answer = answerObject(response, error);
        if (!answer.ok()) {
            done(answer.error());
            return;
        }
        CertificatePage page;
        for (const auto& value : answer->value(QLatin1String("certificates")).toArray())
            page.certificates.append(value.toObject());
        page.totalCount = answer->value(QLatin1String("total_count")).toInt();
        page.requestId = QString::fromLatin1(response->requestId);
        done(page);
    });
}

void ScmClient::showCertificate(const QString& id, QObject* context, std::function<void(Result<QJsonObject>)> done)
{
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("GET");
    call->path = QStringLiteral("/v3/scm/certificates/") + encodeQueryValue(id);
    QPointer<QObject> guard(context);
    send(call, [this, guard, done](const Response* response, const CloudError& error, bool) {
        if (guard)
            done(answerObject(response, error));
    });
}

void ScmClient::pushCertificate(const QString& id, const PushRequest& push, QObject* context,
                                std::function<void(Result<QString>)> done)
{
    if (!contract::pushServices().contains(push.service)) {
        done(Error{QStringLiteral("cloud.invalid-push"), Texts::tr("Choose the service to push to: CDN, WAF or ELB."),
                   push.service, ErrorCategory::Usage});
        return;
    }
    if (push.projects.isEmpty()) {
        done(Error{QStringLiteral("cloud.invalid-push"),
                   Texts::tr("Choose at least one region to push to."),
                   {},
                   ErrorCategory::Usage});
        return;
    }
    const QString region = m_options.endpoint.regionId;
    if (!region.isEmpty() && !contract::pushRegions().contains(region)) {
        // Said before anything is sent: the service's own answer there is an obscure "API not found".
        done(Error{QStringLiteral("cloud.push-unavailable"),
                   Texts::tr("Pushing certificates to cloud services is only available in cn-north-4 (Chinese "
                             "mainland) and ap-southeast-1 (International); this account's endpoint is in %1. Push "
                             "from a profile for one of those regions, or deploy the certificate in the service's "
                             "own console.")
                       .arg(region),
                   region, ErrorCategory::Usage});
        return;
    }
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("POST");
    const bool batch = push.projects.size() > 1;
    call->path = QStringLiteral("/v3/scm/certificates/") + encodeQueryValue(id) +
                 (batch ? QStringLiteral("/batch-push") : QStringLiteral("/push"));
    QJsonObject body{{QStringLiteral("target_service"), push.service}};
    if (batch)
        body.insert(QStringLiteral("target_projects"), QJsonArray::fromStringList(push.projects));
    else
        body.insert(QStringLiteral("target_project"), push.projects.first());
    call->body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    sendForRequestId(call, context, std::move(done));
}

void ScmClient::sendForRequestId(std::shared_ptr<Call> call, QObject* context,
                                 std::function<void(Result<QString>)> done)
{
    QPointer<QObject> guard(context);
    send(call, [guard, done](const Response* response, const CloudError& error, bool) {
        if (!guard)
            return;
        if (!response) {
            done(error.toError());
            return;
        }
        done(QString::fromLatin1(response->requestId));
    });
}

void ScmClient::deleteCertificate(const QString& id, QObject* context, std::function<void(Result<QString>)> done)
{
    auto call = std::make_shared<Call>();
    call->method = QByteArrayLiteral("DELETE");
    call->path = QStringLiteral("/v3/scm/certificates/") + encodeQueryValue(id);
    sendForRequestId(call, context, std::move(done));
}

} // namespace ccm::cloud
