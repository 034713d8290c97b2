#pragma once

#include "profiles/Profile.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ProfilesDialog;
}

namespace ccm::profiles {
class ProfileListModel;
class ProfileManager;
class SessionSecretStore;
} // namespace ccm::profiles

namespace ccm::ui {

class ProfileEditor;

/// Lists, edits and tests saved account profiles; secrets go to the credential store through the manager. The list,
/// its actions and Test connection are here; the editor's fields are a ProfileEditor.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    /// `session` (may be null) keeps secrets for this session when the credential store fails.
    ProfilesDialog(profiles::ProfileManager& manager, profiles::SessionSecretStore* session, QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    /// Selects the profile with this id (or the default profile when empty).
    void selectProfile(const QString& id);
    /// The id of the profile shown in the editor; empty for a new, unsaved one.
    QString currentId() const { return m_currentId; }
    /// Imports the profiles of an export file (Import… after its file dialog). Asks first, listing the addresses,
    /// when a profile has its own SCM/IAM endpoint or CA file.
    void importProfilesFrom(const QString& path);

Q_SIGNALS:
    /// Profiles were added, changed or removed.
    void profilesChanged();

protected:
    void reject() override;

private:
    void showProfile(const profiles::Profile& profile);
    profiles::Profile profileFromForm() const;
    void updateButtons();
    bool confirmDiscard();
    void onSelectionChanged();
    void createNew();
    void save();
    void removeCurrent();
    void duplicateCurrent();
    void makeDefault();
    void testConnection();
    void exportProfiles();
    void importProfiles();
    void setStatus(const QString& text, bool error = false);
    void reloadList(const QString& selectId);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    std::unique_ptr<ProfileEditor> m_editor;
    profiles::ProfileManager& m_manager;
    profiles::SessionSecretStore* m_session;
    profiles::ProfileListModel* m_model;
    QString m_currentId;
    bool m_loading = false; ///< the list is reloaded or its selection put back: not the user's choice
};

} // namespace ccm::ui
