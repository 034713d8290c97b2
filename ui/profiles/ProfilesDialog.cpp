#include "ProfilesDialog.h"
#include "ui_ProfilesDialog.h"

#include "profiles/ConnectionTest.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"
#include "profiles/ResolvedProfile.h"
#include "profiles/SessionSecretStore.h"
#include "sandbox/Sandbox.h"
#include "ui/common/PlainText.h"
#include "ui/common/SecretField.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QToolButton>

namespace ccm::ui {

using namespace ccm::profiles;

namespace {

// Regions of the endpoint catalogue offered in the editable region box; other ids can be typed.
const char* const kRegions[] = {"cn-north-4", "ap-southeast-1", "my-kualalumpur-1", "eu-west-101"};

} // namespace

ProfilesDialog::ProfilesDialog(ProfileManager& manager, SessionSecretStore* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_manager(manager)
    , m_session(session)
    , m_model(new ProfileListModel(manager.store(), this))
{
    m_ui->setupUi(this);
    for (QLineEdit* secret : {m_ui->secretKeyEdit, m_ui->securityTokenEdit, m_ui->passwordEdit, m_ui->authTokenEdit})
        makeSecretField(secret);
    // The editor gets the room; the list needs only the profile names.
    m_ui->mainLayout->setStretch(0, 2);
    m_ui->mainLayout->setStretch(1, 5);
    m_ui->profileList->setModel(m_model);
    for (const char* region : kRegions)
        m_ui->regionCombo->addItem(QString::fromLatin1(region));
    m_ui->authCombo->addItem(tr("Access key (AK/SK)"), int(cloud::AuthKind::AkSk));
    m_ui->authCombo->addItem(tr("Temporary access key + security token"), int(cloud::AuthKind::TemporaryAkSk));
    m_ui->authCombo->addItem(tr("IAM user name and password"), int(cloud::AuthKind::IamPassword));
    m_ui->authCombo->addItem(tr("X-Auth-Token (pasted)"), int(cloud::AuthKind::Token));
    m_ui->scopeCombo->addItem(tr("Account (domain)"), int(cloud::TokenScope::Domain));
    m_ui->scopeCombo->addItem(tr("Project"), int(cloud::TokenScope::Project));
    m_ui->scmEndpointEdit->setPlaceholderText(tr("empty: the region's endpoint"));
    m_ui->iamEndpointEdit->setPlaceholderText(tr("empty: the region's endpoint"));
    m_ui->caFileEdit->setPlaceholderText(tr("optional, PEM; for private clouds"));
    {
        // The private root CA the checks trust for certificates imported with this profile.
        auto* label = new QLabel(tr("Trusted r&oot CA:"), m_ui->formLayout->parentWidget());
        m_trustRootEdit = new QLineEdit(m_ui->formLayout->parentWidget());
        m_trustRootEdit->setObjectName(QStringLiteral("trustRootEdit"));
        m_trustRootEdit->setAccessibleName(tr("Trusted root CA file"));
        m_trustRootEdit->setPlaceholderText(tr("optional: your private root CA, so its chains check clean"));
        label->setBuddy(m_trustRootEdit);
        auto* button = new QToolButton(m_ui->formLayout->parentWidget());
        button->setObjectName(QStringLiteral("trustRootButton"));
        button->setText(tr("Browse…"));
        button->setAccessibleName(tr("Choose the trusted root CA file"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_trustRootEdit);
        row->addWidget(button);
        const int at = m_ui->formLayout->rowCount();
        m_ui->formLayout->addWidget(label, at, 0);
        m_ui->formLayout->addLayout(row, at, 1);
        connect(button, &QToolButton::clicked, this, &ProfilesDialog::chooseTrustRoot);
    }
    m_ui->domainIdEdit->setPlaceholderText(tr("found by Test connection when empty"));
    m_ui->enterpriseProjectEdit->setPlaceholderText(tr("empty: the service default"));
    // Screen readers: the editable region's text field, and the status line (read from its description).
    m_ui->regionCombo->lineEdit()->setAccessibleName(tr("Region"));
    m_ui->statusLabel->setAccessibleName(tr("Status"));

    connect(m_ui->profileList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfilesDialog::onSelectionChanged);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfilesDialog::createNew);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfilesDialog::removeCurrent);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateCurrent);
    connect(m_ui->defaultButton, &QPushButton::clicked, this, &ProfilesDialog::makeDefault);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ProfilesDialog::exportProfiles);
    connect(m_ui->importButton, &QPushButton::clicked, this, &ProfilesDialog::importProfiles);
    connect(m_ui->caFileButton, &QToolButton::clicked, this, &ProfilesDialog::chooseCaFile);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ProfilesDialog::reject);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        markDirty();
    });
    connect(m_ui->scopeCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        markDirty();
    });
    connect(m_ui->regionCombo, &QComboBox::currentTextChanged, this, &ProfilesDialog::markDirty);
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, &ProfilesDialog::markDirty);

    selectProfile({});
}

ProfilesDialog::~ProfilesDialog()
{
    clearSecretFields();
}

void ProfilesDialog::selectProfile(const QString& id)
{
    const int row = m_model->rowOf(id.isEmpty() ? m_manager.store().defaultProfileId() : id);
    if (row >= 0)
        m_ui->profileList->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0)
        m_ui->profileList->setCurrentIndex(m_model->index(0, 0));
}

void ProfilesDialog::reloadList(const QString& selectId)
{
    m_loading = true;
    m_model->reload();
    m_loading = false;
    selectProfile(selectId);
    updateButtons();
    Q_EMIT profilesChanged();
}

void ProfilesDialog::onSelectionChanged()
{
    if (m_loading)
        return;
    const QString id = m_ui->profileList->currentIndex().data(ProfileListModel::IdRole).toString();
    if (id == m_currentId && !m_currentId.isEmpty())
        return;
    if (!confirmDiscard()) {
        // Go back to the profile being edited; its changes stay in the form.
        m_loading = true;
        selectProfile(m_currentId);
        m_loading = false;
        return;
    }
    if (const auto profile = m_manager.store().findById(id))
        showProfile(*profile);
}

void ProfilesDialog::showProfile(const Profile& profile)
{
    m_loading = true;
    m_currentId = profile.id;
    m_ui->nameEdit->setText(profile.name);
    m_ui->regionCombo->setCurrentText(profile.regionId);
    m_ui->scmEndpointEdit->setText(profile.scmEndpoint.toString());
    m_ui->iamEndpointEdit->setText(profile.iamEndpoint.toString());
    m_ui->caFileEdit->setText(profile.caFile);
    m_trustRootEdit->setText(profile.trustRootFile);
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(profile.authKind)));
    m_ui->accessKeyEdit->setText(profile.accessKeyId);
    m_ui->domainNameEdit->setText(profile.domainName);
    m_ui->userNameEdit->setText(profile.userName);
    m_ui->scopeCombo->setCurrentIndex(m_ui->scopeCombo->findData(int(profile.tokenScope)));
    m_ui->projectEdit->setText(profile.projectName);
    m_ui->domainIdEdit->setText(profile.domainId);
    m_ui->enterpriseProjectEdit->setText(profile.enterpriseProjectId);
    if (profile.isSandbox()) {
        // What the sandbox profile really uses, so "Test connection" and the history make sense.
        const auto demo = sandbox::Sandbox::demoCredentials();
        m_ui->accessKeyEdit->setText(demo.accessKeyId);
        m_ui->domainIdEdit->setText(demo.domainId);
    }
    clearSecretFields();
    QString keep = profile.id.isEmpty() ? QString() : tr("stored securely; type to replace");
    if (profile.isSandbox())
        keep = tr("built in (the sandbox's demo key)");
    else if (profile.isEnvironment())
        keep = tr("from the environment");
    for (QLineEdit* secret : {m_ui->secretKeyEdit, m_ui->securityTokenEdit, m_ui->passwordEdit, m_ui->authTokenEdit})
        secret->setPlaceholderText(keep);

    QString origin;
    if (profile.isSandbox())
        origin = tr("The built-in local sandbox: it emulates the certificate service on this computer, so imports "
                    "can be tried without a cloud account. It cannot be edited.");
    else if (profile.isEnvironment())
        origin = tr("Taken from the environment variables (HUAWEICLOUD_SDK_* or CLOUD_SDK_*); never saved. Use "
                    "Duplicate to keep it as a saved profile.");
    else if (profile.id.isEmpty())
        origin = tr("New profile: fill in the account and press Save. Secrets go to the system credential store.");
    else
        origin = tr("Saved profile. Secrets are kept in the system credential store, never in files.");
    if (m_session && !profile.id.isEmpty() && m_session->isSessionOnly(profile.id))
        origin += QLatin1Char(' ') + tr("Its secret is kept for this session only and is forgotten on exit.");
    m_ui->originLabel->setText(origin);
    const bool editable = !profile.isReadOnly();
    for (QWidget* widget : m_ui->formLayout->parentWidget()->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) || qobject_cast<QToolButton*>(widget))
            widget->setEnabled(editable);
    }
    m_dirty = false;
    m_loading = false;
    updateAuthRows();
    updateButtons();
    setStatus({});
}

void ProfilesDialog::updateAuthRows()
{
    const auto kind = cloud::AuthKind(m_ui->authCombo->currentData().toInt());
    const bool aksk = kind == cloud::AuthKind::AkSk || kind == cloud::AuthKind::TemporaryAkSk;
    const bool password = kind == cloud::AuthKind::IamPassword;
    const auto show = [](QWidget* label, QWidget* field, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
    };
    show(m_ui->accessKeyEditLabel, m_ui->accessKeyEdit, aksk);
    show(m_ui->secretKeyEditLabel, m_ui->secretKeyEdit, aksk);
    show(m_ui->securityTokenEditLabel, m_ui->securityTokenEdit, kind == cloud::AuthKind::TemporaryAkSk);
    show(m_ui->domainNameEditLabel, m_ui->domainNameEdit, password);
    show(m_ui->userNameEditLabel, m_ui->userNameEdit, password);
    show(m_ui->passwordEditLabel, m_ui->passwordEdit, password);
    show(m_ui->scopeComboLabel, m_ui->scopeCombo, password);
    show(m_ui->projectEditLabel, m_ui->projectEdit,
         password && cloud::TokenScope(m_ui->scopeCombo->currentData().toInt()) == cloud::TokenScope::Project);
    show(m_ui->authTokenEditLabel, m_ui->authTokenEdit, kind == cloud::AuthKind::Token);
}

void ProfilesDialog::updateButtons()
{
    const auto profile = m_manager.store().findById(m_currentId);
    const bool saved = profile && !profile->isReadOnly();
    m_ui->saveButton->setEnabled(m_currentId.isEmpty() || saved);
    m_ui->deleteButton->setEnabled(saved);
    m_ui->duplicateButton->setEnabled(profile.has_value());
    m_ui->defaultButton->setEnabled(profile && !profile->isEnvironment() &&
                                    m_manager.store().defaultProfileId() != m_currentId);
    m_ui->testButton->setEnabled(!m_currentId.isEmpty() || m_dirty);
}

void ProfilesDialog::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    updateButtons();
}

bool ProfilesDialog::confirmDiscard()
{
    if (!m_dirty)
        return true;
    const auto answer =
        askPlain(this, QMessageBox::Question, tr("Unsaved changes"),
                 tr("The profile \"%1\" has changes that are not saved. Save them?").arg(m_ui->nameEdit->text()),
                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        save();
        return !m_dirty; // a failed save keeps the user here
    }
    m_dirty = false;
    clearSecretFields();
    return true;
}

void ProfilesDialog::reject()
{
    if (confirmDiscard())
        QDialog::reject();
}

Profile ProfilesDialog::profileFromForm() const
{
    Profile profile;
    if (const auto existing = m_manager.store().findById(m_currentId))
        profile = *existing;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.regionId = m_ui->regionCombo->currentText().trimmed();
    profile.scmEndpoint = QUrl(m_ui->scmEndpointEdit->text().trimmed());
    profile.iamEndpoint = QUrl(m_ui->iamEndpointEdit->text().trimmed());
    profile.caFile = m_ui->caFileEdit->text().trimmed();
    profile.trustRootFile = m_trustRootEdit->text().trimmed();
    profile.authKind = cloud::AuthKind(m_ui->authCombo->currentData().toInt());
    profile.accessKeyId = m_ui->accessKeyEdit->text().trimmed();
    profile.domainName = m_ui->domainNameEdit->text().trimmed();
    profile.userName = m_ui->userNameEdit->text().trimmed();
    profile.tokenScope = cloud::TokenScope(m_ui->scopeCombo->currentData().toInt());
    profile.projectName = m_ui->projectEdit->text().trimmed();
    profile.domainId = m_ui->domainIdEdit->text().trimmed();
    profile.enterpriseProjectId = m_ui->enterpriseProjectEdit->text().trimmed();
    if (profile.usesCustomEndpoint())
        profile.regionId.clear();
    return profile;
}

QList<QPair<SecretKind, SecureBytes>> ProfilesDialog::secretsFromForm() const
{
    QList<QPair<SecretKind, SecureBytes>> secrets;
    const auto add = [&](QLineEdit* edit, SecretKind kind) {
        if (edit->isVisible() || !edit->text().isEmpty()) {
            if (!edit->text().isEmpty() &&
                secretKindsFor(cloud::AuthKind(m_ui->authCombo->currentData().toInt())).contains(kind))
                secrets.append({kind, SecureBytes::fromString(edit->text())});
        }
    };
    add(m_ui->secretKeyEdit, SecretKind::SecretKey);
    add(m_ui->securityTokenEdit, SecretKind::SecurityToken);
    add(m_ui->passwordEdit, SecretKind::Password);
    add(m_ui->authTokenEdit, SecretKind::AuthToken);
    return secrets;
}

void ProfilesDialog::clearSecretFields()
{
    for (QLineEdit* edit : {m_ui->secretKeyEdit, m_ui->securityTokenEdit, m_ui->passwordEdit, m_ui->authTokenEdit}) {
        QString text = edit->text();
        wipe(text);
        edit->clear();
    }
}

void ProfilesDialog::createNew()
{
    if (!confirmDiscard())
        return;
    Profile profile;
    profile.regionId = QString::fromLatin1(kRegions[0]);
    m_ui->profileList->clearSelection();
    showProfile(profile);
    m_ui->nameEdit->setFocus();
}

void ProfilesDialog::save()
{
    Profile profile = profileFromForm();
    if (const Status valid = validateProfile(profile); !valid) {
        setStatus(valid.error().message, true);
        return;
    }
    auto& store = m_manager.store();
    QString id = m_currentId;
    if (id.isEmpty()) {
        auto created = store.create(profile);
        if (!created) {
            setStatus(created.error().message, true);
            return;
        }
        id = created->id;
    } else if (const Status updated = store.update(profile); !updated) {
        setStatus(updated.error().message, true);
        return;
    }
    m_currentId = id;
    m_dirty = false;
    const auto secrets = secretsFromForm();
    clearSecretFields();
    reloadList(id);
    if (secrets.isEmpty()) {
        setStatus(tr("Saved."));
        return;
    }
    setStatus(tr("Saving the secret in the system credential store…"));
    QPointer<ProfilesDialog> self(this);
    m_manager.saveSecrets(id, secrets, this, [this, self, id, secrets](Status status) {
        if (!self)
            return;
        if (status) {
            setStatus(tr("Saved. The secret is in the system credential store."));
            return;
        }
        if (status.error().code == QLatin1String("secrets.no-store") && m_session) {
            const auto answer = askPlain(
                this, QMessageBox::Warning, tr("No credential store"),
                tr("The secret could not be saved: %1\n\nThe profile was saved without it. Use the secret for this "
                   "session only? It is kept in memory and forgotten when the application quits; nothing is "
                   "written to disk.")
                    .arg(status.error().message),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer == QMessageBox::Yes) {
                for (const auto& [kind, secret] : secrets)
                    m_session->keepForSession(id, kind, secret);
                setStatus(tr("Saved. The secret is kept for this session only."));
                return;
            }
        }
        setStatus(tr("The profile was saved, but not its secret: %1").arg(status.error().message), true);
    });
}

void ProfilesDialog::removeCurrent()
{
    const auto profile = m_manager.store().findById(m_currentId);
    if (!profile || profile->isReadOnly())
        return;
    if (askPlain(this, QMessageBox::Question, tr("Delete profile"),
                 tr("Delete the profile \"%1\" and its secrets from the credential store?").arg(profile->name),
                 QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) != QMessageBox::Yes)
        return;
    const QString id = profile->id;
    QPointer<ProfilesDialog> self(this);
    m_manager.remove(id, false, this, [this, self, id, name = profile->name](Status status) {
        if (!self)
            return;
        if (!status) {
            const auto answer = askPlain(
                this, QMessageBox::Warning, tr("Delete profile"),
                tr("The secrets of \"%1\" could not be removed from the credential store: %2\nDelete the profile "
                   "anyway? The secrets may stay in the credential store.")
                    .arg(name, status.error().message),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
            m_manager.remove(id, true, this, [this, self](Status) {
                if (self) {
                    m_dirty = false;
                    m_currentId.clear();
                    reloadList({});
                }
            });
            return;
        }
        m_dirty = false;
        m_currentId.clear();
        reloadList({});
        setStatus(tr("Deleted \"%1\".").arg(name));
    });
}

void ProfilesDialog::duplicateCurrent()
{
    if (m_currentId.isEmpty() || !confirmDiscard())
        return;
    QPointer<ProfilesDialog> self(this);
    m_manager.duplicate(m_currentId, {}, this, [this, self](Result<Profile> copy, Status secretsCopied) {
        if (!self)
            return;
        if (!copy) {
            setStatus(copy.error().message, true);
            return;
        }
        m_currentId.clear();
        reloadList(copy->id);
        setStatus(
            secretsCopied
                ? tr("Duplicated as \"%1\".").arg(copy->name)
                : tr("Duplicated as \"%1\", without its secret: %2").arg(copy->name, secretsCopied.error().message),
            !secretsCopied);
    });
}

void ProfilesDialog::makeDefault()
{
    if (const Status status = m_manager.store().setDefault(m_currentId); !status) {
        setStatus(status.error().message, true);
        return;
    }
    reloadList(m_currentId);
    setStatus(tr("\"%1\" is now the default profile.").arg(m_ui->nameEdit->text()));
}

void ProfilesDialog::testConnection()
{
    Profile profile = profileFromForm();
    if (profile.id.isEmpty())
        profile.id = QStringLiteral("unsaved");
    SecretOverrides overrides;
    for (const auto& [kind, secret] : secretsFromForm())
        overrides.emplace(kind, secret);
    setStatus(tr("Testing the connection…"));
    m_ui->testButton->setEnabled(false);
    QPointer<ProfilesDialog> self(this);
    resolveCredentials(profile, m_manager.secrets(), QProcessEnvironment::systemEnvironment(), overrides, this,
                       [this, self](Result<ResolvedProfile> resolved) {
                           if (!self)
                               return;
                           if (!resolved) {
                               m_ui->testButton->setEnabled(true);
                               setStatus(resolved.error().message, true);
                               return;
                           }
                           std::shared_ptr<ConnectionTester> tester = createConnectionTester();
                           tester->test(*resolved, this, [this, self, tester](Result<ConnectionTestResult> result) {
                               if (!self)
                                   return;
                               m_ui->testButton->setEnabled(true);
                               if (!result) {
                                   setStatus(result.error().message, true);
                                   return;
                               }
                               QString text = tr("Connected to %1 in %2 ms. Account ID: %3.")
                                                  .arg(result->endpoint)
                                                  .arg(result->elapsedMs)
                                                  .arg(result->accountId.isEmpty() ? tr("unknown") : result->accountId);
                               if (result->certificateCount >= 0)
                                   text += QLatin1Char(' ') +
                                           tr("%n certificate(s) in the account.", nullptr, result->certificateCount);
                               setStatus(text);
                           });
                       });
}

void ProfilesDialog::exportProfiles()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export profiles"), QStringLiteral("profiles.json"),
                                                      tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_manager.store().exportJson()) < 0 || !file.commit()) {
        setStatus(tr("Could not write %1: %2").arg(path, file.errorString()), true);
        return;
    }
    setStatus(tr("Profiles exported to %1 (without secrets).").arg(path));
}

void ProfilesDialog::importProfiles()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import profiles"), {}, tr("JSON files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importProfilesFrom(path);
}

void ProfilesDialog::importProfilesFrom(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Could not read %1: %2").arg(path, file.errorString()), true);
        return;
    }
    const QByteArray json = file.read(4 * 1024 * 1024);
    // A file from elsewhere can point a profile at a look-alike endpoint (which would receive private keys) or make
    // it trust any CA: show where such profiles point and save them only when the user agrees.
    const auto plan = m_manager.store().planImport(json);
    if (plan && plan->needsConfirmation()) {
        QStringList lines;
        for (const profiles::Profile& profile : plan->pointingElsewhere()) {
            lines.append(QStringLiteral("\"%1\"").arg(profile.name));
            for (const QString& line : profiles::describeCustomTarget(profile))
                lines.append(QStringLiteral("    ") + line);
        }
        // One plain-text label for all of it: QMessageBox's informative text is always rich-text-detected, and a
        // profile name from the file could be HTML.
        QMessageBox box(QMessageBox::Warning, tr("Import profiles"),
                        tr("These profiles send requests, and so your private keys, somewhere other than the "
                           "service's regional endpoints. Import them only if you trust these addresses.") +
                            QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("confirmImportBox"));
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::No);
        box.button(QMessageBox::Yes)->setText(tr("Import"));
        box.button(QMessageBox::No)->setText(tr("Do not import"));
        if (box.exec() != QMessageBox::Yes) {
            setStatus(tr("Nothing imported."));
            return;
        }
    }
    const auto imported = m_manager.store().importJson(json);
    if (!imported) {
        setStatus(imported.error().message, true);
        return;
    }
    reloadList(imported->isEmpty() ? m_currentId : imported->first().id);
    setStatus(tr("%n profile(s) imported. Enter their secrets and save.", nullptr, int(imported->size())));
}

void ProfilesDialog::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Extra CA certificates"), m_ui->caFileEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui->caFileEdit->setText(path);
        markDirty();
    }
}

void ProfilesDialog::chooseTrustRoot()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Trusted root CA"), m_trustRootEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty()) {
        m_trustRootEdit->setText(path);
        markDirty();
    }
}

void ProfilesDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleDescription(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ccm::ui
