#pragma once

#include "application/AccountService.h"

#include <QDialog>

class QCheckBox;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace ccm::ui {

/// The renewal offer after an import: the certificates the new one renews, where they were pushed (to push the new one
/// there too; editable), and whether to delete them afterwards (off by default).
class RenewalDialog : public QDialog
{
    Q_OBJECT

public:
    /// `proposal`: the new certificate, the renewed ones and the push targets found in the history.
    explicit RenewalDialog(const application::RenewalPlan& proposal, QWidget* parent = nullptr);

    /// The plan as the user left it: only the ticked targets.
    application::RenewalPlan plan() const;

private:
    void addTarget(const cloud::PushRequest& request);
    void addNewTarget();
    void editTarget();
    void updateButtons();

    application::RenewalPlan m_proposal;
    QListWidget* m_renewed = nullptr;
    QListWidget* m_targets = nullptr;
    QPushButton* m_edit = nullptr;
    QCheckBox* m_delete = nullptr;
};

} // namespace ccm::ui
