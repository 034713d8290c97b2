#pragma once

#include "common/SecureBytes.h"
#include "profiles/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <functional>

class QDialog;
class QLineEdit;

namespace Ui {
class ProfilesDialog;
}

namespace ccm::ui {

/// The editor side of the profiles dialog: the profile's fields (the rows shown follow the authentication kind),
/// the secret fields, the file choosers, and whether the user changed anything since the profile was shown. Its
/// texts keep the ccm::ui::ProfilesDialog translation context.
class ProfileEditor
{
    Q_DECLARE_TR_FUNCTIONS(ccm::ui::ProfilesDialog)

public:
    /// Sets up the fields of `ui` in `dialog` (the file dialogs' parent; both must outlive the editor). `edited` runs
    /// after every change the user makes.
    ProfileEditor(QDialog* dialog, Ui::ProfilesDialog& ui, std::function<void()> edited);

    /// What "New" starts from: the first region of the catalogue.
    static profiles::Profile newProfile();

    /// Shows `profile` (read-only ones disabled) and clears the secret fields; afterwards nothing is changed.
    /// `sessionOnlySecret`: its secret is kept for this session only.
    void show(const profiles::Profile& profile, bool sessionOnlySecret);
    /// `base` with the fields' values.
    profiles::Profile profile(profiles::Profile base) const;
    /// The secrets typed in for the chosen authentication kind.
    QList<QPair<profiles::SecretKind, SecureBytes>> secrets() const;
    /// Wipes and empties the secret fields.
    void clearSecrets();

    /// True when the user changed a field since the profile was shown or saved.
    bool isDirty() const { return m_dirty; }
    void setClean() { m_dirty = false; }

private:
    void markDirty();
    void updateAuthRows();
    void chooseCaFile();
    void chooseTrustRoot();

    QDialog* m_dialog;
    Ui::ProfilesDialog& m_ui;
    std::function<void()> m_edited;
    QLineEdit* m_trustRootEdit = nullptr; ///< the profile's private root CA (added below the form's rows)
    bool m_dirty = false;
    bool m_loading = false; ///< show() fills the fields: not the user's changes
};

} // namespace ccm::ui
