#pragma once

#include "certificate/Finding.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FindingsView;
}

namespace ccm::ui {

/// The findings of an inspection, errors first: an icon per severity, the message (wrapped), and below it the code,
/// the service's error code and the field it concerns.
class FindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsView(QWidget* parent = nullptr);
    ~FindingsView() override;

    void setFindings(const QList<Finding>& findings);
    /// The findings as shown, in display order.
    const QList<Finding>& findings() const { return m_findings; }

private:
    void clearRows();

    std::unique_ptr<Ui::FindingsView> m_ui;
    QList<Finding> m_findings;
};

/// "Error", "Warning" or "Note", translated.
QString severityText(Severity severity);

} // namespace ccm::ui
