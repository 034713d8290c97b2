#include "profiles/ProfileStore.h"

#include "profiles/ProfileStoreParts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUuid>

// Export and import of profiles as JSON (no secrets), and what an import would point elsewhere.

namespace ccm::profiles {

using store::sortByName;

namespace {

constexpr auto kExportFormat = "ccm-importer-profiles";
constexpr int kExportVersion = 1;

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
                     {},
                     ErrorCategory::Input};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kExportFormat) ||
        !root.value(QStringLiteral("profiles")).isArray())
        return Error{QStringLiteral("profiles.import-format"),
                     tr("This is not a profile export file of CCM Importer (\"format\" must be \"%1\" and "
                        "\"profiles\" a list).")
                         .arg(QLatin1String(kExportFormat)),
                     {},
                     ErrorCategory::Input};
    if (root.value(QStringLiteral("version")).toInt() > kExportVersion)
        return Error{QStringLiteral("profiles.import-format"),
                     tr("The export file was written by a newer version of CCM Importer; update to import it."),
                     {},
                     ErrorCategory::Input};

    const QJsonArray array = root.value(QStringLiteral("profiles")).toArray();
    QList<Profile> incoming;
    QSet<QString> names;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject object = array.at(i).toObject();
        const QString label = object.value(QStringLiteral("name")).toString();
        const QString where = label.isEmpty() ? tr("Profile %1").arg(i + 1) : tr("Profile \"%1\"").arg(label);
        if (!array.at(i).isObject())
            return Error{QStringLiteral("profiles.import-format"),
                         tr("%1 is not a JSON object.").arg(where),
                         {},
                         ErrorCategory::Input};
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
                         QStringLiteral("name"), ErrorCategory::Usage};
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
