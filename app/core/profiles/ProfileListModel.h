#pragma once

#include "profiles/ProfileStore.h"

#include <QAbstractListModel>

namespace ccm::profiles {

/// The profiles of a ProfileStore as a list model, for the GUI's profile chooser and profile manager.
///
/// Order as ProfileStore::profiles(): the sandbox, the environment profile when present, then the saved ones by
/// name. DisplayRole is the name; ToolTipRole says where the profile connects. Call reload() after changing the
/// store through anything but this model.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< QString
        OriginRole,                ///< int(ProfileOrigin)
        ReadOnlyRole,              ///< bool
        DefaultRole,               ///< bool: the store's default profile
        SandboxRole,               ///< bool
        AuthKindRole,              ///< QString: authKindName()
        WhereRole,                 ///< QString: region id, custom endpoint, or "Local sandbox"
        LastUsedRole,              ///< QDateTime
    };

    /// `store` must outlive the model.
    explicit ProfileListModel(ProfileStore& store, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Re-reads the store's in-memory list (not the file; call ProfileStore::load() first for that).
    void reload();
    /// Row of a profile id, or -1.
    int rowOf(const QString& profileId) const;
    Profile profileAt(int row) const;

private:
    ProfileStore& m_store;
    QList<Profile> m_profiles;
    QString m_defaultId;
};

} // namespace ccm::profiles
