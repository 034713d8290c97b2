#include "PasteTextDialog.h"
#include "ui_PasteTextDialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace ccm::ui {

PasteTextDialog::PasteTextDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PasteTextDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &PasteTextDialog::updateOkButton);
    updateOkButton();
}

PasteTextDialog::~PasteTextDialog()
{
    m_ui->textEdit->clear();
}

void PasteTextDialog::updateOkButton()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ui->textEdit->document()->isEmpty());
}

QByteArray PasteTextDialog::takeText()
{
    const QByteArray text = m_ui->textEdit->toPlainText().toUtf8();
    m_ui->textEdit->clear();
    return text;
}

} // namespace ccm::ui
