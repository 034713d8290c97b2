#include "ImportFormFields.h"
#include "StatusBanner.h"
#include "ui_MainWindow.h"

#include "certificate/Validator.h"

#include <algorithm>

namespace ccm::ui {

ImportFormFields::ImportFormFields(Ui::MainWindow& ui)
    : m_ui(ui)
{}

ImportForm ImportFormFields::form() const
{
    ImportForm form;
    form.name = m_ui.nameEdit->text();
    form.enterpriseProjectId = m_ui.epidEdit->text();
    form.duplicateCheck = m_ui.duplicateCheckBox->isChecked();
    return form;
}

void ImportFormFields::validate()
{
    const auto show = [](QLineEdit* edit, QLabel* label, const QList<Finding>& findings) {
        QStringList messages;
        for (const auto& f : findings)
            messages.append(f.message);
        label->setText(messages.join(QLatin1Char('\n')));
        label->setVisible(!messages.isEmpty());
        // Word-wrapped labels inside a form do not always get their height-for-width; reserve it.
        label->setMinimumHeight(messages.isEmpty() ? 0 : label->heightForWidth(std::max(edit->width(), 200)));
        edit->setAccessibleDescription(label->text());
    };
    show(m_ui.nameEdit, m_ui.nameStatusLabel, Validator::checkName(m_ui.nameEdit->text()));
    show(m_ui.epidEdit, m_ui.epidStatusLabel, Validator::checkEnterpriseProjectId(m_ui.epidEdit->text()));
}

void ImportFormFields::showGeneratedName(const QString& name)
{
    m_ui.nameEdit->setPlaceholderText(name.isEmpty() ? tr("Generated from the certificate") : name);
}

void ImportFormFields::applyPalette(const QPalette& palette)
{
    for (QLabel* label : {m_ui.nameStatusLabel, m_ui.epidStatusLabel}) {
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText, StatusBanner::problemText(palette));
        label->setPalette(p);
    }
}

void ImportFormFields::enableClearButtons()
{
    m_ui.nameEdit->setClearButtonEnabled(true);
    m_ui.epidEdit->setClearButtonEnabled(true);
}

} // namespace ccm::ui
