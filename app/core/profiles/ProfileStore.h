#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "profiles/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLockFile>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace ccm::profiles {

/// What importing an export file would add, for the user to confirm before anything is saved.
struct ProfileImportPlan
{
    QList<Profile> profiles; ///< the profiles as they would be saved (ids not assigned yet)

    /// The profiles that send requests (and so private keys) somewhere other than the service's regional endpoints:
    /// a custom SCM or IAM endpoint, or an extra CA file to trust. A file from elsewhere can set any of these.
    QList<Profile> pointingElsewhere() const;
    bool needsConfirmation() const { return !pointingElsewhere().isEmpty(); }
};

/// One line per field that is not the service's default for this profile: "SCM endpoint: URL" and so on.
QStringList describeCustomTarget(const Profile& profile);

/// The user's profiles in an INI file (QSettings), plus the built-in sandbox and environment profiles.
///
/// Holds no secret: those live in a SecretStore under the profile id. Every change is written at once, under
/// <file>.update.lock (QLockFile) so that two processes (the window and ccmctl) never lose each other's change: the
/// file is re-read under the lock when another process changed it. A file this version cannot fully read is never
/// rewritten; an older schema is migrated on load() after a backup copy was made next to it.
/// A file from a newer schema is left untouched and the store refuses to change it.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ccm::profiles::ProfileStore)

public:
    static constexpr int kSchemaVersion = 1;

    /// $XDG_CONFIG_HOME/ccm-importer/profiles.ini (QStandardPaths::GenericConfigLocation) on Linux.
    static QString defaultPath();

    explicit ProfileStore(QString path = defaultPath(), std::shared_ptr<const Clock> clock = Clock::system());

    /// Reads the file, migrating an older schema; a missing file is an empty store.
    Status load();
    /// What a migration on load() changed, for the user (e.g. plaintext secrets dropped); empty normally.
    QStringList migrationNotes() const { return m_migrationNotes; }
    /// The copy of the file made before the last load() migrated it; empty when nothing was migrated.
    QString migrationBackup() const { return m_migrationBackup; }
    QString path() const { return m_path; }
    /// Reads the file again when another process (GUI or ccmctl) changed it since it was read or written here;
    /// every change calls this first, readers call it when they need the latest fields.
    void refreshIfChangedOnDisk();

    /// The environment the ad-hoc "Environment" profile comes from (the process environment by default).
    void setEnvironment(const QProcessEnvironment& environment) { m_environment = environment; }
    /// A fresh copy each time: the process environment holds *_SDK_SK and tokens, so the store keeps no copy of it
    /// for its lifetime; callers use the copy for one call and let it go.
    QProcessEnvironment environment() const
    {
        return m_environment ? *m_environment : QProcessEnvironment::systemEnvironment();
    }

    /// The sandbox first, then the environment profile (when the variables are set), then the saved ones by name.
    QList<Profile> profiles() const;
    /// Only the saved, editable profiles, by name.
    QList<Profile> savedProfiles() const;
    std::optional<Profile> findById(const QString& id) const;
    /// Exact name, case-insensitive; built-in profiles included.
    std::optional<Profile> findByName(const QString& name) const;
    /// By name first, then by id.
    std::optional<Profile> find(const QString& nameOrId) const;

    /// Saves a new profile: gives it a fresh id and creation time; the name must be unique.
    Result<Profile> create(Profile profile);
    /// Replaces a saved profile's fields (same id); the name must stay unique.
    Status update(const Profile& profile);
    /// A copy under a new id and name ("<name> (copy)" when newName is empty). Secrets are not copied here.
    Result<Profile> duplicate(const QString& id, const QString& newName = {});
    /// Removes the profile from the file; its secrets are removed by the caller (ProfileManager does both).
    Status remove(const QString& id);
    Status setDefault(const QString& id);
    /// The default profile's id; the sandbox when none is set or the set one is gone.
    QString defaultProfileId() const;
    Profile defaultProfile() const;
    /// Records that a profile was used now (saved profiles only; no-op for built-in ones).
    Status markUsed(const QString& id);

    /// The given saved profiles (all when ids is empty) as JSON, without secrets.
    QByteArray exportJson(const QStringList& ids = {}) const;
    /// What importJson() would add, with the same checks and errors, changing nothing. Callers show
    /// ProfileImportPlan::pointingElsewhere() and ask before they import (the window and ccmctl do).
    Result<ProfileImportPlan> planImport(const QByteArray& json) const;
    /// Adds the profiles of an exported file. Checks everything first and adds nothing when any profile is
    /// invalid or its name is taken; the error names the profile and the field.
    Result<QList<Profile>> importJson(const QByteArray& json);

private:
    Status save();
    struct UpdateLock
    {
        ProfileStore& store;
        std::unique_ptr<QLockFile> file;
        ~UpdateLock();
    };
    /// Takes <file>.update.lock and re-reads the file when it changed; null when the lock cannot be had.
    std::unique_ptr<UpdateLock> beginUpdate();
    Error lockError() const;
    Status checkWritable() const;
    Status checkNameFree(const QString& name, const QString& exceptId) const;
    Status readVersion1();
    Status migrateFromVersion0();
    Error notFound(const QString& id) const;

    QString m_path;
    std::shared_ptr<const Clock> m_clock;
    std::optional<QProcessEnvironment> m_environment; ///< set by tests; empty: the process environment
    QList<Profile> m_profiles;
    QString m_defaultId;
    QStringList m_migrationNotes;
    QString m_migrationBackup;
    std::optional<Error> m_loadError;
    bool m_lockHeld = false;
    QByteArray m_diskDigest; ///< of the file as last read or written, to notice changes by other processes
};

} // namespace ccm::profiles
