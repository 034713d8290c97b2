#include "profiles/ProfileStore.h"

#include "common/FileDigest.h"
#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "profiles/EnvironmentProfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace ccm::profiles {

namespace {

constexpr auto kExportFormat = "ccm-importer-profiles";
constexpr int kExportVersion = 1;

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

void sortByName(QList<Profile>& profiles)
{
    std::sort(profiles.begin(), profiles.end(), [](const Profile& a, const Profile& b) {
        return QString::compare(a.name, b.name, Qt::CaseInsensitive) < 0;
    });
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

Profile readProfile(QSettings& settings, const QString& id)
{
    settings.beginGroup(id);
    Profile profile;
    profile.id = id;
    profile.name = settings.value(QStringLiteral("name")).toString();
    profile.regionId = settings.value(QStringLiteral("region")).toString();
    profile.scmEndpoint = QUrl(settings.value(QStringLiteral("scmEndpoint")).toString(), QUrl::StrictMode);
    profile.iamEndpoint = QUrl(settings.value(QStringLiteral("iamEndpoint")).toString(), QUrl::StrictMode);
    profile.caFile = settings.value(QStringLiteral("caFile")).toString();
    profile.trustRootFile = settings.value(QStringLiteral("trustRootFile")).toString();
    profile.authKind =
        authKindFromName(settings.value(QStringLiteral("auth")).toString()).value_or(cloud::AuthKind::AkSk);
    profile.accessKeyId = settings.value(QStringLiteral("accessKeyId")).toString();
    profile.domainId = settings.value(QStringLiteral("domainId")).toString();
    profile.domainName = settings.value(QStringLiteral("domainName")).toString();
    profile.userName = settings.value(QStringLiteral("userName")).toString();
    profile.tokenScope =
        tokenScopeFromName(settings.value(QStringLiteral("tokenScope")).toString()).value_or(cloud::TokenScope::Domain);
    profile.projectName = settings.value(QStringLiteral("projectName")).toString();
    profile.enterpriseProjectId = settings.value(QStringLiteral("enterpriseProjectId")).toString();
    profile.created = fromIso(settings.value(QStringLiteral("created")).toString());
    profile.lastUsed = fromIso(settings.value(QStringLiteral("lastUsed")).toString());
    settings.endGroup();
    return profile;
}

Error settingsError(const QString& path, QSettings::Status status)
{
    return Error{QStringLiteral("profiles.io"),
                 ProfileStore::tr("Cannot write the profile settings %1. Check that the folder is writable.").arg(path),
                 status == QSettings::FormatError ? QStringLiteral("format error") : QStringLiteral("access error")};
}

} // namespace

QList<Profile> ProfileImportPlan::pointingElsewhere() const
{
    QList<Profile> elsewhere;
    for (const Profile& profile : profiles) {
        if (!describeCustomTarget(profile).isEmpty())
            elsewhere.append(profile);
    }
    return elsewhere;
}

QStringList describeCustomTarget(const Profile& profile)
{
    QStringList lines;
    if (!profile.scmEndpoint.isEmpty())
        lines.append(ProfileStore::tr("SCM endpoint: %1").arg(profile.scmEndpoint.toDisplayString()));
    if (!profile.iamEndpoint.isEmpty())
        lines.append(ProfileStore::tr("IAM endpoint: %1").arg(profile.iamEndpoint.toDisplayString()));
    if (!profile.caFile.isEmpty())
        lines.append(ProfileStore::tr("Extra trusted CA file: %1").arg(profile.caFile));
    return lines;
}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/ccm-importer/profiles.ini");
}

ProfileStore::ProfileStore(QString path, std::shared_ptr<const Clock> clock)
    : m_path(std::move(path))
    , m_clock(clock ? std::move(clock) : Clock::system())
{}

Status ProfileStore::load()
{
    m_profiles.clear();
    m_defaultId.clear();
    m_migrationNotes.clear();
    m_migrationBackup.clear();
    m_loadError.reset();
    m_diskDigest = fileDigest(m_path);
    if (!QFileInfo::exists(m_path))
        return {};
    QSettings settings(m_path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError) {
        m_loadError = Error{QStringLiteral("profiles.unreadable"),
                            tr("The profile settings %1 cannot be read. Fix or move the file; it was left "
                               "unchanged.")
                                .arg(m_path),
                            {}};
        return *m_loadError;
    }
    const QVariant versionValue = settings.value(QStringLiteral("schemaVersion"));
    const int version = versionValue.isValid() ? versionValue.toInt() : 0;
    if (version > kSchemaVersion) {
        m_loadError = Error{QStringLiteral("profiles.newer-schema"),
                            tr("The profile settings %1 were written by a newer version of CCM Importer "
                               "(schema %2, this version knows %3). They are shown read-only; update the "
                               "application to change them.")
                                .arg(m_path)
                                .arg(version)
                                .arg(kSchemaVersion),
                            {}};
        // Still show what can be read: version 1's keys are kept by later schemas unless a migration says so.
        (void)readVersion1();
        return *m_loadError;
    }
    if (version == 0 && settings.allKeys().isEmpty()) {
        // QSettings reads a damaged file (binary junk, a truncated sync) as no keys at all; saving would replace it.
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly) && !file.readAll().trimmed().isEmpty()) {
            m_loadError = Error{QStringLiteral("profiles.unknown-format"),
                                tr("The profile settings %1 cannot be read. They were left unchanged; fix or move "
                                   "the file to save profiles.")
                                    .arg(m_path),
                                {}};
            return *m_loadError;
        }
    }
    if (version == 0 && !settings.allKeys().isEmpty()) {
        // No schemaVersion: a hand edit or a sync tool may have dropped the line. Only the two layouts this version
        // knows are read; anything else is left exactly as it is (never rewritten empty).
        if (settings.contains(QStringLiteral("profiles/size"))) {
            if (m_lockHeld)
                return migrateFromVersion0();
            const std::unique_ptr<QLockFile> lock = lockForUpdate(m_path);
            if (!lock)
                return lockError();
            if (fileDigest(m_path) != m_diskDigest)
                return load(); // another process migrated it meanwhile
            m_lockHeld = true;
            const Status migrated = migrateFromVersion0();
            m_lockHeld = false;
            return migrated;
        }
        settings.beginGroup(QStringLiteral("profiles"));
        const QStringList groups = settings.childGroups();
        const bool allNamed = std::all_of(groups.cbegin(), groups.cend(), [&settings](const QString& id) {
            return !settings.value(id + QStringLiteral("/name")).toString().isEmpty();
        });
        settings.endGroup();
        if (groups.isEmpty() || !allNamed) {
            m_loadError = Error{QStringLiteral("profiles.unknown-format"),
                                tr("The profile settings %1 have no schema version and are not in a layout this "
                                   "version knows. They were left unchanged; fix or move the file to save "
                                   "profiles.")
                                    .arg(m_path),
                                {}};
            return *m_loadError;
        }
        qCInfo(lcProfiles) << "profile settings without schemaVersion read as schema" << kSchemaVersion;
    }
    return readVersion1();
}

Status ProfileStore::readVersion1()
{
    QSettings settings(m_path, QSettings::IniFormat);
    m_defaultId = settings.value(QStringLiteral("defaultProfile")).toString();
    settings.beginGroup(QStringLiteral("profiles"));
    const QStringList ids = settings.childGroups();
    for (const QString& id : ids) {
        Profile profile = readProfile(settings, id);
        if (profile.name.isEmpty()) {
            qCWarning(lcProfiles) << "skipping profile without a name:" << id;
            continue;
        }
        m_profiles.append(profile);
    }
    settings.endGroup();
    sortByName(m_profiles);
    return {};
}

// Schema 0 was the first prototype: an array of profiles without ids, the default chosen by name, and
// (wrongly) the secret key in plain text. The migration gives every profile an id, maps the old key names,
// and drops every plaintext secret: the user enters it again and it goes to the credential store.
Status ProfileStore::migrateFromVersion0()
{
    QString defaultName;
    bool understood = true;
    {
        QSettings settings(m_path, QSettings::IniFormat);
        defaultName = settings.value(QStringLiteral("default")).toString();
        const int count = settings.beginReadArray(QStringLiteral("profiles"));
        for (int i = 0; i < count; ++i) {
            settings.setArrayIndex(i);
            Profile profile;
            profile.id = newProfileId();
            profile.name = settings.value(QStringLiteral("name")).toString().trimmed();
            profile.regionId = settings.value(QStringLiteral("region")).toString();
            profile.scmEndpoint = QUrl(settings.value(QStringLiteral("endpoint")).toString(), QUrl::StrictMode);
            const QString authType = settings.value(QStringLiteral("authType")).toString().toLower();
            if (authType == QLatin1String("token"))
                profile.authKind = cloud::AuthKind::Token;
            else if (authType == QLatin1String("password"))
                profile.authKind = cloud::AuthKind::IamPassword;
            else if (authType == QLatin1String("temporary"))
                profile.authKind = cloud::AuthKind::TemporaryAkSk;
            else
                profile.authKind = cloud::AuthKind::AkSk;
            profile.accessKeyId = settings.value(QStringLiteral("ak")).toString();
            profile.domainId = settings.value(QStringLiteral("domainId")).toString();
            profile.domainName = settings.value(QStringLiteral("domainName")).toString();
            profile.userName = settings.value(QStringLiteral("user")).toString();
            profile.projectName = settings.value(QStringLiteral("project")).toString();
            if (!profile.projectName.isEmpty())
                profile.tokenScope = cloud::TokenScope::Project;
            profile.created = m_clock->now();
            for (const char* secretKey : {"sk", "password", "token", "securityToken"}) {
                if (settings.contains(QLatin1String(secretKey))) {
                    m_migrationNotes.append(
                        tr("The profile \"%1\" had a secret stored in plain text in the old settings file. It "
                           "was removed; enter it again to keep it in the system's credential store.")
                            .arg(profile.name));
                    break;
                }
            }
            if (profile.name.isEmpty()) {
                understood = false;
                continue;
            }
            // Two old profiles with one name: keep both, the second renamed.
            QString name = profile.name;
            for (int n = 2;
                 std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                             [&name](const Profile& p) { return p.name.compare(name, Qt::CaseInsensitive) == 0; });
                 ++n)
                name = QStringLiteral("%1 (%2)").arg(profile.name).arg(n);
            profile.name = name;
            if (profile.name.compare(defaultName, Qt::CaseInsensitive) == 0 && m_defaultId.isEmpty())
                m_defaultId = profile.id;
            m_profiles.append(profile);
        }
        settings.endArray();
        if (count <= 0)
            understood = false;
    }
    sortByName(m_profiles);
    if (!understood) {
        // Rewriting would lose what could not be read (and orphan the credential store entries of it).
        m_loadError = Error{QStringLiteral("profiles.unknown-format"),
                            tr("The profile settings %1 are in an old layout with entries this version cannot read. "
                               "They were left unchanged; fix or move the file to save profiles.")
                                .arg(m_path),
                            {}};
        return *m_loadError;
    }
    // The original stays next to the file: a migration must never be the only copy of the user's profiles.
    const QString backup = backupFile(m_path, QStringLiteral("schema0.bak"));
    if (backup.isEmpty()) {
        m_loadError = Error{QStringLiteral("profiles.backup"),
                            tr("The profile settings %1 need to be converted to the current format, but no backup "
                               "copy could be written next to them. They were left unchanged; check that the "
                               "folder is writable and the disk is not full.")
                                .arg(m_path),
                            {}};
        return *m_loadError;
    }
    m_migrationBackup = backup;
    qCInfo(lcProfiles) << "migrated" << m_profiles.size() << "profiles from schema 0 to" << kSchemaVersion << "backup"
                       << backup;
    return save();
}

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
                     QStringLiteral("name")};
    return {};
}

Error ProfileStore::notFound(const QString& id) const
{
    if (const auto builtIn = findById(id); builtIn && builtIn->isReadOnly())
        return Error{QStringLiteral("profile.read-only"),
                     tr("The profile \"%1\" is built in and cannot be changed. Duplicate it to make your own.")
                         .arg(builtIn->name),
                     id};
    return Error{QStringLiteral("profile.not-found"), tr("There is no profile \"%1\".").arg(id), id};
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

Status ProfileStore::rename(const QString& id, const QString& newName)
{
    auto profile = findById(id);
    if (!profile || profile->isReadOnly())
        return notFound(id);
    profile->name = newName;
    return update(*profile);
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
        return Error{QStringLiteral("profile.not-found"), tr("There is no profile \"%1\".").arg(id), id};
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

QByteArray ProfileStore::exportJson(const QStringList& ids) const
{
    QJsonArray array;
    for (const Profile& profile : m_profiles) {
        if (ids.isEmpty() || ids.contains(profile.id))
            array.append(profileToJson(profile));
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QLatin1String(kExportFormat));
    root.insert(QStringLiteral("version"), kExportVersion);
    root.insert(QStringLiteral("profiles"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ProfileImportPlan> ProfileStore::planImport(const QByteArray& json) const
{
    if (const Status writable = checkWritable(); !writable)
        return writable.error();
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull() || !document.isObject())
        return Error{QStringLiteral("profiles.import-format"),
                     tr("This is not a profile export file: the JSON cannot be read (%1 at offset %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset),
                     {}};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kExportFormat) ||
        !root.value(QStringLiteral("profiles")).isArray())
        return Error{QStringLiteral("profiles.import-format"),
                     tr("This is not a profile export file of CCM Importer (\"format\" must be \"%1\" and "
                        "\"profiles\" a list).")
                         .arg(QLatin1String(kExportFormat)),
                     {}};
    if (root.value(QStringLiteral("version")).toInt() > kExportVersion)
        return Error{QStringLiteral("profiles.import-format"),
                     tr("The export file was written by a newer version of CCM Importer; update to import it."),
                     {}};

    const QJsonArray array = root.value(QStringLiteral("profiles")).toArray();
    QList<Profile> incoming;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString label = object.value(QStringLiteral("name")).toString();
        const QString where = label.isEmpty() ? tr("Profile %1").arg(i + 1) : tr("Profile \"%1\"").arg(label);
        if (!array.at(i).isObject())
            return Error{QStringLiteral("profiles.import-format"), tr("%1 is not a JSON object.").arg(where), {}};
        auto profile = profileFromJson(object);
        if (!profile) {
            Error error = profile.error();
            error.message = tr("%1: %2").arg(where, error.message);
            return error;
        }
        const QString key = profile->name.toCaseFolded();
        if (names.contains(key) || findByName(profile->name))
            return Error{QStringLiteral("profile.name-taken"),
                         tr("%1: a profile with this name already exists. Rename or remove it first.").arg(where),
                         QStringLiteral("name")};
        names.insert(key);
        incoming.append(*profile);
    }

    return ProfileImportPlan{incoming};
}

Result<QList<Profile>> ProfileStore::importJson(const QByteArray& json)
{
    const auto lock = beginUpdate();
    if (!lock)
        return lockError();
    if (const Status writable = checkWritable(); !writable)
        return writable.error();
    const auto plan = planImport(json);
    if (!plan)
        return plan.error();
    const QList<Profile>& incoming = plan->profiles;

    QList<Profile> added;
    const QList<Profile> previous = m_profiles;
    for (Profile profile : incoming) {
        // Keep the exported id only when it is a well-formed, unused UUID: it names credential store entries.
        if (QUuid::fromString(profile.id).isNull() || findById(profile.id))
            profile.id = newProfileId();
        if (!profile.created.isValid())
            profile.created = m_clock->now();
        profile.origin = ProfileOrigin::Saved;
        m_profiles.append(profile);
        added.append(profile);
    }
    sortByName(m_profiles);
    if (const Status saved = save(); !saved) {
        m_profiles = previous;
        return saved.error();
    }
    return added;
}

} // namespace ccm::profiles
