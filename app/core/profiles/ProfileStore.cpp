#include "profiles/ProfileStore.h"

#include "common/FileDigest.h"
#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "profiles/EnvironmentProfile.h"
#include "profiles/ProfileStoreParts.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

// The store's file and its changes: saving under the update lock, lookups, create/update/delete. Reading by schema
// (and the schema-0 migration) is in ProfileStoreSchema.cpp; JSON export and import in ProfileStoreExchange.cpp.

namespace ccm::profiles {

void store::sortByName(QList<Profile>& profiles)
{
    std::sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
}

using store::sortByName;

namespace {

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

using Entries = QList<std::pair<QString, QString>>;

/// The keys and values of one profile in the file, relative to its group.
Entries profileEntries(const Profile& profile)
{
    return {
        {QStringLiteral("name"), profile.name},
        {QStringLiteral("region"), profile.regionId},
        {QStringLiteral("scmEndpoint"), profile.scmEndpoint.toString()},
        {QStringLiteral("iamEndpoint"), profile.iamEndpoint.toString()},
        {QStringLiteral("caFile"), profile.caFile},
        {QStringLiteral("trustRootFile"), profile.trustRootFile},
        {QStringLiteral("auth"), authKindName(profile.authKind)},
        {QStringLiteral("accessKeyId"), profile.accessKeyId},
        {QStringLiteral("domainId"), profile.domainId},
        {QStringLiteral("domainName"), profile.domainName},
        {QStringLiteral("userName"), profile.userName},
        {QStringLiteral("tokenScope"), tokenScopeName(profile.tokenScope)},
        {QStringLiteral("projectName"), profile.projectName},
        {QStringLiteral("enterpriseProjectId"), profile.enterpriseProjectId},
        {QStringLiteral("created"), iso(profile.created)},
        {QStringLiteral("lastUsed"), iso(profile.lastUsed)},
    };
}

Error settingsError(const QString& path, QSettings::Status status)
{
    return Error{QStringLiteral("profiles.io"),
                 ProfileStore::tr("Cannot write the profile settings %1. Check that the folder is writable.").arg(path),
                 status == QSettings::FormatError ? QStringLiteral("format error") : QStringLiteral("access error")};
}

} // namespace

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/ccm-importer/profiles.ini");
}

ProfileStore::ProfileStore(QString path, std::shared_ptr<const Clock> clock)
    : m_path(std::move(path))
    , m_clock(clock ? std::move(clock) : Clock::system())
{}

Status ProfileStore::save()
{
    if (const Status writable = checkWritable(); !writable)
        return writable;
    Entries entries{{QStringLiteral("schemaVersion"), QString::number(kSchemaVersion)}};
    if (!m_defaultId.isEmpty())
        entries.append({QStringLiteral("defaultProfile"), m_defaultId});
    for (const Profile& profile : std::as_const(m_profiles)) {
        for (const auto& [key, value] : profileEntries(profile))
            entries.append({QStringLiteral("profiles/%1/%2").arg(profile.id, key), value});
    }

    // QSettings (through QSaveFile) commits a file cut short when the disk fills up during the write, without an
    // error. So it writes a scratch file, which is checked key by key through a second copy (QSettings answers a
    // file it wrote itself from its cache), and only then are the bytes put in place by writePrivateFile(), which
    // checks every byte. Fresh names each time keep QSettings' cache out of the way; all are owner-only.
    const QString unique = QUuid::createUuid().toString(QUuid::Id128);
    const QString scratch = m_path + QStringLiteral(".writing-") + unique;
    const QString check = m_path + QStringLiteral(".check-") + unique;
    const auto cleanUp = qScopeGuard([&scratch, &check] {
        QFile::remove(scratch);
        QFile::remove(check);
    });
    if (!createPrivateFile(scratch))
        return settingsError(m_path, QSettings::AccessError);
    {
        QSettings settings(scratch, QSettings::IniFormat);
        for (const auto& [key, value] : std::as_const(entries))
            settings.setValue(key, value);
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return settingsError(m_path, settings.status());
    }
    QByteArray bytes;
    {
        QFile written(scratch);
        if (!written.open(QIODevice::ReadOnly))
            return settingsError(m_path, QSettings::AccessError);
        bytes = written.readAll();
    }
    if (!writePrivateFile(check, bytes))
        return settingsError(m_path, QSettings::AccessError);
    {
        QSettings reread(check, QSettings::IniFormat);
        bool same = reread.status() == QSettings::NoError && reread.allKeys().size() == entries.size();
        for (qsizetype i = 0; same && i < entries.size(); ++i)
            same = reread.value(entries.at(i).first).toString() == entries.at(i).second;
        if (!same)
            return settingsError(m_path, QSettings::AccessError);
    }
    if (!writePrivateFile(m_path, bytes))
        return settingsError(m_path, QSettings::AccessError);
    // The file holds no secret, but account ids and user names are nobody else's business either; a file made by
    // an older version may still have a wider mode.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    m_diskDigest = fileDigest(m_path);
    return {};
}

void ProfileStore::refreshIfChangedOnDisk()
{
    // Another process (the GUI and ccmctl share the file) may have changed it since we read it: start from its
    // version, so our change does not overwrite theirs.
    if (fileDigest(m_path) == m_diskDigest)
        return;
    qCDebug(lcProfiles) << "profile settings changed on disk, reloading";
    (void)load();
}

ProfileStore::UpdateLock::~UpdateLock()
{
    store.m_lockHeld = false;
}

std::unique_ptr<ProfileStore::UpdateLock> ProfileStore::beginUpdate()
{
    // One read-modify-write cycle under <file>.update.lock: another process (the window, ccmctl) waits for it, so
    // neither overwrites the other's change. The file is re-read under the lock when it changed since we read it.
    std::unique_ptr<QLockFile> file = lockForUpdate(m_path);
    if (!file)
        return nullptr;
    m_lockHeld = true;
    auto lock = std::unique_ptr<UpdateLock>(new UpdateLock{*this, std::move(file)});
    refreshIfChangedOnDisk();
    return lock;
}

Error ProfileStore::lockError() const
{
    return Error{QStringLiteral("profiles.locked"),
                 tr("The profile settings %1 are being changed by another program (the window or ccmctl) and stay "
                    "locked. Try again; if no other program runs, remove %1.update.lock.")
                     .arg(m_path),
                 {}};
}

Status ProfileStore::checkWritable() const
{
    if (m_loadError)
        return *m_loadError;
    return {};
}

Status ProfileStore::checkNameFree(const QString& name, const QString& exceptId) const
{
    const auto existing = findByName(name);
    if (existing && existing->id != exceptId)
        return Error{QStringLiteral("profile.name-taken"),
                     tr("A profile named \"%1\" already exists. Choose another name.").arg(existing->name),
                     QStringLiteral("name"), ErrorCategory::Usage};
    return {};
}

Error ProfileStore::notFound(const QString& id) const
{
    if (const auto builtIn = findById(id); builtIn && builtIn->isReadOnly())
        return Error{QStringLiteral("profile.read-only"),
                     tr("The profile \"%1\" is built in and cannot be changed. Duplicate it to make your own.")
                         .arg(builtIn->name),
                     id, ErrorCategory::Usage};
    return Error{QStringLiteral("profile.not-found"), tr("There is no profile \"%1\".").arg(id), id,
                 ErrorCategory::Usage};
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> all{sandboxProfile()};
    if (auto environment = environmentProfile(this->environment()))
        all.append(*environment);
    all.append(m_profiles);
    return all;
}

QList<Profile> ProfileStore::savedProfiles() const
{
    return m_profiles;
}

std::optional<Profile> ProfileStore::findById(const QString& id) const
{
    for (const Profile& profile : profiles()) {
        if (profile.id == id)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findByName(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (const Profile& profile : profiles()) {
        if (profile.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::find(const QString& nameOrId) const
{
    if (auto byName = findByName(nameOrId))
        return byName;
    return findById(nameOrId);
}

Result<Profile> ProfileStore::create(Profile profile)
{
    const auto lock = beginUpdate();
    if (!lock)
        return lockError();
    if (const Status writable = checkWritable(); !writable)
        return writable.error();
    profile.name = profile.name.trimmed();
    profile.origin = ProfileOrigin::Saved;
    profile.id = newProfileId();
    profile.created = m_clock->now();
    profile.lastUsed = {};
    if (const Status valid = validateProfile(profile); !valid)
        return valid.error();
    if (const Status free = checkNameFree(profile.name, {}); !free)
        return free.error();
    m_profiles.append(profile);
    sortByName(m_profiles);
    if (const Status saved = save(); !saved) {
        m_profiles.removeIf([&profile](const Profile& p) { return p.id == profile.id; });
        return saved.error();
    }
    qCDebug(lcProfiles) << "created profile" << profile.id;
    return profile;
}

Status ProfileStore::update(const Profile& changed)
{
    const auto lock = beginUpdate();
    if (!lock)
        return lockError();
    if (const Status writable = checkWritable(); !writable)
        return writable;
    auto it =
        std::find_if(m_profiles.begin(), m_profiles.end(), [&changed](const Profile& p) { return p.id == changed.id; });
    if (it == m_profiles.end())
        return notFound(changed.id);
    Profile profile = changed;
    profile.name = profile.name.trimmed();
    profile.origin = ProfileOrigin::Saved;
    profile.created = it->created;
    if (const Status valid = validateProfile(profile); !valid)
        return valid;
    if (const Status free = checkNameFree(profile.name, profile.id); !free)
        return free;
    const Profile previous = *it;
    *it = profile;
    sortByName(m_profiles);
    if (const Status saved = save(); !saved) {
        for (Profile& p : m_profiles) {
            if (p.id == previous.id)
                p = previous;
        }
        return saved;
    }
    return {};
}

Result<Profile> ProfileStore::duplicate(const QString& id, const QString& newName)
{
    const auto source = findById(id);
    if (!source)
        return notFound(id);
    Profile copy = *source;
    if (copy.isReadOnly()) {
        // A copy of the environment profile is a normal saved profile, but the sandbox has no settings to copy.
        if (copy.isSandbox())
            return notFound(id);
        copy.origin = ProfileOrigin::Saved;
    }
    QString name = newName.trimmed();
    if (name.isEmpty()) {
        name = tr("%1 (copy)").arg(source->name);
        for (int n = 2; findByName(name); ++n)
            name = tr("%1 (copy %2)").arg(source->name).arg(n);
    }
    copy.name = name;
    return create(copy);
}

Status ProfileStore::remove(const QString& id)
{
    const auto lock = beginUpdate();
    if (!lock)
        return lockError();
    if (const Status writable = checkWritable(); !writable)
        return writable;
    const auto it =
        std::find_if(m_profiles.cbegin(), m_profiles.cend(), [&id](const Profile& p) { return p.id == id; });
    if (it == m_profiles.cend())
        return notFound(id);
    const QList<Profile> previous = m_profiles;
    const QString previousDefault = m_defaultId;
    m_profiles.erase(it);
    if (m_defaultId == id)
        m_defaultId.clear();
    if (const Status saved = save(); !saved) {
        m_profiles = previous;
        m_defaultId = previousDefault;
        return saved;
    }
    qCDebug(lcProfiles) << "removed profile" << id;
    return {};
}

Status ProfileStore::setDefault(const QString& id)
{
    const auto lock = beginUpdate();
    if (!lock)
        return lockError();
    if (const Status writable = checkWritable(); !writable)
        return writable;
    if (!findById(id))
        return Error{QStringLiteral("profile.not-found"), tr("There is no profile \"%1\".").arg(id), id,
                     ErrorCategory::Usage};
    const QString previous = m_defaultId;
    m_defaultId = id;
    if (const Status saved = save(); !saved) {
        m_defaultId = previous;
        return saved;
    }
    return {};
}

QString ProfileStore::defaultProfileId() const
{
    if (!m_defaultId.isEmpty() && findById(m_defaultId))
        return m_defaultId;
    return QLatin1String(kSandboxProfileId);
}

Profile ProfileStore::defaultProfile() const
{
    return findById(defaultProfileId()).value_or(sandboxProfile());
}

Status ProfileStore::markUsed(const QString& id)
{
    if (const auto profile = findById(id); !profile || profile->isReadOnly())
        return {}; // built-in profiles have no usage time to save
    const auto lock = beginUpdate();
    if (!lock)
        return lockError();
    for (Profile& profile : m_profiles) {
        if (profile.id == id) {
            profile.lastUsed = m_clock->now();
            return save();
        }
    }
    return {};
}

} // namespace ccm::profiles
