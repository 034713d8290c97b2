#include "ProfilesDialog.h"
#include "ProfileEditor.h"
#include "ui_ProfilesDialog.h"

#include "profiles/ConnectionTest.h"
#include "profiles/ProfileListModel.h"
#include "profiles/ProfileManager.h"
#include "profiles/ProfileStore.h"
#include "profiles/ResolvedProfile.h"
#include "profiles/SessionSecretStore.h"
#include "ui/common/PlainText.h"

#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSaveFile>

namespace ccm::ui {

using namespace ccm::profiles;

ProfilesDialog::ProfilesDialog(ProfileManager& manager, SessionSecretStore* session, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_manager(manager)
    , m_session(session)
    , m_model(new ProfileListModel(manager.store(), this))
{
    m_ui->setupUi(this);
    m_editor = std::make_unique<ProfileEditor>(this, *m_ui, [this] { updateButtons(); });
    // The editor gets the room; the list needs only the profile names.
    m_ui->mainLayout->setStretch(0, 2);
    m_ui->mainLayout->setStretch(1, 5);
    m_ui->profileList->setModel(m_model);
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
    connect(m_ui->closeButton, &QPushButton::clicked, this, &ProfilesDialog::reject);
    selectProfile({});
}

ProfilesDialog::~ProfilesDialog()
{
    m_editor->clearSecrets();
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
    m_currentId = profile.id;
    m_editor->show(profile, m_session && !profile.id.isEmpty() && m_session->isSessionOnly(profile.id));
    updateButtons();
    setStatus({});
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
    m_ui->testButton->setEnabled(!m_currentId.isEmpty() || m_editor->isDirty());
}

bool ProfilesDialog::confirmDiscard()
{
    if (!m_editor->isDirty())
        return true;
    const auto answer =
        askPlain(this, QMessageBox::Question, tr("Unsaved changes"),
                 tr("The profile \"%1\" has changes that are not saved. Save them?").arg(m_ui->nameEdit->text()),
                 QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        save();
        return !m_editor->isDirty(); // a failed save keeps the user here
    }
    m_editor->setClean();
    m_editor->clearSecrets();
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
    return m_editor->profile(profile);
}

void ProfilesDialog::createNew()
{
    if (!confirmDiscard())
        return;
    m_ui->profileList->clearSelection();
    showProfile(ProfileEditor::newProfile());
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
    m_editor->setClean();
    const auto secrets = m_editor->secrets();
    m_editor->clearSecrets();
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
                    m_editor->setClean();
                    m_currentId.clear();
                    reloadList({});
                }
            });
            return;
        }
        m_editor->setClean();
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
    for (const auto& [kind, secret] : m_editor->secrets())
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

void ProfilesDialog::setStatus(const QString& text, bool error)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setAccessibleDescription(text);
    m_ui->statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace ccm::ui
