#include "profiles/ProfileStore.h"

#include "common/FileDigest.h"
#include "common/Logging.h"
#include "common/PrivateFiles.h"
#include "profiles/ProfileStoreParts.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

// Reading the settings file by its schema: the current layout, and the migration from the schema-0 prototype.

namespace ccm::profiles {

using store::sortByName;

namespace {

QDateTime fromIso(const QString& text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
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

} // namespace

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

} // namespace ccm::profiles
