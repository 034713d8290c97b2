#include "CertificateDescription.h"

#include "CertificateListModel.h"

#include "application/AccountService.h"
#include "common/Clock.h"

#include <QJsonValue>
#include <QLocale>

#include <utility>

namespace ccm::ui {

QString CertificateDescription::field(const QJsonObject& entry, const char* key)
{
    const QJsonValue value = entry.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

QString CertificateDescription::html(const QJsonObject& entry, const Clock& clock)
{
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<h3>%1</h3><table cellpadding=\"2\">").arg(field(entry, "name").toHtmlEscaped());
    html += row(tr("ID"), field(entry, "id"));
    html += row(tr("Domains"), cloud::entryDomains(entry).join(QStringLiteral(", ")));
    // A list entry has expire_time, the show answer not_after; both in the service's format.
    QDateTime expires = cloud::parseServiceTime(field(entry, "expire_time"));
    if (!expires.isValid())
        expires = cloud::parseServiceTime(field(entry, "not_after"));
    if (expires.isValid()) {
        const auto level = application::expiryLevel(expires, clock.now());
        html += row(tr("Expires"), QStringLiteral("%1 (%2)").arg(QLocale().toString(expires, QLocale::LongFormat),
                                                                 CertificateListModel::levelText(level)));
    }
    const QList<std::pair<const char*, QString>> fields{
        {"issuer", tr("Issuer")},
        {"signature_algorithm", tr("Signature algorithm")},
        {"not_before", tr("Valid from")},
        {"not_after", tr("Valid until")},
        {"validity_period", tr("Validity (months)")},
        {"fingerprint", tr("SHA-1 fingerprint")},
        {"domain_type", tr("Domain type")},
        {"status", tr("Status")},
        {"enterprise_project_id", tr("Enterprise project")},
        {"description", tr("Description")},
    };
    for (const auto& [key, label] : fields) {
        const QString value = field(entry, key);
        if (!value.isEmpty())
            html += row(label, value);
    }
    html += QStringLiteral("</table>");
    return html;
}

} // namespace ccm::ui
