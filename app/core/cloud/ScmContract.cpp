#include "cloud/ScmContract.h"

#include <QRegularExpression>

#include <algorithm>

namespace ccm::cloud::contract {

const QStringList& sortDirections()
{
    static const QStringList values{QStringLiteral("ASC"), QStringLiteral("DESC")};
    return values;
}

const QStringList& sortKeys()
{
    static const QStringList values{QStringLiteral("certExpiredTime"), QStringLiteral("certStatus"),
                                    QStringLiteral("certUpdateTime")};
    return values;
}

const QStringList& statuses()
{
    static const QStringList values{QStringLiteral("ALL"),
                                    QStringLiteral("PAID"),
                                    QStringLiteral("ISSUED"),
                                    QStringLiteral("CHECKING"),
                                    QStringLiteral("CANCELCHECKING"),
                                    QStringLiteral("UNPASSED"),
                                    QStringLiteral("EXPIRED"),
                                    QStringLiteral("REVOKING"),
                                    QStringLiteral("REVOKED"),
                                    QStringLiteral("UPLOAD"),
                                    QStringLiteral("CHECKING_ORG"),
                                    QStringLiteral("ISSUING"),
                                    QStringLiteral("SUPPLEMENTCHECKING")};
    return values;
}

const QStringList& listQueryNames()
{
    static const QStringList values{
        QStringLiteral("limit"),          QStringLiteral("offset"),        QStringLiteral("sort_dir"),
        QStringLiteral("sort_key"),       QStringLiteral("status"),        QStringLiteral("enterprise_project_id"),
        QStringLiteral("deploy_support"), QStringLiteral("owned_by_self"), QStringLiteral("expired_days_since"),
        QStringLiteral("content")};
    return values;
}

const QStringList& listItemFields()
{
    static const QStringList values{QStringLiteral("id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("domain"),
                                    QStringLiteral("sans"),
                                    QStringLiteral("signature_algorithm"),
                                    QStringLiteral("deploy_support"),
                                    QStringLiteral("type"),
                                    QStringLiteral("brand"),
                                    QStringLiteral("expire_time"),
                                    QStringLiteral("domain_type"),
                                    QStringLiteral("validity_period"),
                                    QStringLiteral("status"),
                                    QStringLiteral("domain_count"),
                                    QStringLiteral("wildcard_count"),
                                    QStringLiteral("description"),
                                    QStringLiteral("enterprise_project_id")};
    return values;
}

const QStringList& showFields()
{
    static const QStringList values{QStringLiteral("id"),
                                    QStringLiteral("status"),
                                    QStringLiteral("order_id"),
                                    QStringLiteral("name"),
                                    QStringLiteral("type"),
                                    QStringLiteral("brand"),
                                    QStringLiteral("push_support"),
                                    QStringLiteral("revoke_reason"),
                                    QStringLiteral("signature_algorithm"),
                                    QStringLiteral("issue_time"),
                                    QStringLiteral("not_before"),
                                    QStringLiteral("not_after"),
                                    QStringLiteral("validity_period"),
                                    QStringLiteral("validation_method"),
                                    QStringLiteral("domain_type"),
                                    QStringLiteral("multi_domain_type"),
                                    QStringLiteral("domain"),
                                    QStringLiteral("sans"),
                                    QStringLiteral("domain_count"),
                                    QStringLiteral("wildcard_count"),
                                    QStringLiteral("fingerprint"),
                                    QStringLiteral("shared"),
                                    QStringLiteral("application_info"),
                                    QStringLiteral("description"),
                                    QStringLiteral("enterprise_project_id"),
                                    QStringLiteral("authentification")};
    return values;
}

const QStringList& importFields()
{
    static const QStringList values{QStringLiteral("name"),
                                    QStringLiteral("certificate"),
                                    QStringLiteral("certificate_chain"),
                                    QStringLiteral("private_key"),
                                    QStringLiteral("enc_certificate"),
                                    QStringLiteral("enc_private_key"),
                                    QStringLiteral("duplicate_check"),
                                    QStringLiteral("enterprise_project_id")};
    return values;
}

const QStringList& pushServices()
{
    static const QStringList values{QStringLiteral("CDN"), QStringLiteral("WAF"), QStringLiteral("ELB")};
    return values;
}

const QStringList& pushRegions()
{
    static const QStringList values{QStringLiteral("cn-north-4"), QStringLiteral("ap-southeast-1")};
    return values;
}

bool isEnterpriseProjectId(const QString& value)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$"));
    return value == QLatin1String("all") || value == QLatin1String("0") || uuid.match(value).hasMatch();
}

namespace {

/// A decimal integer as the service reads one: digits only, no sign, no spaces.
bool parseInteger(const QString& text, int& out)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (!digits.match(text).hasMatch())
        return false;
    out = text.toInt();
    return true;
}

} // namespace

QString checkListQuery(const QList<std::pair<QString, QString>>& items)
{
    QStringList seen;
    for (const auto& [name, value] : items) {
        if (!listQueryNames().contains(name))
            return QStringLiteral("%1 is not a parameter of this API.").arg(name);
        if (seen.contains(name))
            return QStringLiteral("%1 is given more than once.").arg(name);
        seen << name;
        int number = 0;
        if (name == QLatin1String("limit")) {
            if (!parseInteger(value, number) ||
                std::find(std::begin(kPageSizes), std::end(kPageSizes), number) == std::end(kPageSizes))
                return QStringLiteral("limit must be one of 10, 20, 50.");
        } else if (name == QLatin1String("offset")) {
            if (!parseInteger(value, number) || number > kMaxOffset)
                return QStringLiteral("offset must be a number from 0 to %1.").arg(kMaxOffset);
        } else if (name == QLatin1String("expired_days_since")) {
            if (!parseInteger(value, number) || number > kMaxExpiredDaysSince)
                return QStringLiteral("expired_days_since must be a number from 0 to %1.").arg(kMaxExpiredDaysSince);
        } else if (name == QLatin1String("sort_dir")) {
            if (!sortDirections().contains(value))
                return QStringLiteral("sort_dir must be ASC or DESC.");
        } else if (name == QLatin1String("sort_key")) {
            if (!sortKeys().contains(value))
                return QStringLiteral("sort_key must be one of %1.").arg(sortKeys().join(QStringLiteral(", ")));
        } else if (name == QLatin1String("status")) {
            if (!statuses().contains(value))
                return QStringLiteral("status must be one of %1.").arg(statuses().join(QStringLiteral(", ")));
        } else if (name == QLatin1String("enterprise_project_id")) {
            if (!isEnterpriseProjectId(value))
                return QStringLiteral("enterprise_project_id must be \"all\", \"0\" or a project id.");
        } else if (name == QLatin1String("deploy_support") || name == QLatin1String("owned_by_self")) {
            if (value != QLatin1String("true") && value != QLatin1String("false"))
                return QStringLiteral("%1 must be true or false.").arg(name);
        } else if (name == QLatin1String("content")) {
            if (value.isEmpty())
                return QStringLiteral("content must be a name or domain keyword, not empty.");
        }
    }
    return {};
}

} // namespace ccm::cloud::contract
