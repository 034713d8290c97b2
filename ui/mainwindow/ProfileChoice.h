#pragma once

#include <QString>

class QComboBox;

namespace ccm::profiles {
class ProfileListModel;
}

namespace ccm::ui {

/// The main window's profile chooser: which profile an import goes to, and the private root CA it trusts.
class ProfileChoice
{
public:
    /// `combo` (not owned) shows the profiles; it must outlive this object.
    explicit ProfileChoice(QComboBox* combo);

    /// The profiles to choose from; not owned, must outlive the chooser. The default profile is selected.
    void setModel(profiles::ProfileListModel* model);
    /// Id of the chosen profile ("sandbox" for the local sandbox); empty without a model.
    QString currentId() const;
    /// The chosen profile's private root CA file; empty when it names none.
    QString trustRoot() const;
    /// Selects the profile with this id; false when there is none.
    bool select(const QString& id);
    /// Reads the profiles again after they changed; the chosen one stays chosen, or the default when it is gone.
    void reload();

private:
    QComboBox* m_combo;
    profiles::ProfileListModel* m_model = nullptr;
};

} // namespace ccm::ui
