#pragma once

#include <QByteArray>
#include <QDialog>

#include <memory>

namespace Ui {
class PasteTextDialog;
}

namespace ccm::ui {

/// Takes PEM text pasted by the user (certificate, chain and/or key); it becomes the input "pasted text".
class PasteTextDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasteTextDialog(QWidget* parent = nullptr);
    ~PasteTextDialog() override;

    /// The text as UTF-8; the editor is emptied afterwards since the text may hold a private key.
    QByteArray takeText();

private:
    void updateOkButton();

    std::unique_ptr<Ui::PasteTextDialog> m_ui;
};

} // namespace ccm::ui
