#pragma once

#include "certificate/PassphraseProvider.h"
#include "common/SecureBytes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PassphraseDialog;
}

namespace ccm::ui {

/// Asks for the passphrase of an encrypted key or a PKCS#12 file; worded after the request's kind and attempt.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PassphraseDialog(QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    void setRequest(const PassphraseRequest& request);
    /// The typed passphrase; the line edit is wiped afterwards, so this can be called once per answer.
    SecureBytes takePassphrase();

    /// Shows the dialog for request; nullopt when the user cancels.
    static std::optional<SecureBytes> ask(QWidget* parent, const PassphraseRequest& request);

private:
    /// Overwrites the field's text in memory and empties it.
    void wipeField();
    std::unique_ptr<Ui::PassphraseDialog> m_ui;
};

} // namespace ccm::ui
