#include "ProfileEditor.h"
#include "ui_ProfilesDialog.h"

#include "profiles/ProfileStore.h"
#include "sandbox/Sandbox.h"
#include "ui/common/SecretField.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace ccm::ui {

using namespace ccm::profiles;

namespace {

// Regions of the endpoint catalogue offered in the editable region box; other ids can be typed.
const char* const kRegions[] = {"cn-north-4", "ap-southeast-1", "my-kualalumpur-1", "eu-west-101"};

} // namespace

ProfileEditor::ProfileEditor(QDialog* dialog, Ui::ProfilesDialog& ui, std::function<void()> edited)
    : m_dialog(dialog)
    , m_ui(ui)
    , m_edited(std::move(edited))
{
    for (QLineEdit* secret : {m_ui.secretKeyEdit, m_ui.securityTokenEdit, m_ui.passwordEdit, m_ui.authTokenEdit})
        makeSecretField(secret);
    for (const char* region : kRegions)
        m_ui.regionCombo->addItem(QString::fromLatin1(region));
    m_ui.authCombo->addItem(tr("Access key (AK/SK)"), int(cloud::AuthKind::AkSk));
    m_ui.authCombo->addItem(tr("Temporary access key + security token"), int(cloud::AuthKind::TemporaryAkSk));
    m_ui.authCombo->addItem(tr("IAM user name and password"), int(cloud::AuthKind::IamPassword));
    m_ui.authCombo->addItem(tr("X-Auth-Token (pasted)"), int(cloud::AuthKind::Token));
    m_ui.scopeCombo->addItem(tr("Account (domain)"), int(cloud::TokenScope::Domain));
    m_ui.scopeCombo->addItem(tr("Project"), int(cloud::TokenScope::Project));
    m_ui.scmEndpointEdit->setPlaceholderText(tr("empty: the region's endpoint"));
    m_ui.iamEndpointEdit->setPlaceholderText(tr("empty: the region's endpoint"));
    m_ui.caFileEdit->setPlaceholderText(tr("optional, PEM; for private clouds"));
    {
        // The private root CA the checks trust for certificates imported with this profile.
        auto* label = new QLabel(tr("Trusted r&oot CA:"), m_ui.formLayout->parentWidget());
        m_trustRootEdit = new QLineEdit(m_ui.formLayout->parentWidget());
        m_trustRootEdit->setObjectName(QStringLiteral("trustRootEdit"));
        m_trustRootEdit->setAccessibleName(tr("Trusted root CA file"));
        m_trustRootEdit->setPlaceholderText(tr("optional: your private root CA, so its chains check clean"));
        label->setBuddy(m_trustRootEdit);
        auto* button = new QToolButton(m_ui.formLayout->parentWidget());
        button->setObjectName(QStringLiteral("trustRootButton"));
        button->setText(tr("Browse…"));
        button->setAccessibleName(tr("Choose the trusted root CA file"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_trustRootEdit);
        row->addWidget(button);
        const int at = m_ui.formLayout->rowCount();
        m_ui.formLayout->addWidget(label, at, 0);
        m_ui.formLayout->addLayout(row, at, 1);
        QObject::connect(button, &QToolButton::clicked, m_dialog, [this] { chooseTrustRoot(); });
    }
    m_ui.domainIdEdit->setPlaceholderText(tr("found by Test connection when empty"));
    m_ui.enterpriseProjectEdit->setPlaceholderText(tr("empty: the service default"));
    // Screen readers: the editable region's text field, and the status line (read from its description).
    m_ui.regionCombo->lineEdit()->setAccessibleName(tr("Region"));
    m_ui.statusLabel->setAccessibleName(tr("Status"));

    QObject::connect(m_ui.caFileButton, &QToolButton::clicked, m_dialog, [this] { chooseCaFile(); });
    QObject::connect(m_ui.authCombo, &QComboBox::currentIndexChanged, m_dialog, [this] {
        updateAuthRows();
        markDirty();
    });
    QObject::connect(m_ui.scopeCombo, &QComboBox::currentIndexChanged, m_dialog, [this] {
        updateAuthRows();
        markDirty();
    });
    QObject::connect(m_ui.regionCombo, &QComboBox::currentTextChanged, m_dialog, [this] { markDirty(); });
    for (QLineEdit* edit : m_dialog->findChildren<QLineEdit*>())
        QObject::connect(edit, &QLineEdit::textEdited, m_dialog, [this] { markDirty(); });
}

Profile ProfileEditor::newProfile()
{
    Profile profile;
    profile.regionId = QString::fromLatin1(kRegions[0]);
    return profile;
}

void ProfileEditor::show(const Profile& profile, bool sessionOnlySecret)
{
    m_loading = true;
    m_ui.nameEdit->setText(profile.name);
    m_ui.regionCombo->setCurrentText(profile.regionId);
    m_ui.scmEndpointEdit->setText(profile.scmEndpoint.toString());
    m_ui.iamEndpointEdit->setText(profile.iamEndpoint.toString());
    m_ui.caFileEdit->setText(profile.caFile);
    m_trustRootEdit->setText(profile.trustRootFile);
    m_ui.authCombo->setCurrentIndex(m_ui.authCombo->findData(int(profile.authKind)));
    m_ui.accessKeyEdit->setText(profile.accessKeyId);
    m_ui.domainNameEdit->setText(profile.domainName);
    m_ui.userNameEdit->setText(profile.userName);
    m_ui.scopeCombo->setCurrentIndex(m_ui.scopeCombo->findData(int(profile.tokenScope)));
    m_ui.projectEdit->setText(profile.projectName);
    m_ui.domainIdEdit->setText(profile.domainId);
    m_ui.enterpriseProjectEdit->setText(profile.enterpriseProjectId);
    if (profile.isSandbox()) {
        // What the sandbox profile really uses, so "Test connection" and the history make sense.
        const auto demo = sandbox::Sandbox::demoCredentials();
        m_ui.accessKeyEdit->setText(demo.accessKeyId);
        m_ui.domainIdEdit->setText(demo.domainId);
    }
    clearSecrets();
    QString keep = profile.id.isEmpty() ? QString() : tr("stored securely; type to replace");
    if (profile.isSandbox())
        keep = tr("built in (the sandbox's demo key)");
    else if (profile.isEnvironment())
        keep = tr("from the environment");
    for (QLineEdit* secret : {m_ui.secretKeyEdit, m_ui.securityTokenEdit, m_ui.passwordEdit, m_ui.authTokenEdit})
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
    if (sessionOnlySecret)
        origin += QLatin1Char(' ') + tr("Its secret is kept for this session only and is forgotten on exit.");
    m_ui.originLabel->setText(origin);
    const bool editable = !profile.isReadOnly();
    for (QWidget* widget : m_ui.formLayout->parentWidget()->findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QComboBox*>(widget) || qobject_cast<QToolButton*>(widget))
            widget->setEnabled(editable);
    }
    m_dirty = false;
    m_loading = false;
    updateAuthRows();
}

void ProfileEditor::updateAuthRows()
{
    const auto kind = cloud::AuthKind(m_ui.authCombo->currentData().toInt());
    const bool aksk = kind == cloud::AuthKind::AkSk || kind == cloud::AuthKind::TemporaryAkSk;
    const bool password = kind == cloud::AuthKind::IamPassword;
    const auto show = [](QWidget* label, QWidget* field, bool visible) {
        label->setVisible(visible);
        field->setVisible(visible);
    };
    show(m_ui.accessKeyEditLabel, m_ui.accessKeyEdit, aksk);
    show(m_ui.secretKeyEditLabel, m_ui.secretKeyEdit, aksk);
    show(m_ui.securityTokenEditLabel, m_ui.securityTokenEdit, kind == cloud::AuthKind::TemporaryAkSk);
    show(m_ui.domainNameEditLabel, m_ui.domainNameEdit, password);
    show(m_ui.userNameEditLabel, m_ui.userNameEdit, password);
    show(m_ui.passwordEditLabel, m_ui.passwordEdit, password);
    show(m_ui.scopeComboLabel, m_ui.scopeCombo, password);
    show(m_ui.projectEditLabel, m_ui.projectEdit,
         password && cloud::TokenScope(m_ui.scopeCombo->currentData().toInt()) == cloud::TokenScope::Project);
    show(m_ui.authTokenEditLabel, m_ui.authTokenEdit, kind == cloud::AuthKind::Token);
}

void ProfileEditor::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_edited();
}

Profile ProfileEditor::profile(Profile base) const
{
    Profile profile = std::move(base);
    profile.name = m_ui.nameEdit->text().trimmed();
    profile.regionId = m_ui.regionCombo->currentText().trimmed();
    profile.scmEndpoint = QUrl(m_ui.scmEndpointEdit->text().trimmed());
    profile.iamEndpoint = QUrl(m_ui.iamEndpointEdit->text().trimmed());
    profile.caFile = m_ui.caFileEdit->text().trimmed();
    profile.trustRootFile = m_trustRootEdit->text().trimmed();
    profile.authKind = cloud::AuthKind(m_ui.authCombo->currentData().toInt());
    profile.accessKeyId = m_ui.accessKeyEdit->text().trimmed();
    profile.domainName = m_ui.domainNameEdit->text().trimmed();
    profile.userName = m_ui.userNameEdit->text().trimmed();
    profile.tokenScope = cloud::TokenScope(m_ui.scopeCombo->currentData().toInt());
    profile.projectName = m_ui.projectEdit->text().trimmed();
    profile.domainId = m_ui.domainIdEdit->text().trimmed();
    profile.enterpriseProjectId = m_ui.enterpriseProjectEdit->text().trimmed();
    if (profile.usesCustomEndpoint())
        profile.regionId.clear();
    return profile;
}

QList<QPair<SecretKind, SecureBytes>> ProfileEditor::secrets() const
{
    QList<QPair<SecretKind, SecureBytes>> secrets;
    const auto add = [&](QLineEdit* edit, SecretKind kind) {
        if (edit->isVisible() || !edit->text().isEmpty()) {
            if (!edit->text().isEmpty() &&
                secretKindsFor(cloud::AuthKind(m_ui.authCombo->currentData().toInt())).contains(kind))
                secrets.append({kind, SecureBytes::fromString(edit->text())});
        }
    };
    add(m_ui.secretKeyEdit, SecretKind::SecretKey);
    add(m_ui.securityTokenEdit, SecretKind::SecurityToken);
    add(m_ui.passwordEdit, SecretKind::Password);
    add(m_ui.authTokenEdit, SecretKind::AuthToken);
    return secrets;
}

void ProfileEditor::clearSecrets()
{
    for (QLineEdit* edit : {m_ui.secretKeyEdit, m_ui.securityTokenEdit, m_ui.passwordEdit, m_ui.authTokenEdit}) {
        QString text = edit->text();
        wipe(text);
        edit->clear();
    }
}

void ProfileEditor::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(m_dialog, tr("Extra CA certificates"), m_ui.caFileEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!path.isEmpty()) {
        m_ui.caFileEdit->setText(path);
        markDirty();
    }
}

void ProfileEditor::chooseTrustRoot()
{
    const QString path = QFileDialog::getOpenFileName(m_dialog, tr("Trusted root CA"), m_trustRootEdit->text(),
                                                      tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    if (!path.isEmpty()) {
        m_trustRootEdit->setText(path);
        markDirty();
    }
}

} // namespace ccm::ui
