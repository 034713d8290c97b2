#include "certificate/Finding.h"

#include <algorithm>

namespace ccm {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QJsonObject Finding::toJson() const
{
    QJsonObject object{
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("code"), code},
        {QStringLiteral("field"), field},
        {QStringLiteral("message"), message},
    };
    if (!scmCode.isEmpty())
        object.insert(QStringLiteral("scm_code"), scmCode);
    if (!source.isEmpty())
        object.insert(QStringLiteral("source"), source);
    return object;
}

bool hasErrors(const QList<Finding>& findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.isError(); });
}

QList<Finding> findingsWithCode(const QList<Finding>& findings, const QString& code)
{
    QList<Finding> matching;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(matching),
                 [&code](const Finding& f) { return f.code == code; });
    return matching;
}

} // namespace ccm
