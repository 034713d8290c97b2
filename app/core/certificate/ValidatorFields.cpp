// The live checks of the import form's fields (name, enterprise project). A translation unit of its own: they need
// neither OpenSSL nor the certificate code, so the main window's first frame can use them without loading libcrypto
// (see docs/DESIGN.md, "Start-up").
#include "certificate/Validator.h"

#include <QRegularExpression>

namespace ccm {

namespace {

Finding fieldError(const QString& code, const QString& field, const QString& message)
{
    return Finding{Severity::Error, code, field, message, {}, {}};
}

} // namespace

QList<Finding> Validator::checkName(const QString& name)
{
    QList<Finding> findings;
    if (name.isEmpty())
        return findings;
    const QString field = QStringLiteral("name");
    if (name.size() < limits::kNameMin || name.size() > limits::kNameMax) {
        findings.append(fieldError(QStringLiteral("name.length"), field,
                                   tr("The name has %n character(s); it needs 3 to 63.", nullptr, int(name.size()))));
    }
    QString invalid;
    for (const QChar c : name) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                             (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                             (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                             c == QLatin1Char('-') || c == QLatin1Char('.');
        if (!allowed && !invalid.contains(c))
            invalid.append(c);
    }
    if (!invalid.isEmpty()) {
        QStringList shown;
        for (const QChar c : std::as_const(invalid))
            shown.append(c == QLatin1Char(' ') ? tr("space") : QStringLiteral("\"%1\"").arg(c));
        findings.append(fieldError(QStringLiteral("name.characters"), field,
                                   tr("The name may only contain letters, digits, \"_\", \"-\" and \".\"; remove or "
                                      "replace %1.")
                                       .arg(shown.join(QLatin1String(", ")))));
    }
    return findings;
}

QList<Finding> Validator::checkEnterpriseProjectId(const QString& id)
{
    QList<Finding> findings;
    if (id.isEmpty())
        return findings;
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$"));
    if (id.size() > limits::kEnterpriseProjectIdMax ||
        (id != QLatin1String("all") && id != QLatin1String("0") && !pattern.match(id).hasMatch())) {
        findings.append(fieldError(QStringLiteral("enterprise_project_id.format"),
                                   QStringLiteral("enterprise_project_id"),
                                   tr("\"%1\" is not an enterprise project ID. Use \"0\" (the default project), "
                                      "\"all\", or an ID like 1a2b3c4d-0000-1111-2222-333344445555 (lower-case letters "
                                      "and digits) as shown in the Enterprise Project console.")
                                       .arg(id.left(80))));
    }
    return findings;
}

} // namespace ccm
