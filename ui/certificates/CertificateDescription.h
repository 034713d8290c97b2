#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ccm {
class Clock;
}

namespace ccm::ui {

/// The certificates window's wording of one certificate of the account: a list entry or the service's "show" answer
/// as the HTML table of the details pane (every value escaped).
class CertificateDescription
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::CertificatesWindow)

public:
    /// A field of an entry as text: strings as they are, booleans as "true"/"false", numbers with up to 15
    /// significant digits; empty when the field is missing or of another type.
    static QString field(const QJsonObject& entry, const char* key);
    /// The name as the heading, then the id, the domains, the expiry (with its level at the clock's now) and the
    /// other fields the entry has.
    static QString html(const QJsonObject& entry, const Clock& clock);
};

} // namespace ccm::ui
