#include "profiles/ProfileListModel.h"

namespace ccm::profiles {

ProfileListModel::ProfileListModel(ProfileStore& store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    reload();
}

int ProfileListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile& profile = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return profile.name;
    case Qt::ToolTipRole:
    case WhereRole:
        if (profile.isSandbox())
            return ProfileTexts::tr("Local sandbox");
        return profile.usesCustomEndpoint() ? profile.scmEndpoint.toString() : profile.regionId;
    case IdRole:
        return profile.id;
    case OriginRole:
        return int(profile.origin);
    case ReadOnlyRole:
        return profile.isReadOnly();
    case DefaultRole:
        return profile.id == m_defaultId;
    case SandboxRole:
        return profile.isSandbox();
    case AuthKindRole:
        return authKindName(profile.authKind);
    case LastUsedRole:
        return profile.lastUsed;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "profileId");
    names.insert(OriginRole, "origin");
    names.insert(ReadOnlyRole, "readOnly");
    names.insert(DefaultRole, "isDefault");
    names.insert(SandboxRole, "isSandbox");
    names.insert(AuthKindRole, "authKind");
    names.insert(WhereRole, "where");
    names.insert(LastUsedRole, "lastUsed");
    return names;
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store.profiles();
    m_defaultId = m_store.defaultProfileId();
    endResetModel();
}

int ProfileListModel::rowOf(const QString& profileId) const
{
    for (qsizetype row = 0; row < m_profiles.size(); ++row) {
        if (m_profiles.at(row).id == profileId)
            return int(row);
    }
    return -1;
}

Profile ProfileListModel::profileAt(int row) const
{
    return m_profiles.value(row);
}

} // namespace ccm::profiles

#include "moc_ProfileListModel.cpp" // its meta-object code in this object: see DESIGN.md, "Start-up"
