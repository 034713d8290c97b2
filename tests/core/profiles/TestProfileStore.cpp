#include "profiles/EnvironmentProfile.h"
#include "profiles/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace ccm;
using namespace ccm::profiles;

namespace {

Profile akskProfile(const QString& name, const QString& region = QStringLiteral("cn-north-4"))
{
    Profile profile;
    profile.name = name;
    profile.regionId = region;
    profile.authKind = cloud::AuthKind::AkSk;
    profile.accessKeyId = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void emptyStoreHasSandboxOnly();
    void createFindAndReload();
    void validation_data();
    void validation();
    void namesAreUniqueIgnoringCase();
    void editRenameDuplicateRemove();
    void defaultProfile();
    void builtInProfilesAreReadOnly();
    void environmentProfile_data();
    void environmentProfile();
    void migratesVersion0();
    void refusesNewerSchema();
    void exportImportRoundTrip();
    void importErrors_data();
    void importErrors();
    void planImportShowsCustomTargets();
    void keepsNoCopyOfTheEnvironment();
    void settingsFileIsPrivate();
    void privateFromTheFirstByte();
    void unreadableFileIsNeverRewritten_data();
    void unreadableFileIsNeverRewritten();
    void versionlessSchema1IsKept();
    void migrationKeepsABackup();
    void twoProcessesDoNotLoseChanges();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("config/ccm-importer/profiles.ini")); }
    std::unique_ptr<ProfileStore> makeStore()
    {
        auto store = std::make_unique<ProfileStore>(path(), m_clock);
        store->setEnvironment(QProcessEnvironment());
        return store;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<FixedClock> m_clock =
        std::make_shared<FixedClock>(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
};

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestProfileStore::emptyStoreHasSandboxOnly()
{
    auto store = makeStore();
    QVERIFY(store->load());
    const auto all = store->profiles();
    QCOMPARE(all.size(), 1);
    QVERIFY(all.first().isSandbox());
    QVERIFY(all.first().isReadOnly());
    QCOMPARE(store->defaultProfileId(), QLatin1String(kSandboxProfileId));
    QVERIFY(store->savedProfiles().isEmpty());
    QVERIFY(!QFile::exists(path())); // nothing is written until something changes
}

void TestProfileStore::createFindAndReload()
{
    auto store = makeStore();
    QVERIFY(store->load());
    Profile profile = akskProfile(QStringLiteral("Work"));
    profile.scmEndpoint = QUrl(QStringLiteral("https://scm.example.internal:8443"));
    profile.iamEndpoint = QUrl(QStringLiteral("https://iam.example.internal"));
    profile.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    profile.domainId = QStringLiteral("0123456789abcdef");
    profile.domainName = QStringLiteral("acme");
    profile.enterpriseProjectId = QStringLiteral("0");
    auto created = store->create(profile);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    QVERIFY(!QUuid::fromString(created->id).isNull());
    QCOMPARE(created->created, m_clock->now());
    QCOMPARE(created->origin, ProfileOrigin::Saved);

    m_clock->advanceSeconds(60);
    QVERIFY(store->markUsed(created->id));

    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    const auto found = reloaded->findByName(QStringLiteral("work"));
    QVERIFY(found);
    Profile expected = *created;
    expected.lastUsed = m_clock->now();
    QCOMPARE(*found, expected);
    QCOMPARE(reloaded->findById(created->id)->name, QStringLiteral("Work"));
    QCOMPARE(reloaded->find(created->id)->name, QStringLiteral("Work"));
    QCOMPARE(reloaded->profiles().size(), 2);
}

void TestProfileStore::validation_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("field"); // empty: valid

    QTest::addRow("valid aksk") << akskProfile(QStringLiteral("a")) << QString();
    QTest::addRow("empty name") << akskProfile(QStringLiteral("  ")) << QStringLiteral("name");
    QTest::addRow("long name") << akskProfile(QString(65, QLatin1Char('x'))) << QStringLiteral("name");
    QTest::addRow("control char") << akskProfile(QStringLiteral("a\tb")) << QStringLiteral("name");
    QTest::addRow("bad region") << akskProfile(QStringLiteral("a"), QStringLiteral("north"))
                                << QStringLiteral("region");
    QTest::addRow("no region") << akskProfile(QStringLiteral("a"), QString()) << QStringLiteral("region");
    QTest::addRow("eu region") << akskProfile(QStringLiteral("a"), QStringLiteral("eu-west-101")) << QString();
    {
        Profile p = akskProfile(QStringLiteral("a"), QString());
        p.scmEndpoint = QUrl(QStringLiteral("ftp://scm.example.com"));
        QTest::addRow("ftp endpoint") << p << QStringLiteral("scm_endpoint");
        p.scmEndpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        QTest::addRow("custom endpoint, no region") << p << QString();
        p.iamEndpoint = QUrl(QStringLiteral("iam.example.com"));
        QTest::addRow("iam without scheme") << p << QStringLiteral("iam_endpoint");
    }
    {
        Profile p = akskProfile(QStringLiteral("a"));
        p.accessKeyId = QStringLiteral("short");
        QTest::addRow("short ak") << p << QStringLiteral("access_key_id");
        p.accessKeyId = QStringLiteral("AK WITH SPACE");
        QTest::addRow("ak with space") << p << QStringLiteral("access_key_id");
    }
    {
        Profile p = akskProfile(QStringLiteral("a"));
        p.caFile = QStringLiteral("relative/ca.pem");
        QTest::addRow("relative ca file") << p << QStringLiteral("ca_file");
    }
    {
        Profile p = akskProfile(QStringLiteral("a"));
        p.authKind = cloud::AuthKind::IamPassword;
        p.accessKeyId.clear();
        QTest::addRow("password without account") << p << QStringLiteral("domain_name");
        p.domainName = QStringLiteral("acme");
        QTest::addRow("password without user") << p << QStringLiteral("user_name");
        p.userName = QStringLiteral("deployer");
        QTest::addRow("password ok") << p << QString();
        p.tokenScope = cloud::TokenScope::Project;
        QTest::addRow("project scope without project") << p << QStringLiteral("project_name");
        p.projectName = QStringLiteral("cn-north-4");
        QTest::addRow("project scope ok") << p << QString();
    }
    {
        Profile p = akskProfile(QStringLiteral("a"));
        p.authKind = cloud::AuthKind::Token;
        p.accessKeyId.clear();
        QTest::addRow("token needs no fields") << p << QString();
    }
    {
        Profile p = akskProfile(QStringLiteral("a"));
        p.enterpriseProjectId = QStringLiteral("default");
        QTest::addRow("bad enterprise project") << p << QStringLiteral("enterprise_project_id");
        p.enterpriseProjectId = QStringLiteral("2b4e1a3c-0d5f-4e6a-8b7c-9d0e1f2a3b4c");
        QTest::addRow("uuid enterprise project") << p << QString();
        p.domainId = QStringLiteral("id with space");
        QTest::addRow("bad domain id") << p << QStringLiteral("domain_id");
    }
}

void TestProfileStore::validation()
{
    QFETCH(Profile, profile);
    QFETCH(QString, field);
    const Status status = validateProfile(profile);
    if (field.isEmpty()) {
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        return;
    }
    QVERIFY(!status.ok());
    QCOMPARE(status.error().code, QStringLiteral("profile.invalid"));
    QCOMPARE(status.error().detail, field);
    QVERIFY(!status.error().message.isEmpty());

    auto store = makeStore();
    QVERIFY(store->load());
    QVERIFY(!store->create(profile).ok());
    QVERIFY(store->savedProfiles().isEmpty());
}

void TestProfileStore::namesAreUniqueIgnoringCase()
{
    auto store = makeStore();
    QVERIFY(store->load());
    QVERIFY(store->create(akskProfile(QStringLiteral("Work"))).ok());
    auto second = store->create(akskProfile(QStringLiteral(" WORK ")));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, QStringLiteral("profile.name-taken"));
    // The built-in names are taken too.
    QVERIFY(!store->create(akskProfile(sandboxProfile().name)).ok());
}

void TestProfileStore::editRenameDuplicateRemove()
{
    auto store = makeStore();
    QVERIFY(store->load());
    auto work = store->create(akskProfile(QStringLiteral("Work")));
    QVERIFY(work.ok());
    auto other = store->create(akskProfile(QStringLiteral("Other")));
    QVERIFY(other.ok());

    Profile edited = *work;
    edited.regionId = QStringLiteral("ap-southeast-1");
    edited.created = QDateTime(); // ignored: creation time is kept
    QVERIFY(store->update(edited));
    QCOMPARE(store->findById(work->id)->regionId, QStringLiteral("ap-southeast-1"));
    QCOMPARE(store->findById(work->id)->created, work->created);

    edited.name = QStringLiteral("other");
    QCOMPARE(store->update(edited).error().code, QStringLiteral("profile.name-taken"));

    edited.name = QStringLiteral("Production"); // renaming is an update of the name
    QVERIFY(store->update(edited));
    QVERIFY(!store->findByName(QStringLiteral("Work")));
    QVERIFY(store->findByName(QStringLiteral("Production")));

    auto copy = store->duplicate(work->id);
    QVERIFY(copy.ok());
    QCOMPARE(copy->name, QStringLiteral("Production (copy)"));
    QVERIFY(copy->id != work->id);
    QCOMPARE(copy->regionId, QStringLiteral("ap-southeast-1"));
    auto copy2 = store->duplicate(work->id);
    QVERIFY(copy2.ok());
    QCOMPARE(copy2->name, QStringLiteral("Production (copy 2)"));
    auto named = store->duplicate(work->id, QStringLiteral("Staging"));
    QVERIFY(named.ok());
    QCOMPARE(named->name, QStringLiteral("Staging"));

    QVERIFY(store->remove(copy->id));
    QVERIFY(!store->findById(copy->id));
    QCOMPARE(store->remove(copy->id).error().code, QStringLiteral("profile.not-found"));

    auto reloaded = makeStore();
    QVERIFY(reloaded->load());
    QStringList names;
    for (const auto& p : reloaded->savedProfiles())
        names << p.name;
    QCOMPARE(names, (QStringList{QStringLiteral("Other"), QStringLiteral("Production"),
                                 QStringLiteral("Production (copy 2)"), QStringLiteral("Staging")}));
}

void TestProfileStore::defaultProfile()
{
    auto store = makeStore();
    QVERIFY(store->load());
    auto work = store->create(akskProfile(QStringLiteral("Work")));
    QVERIFY(work.ok());
    QVERIFY(store->setDefault(work->id));
    QCOMPARE(store->defaultProfile().name, QStringLiteral("Work"));
    {
        auto reloaded = makeStore();
        QVERIFY(reloaded->load());
        QCOMPARE(reloaded->defaultProfileId(), work->id);
    }
    QCOMPARE(store->setDefault(QStringLiteral("nope")).error().code, QStringLiteral("profile.not-found"));
    QVERIFY(store->remove(work->id));
    QCOMPARE(store->defaultProfileId(), QLatin1String(kSandboxProfileId));
}

void TestProfileStore::builtInProfilesAreReadOnly()
{
    auto store = makeStore();
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("CLOUD_SDK_AK"), QStringLiteral("ENVAKENVAKENVAK1"));
    environment.insert(QStringLiteral("CLOUD_SDK_SK"), QStringLiteral("env-secret"));
    store->setEnvironment(environment);
    QVERIFY(store->load());
    QCOMPARE(store->profiles().size(), 2);
    for (const auto* id : {kSandboxProfileId, kEnvironmentProfileId}) {
        const auto profile = store->findById(QLatin1String(id));
        QVERIFY(profile);
        QVERIFY(profile->isReadOnly());
        QCOMPARE(store->update(*profile).error().code, QStringLiteral("profile.read-only"));
        QCOMPARE(store->remove(profile->id).error().code, QStringLiteral("profile.read-only"));
        Profile renamed = *profile;
        renamed.name = QStringLiteral("x");
        QCOMPARE(store->update(renamed).error().code, QStringLiteral("profile.read-only"));
    }
    // The environment profile can be copied into a saved one; it is never written itself.
    auto copy = store->duplicate(QLatin1String(kEnvironmentProfileId), QStringLiteral("From env"));
    QVERIFY(copy.ok());
    QCOMPARE(copy->accessKeyId, QStringLiteral("ENVAKENVAKENVAK1"));
    QVERIFY(!copy->isReadOnly());
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(!contents.contains("env-secret"));
    QVERIFY(!contents.contains("environment"));
    // Built-in profiles can be the default; when the variables go away the sandbox takes over again.
    QVERIFY(store->setDefault(QLatin1String(kEnvironmentProfileId)));
    QCOMPARE(store->defaultProfileId(), QLatin1String(kEnvironmentProfileId));
    store->setEnvironment(QProcessEnvironment());
    QCOMPARE(store->defaultProfileId(), QLatin1String(kSandboxProfileId));
}

void TestProfileStore::environmentProfile_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<bool>("present");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("accessKeyId");
    QTest::addColumn<QString>("secret");

    QTest::addRow("nothing") << QStringList() << false << 0 << QString() << QString();
    QTest::addRow("ak without sk") << QStringList{QStringLiteral("CLOUD_SDK_AK=AAAAAAAA1")} << false << 0 << QString()
                                   << QString();
    QTest::addRow("empty sk") << QStringList{QStringLiteral("CLOUD_SDK_AK=AAAAAAAA1"), QStringLiteral("CLOUD_SDK_SK=")}
                              << false << 0 << QString() << QString();
    QTest::addRow("samples") << QStringList{QStringLiteral("CLOUD_SDK_AK=AAAAAAAA1"), QStringLiteral("CLOUD_SDK_SK=s1")}
                             << true << int(cloud::AuthKind::AkSk) << QStringLiteral("AAAAAAAA1")
                             << QStringLiteral("s1");
    QTest::addRow("sdk wins") << QStringList{QStringLiteral("CLOUD_SDK_AK=AAAAAAAA1"),
                                             QStringLiteral("CLOUD_SDK_SK=s1"),
                                             QStringLiteral("HUAWEICLOUD_SDK_AK=BBBBBBBB2"),
                                             QStringLiteral("HUAWEICLOUD_SDK_SK=s2")}
                              << true << int(cloud::AuthKind::AkSk) << QStringLiteral("BBBBBBBB2")
                              << QStringLiteral("s2");
    QTest::addRow("temporary") << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=BBBBBBBB2"),
                                              QStringLiteral("HUAWEICLOUD_SDK_SK=s2"),
                                              QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN=tok"),
                                              QStringLiteral("HUAWEICLOUD_SDK_DOMAIN_ID=dom1")}
                               << true << int(cloud::AuthKind::TemporaryAkSk) << QStringLiteral("BBBBBBBB2")
                               << QStringLiteral("s2");
    QTest::addRow("token") << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AUTH_TOKEN=MIItoken")} << true
                           << int(cloud::AuthKind::Token) << QString() << QStringLiteral("MIItoken");
}

void TestProfileStore::environmentProfile()
{
    QFETCH(QStringList, variables);
    QFETCH(bool, present);
    QFETCH(int, kind);
    QFETCH(QString, accessKeyId);
    QFETCH(QString, secret);
    QProcessEnvironment environment;
    for (const QString& variable : variables)
        environment.insert(variable.section(QLatin1Char('='), 0, 0), variable.section(QLatin1Char('='), 1));
    const auto profile = ccm::profiles::environmentProfile(environment);
    QCOMPARE(profile.has_value(), present);
    if (!present)
        return;
    QVERIFY(profile->isEnvironment());
    QCOMPARE(int(profile->authKind), kind);
    QCOMPARE(profile->accessKeyId, accessKeyId);
    QCOMPARE(profile->regionId, QStringLiteral("cn-north-4"));
    const auto credentials = environmentCredentials(environment);
    const auto& secretBytes =
        profile->authKind == cloud::AuthKind::Token ? credentials.authToken : credentials.secretKey;
    QCOMPARE(secretBytes.view(), QByteArrayView(secret.toUtf8()));
    if (profile->authKind == cloud::AuthKind::TemporaryAkSk) {
        QCOMPARE(credentials.securityToken.view(), QByteArrayView("tok"));
        QCOMPARE(profile->domainId, QStringLiteral("dom1"));
    }
}

void TestProfileStore::migratesVersion0()
{
    // A hand-made file in the first prototype's layout: no schema key, an array, plaintext secret keys.
    QDir().mkpath(QFileInfo(path()).absolutePath());
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[General]\n"
               "default=Lab\n"
               "\n"
               "[profiles]\n"
               "size=3\n"
               "1\\name=Work\n"
               "1\\region=cn-north-4\n"
               "1\\authType=AK/SK\n"
               "1\\ak=QTWAOYTTINDUT2QVKYUC\n"
               "1\\sk=PLAINTEXT-SECRET-KEY-0123456789\n"
               "2\\name=Lab\n"
               "2\\endpoint=https://scm.lab.internal\n"
               "2\\authType=password\n"
               "2\\domainName=acme\n"
               "2\\user=deployer\n"
               "2\\project=cn-north-4\n"
               "2\\password=PLAINTEXT-PASSWORD\n"
               "3\\name=work\n"
               "3\\region=ap-southeast-1\n"
               "3\\authType=token\n");
    file.close();

    auto store = makeStore();
    QVERIFY(store->load());
    QCOMPARE(store->migrationNotes().size(), 2);
    const auto saved = store->savedProfiles();
    QCOMPARE(saved.size(), 3);
    const auto work = store->findByName(QStringLiteral("Work"));
    QVERIFY(work);
    QCOMPARE(work->accessKeyId, QStringLiteral("QTWAOYTTINDUT2QVKYUC"));
    QCOMPARE(work->authKind, cloud::AuthKind::AkSk);
    QVERIFY(store->findByName(QStringLiteral("work (2)")));
    const auto lab = store->findByName(QStringLiteral("Lab"));
    QVERIFY(lab);
    QCOMPARE(lab->authKind, cloud::AuthKind::IamPassword);
    QCOMPARE(lab->scmEndpoint, QUrl(QStringLiteral("https://scm.lab.internal")));
    QCOMPARE(lab->tokenScope, cloud::TokenScope::Project);
    QCOMPARE(lab->projectName, QStringLiteral("cn-north-4"));
    QCOMPARE(store->defaultProfileId(), lab->id);

    QSettings settings(path(), QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("schemaVersion")).toInt(), ProfileStore::kSchemaVersion);
    QVERIFY(!settings.contains(QStringLiteral("profiles/size")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray migrated = file.readAll();
    QVERIFY(!migrated.contains("PLAINTEXT"));

    // A second load is a plain read: nothing left to migrate.
    auto again = makeStore();
    QVERIFY(again->load());
    QVERIFY(again->migrationNotes().isEmpty());
    QCOMPARE(again->savedProfiles(), saved);
}

void TestProfileStore::refusesNewerSchema()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray contents = "[General]\nschemaVersion=99\n\n[profiles]\n"
                                "0b7e8a34-6d0e-4f3e-9a59-6a2f0e1c5d11\\name=Future\n"
                                "0b7e8a34-6d0e-4f3e-9a59-6a2f0e1c5d11\\region=cn-north-4\n";
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
    }
    auto store = makeStore();
    const Status loaded = store->load();
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().code, QStringLiteral("profiles.newer-schema"));
    QVERIFY(store->findByName(QStringLiteral("Future")));
    QVERIFY(!store->create(akskProfile(QStringLiteral("New"))).ok());
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
}

void TestProfileStore::exportImportRoundTrip()
{
    auto store = makeStore();
    QVERIFY(store->load());
    Profile lab = akskProfile(QStringLiteral("Lab"), QString());
    lab.authKind = cloud::AuthKind::IamPassword;
    lab.accessKeyId.clear();
    lab.scmEndpoint = QUrl(QStringLiteral("https://scm.lab.internal"));
    lab.domainName = QStringLiteral("acme");
    lab.userName = QStringLiteral("deployer");
    QVERIFY(store->create(lab).ok());
    QVERIFY(store->create(akskProfile(QStringLiteral("Work"))).ok());
    const QByteArray json = store->exportJson();
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("ccm-importer-profiles"));
    QCOMPARE(root.value(QStringLiteral("profiles")).toArray().size(), 2);

    QTemporaryDir otherDir;
    ProfileStore other(otherDir.filePath(QStringLiteral("profiles.ini")), m_clock);
    other.setEnvironment(QProcessEnvironment());
    QVERIFY(other.load());
    auto imported = other.importJson(json);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    QCOMPARE(imported->size(), 2);
    QCOMPARE(other.savedProfiles(), store->savedProfiles());

    // Importing again collides by name and adds nothing.
    auto again = other.importJson(json);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("profile.name-taken"));
    QCOMPARE(other.savedProfiles().size(), 2);
}

void TestProfileStore::importErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mentions");

    const QByteArray head = R"({"format":"ccm-importer-profiles","version":1,"profiles":[)";
    QTest::addRow("not json") << QByteArray("{nope") << QStringLiteral("profiles.import-format")
                              << QStringLiteral("the JSON cannot be read");
    QTest::addRow("wrong format") << QByteArray(R"({"format":"other","profiles":[]})")
                                  << QStringLiteral("profiles.import-format") << QStringLiteral("format");
    QTest::addRow("newer") << QByteArray(R"({"format":"ccm-importer-profiles","version":7,"profiles":[]})")
                           << QStringLiteral("profiles.import-format") << QStringLiteral("newer");
    QTest::addRow("secret inside")
        << head + R"({"name":"A","region":"cn-north-4","access_key_id":"AAAAAAAAAA","secret_key":"x"}]})"
        << QStringLiteral("profile.import-secret") << QStringLiteral("secret_key");
    QTest::addRow("bad auth") << head + R"({"name":"A","region":"cn-north-4","auth":"kerberos"}]})"
                              << QStringLiteral("profile.invalid") << QStringLiteral("kerberos");
    QTest::addRow("bad region") << head + R"({"name":"A","region":"moon","access_key_id":"AAAAAAAAAA"}]})"
                                << QStringLiteral("profile.invalid") << QStringLiteral("Profile \"A\"");
    QTest::addRow("number as name") << head + R"({"name":5}]})" << QStringLiteral("profile.invalid")
                                    << QStringLiteral("name");
    QTest::addRow("duplicate in file")
        << head +
               R"({"name":"A","region":"cn-north-4","auth":"token"},{"name":"a","region":"cn-north-4","auth":"token"}]})"
        << QStringLiteral("profile.name-taken") << QStringLiteral("Profile \"a\"");
    QTest::addRow("second invalid")
        << head + R"({"name":"Fine","region":"cn-north-4","auth":"token"},{"region":"cn-north-4","auth":"token"}]})"
        << QStringLiteral("profile.invalid") << QStringLiteral("Profile 2");
}

void TestProfileStore::importErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, mentions);
    auto store = makeStore();
    QVERIFY(store->load());
    auto imported = store->importJson(json);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, code);
    QVERIFY2(imported.error().message.contains(mentions), qPrintable(imported.error().message));
    // A file that is not an export, or holds a secret, is unreadable input; a bad or taken value is a usage error.
    const bool unreadable =
        code == QLatin1String("profiles.import-format") || code == QLatin1String("profile.import-secret");
    QCOMPARE(imported.error().category, unreadable ? ErrorCategory::Input : ErrorCategory::Usage);
    QVERIFY(store->savedProfiles().isEmpty());
    QVERIFY(!QFile::exists(path()));
}

void TestProfileStore::planImportShowsCustomTargets()
{
    auto store = makeStore();
    QVERIFY(store->load());
    const QByteArray json =
        R"({"format":"ccm-importer-profiles","version":1,"profiles":[)"
        R"({"name":"Plain","region":"cn-north-4","access_key_id":"QTWAOYTTINDUT2QVKYUC"},)"
        R"({"name":"Look-alike","region":"cn-north-4","scm_endpoint":"https://scm.cn-north-4.myhuaweicloud.com.evil.test",)"
        R"("ca_file":"/tmp/evil-ca.pem","access_key_id":"QTWAOYTTINDUT2QVKYUC"}]})";
    const auto plan = store->planImport(json);
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
    QCOMPARE(plan->profiles.size(), 2);
    QVERIFY(plan->needsConfirmation());
    const QList<Profile> elsewhere = plan->pointingElsewhere();
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(elsewhere.first().name, QStringLiteral("Look-alike"));
    const QString described = describeCustomTarget(elsewhere.first()).join(QLatin1Char('\n'));
    QVERIFY2(described.contains(QLatin1String("https://scm.cn-north-4.myhuaweicloud.com.evil.test")),
             qPrintable(described));
    QVERIFY2(described.contains(QLatin1String("/tmp/evil-ca.pem")), qPrintable(described));
    // Planning changes nothing.
    QVERIFY(store->savedProfiles().isEmpty());
    QVERIFY(!QFile::exists(path()));
    // A file of region-only profiles needs no question.
    QVERIFY(!store
                 ->planImport(R"({"format":"ccm-importer-profiles","version":1,"profiles":[)"
                              R"({"name":"Plain","region":"cn-north-4","access_key_id":"QTWAOYTTINDUT2QVKYUC"}]})")
                 ->needsConfirmation());
}

void TestProfileStore::keepsNoCopyOfTheEnvironment()
{
    // The environment holds *_SDK_SK: the store reads it when asked instead of keeping a copy for its lifetime.
    qputenv("HUAWEICLOUD_SDK_AK", "QTWAOYTTINDUT2QVKYUC");
    qputenv("HUAWEICLOUD_SDK_SK", "marker-secret-key-in-the-environment");
    ProfileStore store(path(), m_clock);
    QVERIFY(store.load());
    const bool hadEnvironmentProfile = store.findById(QLatin1String(kEnvironmentProfileId)).has_value();
    QCOMPARE(store.environment().value(QStringLiteral("HUAWEICLOUD_SDK_SK")),
             QStringLiteral("marker-secret-key-in-the-environment"));
    qunsetenv("HUAWEICLOUD_SDK_AK");
    qunsetenv("HUAWEICLOUD_SDK_SK");
    QVERIFY(hadEnvironmentProfile);
    QVERIFY(!store.environment().contains(QStringLiteral("HUAWEICLOUD_SDK_SK")));
    QVERIFY(!store.findById(QLatin1String(kEnvironmentProfileId)));
}

void TestProfileStore::settingsFileIsPrivate()
{
    auto store = makeStore();
    QVERIFY(store->load());
    QVERIFY(store->create(akskProfile(QStringLiteral("Work"))).ok());
    QCOMPARE(QFile::permissions(path()) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

void TestProfileStore::privateFromTheFirstByte()
{
    // Whatever the umask, the folders and the file are created owner-only, not opened up and then chmod'ed.
    const mode_t previous = ::umask(022);
    auto store = makeStore();
    QVERIFY(store->load());
    const bool created = store->create(akskProfile(QStringLiteral("Work"))).ok();
    ::umask(previous);
    QVERIFY(created);
    const auto others =
        QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther | QFile::ExeGroup | QFile::ExeOther;
    QCOMPARE(QFile::permissions(path()) & others, QFile::Permissions());
    QCOMPARE(QFile::permissions(QFileInfo(path()).absolutePath()) & others, QFile::Permissions());
    QCOMPARE(QFile::permissions(m_dir->filePath(QStringLiteral("config"))) & others, QFile::Permissions());
}

void TestProfileStore::unreadableFileIsNeverRewritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addRow("binary junk") << QByteArray("\x00\x01\x02\xff\xfe garbage \x00\x7f", 16);
    QTest::addRow("only a comment") << QByteArray("; profiles moved to the new laptop\n");
    QTest::addRow("unknown layout, no schema") << QByteArray("[accounts]\nwork\\ak=QTWAOYTTINDUT2QVKYUC\n");
    QTest::addRow("schema 1 groups without names")
        << QByteArray("[profiles]\n0b1f0f5e-1111-4222-8333-944444444444\\region=cn-north-4\n");
    QTest::addRow("schema 0 entry without a name")
        << QByteArray("[profiles]\nsize=2\n1\\name=Work\n1\\region=cn-north-4\n1\\ak=QTWAOYTTINDUT2QVKYUC\n"
                      "2\\region=cn-east-3\n2\\ak=ABCDEFGHIJKLMNOP\n");
}

void TestProfileStore::unreadableFileIsNeverRewritten()
{
    QFETCH(QByteArray, content);
    QDir().mkpath(QFileInfo(path()).absolutePath());
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    auto store = makeStore();
    const Status loaded = store->load();
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, QStringLiteral("profiles.unknown-format"));
    // Changes are refused instead of replacing the file with what little could be read.
    QVERIFY(!store->create(akskProfile(QStringLiteral("Lab"))).ok());
    QVERIFY(!store->setDefault(QLatin1String(kSandboxProfileId)));
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestProfileStore::versionlessSchema1IsKept()
{
    // A sync tool dropped the schemaVersion line of a current file: its profiles are still read, and kept.
    auto writer = makeStore();
    QVERIFY(writer->load());
    QVERIFY(writer->create(akskProfile(QStringLiteral("Work"))).ok());
    QVERIFY(writer->create(akskProfile(QStringLiteral("Lab"))).ok());
    {
        QSettings settings(path(), QSettings::IniFormat);
        settings.remove(QStringLiteral("schemaVersion"));
    }
    auto store = makeStore();
    QVERIFY(store->load());
    QCOMPARE(store->savedProfiles().size(), 2);
    QVERIFY(store->create(akskProfile(QStringLiteral("Third"))).ok());
    auto fresh = makeStore();
    QVERIFY(fresh->load());
    QCOMPARE(fresh->savedProfiles().size(), 3);
    QVERIFY(fresh->findByName(QStringLiteral("Work")));
}

void TestProfileStore::migrationKeepsABackup()
{
    QDir().mkpath(QFileInfo(path()).absolutePath());
    const QByteArray original("[General]\ndefault=Work\n\n[profiles]\nsize=1\n1\\name=Work\n1\\region=cn-north-4\n"
                              "1\\authType=AK/SK\n1\\ak=QTWAOYTTINDUT2QVKYUC\n");
    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(original);
    }
    auto store = makeStore();
    QVERIFY(store->load());
    QCOMPARE(store->savedProfiles().size(), 1);
    QCOMPARE(store->migrationBackup(), path() + QStringLiteral(".schema0.bak"));
    QFile backup(store->migrationBackup());
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QCOMPARE(backup.readAll(), original);
    QCOMPARE(QFile::permissions(backup.fileName()) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestProfileStore::twoProcessesDoNotLoseChanges()
{
    // The GUI and ccmctl each hold a store on the same file.
    auto gui = makeStore();
    auto cli = makeStore();
    QVERIFY(gui->load());
    QVERIFY(cli->load());
    auto work = gui->create(akskProfile(QStringLiteral("Work")));
    QVERIFY(work.ok());
    QVERIFY(cli->create(akskProfile(QStringLiteral("Lab"))).ok()); // cli had not seen "Work"
    QVERIFY(cli->findByName(QStringLiteral("Work")));
    QVERIFY(gui->setDefault(work->id));
    auto lab = *cli->findByName(QStringLiteral("Lab"));
    lab.name = QStringLiteral("Lab 2");
    QVERIFY(cli->update(lab));
    QCOMPARE(cli->defaultProfileId(), work->id);

    auto fresh = makeStore();
    QVERIFY(fresh->load());
    QCOMPARE(fresh->savedProfiles().size(), 2);
    QVERIFY(fresh->findByName(QStringLiteral("Lab 2")));
    QCOMPARE(fresh->defaultProfileId(), work->id);
    // A name taken by the other process since is noticed too.
    QCOMPARE(gui->create(akskProfile(QStringLiteral("lab 2"))).error().code, QStringLiteral("profile.name-taken"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "TestProfileStore.moc"
