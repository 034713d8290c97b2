#pragma once

#include "cloud/ScmClient.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QListWidget;

namespace ccm::ui {

/// Asks where to push a certificate: one cloud service (CDN, WAF, ELB) and one or more target regions from the
/// region catalogue.
class PushDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PushDialog(const QString& certificateName, QWidget* parent = nullptr);

    /// Preselects a service and regions.
    void setRequest(const cloud::PushRequest& request);
    /// The chosen service and regions (regions in catalogue order).
    cloud::PushRequest request() const;

private:
    void updateButtons();

    QComboBox* m_service = nullptr;
    QListWidget* m_regions = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace ccm::ui
