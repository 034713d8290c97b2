#pragma once

#include "certificate/CertificateDetails.h"

#include <QWidget>

#include <memory>

namespace Ui {
class CertificateDetailsView;
}

class QFormLayout;

namespace ccm::ui {

/// Shows the details of one certificate as label/value rows; fingerprints get copy buttons.
class CertificateDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit CertificateDetailsView(QWidget* parent = nullptr);
    ~CertificateDetailsView() override;

    void setDetails(const CertificateDetails& details);
    /// Shows text instead of details (nothing read yet, no such certificate).
    void setPlaceholder(const QString& text);

    /// The value shown for a row label, for tests; empty when there is no such row.
    QString valueOf(const QString& label) const;

private:
    void clearRows();
    void addRow(const QString& label, const QString& value, const QString& copyName = {});

    std::unique_ptr<Ui::CertificateDetailsView> m_ui;
};

/// "valid until … (N days left)" and the like, for a details view and the chain list.
QString validityText(const CertificateDetails& details);

} // namespace ccm::ui
