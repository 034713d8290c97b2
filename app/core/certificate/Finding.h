#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ccm {

/// How much a finding matters: errors block an import, warnings and notes don't.
enum class Severity {
    Info,
    Warning,
    Error,
};

/// One thing the checks found about the input, for people (message) and for programs (code, field, scmCode).
struct Finding
{
    Severity severity = Severity::Info;
    QString code;    ///< stable identifier, e.g. "key.mismatch"
    QString field;   ///< API field it concerns: name, certificate, certificate_chain, private_key, … or "input"
    QString message; ///< translated; says what is wrong and what to do
    QString scmCode; ///< error code the service would answer with, e.g. "SCM.0014"; empty when none applies
    QString source;  ///< file or input the finding comes from, when it comes from one
    /// An input could not be read at all (the reader's findings, codes input.*): the CLI's exit status 2 and the
    /// service's first complaint. Set where the finding is made, never derived from the code.
    bool unreadableInput = false;

    bool isError() const { return severity == Severity::Error; }
    QJsonObject toJson() const;
};

/// "error", "warning" or "info".
QString severityName(Severity severity);
bool hasErrors(const QList<Finding>& findings);
/// The findings with the given code, for tests and callers that react to one rule.
QList<Finding> findingsWithCode(const QList<Finding>& findings, const QString& code);

} // namespace ccm

Q_DECLARE_METATYPE(ccm::Finding)
