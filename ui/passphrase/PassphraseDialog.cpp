#include "PassphraseDialog.h"
#include "ui_PassphraseDialog.h"

#include "certificate/BundleReader.h"
#include "ui/common/SecretField.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>

namespace ccm::ui {

PassphraseDialog::PassphraseDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PassphraseDialog>())
{
    m_ui->setupUi(this);
    m_ui->retryLabel->hide();
    makeSecretField(m_ui->passphraseEdit);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->showCheckBox, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->passphraseEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
}

PassphraseDialog::~PassphraseDialog()
{
    // Whatever is still in the field must not outlive the dialog.
    wipeField();
}

void PassphraseDialog::wipeField()
{
    // text() shares the field's buffer; wipe() overwrites that shared buffer in place, then the field lets go.
    QString text = m_ui->passphraseEdit->text();
    wipe(text);
    m_ui->passphraseEdit->clear();
}

void PassphraseDialog::setRequest(const PassphraseRequest& request)
{
    const bool pkcs12 = request.kind == PassphraseRequest::Kind::Pkcs12;
    setWindowTitle(pkcs12 ? tr("PKCS#12 passphrase") : tr("Private key passphrase"));
    m_ui->promptLabel->setText(
        pkcs12
            ? tr("The PKCS#12 file <b>%1</b> is protected by a passphrase. Enter it to read the certificate and key.")
                  .arg(request.source.toHtmlEscaped())
            : tr("The private key in <b>%1</b> is encrypted. Enter its passphrase to decrypt it in memory.")
                  .arg(request.source.toHtmlEscaped()));
    if (request.previousWasWrong) {
        m_ui->retryLabel->setText(tr("That passphrase was wrong. Attempt %1 of %2.")
                                      .arg(request.attempt)
                                      .arg(BundleReader::kMaxPassphraseAttempts));
        m_ui->retryLabel->show();
    } else {
        m_ui->retryLabel->hide();
    }
    m_ui->passphraseEdit->clear();
    m_ui->passphraseEdit->setFocus();
}

SecureBytes PassphraseDialog::takePassphrase()
{
    SecureBytes passphrase = SecureBytes::fromString(m_ui->passphraseEdit->text());
    wipeField(); // Qt keeps no undo history for password fields
    return passphrase;
}

std::optional<SecureBytes> PassphraseDialog::ask(QWidget* parent, const PassphraseRequest& request)
{
    PassphraseDialog dialog(parent);
    dialog.setRequest(request);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt; // the destructor wipes what was typed
    return dialog.takePassphrase();
}

} // namespace ccm::ui
