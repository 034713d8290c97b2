#include "ui/profiles/ProfilesDialog.h"

#include "profiles/MemorySecretStore.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"
#include "profiles/SessionSecretStore.h"

#include "application/ScmConnectionTester.h"
#include "sandbox/Sandbox.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace ccm;
using namespace ccm::profiles;

namespace {

/// Answers the next message box with the given button, as a user would.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget()))
            box->button(button)->click();
        else
            answerNextMessageBox(button);
    });
}

/// A credential store that fails every write, like a desktop without a Secret Service.
class BrokenSecretStore final : public SecretStore
{
public:
    void read(const QString& id, SecretKind kind, QObject* context, ReadCallback done) override
    {
        deliverLater(context, [done, id, kind] { done(secretNotFound(id, kind)); });
    }
    void write(const QString&, SecretKind, const SecureBytes&, QObject* context, StatusCallback done) override
    {
        deliverLater(context, [done] {
            done(Error{QStringLiteral("secrets.no-store"), QStringLiteral("No credential store is available."), {}});
        });
    }
    void remove(const QString&, SecretKind, QObject* context, StatusCallback done) override
    {
        deliverLater(context, [done] { done(Status()); });
    }
};

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createSaveAndDelete();
    void builtInProfilesAreReadOnly();
    void noCredentialStoreOffersSession();
    void invalidProfileIsNotSaved();
    void everyInputHasAnAccessibleName();
    void trustedRootIsRemembered();
    void importAsksBeforeCustomEndpoints();
    void hostileProfileNameIsText();
    void testConnectionButton();
    void unsavedChangesAreAskedAbout();
};

void TestProfilesDialog::createSaveAndDelete()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.show();

    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Work"));
    dialog.findChild<QComboBox*>(QStringLiteral("regionCombo"))->setCurrentText(QStringLiteral("ap-southeast-1"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyEdit")), QStringLiteral("AKTESTWORK"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("secretKeyEdit")), QStringLiteral("sk-secret-1"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();

    const auto saved = store.findByName(QStringLiteral("Work"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->regionId, QStringLiteral("ap-southeast-1"));
    QCOMPARE(saved->accessKeyId, QStringLiteral("AKTESTWORK"));
    QCOMPARE(dialog.currentId(), saved->id);
    QTRY_VERIFY(secrets.readBlocking(saved->id, SecretKind::SecretKey).ok());
    QCOMPARE(secrets.readBlocking(saved->id, SecretKind::SecretKey)->view(), QByteArrayView("sk-secret-1"));
    // The secret field is emptied after saving, and the settings file never holds the secret.
    QVERIFY(dialog.findChild<QLineEdit*>(QStringLiteral("secretKeyEdit"))->text().isEmpty());
    QFile ini(store.path());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("sk-secret-1"));

    answerNextMessageBox(QMessageBox::Yes);
    dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
    QTRY_VERIFY(!store.findByName(QStringLiteral("Work")).has_value());
    QVERIFY(!secrets.readBlocking(saved->id, SecretKind::SecretKey).ok());
}

void TestProfilesDialog::builtInProfilesAreReadOnly()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.selectProfile(QString::fromLatin1(kSandboxProfileId));
    QCOMPARE(dialog.currentId(), QString::fromLatin1(kSandboxProfileId));
    QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"))->isEnabled());
    QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->isEnabled());
}

void TestProfilesDialog::noCredentialStoreOffersSession()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    BrokenSecretStore broken;
    SessionSecretStore session(broken);
    ProfileManager manager(store, session);
    ui::ProfilesDialog dialog(manager, &session);
    dialog.show();
    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("NoStore"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyEdit")), QStringLiteral("AKNOSTORE"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("secretKeyEdit")), QStringLiteral("sk-session"));
    answerNextMessageBox(QMessageBox::Yes);
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    const auto saved = store.findByName(QStringLiteral("NoStore"));
    QVERIFY(saved.has_value());
    QTRY_VERIFY(session.isSessionOnly(saved->id));
    QCOMPARE(session.readBlocking(saved->id, SecretKind::SecretKey)->view(), QByteArrayView("sk-session"));
    QFile ini(store.path());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("sk-session"));
}

void TestProfilesDialog::invalidProfileIsNotSaved()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.show();
    const int before = int(store.savedProfiles().size());
    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    dialog.findChild<QComboBox*>(QStringLiteral("regionCombo"))->setCurrentText(QStringLiteral("not a region"));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    QCOMPARE(int(store.savedProfiles().size()), before);
    QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().isEmpty());
}

void TestProfilesDialog::everyInputHasAnAccessibleName()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    for (QWidget* widget : dialog.findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) || qobject_cast<QListView*>(widget)) {
            if (widget->objectName().isEmpty() || widget->objectName().startsWith(QLatin1String("qt_")))
                continue; // parts Qt creates inside a combo box (its line edit, its popup list)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName() + QLatin1Char(' ') +
                                                                     QLatin1String(widget->metaObject()->className())));
        }
    }
}

void TestProfilesDialog::trustedRootIsRemembered()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.show();

    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Private"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyEdit")), QStringLiteral("AKTESTWORK"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("secretKeyEdit")), QStringLiteral("sk-secret-1"));
    auto* trustRoot = dialog.findChild<QLineEdit*>(QStringLiteral("trustRootEdit"));
    QVERIFY(trustRoot);
    QVERIFY(trustRoot->isEnabled());
    QTest::keyClicks(trustRoot, dir.filePath(QStringLiteral("root.pem")));
    dialog.findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    const auto saved = store.findByName(QStringLiteral("Private"));
    QVERIFY(saved.has_value());
    QCOMPARE(saved->trustRootFile, dir.filePath(QStringLiteral("root.pem")));

    // Read back from the file, and shown again when the profile is selected.
    ProfileStore reread(store.path());
    QVERIFY(reread.load());
    QCOMPARE(reread.findByName(QStringLiteral("Private"))->trustRootFile, dir.filePath(QStringLiteral("root.pem")));
    dialog.selectProfile(QString::fromLatin1(kSandboxProfileId));
    QVERIFY(trustRoot->text().isEmpty());
    QVERIFY(!trustRoot->isEnabled());
    dialog.selectProfile(saved->id);
    QCOMPARE(trustRoot->text(), dir.filePath(QStringLiteral("root.pem")));
}

void TestProfilesDialog::importAsksBeforeCustomEndpoints()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.show();
    const QString path = dir.filePath(QStringLiteral("shared.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format":"ccm-importer-profiles","version":1,"profiles":[{"name":"<b>x</b><img src=y>",)"
               R"("region":"cn-north-4","scm_endpoint":"https://scm.example.evil.test","ca_file":"/tmp/evil-ca.pem",)"
               R"("access_key_id":"QTWAOYTTINDUT2QVKYUC"}]})");
    file.close();

    // The question lists the name (as the text it is) and where the profile points; "No" saves nothing.
    QString shown;
    bool plain = false;
    const auto answer = [&shown, &plain](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&shown, &plain, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (!box)
                return; // no question was asked: the test's checks of what was shown fail
            shown = box->text() + QLatin1Char('\n') + box->informativeText();
            plain = true;
            for (const QLabel* label : box->findChildren<QLabel*>()) {
                if (!label->text().isEmpty() && label->pixmap().isNull())
                    plain = plain && label->textFormat() == Qt::PlainText;
            }
            box->button(button)->click();
        });
    };
    answer(QMessageBox::No);
    dialog.importProfilesFrom(path);
    QVERIFY2(shown.contains(QLatin1String("https://scm.example.evil.test")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("/tmp/evil-ca.pem")), qPrintable(shown));
    QVERIFY2(shown.contains(QLatin1String("<b>x</b><img src=y>")), qPrintable(shown));
    QVERIFY(plain);
    QVERIFY(store.savedProfiles().isEmpty());

    answer(QMessageBox::Yes);
    dialog.importProfilesFrom(path);
    QCOMPARE(store.savedProfiles().size(), 1);
    QCOMPARE(store.savedProfiles().first().scmEndpoint, QUrl(QStringLiteral("https://scm.example.evil.test")));
}

void TestProfilesDialog::hostileProfileNameIsText()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    Profile profile;
    profile.name = QStringLiteral("<b>x</b><img src=y>");
    profile.scmEndpoint = QUrl(QStringLiteral("https://scm.example.test"));
    profile.authKind = cloud::AuthKind::AkSk;
    profile.accessKeyId = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
    const auto created = store.create(profile);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.show();
    dialog.selectProfile(created->id);

    // The delete question names the profile as text.
    bool plain = false;
    QString shown;
    QTimer::singleShot(0, [&plain, &shown] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return; // no question was asked: the test's checks of what was shown fail
        shown = box->text();
        plain = box->textFormat() == Qt::PlainText;
        box->button(QMessageBox::No)->click();
    });
    dialog.findChild<QPushButton*>(QStringLiteral("deleteButton"))->click();
    QVERIFY2(shown.contains(profile.name), qPrintable(shown));
    QVERIFY(plain);
    QVERIFY(store.findById(created->id));
}

void TestProfilesDialog::testConnectionButton()
{
    // "Test connection" on the form as typed: a signed list call through the real client to a sandbox.
    sandbox::Sandbox cloud;
    QVERIFY(cloud.start().ok());
    application::installScmConnectionTester();
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.show();
    const auto demo = sandbox::Sandbox::demoCredentials();
    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit")), QStringLiteral("Lab"));
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("scmEndpointEdit")), cloud.endpoint().toString());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("iamEndpointEdit")), cloud.endpoint().toString());
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("accessKeyEdit")), demo.accessKeyId);
    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("domainIdEdit")), demo.domainId);
    auto* secret = dialog.findChild<QLineEdit*>(QStringLiteral("secretKeyEdit"));
    QTest::keyClicks(secret, QStringLiteral("not-the-secret"));
    auto* status = dialog.findChild<QLabel*>(QStringLiteral("statusLabel"));
    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testButton"));

    // A wrong secret key: the signature is refused, and the user is told why.
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && !status->text().contains(QLatin1String("Testing")), 10000);
    QVERIFY2(status->text().contains(QLatin1String("rejected the request signature")), qPrintable(status->text()));
    QCOMPARE(cloud.countRequests(QStringLiteral("GET"), QStringLiteral("/v3/scm/certificates")), 1);

    secret->clear();
    QTest::keyClicks(secret, demo.secretKey);
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QLatin1String("Connected to ")), 10000);
    QVERIFY2(status->text().contains(cloud.endpoint().toString()) && status->text().contains(demo.domainId),
             qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLatin1String("0 certificate(s)")), qPrintable(status->text()));
    QCOMPARE(cloud.countRequests(QStringLiteral("GET"), QStringLiteral("/v3/scm/certificates")), 2);
    QVERIFY(store.savedProfiles().isEmpty()); // testing saves nothing
}

QTEST_MAIN(TestProfilesDialog)
void TestProfilesDialog::unsavedChangesAreAskedAbout()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    QVERIFY(store.load());
    Profile other;
    other.name = QStringLiteral("Other");
    other.regionId = QStringLiteral("cn-north-4");
    other.accessKeyId = QStringLiteral("AKOTHER01");
    const auto created = store.create(other);
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    MemorySecretStore secrets;
    ProfileManager manager(store, secrets);
    ui::ProfilesDialog dialog(manager, nullptr);
    dialog.show();
    auto* testButton = dialog.findChild<QPushButton*>(QStringLiteral("testButton"));
    auto* nameEdit = dialog.findChild<QLineEdit*>(QStringLiteral("nameEdit"));

    // Showing a new profile fills the fields but is no edit: nothing to test yet.
    dialog.findChild<QPushButton*>(QStringLiteral("newButton"))->click();
    QVERIFY(dialog.currentId().isEmpty());
    QVERIFY(!testButton->isEnabled());
    QTest::keyClicks(nameEdit, QStringLiteral("Draft"));
    QVERIFY(testButton->isEnabled());

    // Choosing another profile asks first; Cancel keeps the draft in the editor.
    answerNextMessageBox(QMessageBox::Cancel);
    dialog.selectProfile(created->id);
    QVERIFY(dialog.currentId().isEmpty());
    QCOMPARE(nameEdit->text(), QStringLiteral("Draft"));

    // Discard drops it and shows the chosen profile, unchanged.
    answerNextMessageBox(QMessageBox::Discard);
    dialog.selectProfile(created->id);
    QCOMPARE(dialog.currentId(), created->id);
    QCOMPARE(nameEdit->text(), QStringLiteral("Other"));
    QVERIFY(!store.findByName(QStringLiteral("Draft")).has_value());
    // Closing now asks nothing: the shown profile has no changes. A question would be answered Cancel and counted.
    bool asked = false;
    QTimer::singleShot(0, &dialog, [&asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->click();
    QVERIFY(!asked);
    QVERIFY(!dialog.isVisible());
}

#include "TestProfilesDialog.moc"
